"""The job queue on Redis, the channel-health page, dead letters and their retry button."""

from __future__ import annotations

import re
import socket
import uuid
from typing import Any

import pytest
from channel_components import need
from django.test import Client
from huey import RedisHuey, SqliteHuey

from xunshi.channels.health import dead_letter_record
from xunshi.channels.queue import huey, make_huey
from xunshi.rounds.models import Channel, Round


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "page has no form"
    return match.group(1)


def test_default_queue_is_a_sqlite_file_in_the_data_dir(settings) -> None:  # type: ignore[no-untyped-def]
    queue = make_huey("")
    assert isinstance(queue, SqliteHuey)
    assert queue.storage.filename == str(settings.DATA_DIR / "queue.sqlite3")
    with pytest.raises(RuntimeError):
        make_huey("amqp://elsewhere")


@pytest.mark.integration
def test_redis_queue_runs_a_job() -> None:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        need("redis-server at 127.0.0.1:6379")
    queue = make_huey("redis://127.0.0.1:6379/15")
    assert isinstance(queue, RedisHuey)
    queue.name = f"xunshi-test-{uuid.uuid4().hex[:8]}"  # a private queue in the shared Redis
    queue.storage.queue_key = f"huey.redis.{queue.name}"
    seen: list[int] = []

    @queue.task(retries=2, retry_delay=1, retry_backoff=2)
    def add(x: int) -> None:
        seen.append(x)

    add(41)
    task = queue.dequeue()
    assert task is not None
    queue.execute(task)
    assert seen == [41]
    queue.flush()


def test_health_page_for_members_only(leader: Client, public: Client, demo_round: Round) -> None:
    page = leader.get("/workbench/channels/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "渠道运行状况" in html and "电子邮箱" in html and "仅接收短信" in html and "邮政信箱" in html
    assert public.get("/workbench/channels/").status_code == 302  # to the login page
    other = Round.objects.exclude(pk=demo_round.pk).first()
    if other is not None:
        assert leader.get(f"/workbench/channels/?round={other.pk}").status_code == 404


def test_dead_letter_retry(
    leader: Client, local_liaison: Client, demo_round: Round, django_capture_on_commit_callbacks: Any
) -> None:
    channel = demo_round.channels.get(kind=Channel.Kind.EMAIL)
    letter = dead_letter_record(
        task_name="email.poll",
        args=[],
        kwargs={"channel_id": channel.pk},
        error="Traceback …\nConnectionRefusedError: [Errno 111]",
    )
    page = leader.get(f"/workbench/channels/?round={demo_round.pk}")
    html = page.content.decode()
    assert "email.poll" in html and "ConnectionRefusedError" in html and "故障" in html
    url = f"/workbench/channels/dead-letters/{letter.pk}/retry/"
    # The local liaison may not even see the health page (xunshi/channels/views.py).
    assert local_liaison.get("/workbench/channels/").status_code == 403
    liaison_token = csrf_token(local_liaison.get("/workbench/").content.decode())
    assert local_liaison.post(url, {"csrfmiddlewaretoken": liaison_token}).status_code == 403
    with django_capture_on_commit_callbacks(execute=True):
        response = leader.post(url, {"csrfmiddlewaretoken": csrf_token(html)})
    assert response.status_code == 302
    letter.refresh_from_db()
    assert letter.retried_at is not None and letter.retried_by == leader.user  # type: ignore[attr-defined]
    # The job ran again (inline in tests), failed again (no host configured) and waits
    # for its next retry.
    assert [t.name for t in huey.scheduled()] == ["email.poll"]
    again = leader.post(url, {"csrfmiddlewaretoken": csrf_token(html)}, follow=True)
    assert "已重新排队" in again.content.decode()
