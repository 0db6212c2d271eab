"""Who is accused (被反映人), decided by a learned model over every person the text names.

The rules read officials where a post stands beside a name (镇长孙某, 村支书韦某重) and tie
each alleged act to the official written before it. On real letters never seen, that left
most missed names unread: officials written by name alone or name before post (组织部李良
部长), staff without a post (安监局职工王昕炜), names that are also words (高峰), family
clans listed in brackets. The neural tagger (ner.py) reads four in five of those names; who
among the persons read is accused — not the reporter, the victim, the journalist's source,
the official who answers — is what this module's model learnt from the labelled real texts.

Each candidate is described by a few readable features (did the rules tie an act to it,
does a post stand beside it, is it the object of 举报, does an act follow it in its
sentence, does it speak to the press …); a logistic regression weighs them. Its weights are
a small JSON file fitted by `xunshi triage bundle` from the shipped labelled texts and
refitted by `xunshi triage train`; the engine falls back to the rules alone without it.
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xunshi.core.env import data_dir
from xunshi.triage import extract as ex
from xunshi.triage import lexicon as lx
from xunshi.triage import ner

if TYPE_CHECKING:
    from xunshi.triage.engine import Reading

log = logging.getLogger(__name__)
BUNDLED_WEIGHTS = Path(__file__).parent / "data" / "attribution.json"
# A candidate the model gives at least this probability is accused (chosen by leaving each
# sealed round out in turn: on 2,695 texts name F1 is flat at 0.842 for 0.30-0.42, 0.839 at
# the earlier 0.45; see `xunshi triage eval --cross-batch real --by-round`).
THRESHOLD = 0.40
# The most persons of one text weighed (the rules' choice always is): the 2,167 labelled
# texts have 3.3 candidates on average and at most 14.
MAX_CANDIDATES = 80

# Before a name: it is the object of a report (举报村支书…, 对…检举).
_OBJECT_OF_REPORT = re.compile(r"(?:举报|反映|控告|检举|揭发|状告|告发|实名举报|投诉|曝光|起诉|查处|调查|"
                               r"被举报人|涉及|处分|免职|双开|开除|立案|审查|留置|通报|给予|免去|撤销|"
                               r"问责|诫勉|约谈)[^，,。；;！？!?\n]{0,10}$")
# After a name: the person speaks or answers (李某表示, 张某告诉记者).
_SPEAKS_AFTER = re.compile(r"(?:也|则|对记者|向记者|对[^，,。；;！？!?\n]{1,6}?(?=说))?"
                           r"(?:说|表示|告诉|告知|回答|回应|介绍|解释|称|答复|坦言|透露|承认|证实|作证)")
# Before a name: a private person (村民张某, 记者李某, 律师, 网友, 家属).
_PRIVATE_BEFORE = re.compile(r"(?:村民|居民|群众|农民|市民|网友|记者|律师|老人|妇女|老汉|大爷|大妈|老板|商人|"
                             r"包工头|承包人|业主|患者|学生|家长|妻子|丈夫|儿子|女儿|父亲|母亲|老伴|"
                             r"举报人|当事人|上访户|信访人|反映人|受害人|知情人|工人|司机|"
                             r"笔者|本人|我叫|我是|原告|申请人|投诉人)$")
_SELF_BEFORE = re.compile(r"(?:作为|我是|本人是|本人系|我叫)[^，,。；;！？!?\n]{0,6}$")
_PRIVATE_AFTER = re.compile(r"(?:先生|女士|老人|老汉|大爷|大妈|师傅|夫妇|一家|家属|老师)")
# The victim of an act: 被…打, 殴打张某, 把张某.
_VICTIM_BEFORE = re.compile(r"(?:殴打|打伤|威胁|恐吓|报复|打压|逼|把|将|给|向|找|帮|替|为)"
                            r"[^，,。；;！？!?\n]{0,3}$")
_PASSIVE_AFTER = re.compile(r"被")
# After a name: the person is investigated, sanctioned or sentenced (汤某涉嫌严重违纪违法,
# 连某被“双规”, 李某受到党内警告处分): the one a notice or a report is about.
_SANCTIONED_AFTER = re.compile(r"[^，,。；;！？!?\n]{0,16}?(?:涉嫌|被[“\"]?双规|被查|落马|被判|被免|被撤|"
                               r"被开除|被立案|被留置|被移送|被逮捕|被刑拘|被调查|被审查|接受[^，,。；;]{0,12}(?:审查|调查)|"
                               r"受到[^，,。；;]{0,20}处分|被(?:停止工作|停职|调离|警告|记过|撤职|降级|问责|诫勉)|"
                               r"违纪违法|严重违纪)")
# In the name's sentence: a sanction or a sentence passed (给予甲、乙、丙诫勉谈话; 对…进行约谈;
# 犯贪污罪，判处…): the persons a notice or a verdict is about, wherever the list puts them.
_SANCTION_SENTENCE = re.compile(r"处分|诫勉|警告|问责|约谈|免职|撤职|记过|开除|双开|立案|判处|判刑|有期徒刑|"
                                r"移送|留置|通报批评|免去|撤销[^，,。；;]{0,6}职务|责令[^，,。；;]{0,6}检查|犯[^，,。；;]{1,8}罪")
# After a name and a comma, its post as an apposition (张文辉，高枧乡张林村村委会主任; 金月杏，
# 原先是…党委组织委员; 熊刚，男，…原任…局长).
_POST_APPOSED = re.compile(r"[，,](?:男|女)?[，,]?(?:曾任|原任|时任|现任|系|是|原先是|原是|任)?"
                           r"[^，,。；;！？!?\n]{0,20}?(?:" + lx.POST_RE.pattern + ")")
# After a name, in its clause: an official visit or duty (某某到村里走访, 带队检查, 陪他修路):
# what officials do when they are the ones who come, not the ones reported.
_ON_DUTY_AFTER = re.compile(r"[^，,。；;！？!?\n]{0,12}?(?:走访|调研|视察|看望|慰问|陪同|"
                            r"陪(?![酒吃喝赌玩])|带队|督导|指导工作|检查工作|座谈|召开|主持)")
# A word for an official, not a post, right before the name (济南官员刘某, 该局干部王某).
_OFFICIAL_NOUN_BEFORE = re.compile(r"(?:官员|干部|公务员|领导|官)的?$")
# A post written right before the name (村干部长朱清泽, 人大代表杨亚贵).
_POST_BEFORE = re.compile("(?:" + lx.POST_RE.pattern + ")的?$")
# An investigating or petition office right before the name (纪委信访室主任严万越).
_HANDLER_BEFORE = re.compile(r"(?:纪委|纪工委|监委|纪检|巡视(?!员)|巡察(?!员)|信访|调查组|公安|派出所|"
                             r"法院|检察院)[^，,。；;！？!?\n]{0,8}$")
# A party or state organ just before the name (安监局职工王某, 县财政局的李某): its staff.
_ORGAN_BEFORE = re.compile(r"(?:局|委|办|政府|法院|检察院|人大|政协|管委会|街道|办事处|所|站|中心)"
                           r"(?:的|职工|员工|干部|工作人员|科员|公务员)?$")
_CLAUSE_STARTERS = set("，,。；;！？!?：:\n“\"、")
_MANY = re.compile(r"^等(?:人|[一二两三四五六七八九十\d]+人)")

FEATURES = (
    "rule_chosen", "rule_official", "tagger_only", "has_post", "county", "head", "deputy", "village",
    "handler", "reporter", "masked", "mentions", "first_at", "rank", "act_after_in_sentence",
    "act_before_in_sentence", "act_sentences", "object_of_report", "speaks", "private_before",
    "private_after", "victim", "passive_after", "listed_with_chosen", "many_after", "tagger_agrees",
    "common_word", "two_chars", "few_candidates", "only_candidate", "post_before", "post_after",
    "orders", "handler_before", "clause_start", "organ_before", "sanctioned", "idle_beside_chosen",
    "on_duty", "official_before", "sanction_sentence", "post_apposed",
)


@dataclass
class Candidate:
    """A person the text names, as read by the rules (an official) or by the tagger alone."""
    official: ex.Official
    rule_chosen: bool
    tagger_only: bool
    tagger_agrees: bool
    features: dict[str, float] = field(default_factory=dict)
    p: float = 0.0

    @property
    def name(self) -> str:
        return self.official.name or ""


@dataclass
class AttributionModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    trained_on: int
    source: str

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def as_json(self) -> dict[str, Any]:
        return {"features": list(FEATURES), "weights": self.weights, "bias": self.bias,
                "threshold": self.threshold, "trained_on": self.trained_on, "source": self.source}


def candidates(reading: Reading, rule_chosen: Sequence[ex.Official]) -> list[Candidate]:
    """Every named person: the rules' named officials, then the tagger's persons not
    among them. A tagger name just after an unnamed post (村支部副书记高峰) names that post."""
    a = reading.a
    out: list[Candidate] = []
    by_name: dict[str, Candidate] = {}
    chosen_ids = {id(o) for o in rule_chosen}
    persons = _tagger_persons(a)
    tagged = set(persons)
    persons += [span for span in _role_persons(a) if span not in tagged]
    person_names = {a[s:e] for s, e in persons}
    officials = reading.specific  # the rules choose among these
    for o in officials:
        if not o.name:
            continue
        key = _name(o, a)
        if key in by_name:
            by_name[key].rule_chosen |= id(o) in chosen_ids
            continue
        c = Candidate(o, id(o) in chosen_ids, False, key in person_names)
        by_name[key] = c
        out.append(c)
    unnamed = [o for o in officials if not o.name]
    spans = [o.name_span for o in officials if o.name_span]
    refused = {o.refused_span for o in officials if o.refused_span}
    for s, e in persons:
        key = a[s:e]
        if key in by_name or not _plausible(key) or (s, e) in refused \
                or any(ps < e and s < pe for ps, pe in spans) \
                or any(key in other or other in key for other in by_name):
            continue  # a name the rules read already, longer or shorter (吴伟 / 吴伟成)
        holder = next((o for o in unnamed if 0 <= s - o.end <= 1 and a[o.end:s] in ("", "的")), None)
        if holder is not None and a[s] not in lx.COMMON_SURNAMES \
                and ex.name_at(a, s, after_post=True) != (s, e) \
                and not any(ps < e and s < pe for ps, pe in ner.persons_around(a, (s, e))):
            continue  # 镇党委书记克扣: a rare surname; neither the rules nor the neural tagger read a name
        if holder is not None:
            # The post the rules read without a name is this person's.
            holder.name, holder.name_span = reading.prepared.span(s, e), (s, e)
            unnamed.remove(holder)
            c = Candidate(holder, id(holder) in chosen_ids, False, True)
        else:
            post = lx.POST_RE.match(a, e)
            o = ex.Official(name=reading.prepared.span(s, e), position=post.group() if post else "",
                            unit=None, start=s, end=post.end() if post else e, name_span=(s, e),
                            via="tagger", post=post.group() if post else "")
            c = Candidate(o, False, True, True)
        by_name[key] = c
        out.append(c)
    out.sort(key=lambda c: c.official.start)
    if len(out) > MAX_CANDIDATES:
        # A text naming hundreds of people (a list, or junk) is weighed on the rules' choice
        # and the first names written: every feature looks at every candidate.
        keep = {id(c) for c in out if c.rule_chosen} | {id(c) for c in out[:MAX_CANDIDATES]}
        out = [c for c in out if id(c) in keep]
    out = _bounded_by_tagger(out, reading)
    for rank, c in enumerate(out):
        c.features = _features(c, rank, out, reading)
    return out


def _bounded_by_tagger(cands: list[Candidate], reading: Reading) -> list[Candidate]:
    """Two-character names the neural tagger reads one character longer, at either end
    (俞持 → 俞持庐, 武胜 → 张武胜): jieba cuts unseen three-character names short. Done before
    the features and the labels, so a name is weighed, and learnt, as it will be reported."""
    a = reading.a
    seen: dict[str, Candidate] = {}
    kept: list[Candidate] = []
    for c in cands:
        o = c.official
        span = o.name_span
        if span and span[1] - span[0] == 2 and "某" not in a[span[0]:span[1]]:
            s, e = span
            # The tagger is asked only where a longer name can be (a third character that
            # may end a name, after a name that is no everyday word; a surname before it):
            # 1,104 of 3,769 such windows in the labelled texts, with 193 of their 217 changes.
            longer = ex.is_han(a[e:e + 1]) and a[e] not in lx.NAME_STOP \
                and ex.word_frequency(a[s:e]) < ex.COMMON_WORD_FREQ // 3
            earlier = s > 0 and a[s - 1] in lx.COMMON_SURNAMES
            persons = ner.persons_around(a, span) if longer or earlier else []
            if longer and (s, e + 1) in persons:
                o.name_span, o.name = (s, e + 1), reading.prepared.span(s, e + 1)
            elif earlier and (s - 1, e) in persons:
                o.name_span, o.name = (s - 1, e), reading.prepared.span(s - 1, e)
        key = _name(o, a)
        if key in seen:
            seen[key].rule_chosen |= c.rule_chosen
            continue
        seen[key] = c
        kept.append(c)
    return kept


def _plausible(name: str) -> bool:
    """A tagger span worth weighing: two to four Chinese characters (a masked name too)."""
    return 2 <= len(name) <= 4 and all(ex.is_han(ch) or ch in "×Xx*＊" for ch in name) \
        and ex.is_han(name[0])


def _tagger_persons(a: str) -> list[tuple[int, int]]:
    """Spans jieba's tagger reads as person names (nr): its HMM reads unknown names too, at
    a hundredth of the neural tagger's cost, and the model weighs each one anyway."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for word, tag in ex.tag(a):
        if tag in _PERSON_TAGS:
            # 高希景称, 王某某说: the HMM glues the verb after an unknown name to it.
            cut = len(word) >= 3 and word[-1] in _NEVER_LAST
            spans.append((pos, pos + len(word) - cut))
        pos += len(word)
    return spans


# Function words and speech verbs that end no given name. Narrower than lx.NAME_STOP, which
# also holds characters that end given names now and then (任, 东, 工 …): cutting at every
# name-stop character lost two right names in the replay (0.8423 → 0.8418).
_NEVER_LAST = set("称说讲道在是的了被将把对向给等和与及也都就又曾已却仍竟便")


_PERSON_TAGS = {"nr", "nrfg", "nrt"}
# A person by their role in a case (被告人黄某某, 犯罪嫌疑人…, 被调查人…) or by a profile
# (邵某，男，汉族): court rulings and notices name people so, where jieba's tagger often
# reads no name (被告人黄贤德 → 被告/人黄/贤德).
_ROLE = re.compile(r"(?:被告人|犯罪嫌疑人|被调查人|被审查人|被举报人|被反映人|被申诉人)[：:\s]*")
_PROFILE_AFTER = re.compile(r"[，,](?:男|女)[，,]")


def _role_persons(a: str) -> list[tuple[int, int]]:
    spans = []
    for m in _ROLE.finditer(a):
        span = ex.name_at(a, m.end())
        name = a[span[0]:span[1]] if span else ""
        # 被告人陈述称…, 被告人林地…: an everyday word is no name.
        if span and ("某" in name or ex.word_frequency(name) < ex.COMMON_WORD_FREQ // 3):
            spans.append(span)
    for m in _PROFILE_AFTER.finditer(a):
        for start in (m.start() - 3, m.start() - 2):
            if start >= 0 and (start == 0 or not ex.is_han(a[start - 1])) \
                    and ex.name_at(a, start) == (start, m.start()):
                spans.append((start, m.start()))
                break
    return spans


def _name(o: ex.Official, a: str) -> str:
    return a[o.name_span[0]:o.name_span[1]] if o.name_span else (o.name or "")


def _features(c: Candidate, rank: int, every: list[Candidate], reading: Reading) -> dict[str, float]:
    from xunshi.triage import engine  # the engine imports this module

    a, o = reading.a, c.official
    name = _name(o, a)
    positions = [m.start() for m in re.finditer(re.escape(name), a)][:30] if name else [o.start]
    if o.start not in positions:
        positions.insert(0, o.start)
    hits = reading.rr.allegation_hits
    act_after = act_before = 0.0
    act_sentences = 0
    sanction_sentence = False
    for p in positions:
        sentence = next(((s, e) for s, e in reading.sentences if s <= p < e), (p, p + 1))
        sanction_sentence = sanction_sentence or bool(_SANCTION_SENTENCE.search(a, sentence[0], sentence[1]))
        inside = [h for h in hits if sentence[0] <= h.start < sentence[1]]
        act_sentences += bool(inside)
        act_after = max(act_after, float(any(h.start >= p for h in inside)))
        act_before = max(act_before, float(any(h.start < p for h in inside)))
    first = positions[0]
    s, e = o.name_span or (o.start, o.end)
    before = a[max(0, s - 12):s]
    level = engine.level_of(o.position, o.unit) if o.position else ""
    chosen_names = [n for x in every if x.rule_chosen and x is not c and (n := _name(x.official, a))]
    listed = _listed_after(a[max(0, s - 30):s], chosen_names) or (
        a[e:e + 1] in _LIST_JOINS and any(a.startswith(n, e + 1) for n in chosen_names))
    text_len = max(len(a), 1)
    return {
        "rule_chosen": float(c.rule_chosen),
        "rule_official": float(not c.tagger_only),
        "tagger_only": float(c.tagger_only),
        "has_post": float(bool(o.position)),
        "county": float(level == "county"),
        "head": float(level == "next_level_head"),
        "deputy": float(level == "deputy"),
        "village": float(level == "village"),
        "handler": float(bool(o.position) and engine._handles(o, a)),
        # The rules already dropped the officials they read as reporters; a name the tagger
        # alone read is one when the writer introduces themself with it.
        "reporter": float(c.tagger_only and bool(_SELF_BEFORE.search(before))),
        "masked": float("某" in name or any(ch in name for ch in "×Xx*＊")),
        "mentions": math.log1p(len(positions)),
        "first_at": first / text_len,
        "rank": min(rank, 4) / 4,
        "act_after_in_sentence": act_after,
        "act_before_in_sentence": act_before,
        "act_sentences": math.log1p(act_sentences),
        "object_of_report": float(any(_OBJECT_OF_REPORT.search(a, max(0, p - 14), p)
                                      for p in positions[:10])),
        "speaks": float(any(_SPEAKS_AFTER.match(a, p + len(name)) for p in positions[:10])),
        "private_before": float(bool(_PRIVATE_BEFORE.search(before))),
        "private_after": float(bool(_PRIVATE_AFTER.match(a, e))),
        "victim": float(bool(_VICTIM_BEFORE.search(a, max(0, s - 6), s))),
        "passive_after": float(bool(_PASSIVE_AFTER.match(a, e))),
        "listed_with_chosen": float(listed),
        "many_after": float(bool(_MANY.match(a[e:e + 4]))),
        "tagger_agrees": float(c.tagger_agrees),
        "common_word": float(ex.word_frequency(name) >= ex.COMMON_WORD_FREQ // 3) if name else 0.0,
        "two_chars": float(len(name) == 2),
        "few_candidates": min(len(every), 6) / 6,
        "only_candidate": float(len(every) == 1),
        "post_before": float(bool(_POST_BEFORE.search(a, max(0, s - 12), s))),
        "post_after": float(bool(lx.POST_RE.match(a, e))),
        "orders": float(bool(engine._ORDERS.match(a, e))),
        "handler_before": float(bool(_HANDLER_BEFORE.search(a, max(0, s - 10), s))),
        "organ_before": float(bool(_ORGAN_BEFORE.search(a, max(0, s - 8), s))),
        # No act in any sentence of theirs while the rules tied the acts to someone else
        # (县扶贫办副主任某某到村里走访…原书记某某为谋利): a bystander.
        "idle_beside_chosen": float(not c.rule_chosen and act_sentences == 0
                                    and any(x.rule_chosen for x in every if x is not c)),
        "official_before": float(bool(_OFFICIAL_NOUN_BEFORE.search(a, max(0, s - 4), s))),
        "on_duty": float(any(_ON_DUTY_AFTER.match(a, p + len(name)) for p in positions[:10])),
        "sanctioned": float(any(_SANCTIONED_AFTER.match(a, p + len(name)) for p in positions[:10])),
        "sanction_sentence": float(sanction_sentence),
        "post_apposed": float(any(_POST_APPOSED.match(a, p + len(name)) for p in positions[:10])),
        "clause_start": float(any(p == 0 or a[p - 1] in _CLAUSE_STARTERS for p in positions[:10])),
    }


_VETO = ("handler", "reporter", "speaks", "handler_before", "on_duty")


_LIST_JOINS = set("、和及与")
_CLAUSE_END = set("，,。；;！？!?\n")


def _listed_after(before: str, names: list[str]) -> bool:
    """Whether `before` ends with one of `names`, then at most twelve characters of the
    same clause (a post, a bracket), then a list join: 张某（村主任）、 / 张某和."""
    if not before or before[-1] not in _LIST_JOINS:
        return False
    body = before[:-1]
    for n in names:
        at = body.rfind(n)
        if at < 0:
            continue
        tail = body[at + len(n):]
        tail = tail[1:] if tail[:1] in ("（", "(") else tail
        if len(tail) <= 12 and not any(ch in _CLAUSE_END for ch in tail):
            return True
    return False


def decide(reading: Reading, rule_chosen: list[ex.Official], model: AttributionModel | None = None
           ) -> tuple[list[ex.Official], list[Candidate]]:
    """The accused: the rules' choice, and the named candidates the model accepts besides
    (it weighs persons, not posts). Without a model, the rules' choice alone."""
    model = model or load()
    if model is None:
        return rule_chosen, []
    cands = candidates(reading, rule_chosen)
    for c in cands:
        c.p = model.probability(c.features)
    # The officials the rules tie to an act stay accused (their ties — accomplices, lists,
    # plurals — are read where no feature looks); the model adds the persons they missed.
    # Leaving each real batch out, keeping them costs nothing (name F1 0.871 vs 0.872).
    # Nor does it add one the rules read as a reporter, a handler or a speaker (to the press,
    # or as a witness), one written right after an investigating office (纪委纪检监察室主任…),
    # or one who comes on an official visit (副镇长某某到村里走访; 1 accused among 22 such):
    # those readings are explicit (leaving each of 55 batches out: name F1 0.825 → 0.828).
    accepted = [c.official for c in cands if c.rule_chosen or (
        c.p >= model.threshold and not any(c.features[k] for k in _VETO))]
    posts = [o for o in rule_chosen if not o.name]
    if not accepted and not posts and cands:
        # An in-scope report accuses someone: the likeliest person when no one passes,
        # if the model thinks it at all likely.
        best = max(cands, key=lambda c: c.p)
        if best.p >= model.threshold / 2:
            accepted = [best.official]
    accepted += _listed_with_accepted(reading.a, cands, accepted)
    return sorted(accepted + posts, key=lambda o: o.start), cands


# A name written in one enumeration with an accused one (王春林、王定贵; 郑宝记和杨林忠;
# 原主任张某、副主任李某) shares that fate, if the model finds it at all likely and no
# reading vetoes it (a reporter, a handler …). Leaving each real batch out, name F1
# 0.8403 → 0.8431 at p ≥ 0.25 (0.842-0.844 for 0.15-0.3, any 12-24 characters between the
# names); with only a post, its unit or a bracket between them (no 参与, 和平), on 2,431
# texts: 0.8361 → 0.8385, as with any characters (0.8386).
LISTED_MIN_P = 0.25
# At most this many names join a list so (a hostile text could chain dozens).
LISTED_MAX = 10
# Between two names of one list: a post, with its unit (原主任张某、海青村村主任张德仁), a
# bracket (张某（村主任）、), or nothing; the join is a list mark, not the 和 of 和平 or the
# 与 of 参与.
_LIST_GAP = (r"(?:[^，,。；;！？!?\n、和及与]{0,12}?(?:" + lx.POST_RE.pattern + r")"
             r"|[（(][^（）()，,。；;\n]{0,12}[）)])?")


def _listed_with_accepted(a: str, cands: list[Candidate], accepted: list[ex.Official]) -> list[ex.Official]:
    taken = {id(o) for o in accepted}
    names = {_name(o, a) for o in accepted if o.name}
    added: list[ex.Official] = []
    grew = True
    while grew and names and len(added) < LISTED_MAX:
        grew = False
        for c in cands:
            name = _name(c.official, a)
            if id(c.official) in taken or c.p < LISTED_MIN_P or not name \
                    or any(c.features[k] for k in _VETO):
                continue
            if any(_co_listed(a, one, name) or _co_listed(a, name, one) for one in names):
                taken.add(id(c.official))
                names.add(name)
                added.append(c.official)
                grew = True
                if len(added) >= LISTED_MAX:
                    break
    return added


@lru_cache(maxsize=1024)
def _list_tail(name: str) -> re.Pattern[str]:
    """A list mark, then `name`, with at most a post or a bracket on either side."""
    return re.compile(_LIST_GAP + "(?:、|以及|和|及|与)" + _LIST_GAP + re.escape(name))


def _co_listed(a: str, first: str, second: str) -> bool:
    """Whether `second` follows `first` in one enumeration: a list mark, with at most a
    post or a bracket on either side."""
    tail = _list_tail(second)
    at = a.find(first)
    for _ in range(30):  # a name written hundreds of times (junk) is looked at 30 times
        if at < 0:
            return False
        if tail.match(a, at + len(first)):
            return True
        at = a.find(first, at + 1)
    return False


@dataclass
class LabelledCandidates:
    """One labelled text's candidates as feature rows, with whether each is accused."""
    split: str
    xs: list[list[float]]
    ys: list[int]


def feature_table(rows: Iterable[dict[str, Any]]) -> list[LabelledCandidates]:
    """Reads each labelled text as the engine does and labels its candidates by the gold
    accused names (triage.md label format). Texts of either scope count: a candidate in an
    out-of-scope text is someone not accused."""
    from xunshi.triage import engine
    from xunshi.triage.normalize import prepare

    table: list[LabelledCandidates] = []
    for row in rows:
        labels = row.get("labels") or {}
        prepared = prepare(str(row.get("text") or ""))
        if labels.get("scope") not in ("in", "out") or prepared.han_count < 4:
            continue
        gold = {prepare(str(a["name"])).analysis.strip() for a in labels.get("accused") or []
                if isinstance(a, dict) and a.get("name")}
        reading = engine.read(prepared)
        chosen = engine.rule_accused(reading)
        cands = candidates(reading, chosen)
        table.append(LabelledCandidates(
            split=str(row.get("split") or ""), xs=[[c.features[f] for f in FEATURES] for c in cands],
            ys=[int(_name(c.official, reading.a) in gold) for c in cands]))
    return table


def fit(table: Iterable[LabelledCandidates], *, source: str) -> AttributionModel:
    from sklearn.linear_model import LogisticRegression

    xs = [x for t in table for x in t.xs]
    ys = [y for t in table for y in t.ys]
    if len(set(ys)) < 2:
        raise ValueError("attribution training needs candidates both accused and not")
    # Strong regularisation: chosen by leaving each real batch out (C 0.1-10 tried).
    clf = LogisticRegression(C=0.3, max_iter=3000)
    clf.fit(xs, ys)
    weights = {f: round(float(w), 4) for f, w in zip(FEATURES, clf.coef_[0], strict=True)}
    return AttributionModel(weights=weights, bias=round(float(clf.intercept_[0]), 4), threshold=THRESHOLD,
                            trained_on=len(ys), source=source)


def fit_from_rows(rows: Iterable[dict[str, Any]], *, source: str) -> AttributionModel:
    return fit(feature_table(rows), source=source)


def weights_path() -> Path:
    return data_dir() / "triage" / "attribution.json"


_lock = threading.Lock()
_cached: list[AttributionModel | None] = []


def from_json(data: dict[str, Any]) -> AttributionModel:
    return AttributionModel(weights={k: float(v) for k, v in data["weights"].items()},
                            bias=float(data["bias"]),
                            threshold=float(data["threshold"]), trained_on=int(data["trained_on"]),
                            source=str(data["source"]))


def load(*, refresh: bool = False) -> AttributionModel | None:
    """The weights staff training wrote, else the shipped ones, else none (rules alone)."""
    with _lock:
        if refresh or not _cached:
            _cached.clear()
            _cached.append(_read_first(weights_path(), BUNDLED_WEIGHTS))
        return _cached[0]


def _read_first(*paths: Path) -> AttributionModel | None:
    """The first readable weights file; a damaged one is logged and passed over, so a bad
    write never stops triage (the rules and the next file still decide)."""
    for path in paths:
        if not path.is_file():
            continue
        try:
            return from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            log.warning("attribution weights unreadable, passed over: %s", path, exc_info=True)
    return None


def save(model: AttributionModel, path: Path | None = None) -> Path:
    path = path or weights_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(model.as_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)
    with _lock:
        _cached.clear()
    return path
