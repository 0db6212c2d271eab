"""Extractors over a prepared text: officials (post + name + unit), places and dates.

All work on `Prepared.analysis` and report the original's spans. Names are found next
to posts (title-before-name is how letters introduce people: 镇党委书记边某国), and
masked names (张某, 张某某, 边某国, 王XX) are read by pattern. A full name's length is
decided by repetition in the text, then by a stop-character list, then by jieba.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from xunshi.triage import lexicon as lx
from xunshi.triage.normalize import Prepared

_HAN = re.compile(r"[\u4e00-\u9fff]")
POST_RE = lx.POST_RE  # for the role functions of engine.py
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_MASKED_TAIL = re.compile(r"(某某|某|[xX×＊*○〇Ｘ]{1,2})")
# Given-name characters common enough to accept after a mask (边某国) without other proof.
_GIVEN_COMMON = set("国华明军平伟强林文斌东红建峰海波辉杰勇涛刚新英芳丽霞燕敏静玲娟梅兰凤云珍秀荣福生"
                    "贵祥春宝山江河清德庆龙飞鹏宇浩磊超鑫俊亮成忠民义学志立金玉桂芬萍婷雪洪武彬"
                    "远航晨阳晓佳欣怡嘉琳琴莉娜毅刚坤达彪虎豪梁栋柱根")


@dataclass
class Official:
    name: str | None
    position: str
    unit: str | None
    start: int
    end: int
    name_span: tuple[int, int] | None = None
    via: str = "title-before-name"
    units: list[str] = field(default_factory=list)
    # Later short references merged into this person (周书记 after 周红军书记): their starts.
    mentions: list[int] = field(default_factory=list)
    # The position in analysis script (書記 → 书记), for comparing with the word lists.
    post: str = ""
    # A name the rules read here and the neural tagger refused (书记克扣): never a person.
    refused_span: tuple[int, int] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "position": self.position or None, "unit": self.unit}


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@lru_cache(maxsize=1)
def _jieba() -> Any:
    """jieba's own tokenizer, kept for its dictionary's word frequencies (FREQ)."""
    import jieba

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for post in lx.POSTS:
        tokenizer.add_word(post, freq=20000, tag="nz")
    return tokenizer


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    """rjieba (jieba-rs): the same dictionary and algorithm as jieba, and the same cuts on
    the development set, at about twenty times jieba's speed; the cut is the largest
    single cost of a triage."""
    import rjieba

    tokenizer = rjieba.Jieba()
    for post in lx.POSTS:
        tokenizer.add_word(post, 20000, "nz")
    return tokenizer


_added: set[str] = set()


def word_frequency(word: str) -> int:
    """jieba's dictionary frequency of `word` (0 when it is no word)."""
    return int(_jieba().FREQ.get(word, 0))


def add_user_words(words: list[str], tag: str = "nr") -> None:
    """Roster names and units go into the tokenizers (jieba load_userdict semantics);
    each word once per process, as jieba's add_word is slow (≈0.4 ms a word)."""
    freq = _jieba()
    cut = _segmenter()
    for w in words:
        if w and w not in _added:
            freq.add_word(w, freq=20000, tag=tag)
            cut.add_word(w, 20000, tag)
            _added.add(w)


def segment(text: str) -> list[str]:
    return list(_segmenter().cut(text, True))


def tag(text: str) -> list[tuple[str, str]]:
    """Words with jieba's part-of-speech tags (nr: a person name, read by the HMM too)."""
    return list(_segmenter().tag(text, True))


# --- names ------------------------------------------------------------------------------


def _surname_len(a: str, pos: int) -> int:
    if a[pos:pos + 2] in lx.SURNAMES_2:
        return 2
    if pos < len(a) and a[pos] in lx.SURNAMES_1:
        return 1
    return 0


def _starts_word(a: str, pos: int) -> bool:
    """Whether a[pos] is the first character of a dictionary word (瞒报, 经常). A word only
    jieba's HMM makes up (糯把, 瑞等) does not count: that is how it reads unknown names."""
    tokens = segment(a[pos:pos + 6])
    return bool(tokens) and len(tokens[0]) >= 2 and word_frequency(tokens[0]) > 0


# Verbs that, after a surname that is also a common character (强, 包, 时, 都), make a verb
# phrase rather than a given name.
_VERB_CHARS = set("拆养买卖占收拿要打骂抢砸偷骗吃喝嫖赌贪送请办搞做干让叫找说讲问看听想去来走跑坐用借"
                  "还给交欠扣罚批审查抓关能会可替帮到")
# 王某二儿子, 李某三叔: a numeral before a kinship word counts the children, it is no given name.
_NUMERALS = set("一二三四五六七八九十两大小老")
_KIN_START = set("儿女子哥弟姐妹叔伯姑舅姨孙媳")
# A place or unit right after a candidate (书记和新川社区): the candidate is its name.
_UNIT_AFTER_NAME = re.compile(r"社区|街道|[村镇乡县市区]")
# Unit suffixes after 某 that make it "some unit" (某县, 某局).
_UNIT_AFTER_MOU = set("县市区镇乡村局所院厂校站处科")
# 王某所在的村, 周某所指的问题: 所 opens a clause about the person, no "some institute".
_MOU_SUO_CLAUSE = {"所在", "所指", "所说", "所做", "所为", "所述", "所称", "所属", "所得", "所有", "所谓",
                   "所写"}
# jieba dictionary frequency above which a two-character string is an everyday word.
COMMON_WORD_FREQ = 300
# jieba frequency of a word everyone writes (官员 8,591, 东方 3,993); among 247 labelled full names
# one begins with such a word (周年明), and it stands after a post.
EVERYDAY_FREQ = 1000
_NAME_CLOSERS = set("等，。、；：！？（）()“”\"")
_ALIGN_SPACES = (" ", "\u3000")
_LIST_CLOSERS = set(",，、;；")
_SEPARATOR = re.compile(r"\s*(?:——|—|--|:|：)\s*")


def name_at(a: str, pos: int, after_post: bool = False) -> tuple[int, int] | None:
    """The span of a person name starting exactly at `pos`, if one does. `after_post`: right
    after a title (市长向远), where a surname that is also a function word is more likely
    a surname."""
    n = len(a)
    if a[pos:pos + 1] in ("X", "x", "×") and a[pos + 1:pos + 2] == "某":
        # X某某: the surname itself masked
        end = pos + (3 if a[pos + 2:pos + 3] == "某" else 2)
        return pos, end
    slen = _surname_len(a, pos)
    if not slen:
        return None
    after = pos + slen
    m = _MASKED_TAIL.match(a, after)
    if m:
        end = m.end()
        if m.group() == "某" and a[end:end + 1] in _UNIT_AFTER_MOU \
                and a[end + 1:end + 2] not in ("长", "委") and a[end:end + 2] not in _MOU_SUO_CLAUSE:
            return None  # 阜阳某县, 河间市某局: "some county", not a masked name
        # 张某某 masks the whole given name, so nothing follows it (李某某占用…); only the
        # 边某国 form carries a given-name character after a single 某.
        if m.group() == "某" and end < n and is_han(a[end]) \
                and (a[end] not in lx.NAME_STOP or (a[end] in _STOP_YET_LAST | lx.NAME_END_OK
                                                    and _recurs_as_name(a, a[pos:end + 1]))) \
                and not (a[end] in _NUMERALS and a[end + 1:end + 2] in _KIN_START) \
                and _mask_takes_given(a, pos, end):
            end += 1
        return pos, end
    if slen == 1 and a[after:after + 1] in _ALIGN_SPACES and is_han(a[after + 1:after + 2]) \
            and a[after + 2:after + 3] in _LIST_CLOSERS and (pos == 0 or not is_han(a[pos - 1])):
        return pos, after + 2  # 3、许 明，区委书记: a two-character name spaced to align a list
    if after >= n or not is_han(a[after]) or a[after] in lx.NAME_STOP_2:
        return None
    if lx.POST_RE.match(a, after):
        return None  # 现任支书, 何书记: the characters after the surname are a post (何书香 is a name)
    if a[pos] in lx.AMBIGUOUS_SURNAMES and slen == 1 and a[after] in _VERB_CHARS:
        return None  # 强拆, 包养, 时买官: a verb phrase, however often it is written
    c3 = a[after + 1] if after + 1 < n else ""
    name2, name3 = a[pos:after + 1], a[pos:after + 2]
    closed = after + 2 >= n or a[after + 2] in _NAME_CLOSERS
    if c3 and c3 in lx.NAME_END_OK and closed:
        # 陈应利等人, 王志领、: a verb-like character (利用, 领导) that the name's end
        # closes at once is the name's last character, not the next word's first.
        best = name3
    elif c3 in _STOP_YET_LAST and _read_as_one(a, pos, name3):
        best = name3  # 村支书李外家在…, 秦蓝人的帖子: the HMM reads the unknown name whole
    elif not c3 or not is_han(c3) or c3 in lx.NAME_STOP:
        best = name2
    elif len({a[k + len(name3):k + len(name3) + 1] for k in _occurrences(a, name3)}) >= 2:
        best = name3  # written twice, followed by different words: not 黄强严重… written twice
    elif a.count(name2) > a.count(name3):
        best = name2
    else:
        # Two characters only when jieba reads the third as the start of a longer word
        # (张伟/经常), which a name's last character seldom is.
        tokens = segment(a[pos:pos + 8])
        joined = 0
        c3_token = ""  # the word jieba starts at the third character, if it starts one
        for t in tokens:
            if joined == after + 1 - pos:
                c3_token = t
                break
            joined += len(t)
        # 林海找来谈话: a verb jieba reads on its own after the name is the next word too.
        next_word = len(c3_token) >= 2 or (c3_token == c3 and c3 in _VERB_CHARS)
        best = name2 if next_word and c3 not in _GIVEN_COMMON else name3
    if not after_post and _is_word_not_name(a, pos, best, slen):
        return None  # 官员, 纪检专员, 东方一号: an everyday word, not a surname and a given name
    if a[pos] in lx.AMBIGUOUS_SURNAMES and slen == 1 and len(best) == 2 \
            and word_frequency(best) >= EVERYDAY_FREQ // 2:
        return None  # 花费, 高度, 安全: however often written, an everyday word
    if a[pos] in lx.AMBIGUOUS_SURNAMES and slen == 1 and a.count(best) < 2:
        if after_post and a[pos] not in "和及与" and word_frequency(best) < COMMON_WORD_FREQ \
                and word_frequency(a[pos + 1:pos + 3]) < COMMON_WORD_FREQ \
                and any(c in _GIVEN_COMMON for c in best[1:]) \
                and not _UNIT_AFTER_NAME.match(a, pos + len(best)):
            # 村会计向立鹏: neither 向立 nor 立鹏 is a word (unlike 向群众, 和村民, 高度) and
            # 立, 鹏 are given-name characters (unlike 都能吃, 任人唯).
            return pos, pos + len(best)
        tokens = segment(a[pos:pos + 6])
        if not tokens or tokens[0] != best:
            return None
        if word_frequency(best) >= COMMON_WORD_FREQ:
            return None  # 安置, 高度, 方法: a common word, not 安/高/方 + a given name
    return pos, pos + len(best)


def _mask_takes_given(a: str, pos: int, end: int) -> bool:
    """Whether the character after a single 某 (a[end]) is the masked name's given name
    (边某国) or the next word's first (王某立即, 金某见面, 李某约定). The text itself is the
    best witness: a name is followed by different words where it recurs, while the same
    X某 also written bare elsewhere makes the character a word of the sentence."""
    given = a[end]
    after = _after_masks(a).get(a[pos:end], {})
    written = sum(after.get(given, Counter()).values())
    if given in _AFTER_SUBJECT:
        return False  # 晏某原系, 施某第三次
    if _recurs_as_name(a, a[pos:end + 1]):
        return True  # 齐某军、… 齐某军等: one name, followed by different words
    if written == 1 and any(c != given and _bare_after(c) for c in after):
        return False  # 金某 … 金某到市检察院: the surname stands alone elsewhere
    starts_word = _starts_word(a, end)
    if written >= 2 and not starts_word:
        return True  # 邢某占等 … 邢某占等: written the same way twice, no word of its own
    if given in _VERB_CHARS:
        return False  # 苏某送钱
    if starts_word:
        return given in _GIVEN_COMMON and word_frequency(a[end:end + 2]) < COMMON_WORD_FREQ
    return True


def _bare_after(c: str) -> bool:
    """Whether X某 followed by `c` is X某 standing alone (金某，/ 金某到): not a second
    person of the same surname (张某伟 … 张某华), whose given name would follow."""
    return not is_han(c) or c in lx.NAME_STOP or c in _AFTER_SUBJECT or c in _VERB_CHARS


def _recurs_as_name(a: str, three: str) -> bool:
    """Whether a masked name with a given-name character (白某年) recurs followed by
    different words (白某年予以…, 白某年遂…): the character is the name's, even one that
    usually opens the next word. (金某见面 … 金某见面后 is one word written twice.)"""
    if three[-1] in "的了在是和与及等":
        return False
    return len(_after_masks(a).get(three[:-1], {}).get(three[-1], ())) >= 2


@lru_cache(maxsize=1)  # the text being read, not a store of reports
def _after_masks(a: str) -> dict[str, dict[str, Counter[str]]]:
    """For each surname + 某 of the text (王某, 欧阳某), the characters written after it,
    each with the character after each time it is written: read once a text, as name_at asks for
    every mention."""
    out: dict[str, dict[str, Counter[str]]] = {}
    for k in (m.start() for m in re.finditer("某", a)):
        nxt, then = a[k + 1:k + 2], a[k + 2:k + 3]
        for start in (k - 1, k - 2):
            if start >= 0:
                out.setdefault(a[start:k + 1], {}).setdefault(nxt, Counter())[then] += 1
    return out


# Adverbs and modal verbs that open a predicate right after a masked name (晏某原系,
# 袁某需向, 苏某共领): not a given-name character, however the HMM joins it to the next one.
_AFTER_SUBJECT = set("原需应须该亦均即乃刺共先第")
# Characters that usually start the word after a name yet end given names too (李外家,
# 秦蓝人, 何建上, 于巧年); verbs after a name (王强贪, 叶珺包) are not among them.
_STOP_YET_LAST = set("家年人长月和志上")
# After 某某家: the family's home or members (家的, 家里, 家人), not a name ending in 家.
_FAMILY_AFTER = set("的里中门人属族庭")


def _read_as_one(a: str, pos: int, name3: str) -> bool:
    """Whether a three-character name whose last character usually starts the next word
    (家, 人, 上, 年) is one: jieba's HMM reads it as one unknown word. (Written the same
    way each time is no proof: 王强家 is also 王强's family.)"""
    if name3[-1] == "家" and a[pos + 3:pos + 4] in _FAMILY_AFTER:
        return False  # 王强家的亲戚, 王强家里: the family's, whatever the HMM joins
    tokens = segment(a[pos:pos + 8])
    return bool(tokens) and tokens[0] == name3 and word_frequency(name3) == 0


def _is_word_not_name(a: str, pos: int, cand: str, slen: int) -> bool:
    """Whether a name candidate (not right after a post) reads as a common word: the whole
    candidate (官员, 花费; 黎明 counts only after a post), or its first two characters."""
    if slen == 2:
        return word_frequency(cand[:2]) >= EVERYDAY_FREQ  # 东方一号
    if len(cand) == 2:
        return word_frequency(cand) >= EVERYDAY_FREQ // 2  # (李强 159, 李四 106 are names)
    head = word_frequency(cand[:2])
    if head < COMMON_WORD_FREQ or a.count(cand) >= 2:  # the text scan only when it can decide
        return False
    # 官员X; 纪检/专员: a word of its own, and the third character starts the next word.
    return head >= EVERYDAY_FREQ or len(segment(a[pos + 2:pos + 6])[0]) >= 2



def _name_before(a: str, end: int) -> tuple[int, int] | None:
    """A name ending at `end` (王建军（县委书记）): the candidate written most often wins,
    then one that starts after a non-name character."""
    best: tuple[int, int, tuple[int, int]] | None = None
    for length in (2, 3, 4):
        start = end - length
        if start < 0:
            continue
        span = name_at(a, start)
        if not span or span[1] != end:
            continue
        clean = start == 0 or not is_han(a[start - 1]) or a[start - 1] in lx.NAME_STOP or a[start - 1] == "自"
        key = (a.count(a[start:end]), int(clean), span)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


# --- units and places ---------------------------------------------------------------------

_PLACE_SUFFIX_RE = "|".join(lx.PLACE_SUFFIXES)
_UNIT_SUFFIX_RE = "|".join(sorted(lx.UNIT_SUFFIXES, key=len, reverse=True))
_UNIT_TOKEN = re.compile(rf"(?:{_UNIT_SUFFIX_RE})$")
_PLACE_TOKEN = re.compile(rf"(?:{_PLACE_SUFFIX_RE})$")
_FUNCTION_TOKENS = {"的", "了", "是", "在", "和", "与", "及", "我", "我们", "他", "她", "他们", "你",
                    "都", "也", "还", "就", "把", "被", "给", "对", "向", "从", "说", "这", "那", "为",
                    "有", "个", "知道", "反映", "举报", "检举", "控告", "投诉", "原", "前任", "现任",
                    "担任", "时任", "曾任", "兼任", "一名", "一个", "附近", "到", "去", "住", "住在",
                    # time words and verbs that stand before a post (随后村支书…, 发现村会计…)
                    "随后", "然后", "后来", "当时", "同时", "其中", "发现", "以前", "之前", "之后",
                    "以后", "目前", "现在", "如今", "曾经", "还是", "就是", "但是", "而且", "所以",
                    "就让", "让", "叫", "使", "这里", "那里", "一些", "这些", "那些", "有些", "某些",
                    "当地", "但", "可是", "却", "而", "并", "又", "再", "才", "便", "即", "则"}


def _content_token(t: str, suffix_re: re.Pattern[str]) -> bool:
    return (t not in _FUNCTION_TOKENS and all(is_han(c) for c in t)
            and not suffix_re.search(t) and len(t) <= 4)


def _merge_units(tokens: list[str], suffix_re: re.Pattern[str]) -> list[tuple[int, int]]:
    """Char spans (within the joined tokens) of unit-like words, merging bare suffixes."""
    spans: list[tuple[int, int]] = []
    offsets = []
    pos = 0
    for t in tokens:
        offsets.append(pos)
        pos += len(t)
    for i, t in enumerate(tokens):
        if not suffix_re.search(t) or not all(is_han(c) or c == "某" for c in t):
            continue
        if t in lx.NOT_PLACES:
            continue
        start = offsets[i]
        if i > 0 and tokens[i - 1] in ("县", "市", "区") and not _PLACE_TOKEN.search(t) \
                and spans and spans[-1] == (offsets[i - 1], offsets[i]):
            # 县/林业局: the bare county marker belongs to the department
            start = spans.pop()[0]
        elif len(t) == 1 and spans and spans[-1][1] == start:
            # 孟村/县: the county name itself ends in a suffix character.
            start = spans.pop()[0]
        elif len(t) <= 3 and i > 0 and _content_token(tokens[i - 1], suffix_re):
            # 流河/镇, 三里/铺村, 大/官厅/乡: up to two content tokens, four characters.
            start = offsets[i - 1]
            if (i > 1 and _content_token(tokens[i - 2], suffix_re)
                    and len(tokens[i - 2]) + len(tokens[i - 1]) <= 4
                    and (len(tokens[i - 2]) == 1 or len(t) == 1)):
                start = offsets[i - 2]
        spans.append((start, offsets[i] + len(t)))
    return spans


class TokenIndex:
    """The full text's tokens by end offset, so look-backs reuse the one jieba pass."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.starts: list[int] = []
        pos = 0
        for t in tokens:
            self.starts.append(pos)
            pos += len(t)
        self.by_end = {s + len(t): i for i, (s, t) in enumerate(zip(self.starts, tokens, strict=True))}

    def spans(self, suffix_re: re.Pattern[str]) -> list[tuple[int, int]]:
        """Unit-like words of the whole text (merged as in look-backs)."""
        return _merge_units(self.tokens, suffix_re)

    def before(self, start: int, end: int) -> list[str] | None:
        """Whole tokens inside [start, end) if a token ends exactly at `end`, else None."""
        i = self.by_end.get(end)
        if i is None:
            return None
        out: list[str] = []
        while i >= 0 and self.starts[i] >= start:
            out.insert(0, self.tokens[i])
            i -= 1
        return out


_UNIT_CUT_TOKENS = set("和与及的是在对把被给向任为称经由日近") | {
    "担任", "现任", "时任", "原任", "自称", "声称", "冒充",
    # 记者找到村支书, 报道汉中市体育局局长, 当事人县卫生局: the verb or noun before the unit
    "找到", "了解", "报道", "当事人", "当选", "由该", "三任"}


def unit_before(a: str, start: int, borrow: int = 0, index: TokenIndex | None = None) -> list[str]:
    """The chain of units written right before a post (青县流河镇 → [青县, 流河镇])."""
    lb_start = max(0, start - 18)
    window = a[lb_start:start + borrow]
    cut = max((m.end() for m in re.finditer(r"[，。、；：！？,.;:!?\s（）()“”\"]", window)), default=0)
    window = window[cut:]
    if not window:
        return []
    reused = index.before(start + borrow - len(window), start + borrow) if index else None
    if reused is not None:
        # Drop a leading part-token: the window must start on a token boundary.
        window = window[len(window) - sum(map(len, reused)):]
        tokens = reused
    elif borrow and len(window) > borrow:
        # The borrowed level character (对/村支书) is its own token: segmenting it with the
        # words before would glue it to a function word (对村, 但村).
        tokens = [*segment(window[:-borrow]), window[-borrow:]]
    else:
        tokens = segment(window)
    # Read right to left: keep unit tokens while they touch each other.
    spans = _merge_units(tokens, _UNIT_TOKEN)
    # Function words end the unit only as tokens of their own (在/青县), never as the
    # first character of a place (任丘市, 和平区, 向阳乡).
    token_ends: dict[int, str] = {}
    pos = 0
    for t in tokens:
        pos += len(t)
        token_ends[pos] = t
    chain: list[str] = []
    edge = len(window)
    for s, e in reversed(spans):
        if e != edge:
            break
        word = window[s:e]
        cut_at = max((k - s for k, t in token_ends.items() if s < k < e and t in _UNIT_CUT_TOKENS),
                     default=0)
        if cut_at > 0:
            word, s = word[cut_at:], s + cut_at
            if len(word) >= 2:
                chain.insert(0, word)
            break
        if word[0] in "现原" and len(word) > 3 and word_frequency(word) == 0:
            word = word[1:]  # 现马尚镇, 原白庙村: "now", "former" go with the post, not the place
        if len(word) < 2:
            break
        if word in lx.NOT_PLACES and word not in ("某县", "某镇", "某乡", "某村", "某市", "某区"):
            break
        chain.insert(0, word)
        edge = s
    return chain


# The characters that end a place name (河间市, 乾元镇, 小营村), the longest first.
_PLACE_END_RE = re.compile("|".join(sorted(lx.PLACE_SUFFIXES, key=len, reverse=True)))
# A place-suffix character that starts another word here: 菜市场, 区别, 镇压, 乡亲, 省钱.
_NOT_A_PLACE_END = re.compile(r"市场|市值|市面|市价|区别|区分|镇压|镇定|镇静|乡亲|乡愁|"
                              r"省钱|省略|省得|省心|省去|省下|村姑|县官")
# Parts of speech of a word that may be (part of) a place name: place, person and other
# proper names, abbreviations, unknown words; nouns only when rare (see _name_like).
_NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "x", "s", "n", "m", "ng", "zg", "b"}
_ONE_CHAR_NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "j", "x", "ng", "zg"}
_COUNTERS = set("个名户位届任多余数些几每各次")
_LEADING_NOT_NAME = set("原现前该本离为我回驻日月年在到从由经据向往至距于")
_SUFFIX_CHARS = set("省市县区旗镇乡村")
# Words for a kind of place, not a place's name (新农村, 贫困县, 采空区, 小区).
_GENERIC_PLACE = re.compile(
    r"^(?:新|山|农|渔|镇|乡|老|旧|本|邻|各|全|示范|贫困|重点|千亿|百强|县委|[^\u4e00-\u9fff])?"
    r"(?:农)?(?:村|县|市|区|镇|乡)$|农村$|(?:小|景|园|片|城|郊|矿|湖|灾|校|库|牧|集|空|开|高新|"
    r"新|工业|商业|住宅|生活|风景|开发|示范|保护|试验|功能|主城|市|城)区$")
# A single character before a suffix is a place only as a known place word (寿县, 萧县).
_ONE_CHAR_OK_TAGS = {"ns"}
# A numbered group of a village (白庙村二社, 一组): a place in the labels of real reports.
_VILLAGE_GROUP = re.compile(
    r"[一二三四五六七八九十\d]{1,3}(?:组|社|队)|[\u4e00-\u9fff]{2,3}(?:村民小组|小组|组)(?![长员织])")


def _name_like(word: str, tag_: str) -> bool:
    if not word or not all(is_han(c) for c in word) or word in _FUNCTION_TOKENS:
        return False
    if len(word) == 1:
        # 萧/县官/桥镇, 北/固镇, 大/荆镇, 三/城子村: a name's one-character word is a proper
        # noun, a noun, a direction, an adjective or a numeral; a verb or measure word
        # (听潼南县, 2013年萧县, 离古浪县) is not.
        return word not in _SUFFIX_CHARS and word not in _COUNTERS and (
            tag_ in _ONE_CHAR_NAME_TAGS or tag_ in ("n", "f", "a", "m", "s", "b"))
    if tag_ not in _NAME_TAGS or (any(c in _COUNTERS for c in word) and tag_ in ("m", "q")):
        return False
    # A common noun (文化, 人民, 群众) is no name; a rare one may be (桥镇, 老井).
    return tag_ not in ("n", "m", "b") or word_frequency(word) < 2000


def places(prepared: Prepared) -> list[tuple[int, int]]:
    """Place names as written: a name of up to four characters before a place suffix
    (河间市, 乾元镇党委书记 → 乾元镇, 萧县官桥镇 → 萧县 and 官桥镇, 道口村委会 → 道口村), a
    place word jieba knows without a suffix (陕西, 潍坊安丘市 → 潍坊 and 安丘市), and a village's
    numbered group (白庙村二社 → 二社). The name's left edge is a word boundary, and its words
    must be names, not verbs or function words (希望潼南县 → 潼南县, 个村 → none)."""
    a = prepared.analysis
    tagged = tag(a)
    starts: list[int] = []
    pos = 0
    for w, _t in tagged:
        starts.append(pos)
        pos += len(w)
    out: list[tuple[int, int]] = []
    last_end = 0  # a name never reaches back into the place before it
    for m in _PLACE_END_RE.finditer(a):
        k, end, suffix = m.start(), m.end(), m.group()
        if k < last_end or _NOT_A_PLACE_END.match(a, k):
            continue
        start = _place_name_start(a, k, tagged, starts, last_end, suffix)
        if start is None:
            continue
        if a[start:end] in lx.CITIES_SHORT and a.startswith("市", end):
            end += 1  # 萍乡市, 景德镇市: a city whose name ends as a town's would
        word = a[start:end]
        if word in lx.NOT_PLACES or "某" in word or _GENERIC_PLACE.search(word):
            continue
        out.append((start, end))
        last_end = end
        group = _VILLAGE_GROUP.match(a, end) if suffix == "村" else None
        if group:
            out.append(group.span())
            last_end = group.end()
    taken = sorted(out)
    taken_starts = [ts for ts, _te in taken]
    ends_at = {te for _ts, te in taken}
    starts_at = set(taken_starts)
    for i, (w, t) in enumerate(tagged):
        s = starts[i]
        e = s + len(w)
        known = w in lx.PROVINCES_SHORT or w in lx.CITIES_SHORT
        if (t != "ns" and not known) or not 2 <= len(w) <= 5 or not all(is_han(c) for c in w) \
                or w in lx.NOT_PLACES or w in lx.NOT_BARE_PLACES or _overlaps(taken, taken_starts, s, e):
            continue
        if _PLACE_END_RE.match(a, e):
            continue  # the name of a place whose suffix follows, read above
        if not _bare_place_ok(w, s, e, starts_at, ends_at, tagged, i):
            continue
        out.append((s, e))
        starts_at.add(s)
        ends_at.add(e)
    return sorted(out)


def _overlaps(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Whether [s, e) overlaps one of the sorted, non-overlapping `spans`."""
    i = bisect.bisect_left(starts, e) - 1
    return i >= 0 and spans[i][1] > s


def _bare_place_ok(w: str, s: int, e: int, starts_at: set[int], ends_at: set[int],
                   tagged: list[tuple[str, str]], i: int) -> bool:
    """A place word without a suffix counts when it is a province or a prefecture city, or
    stands in a chain of places (潍坊安丘市, 河北石家庄): jieba tags many everyday words as
    places too (长达, 上门, 南路), and on 120 hand-labelled real reports taking every such
    word cost more than it gave (place F1 0.727 against 0.788)."""
    if w in lx.PROVINCES_SHORT or w in lx.CITIES_SHORT:
        return True
    return e in starts_at or s in ends_at or (
        i + 1 < len(tagged) and tagged[i + 1][1] == "ns") or (i > 0 and tagged[i - 1][1] == "ns")



def _place_name_start(a: str, k: int, tagged: list[tuple[str, str]], starts: list[int],
                      floor: int, suffix: str) -> int | None:
    """Where the name before the suffix at `k` starts, or None when no name stands there."""
    if k == 0 or not is_han(a[k - 1]) or k - 1 < floor:
        return None
    i = bisect.bisect_right(starts, k - 1) - 1  # the word holding the name's last character
    w, t = tagged[i]
    start = max(starts[i], floor)
    holder_ends_here = starts[i] + len(w) <= k + len(suffix)
    if start == starts[i]:
        word = w if starts[i] + len(w) <= k else a[start:k]
        if not _name_like(word, t):
            return None  # the word holding or before the suffix (个村, 贫困县, 当事人县) is no name
        if not holder_ends_here and t != "ns" and word_frequency(w) >= 2000:
            return None  # the suffix inside a common word
    for size in (5, 4, 3, 2):
        if k - size >= floor and a[k - size:k] in lx.CITIES_SHORT:
            return k - size  # 三沙市 (cut 三/沙市), 乌兰察布市: a city the gazetteer knows
    longest = 8 if suffix.startswith("自治") else 4
    # Words further left join while they are proper names (or one-character nouns) and the
    # name stays short: 三里/铺村, 萧/县官/桥镇, 乾元/镇党委书记. A place word jieba knows
    # whole (上海市, 衡山县, 安丘市) takes nothing from its left.
    whole_word = t == "ns" and holder_ends_here and start == starts[i]
    while not whole_word and start > floor and k - start < longest:
        j = bisect.bisect_right(starts, start - 1) - 1
        wj, tj = tagged[j]
        if starts[j] < floor or k - starts[j] > longest or not _name_like(wj, tj) \
                or (len(wj) > 1 and tj in ("n", "b") and not suffix.startswith("自治")):
            break
        if tj == "ns" and len(wj) >= 2 and k - start >= 2 and not suffix.startswith("自治"):
            break  # 潍坊安丘市: a place of its own before a full name
        start = starts[j]
    name = a[start:k]
    # 原古仑乡, 离南元村, 镇南管村: a word for "former", a verb or another level before the name.
    while len(name) >= 3 and (name[0] in _LEADING_NOT_NAME or name[0] in _SUFFIX_CHARS):
        start += 1
        name = name[1:]
    if name[-1] in _SUFFIX_CHARS or "组" in name:
        return None  # 全村村民, 同村村, 全组村: a level word, not a name, before the suffix
    if len(name) >= 4 and not suffix.startswith("自治"):
        # 商丘虞城县 read as one word: a known place word at its head is a place of its own.
        for cut in (3, 2):
            head = name[:cut]
            if (head in lx.PROVINCES_SHORT or head in lx.CITIES_SHORT) and len(name) - cut >= 2 \
                    and name not in lx.CITIES_SHORT:
                start += cut
                name = name[cut:]
                break
    if len(name) == 1:
        whole = tag(a[start:k + len(suffix)])
        if len(whole) != 1 or whole[0][1] not in _ONE_CHAR_OK_TAGS:
            return None
    return start


# --- officials ------------------------------------------------------------------------------

_LEVEL_CHARS = "县市区镇乡村"
_POST_BLOCKERS = {"委员": "会", "常委": "会", "支委": "会", "村支委": "会", "文书": "记室", "主席": "台团",
                  "会计": "师", "主任": "科"}


# A second post of the same person may name its own office: 党委副书记、管理处主任.
_PREFIXED_POST = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}?(?:处|科|室|所|站|部|局|院|队|办|中心|办公室)|[\u4e00-\u9fff]{2,6}?公司)"
    r"(?:" + lx.POST_RE.pattern + ")")


def _post_iter(a: str) -> Iterator[tuple[int, int]]:
    pos = 0
    while True:
        m = lx.POST_RE.search(a, pos)
        if not m:
            return
        start, end = m.span()
        word = m.group()
        nxt = a[end:end + 1]
        if (word in _POST_BLOCKERS and nxt and nxt in _POST_BLOCKERS[word]) or \
                (word.endswith("长") and nxt and nxt in "期久远大达年江河" and a[end:end + 2] != "期间"):
            pos = end
            continue
        # A chain of posts held by one person: 党支部书记、村委会主任.
        while end < len(a) and a[end] in "、兼":
            # 原村支书、现村主任: a career written as a chain is still one person's.
            nxt_at = end + 2 if a[end + 1:end + 2] in ("现", "原") else end + 1
            nm = lx.POST_RE.match(a, nxt_at) or _PREFIXED_POST.match(a, nxt_at)
            if not nm:
                break
            end = nm.end()
        yield start, end
        pos = end


def officials(prepared: Prepared, index: TokenIndex | None = None) -> list[Official]:
    a = prepared.analysis
    found: list[Official] = []
    for start, end in _post_iter(a):
        position_start, borrow = start, 0
        if (a[start] in _LEVEL_CHARS and start > 0 and is_han(a[start - 1])
                and a[start - 1] not in _LEVEL_CHARS and a[start - 1] not in _NOT_A_PLACE_BEFORE_LEVEL
                and not _ELECTED.search(a, max(0, start - 4), start)):  # 当上村主任: no place 上村
            rest = a[start + 1:end]
            if lx.POST_RE.fullmatch(re.split("[、兼]", rest)[0]) and rest != "干部":  # 村干部 stays whole
                position_start, borrow = start + 1, 1  # 乾元镇党委书记: 镇 belongs to the unit
            elif rest.startswith("委"):
                borrow = 1  # 河间市委书记: the unit is 河间市, the post stays 市委书记
        # 刘书记, 王局长: a surname alone before the title names the person only loosely.
        surname_only = (start > 0 and not borrow and a[start - 1] in lx.SURNAMES_1 and a[start - 1] != "原"
                        and (start < 2 or not is_han(a[start - 2]) or a[start - 2] in "的是个位叫找"))
        lb = start - 1 if surname_only else start
        if lb > 0 and a[lb - 1] in "原老" and not borrow and not surname_only \
                and (lb < 2 or a[lb - 2] not in "原老"):
            lb -= 1  # 体育局原局长, 其吉组老组长: "former" belongs to the post as written
            position_start = lb
        elif lb > 1 and a[lb - 2:lb] == "前任" and not surname_only:
            lb -= 2  # 前任村官: as written
            position_start, borrow = lb, 0
        if lb > 0 and a[lb - 1] == "的" and not borrow:
            lb -= 1  # 小营乡的党委书记: one 的 between unit and post
        chain = unit_before(a, lb, borrow, index)
        if borrow and not chain:
            position_start = start
        unit = chain[-1] if chain else None
        if unit and len(chain) > 1 and re.search(r"(局|办|委|院|所|站|中心|公司|社|队)$", unit) \
                and chain[-2].endswith(("县", "市", "区")):
            unit = chain[-2] + unit  # 青县交通局: a department reads with its county
        span = name_at(a, end, after_post=True)
        if span is None:
            # 村主任荣某: right after a post, any character before 某 is a masked surname,
            # listed or not (某些, 某种 are not names).
            m_mask = _MASK_AFTER_POST.match(a, end)
            if m_mask and a[end] not in lx.NAME_STOP and a[end] not in _VERB_CHARS \
                    and a[m_mask.end():m_mask.end() + 1] not in _UNIT_AFTER_MOU:
                span = m_mask.span()  # (书记替某公司, 局长到某县 are not names)
        if span is None and a[end:end + 1] in "（(":
            # 村长（李××）、村委会副主任（叶××）: the holder's name in brackets after the post.
            cand = name_at(a, end + 1, after_post=True)
            if cand and a[cand[1]:cand[1] + 1] in "）)":
                span = cand
        sep = _SEPARATOR.match(a, end)
        if span is None and sep:
            # 街道办副主任——王加龙, 镇党委书记:王某。: a dash or colon introduces the holder,
            # written as a name standing alone.
            cand = name_at(a, sep.end(), after_post=True)
            if cand and (cand[1] >= len(a) or a[cand[1]] in _NAME_CLOSERS or a[cand[1]] in ",;"):
                span = cand
        if span is None and a[end:end + 1] in "”」』\"":
            span = name_at(a, end + 1)  # “史上最牛烟草局长”陈文铸: the quote closes a nickname
        m_call = re.match(r"(?:分别是|分别为|名叫|叫做|叫|是)[:：]?|[，,](?:名叫|名字叫|叫做)",
                          a[end:end + 5])
        if span is None and m_call:
            # 副镇长叫王大海, 村委成员分别是吴国松、…, 镇党委书记是王某某
            span = name_at(a, end + m_call.end())
        if span is None and a[end:end + 1] == "的":
            cand = name_at(a, end + 1)  # 局长的宋某某: only a masked or repeated name
            if cand and ("某" in a[cand[0]:cand[1]] or a.count(a[cand[0]:cand[1]]) >= 2):
                span = cand
        via = "title-before-name"
        listed_more: list[tuple[int, int]] = []
        if span is None:
            # 马士松，是孝仪村村委员 / 王某，现任…: a clause that opens with the name and
            # says what post the person holds.
            unit_start = lb + borrow - len("".join(chain)) if chain else lb
            m_is = _NAME_IS_POST.search(a, max(0, unit_start - 12), unit_start)
            if m_is:
                span = _name_before(a, m_is.start(1))
                # 自李华盛担任党支书后: a time word may open the clause before the name.
                if span and span[0] > 0 and a[span[0] - 1] not in "。！？；!?;\n，,：:“”\"自从当待":
                    span = None
                via = "name-is-post" if span else via
            if span is None:
                span = _profile_name(a, unit_start, end)
                via = "name-is-post" if span else via
            m_deng = _DENG_BEFORE.search(a, max(0, unit_start - 8), unit_start) if span is None else None
            if m_deng:
                # 张某某、李某某等村干部, 庄国华等七名村干部: the names listed before 等 hold the post.
                listed = _names_listed_before(a, m_deng.start())
                if listed:
                    span, listed_more, via = listed[-1], listed[:-1], "name-list"
        if span is None and not chain and not surname_only and not borrow and a[start] not in _LEVEL_CHARS \
                and not a[start:end].endswith("干部"):
            # 你们周红军书记, 找王建国局长: a full name right before the title.
            cand = _name_before(a, start)
            nickname = cand and cand[0] > 0 and a[cand[0] - 1] in _OPEN_QUOTES \
                and a[end:end + 1] in _CLOSE_QUOTES  # “包厢书记”: a nickname, not a name
            if cand and not nickname and cand[1] - cand[0] >= 2 and "某" not in a[cand[0]:cand[1]] and (
                    cand[0] == 0 or a[cand[0] - 1] in _BEFORE_NAME_OR_UNIT) \
                    and word_frequency(a[cand[0]:cand[1]]) < COMMON_WORD_FREQ:  # 包厢书记
                span, via = cand, "name-before-title"
        m_elected = _ELECTED.search(a, max(0, unit_start - 4), unit_start) \
            if span is None and (unit_start := lb + borrow - len("".join(chain))) > 0 else None
        if m_elected:
            # 村民李军林通过送烟拉票，最终当选为中华岭村村主任: the one elected is the
            # sentence's subject, written before the verb (陈升任局长: 陈, not 陈升).
            span = _subject_of_sentence(a, m_elected.start())
            via = "elected" if span else via
        if span is None and position_start >= start and _CAREER_STEP.search(a, max(0, start - 5), start):
            continue  # 卢某亮任村党支部书记, 想当站所长的: a career step, not a person
        if span is None and end < len(a) and a[end] in "）)":
            # 王建军（青县县委书记）: the name stands before the bracket that holds the post.
            k = max(a.rfind("（", max(0, start - 20), start), a.rfind("(", max(0, start - 20), start))
            if k > 0:
                span = _name_before(a, k)
                via = "name-before-title"
        official = Official(
            name=prepared.span(*span) if span else None,
            position=prepared.span(position_start, end), post=a[position_start:end],
            unit=_original_unit(prepared, a, start + borrow, unit),
            start=start, end=end, name_span=span, via="surname-title" if surname_only and not span else via,
            units=[_original_unit(prepared, a, start + borrow, u) or u for u in chain],
        )
        found.append(official)
        found += [Official(name=prepared.span(*more), position=official.position, post=official.post,
                           unit=official.unit, start=more[0], end=more[1], name_span=more, via="name-list")
                  for more in listed_more]
        # 苏某榕、苏某彬: a list of names after one post shares it.
        nxt = span[1] if span else -1
        # 孙志强（村委会主任）、孙雪岭: the post in the bracket is the first name's only.
        bracketed = span is not None and span[1] <= start and a[end:end + 1] in "）)"
        while span and not bracketed and nxt < len(a) - 1:
            if a[nxt] in "（(":
                # 孙志强（村委会主任）、孙雪岭: an aside about one name does not end the list.
                close = re.match(r"[（(][^（()）、，,。]{1,12}[）)]", a[nxt:nxt + 14])
                if not close:
                    break
                nxt += close.end()
            if nxt >= len(a) - 1 or a[nxt] not in "、和及":
                break
            if lx.POST_RE.match(a, nxt + 1):
                break  # 卢某亮、党总支副书记张某锁: the next person has a post of their own
            more = name_at(a, nxt + 1)
            if not more or lx.POST_RE.match(a, more[1]):
                break
            found.append(Official(name=prepared.span(*more), position=official.position,
                                  post=official.post, unit=official.unit, start=more[0], end=more[1],
                                  name_span=more, via="name-list"))
            nxt = more[1]
        if m_call and m_call.group().startswith("分别") and span:
            _pair_respectively(found, official, a)
    found = _absorb_post_lists(a, found)
    found += _masked_without_post(prepared, found)
    for o in found:
        if o.name and re.search(r"\s", o.name):
            o.name = re.sub(r"\s", "", o.name)  # 许 明 is 许明
    return found


_SENTENCE_OPEN = re.compile(r"\s*(?:被举报人[:：]?\s*)?(?:他|她)?(?:名叫|叫)?")
# A numbered entry of a list (被举报人 1、卢春强，…局长；2、…) opens a clause like a sentence.
_LIST_MARK = re.compile(r"(?:^|(?<=[\s,，;；。:：]))(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*"
                        r"|[（(]\d{1,2}[)）]\s*")


def _profile_name(a: str, unit_start: int, end: int) -> tuple[int, int] | None:
    """被举报人：张建国，东湖镇党委书记。/ 王某某，男，汉族，…，现任城关镇党委书记 / 他叫王某某，是…副镇长:
    the sentence opens with a name, and the post that closes a clause of it is theirs."""
    if end < len(a) and a[end] not in "，,。;；\n)）":
        return None  # 张三，村主任把…: the post leads a clause of its own
    lo = max(0, unit_start - 80)
    s0 = max((a.rfind(c, lo, unit_start) for c in "。!?;\n:："), default=-1) + 1
    marks = [m.end() for m in _LIST_MARK.finditer(a, max(lo, s0 - 1), unit_start)]
    if marks:
        s0 = marks[-1]
    elif s0 == 0 and lo > 0:
        return None
    opening = _SENTENCE_OPEN.match(a, s0)
    p = opening.end() if opening else s0
    span = name_at(a, p)
    if not span or span[1] >= unit_start or a[span[1]] not in "，,（(":
        return None
    between = a[span[1]:unit_start]
    if re.search(r"(?:现任|时任|担任|任|是|系|为|[，,])(?:原|前|现)?$", between):
        return span
    if _PLACE_CHAIN.fullmatch(between):
        return span  # 胡某东，云南省曲靖市沾益区菱角乡黎山村原党总支书记: the places before the unit
    if (marks or (opening and "被举报人" in opening.group())) and _LIST_ENTRY.fullmatch(between):
        return span  # 8、周孟良，桃源新区开发建设指挥部总指挥: an entry of a list of accused
    return None


_PLACE_CHAIN = re.compile(r"[，,](?:[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|州|盟|地区|县|区|旗))+"
                          r"[\u4e00-\u9fff]{0,4}")
# The rest of a list entry between the name and the post: one clause of unit words.
_LIST_ENTRY = re.compile(r"[，,](?:中共)?[\u4e00-\u9fff（）()]{0,24}")


def _pair_respectively(found: list[Official], official: Official, a: str) -> None:
    """镇党委书记和镇长分别是张三和李四: the names go to the posts in the order written."""
    posts = [official]
    k = found.index(official) - 1
    while k >= 0 and not found[k].name and found[k].end + 1 == posts[0].start \
            and a[found[k].end] in "和、与及":
        posts.insert(0, found[k])
        k -= 1
    names = found[found.index(official):]
    if len(posts) < 2 or len(names) != len(posts):
        return
    written = [(o.name, o.name_span) for o in names]
    for holder, (name, span) in zip(posts, written, strict=True):
        holder.name, holder.name_span, holder.via = name, span, "respectively"
    for extra in names[1:]:
        found.remove(extra)


_DENG_BEFORE = re.compile(r"等(?:\d+|[一二两三四五六七八九十几数]{1,3})?(?:名|个|位)?$")


def _names_listed_before(a: str, end: int) -> list[tuple[int, int]]:
    """张某某、李某某 ending at `end`, in the order written (at most five)."""
    out: list[tuple[int, int]] = []
    while len(out) < 5:
        span = _name_before(a, end)
        if not span:
            break
        out.insert(0, span)
        if span[0] < 2 or a[span[0] - 1] not in "、和及与":
            break
        end = span[0] - 1
    return out


# 卢某亮任村党支部书记, 想当站所长的: a career step, not a person (当地, 当时 are not 当).
_CAREER_STEP = re.compile(
    r"(?:(?<![前现原时历继])任|当上|当(?![地时年天场即面前今初晚])|在)[\u4e00-\u9fff]{0,2}$")
_ELECTED = re.compile(r"(?:当选为|当选|被选为|选为|选上|当上了|当上|升任|出任|接任)$")
_SUBJECT_OPEN = re.compile(r"\s*(?:该村村民|本村村民|村民|该村|原|他|她)?")


def _subject_of_sentence(a: str, limit: int) -> tuple[int, int] | None:
    """The full name that opens the sentence (or its first clause) before `limit`."""
    lo = max(0, limit - 80)
    s0 = max((a.rfind(c, lo, limit) for c in "。!?;\n:："), default=-1) + 1
    if s0 == 0 and lo > 0:
        return None
    # Clause openings from the nearest back to the sentence start (…选举中，该村村民李军林通过…).
    clause_starts = [m.end() for m in re.finditer(r"[，,]", a[s0:limit])]
    for c0 in [*reversed(clause_starts), 0]:
        opening = _SUBJECT_OPEN.match(a, s0 + c0)
        span = name_at(a, opening.end() if opening else s0 + c0)
        if span and span[1] < limit:
            return span
    return None


_CAREER_MARK = re.compile(r"^(?:现任|现|原任|原|后任|后|兼任|兼|今)")


def _absorb_post_lists(a: str, found: list[Official]) -> list[Official]:
    """原副书记，副镇长，现马尚镇党委书记侯世红: posts listed with commas before one name,
    marked as a career (原/现/兼), are that person's, not further unnamed officials."""
    ordered = sorted(found, key=lambda o: o.start)
    absorbed: set[int] = set()
    for i in range(len(ordered) - 2, -1, -1):
        o, nxt = ordered[i], ordered[i + 1]
        if o.name or not (nxt.name or id(nxt) in absorbed):
            continue
        if a[o.end:o.end + 1] not in "，,、" or nxt.start - o.end > 14:
            continue
        raw = a[o.end + 1:nxt.start]
        between = _CAREER_MARK.sub("", raw)
        marked = between != raw or o.position.startswith(("原", "前")) or id(nxt) in absorbed
        unit_like = between == "" or (bool(nxt.units) and all(is_han(c) for c in between))
        if marked and unit_like:
            absorbed.add(id(o))
    return [o for o in found if id(o) not in absorbed]


def _original_unit(prepared: Prepared, a: str, limit: int, unit: str | None) -> str | None:
    if not unit:
        return None
    idx = a.rfind(unit, 0, limit)
    return prepared.span(idx, idx + len(unit)) if idx >= 0 else unit


# Characters after which 村/镇/县 starts the post itself (3名村委成员, 各村干部, 原县长, 老村长).
_NOT_A_PLACE_BEFORE_LEVEL = set("原前名个位几些每各该本我你他其这那全老等某")
_MASK_AFTER_POST = re.compile(r"[\u4e00-\u9fff](?:某某|某)(?![些种个类样地处天时])")
_OPEN_QUOTES = set("“「『《\"'")
_CLOSE_QUOTES = set("”」』》\"'")
_BEFORE_NAME_TITLE = set("们的是叫找给和与、，,。：:“\"（(；;！？ \n任在到从")
# The last character of a unit written right before a name and its title (镇安中学戴邦毅校长).
_UNIT_END_CHARS = set("学校院局所站村镇乡县市区厂司队委办部处科社")
_BEFORE_NAME_OR_UNIT = _BEFORE_NAME_TITLE | _UNIT_END_CHARS
# 马士松，是孝仪村村委员; 陈某某系某镇党委书记 (a masked unit is not read as one).
_NAME_IS_POST = re.compile(
    r"(?<=[\u4e00-\u9fff])((?:同志)?[，,]?(?:是|系|现任|时任|原任|担任))(?:某[\u4e00-\u9fff]?)?$")
# Words that mark the masked name after them as a private person: relatives (kinship
# words), the press, the writer's side, trades.
_NOT_OFFICIAL_BEFORE = ("老板", "商人", "包工头", "开发商", "老婆", "妻子", "丈夫", "儿子", "女儿",
                        "亲戚", "朋友", "村民", "群众", "记者", "律师", "投诉人", "举报人", "我叫",
                        "本人", "对象", "小舅子", "情人", "司机", "厨师", "老师", "医生", "员工",
                        "父亲", "母亲", "爸爸", "妈妈", "哥哥", "弟弟", "姐姐", "妹妹", "婆婆", "公公",
                        "岳父", "岳母", "女婿", "儿媳", "媳妇", "侄子", "侄女", "外甥", "表弟", "表哥",
                        "堂弟", "堂兄", "姐夫", "妹夫", "嫂子", "弟媳", "舅舅", "叔叔", "连襟", "亲属",
                        "家属", "居民", "市民", "网友", "读者", "农民", "老人", "患者", "学生", "家长",
                        "业主", "承包人", "个体户", "男子", "女子", "妇女", "当事人", "受害人", "死者",
                        "原告", "申请人", "来访人", "反映人", "编辑", "通讯员", "经办人", "老乡",
                        "代表", "知情人", "证人", "教师", "职工", "工人", "店主", "摊贩", "保安",
                        "实习生", "主持人", "作者", "专家", "学者", "工头", "村霸", "恶霸", "混混", "地痞")
# A group of private persons written right after a name (卢某某等物理高级教师, 张某等村民).
_PRIVATE_AFTER = re.compile(r"等(?:人)?[\u4e00-\u9fff]{0,4}?(?:教师|老师|村民|群众|学生|医生|护士|职工|工人|"
                            r"农民|家长|居民|业主|农户|商户|员工|股民|患者)")
_MASKED_ANY = re.compile(r"(?:欧阳|司马|[" + "".join(sorted(lx.SURNAMES_1)) + r"])(?:某某|某)")


def _masked_without_post(prepared: Prepared, known: list[Official]) -> list[Official]:
    """Masked names with no post next to them (李某某利用职务之便…), kept as candidates."""
    a = prepared.analysis
    taken = {o.name_span for o in known if o.name_span}
    names = {o.name for o in known if o.name}
    out: list[Official] = []
    for m in _MASKED_ANY.finditer(a):
        span = name_at(a, m.start())
        if not span or span in taken:
            continue
        text = prepared.span(*span)
        if text in names or any(text in (n or "") for n in names):
            continue
        # 包工头王某 … 工头王某: one private-person word anywhere marks every mention.
        written = a[span[0]:span[1]]
        if any(a[max(0, k - 5):k].rstrip("”」』\"'").endswith(w)
               for k in _occurrences(a, written) for w in _NOT_OFFICIAL_BEFORE):
            continue
        if any(_PRIVATE_AFTER.match(a, k + len(written)) for k in _occurrences(a, written)):
            continue  # 卢某某等物理高级教师: the name is one of a private group
        if a[span[0]] in lx.AMBIGUOUS_SURNAMES and span[1] - span[0] == 2 and a.count(a[span[0]:span[1]]) < 2:
            continue  # 向某医院, 和某公司: "to some…", "and some…"
        names.add(text)
        out.append(Official(name=text, position="", unit=None, start=span[0], end=span[1],
                            name_span=span, via="masked-name"))
    return out + _named_after_report(prepared, known + out)


def _occurrences(a: str, word: str, limit: int = 20) -> list[int]:
    out: list[int] = []
    k = a.find(word)
    while k >= 0 and len(out) < limit:
        out.append(k)
        k = a.find(word, k + 1)
    return out


_REPORT_OBJECT = re.compile(r"(?:举报|控告|检举|揭发|告发)")


def _named_after_report(prepared: Prepared, known: list[Official]) -> list[Official]:
    """A full name right after 举报 (举报吴国松等人贿选), with no post: the person reported on."""
    a = prepared.analysis
    names = {o.name for o in known if o.name}
    out: list[Official] = []
    for m in _REPORT_OBJECT.finditer(a):
        span = name_at(a, m.end())
        if not span or span[1] >= len(a) or a[span[1]] not in "等的涉利在收贪违":
            continue
        text = prepared.span(*span)
        if text in names or "某" in text:
            continue
        names.add(text)
        out.append(Official(name=text, position="", unit=None, start=span[0], end=span[1],
                            name_span=span, via="named-after-report"))
    return out


# --- dates ----------------------------------------------------------------------------------

# A date as reports write it: 2013年春节期间, 2016年2月底, 13年12月, 今年四月, 同年10月7日,
# 本月十五日, 25日, 8月份, 90年代初, 中秋节期间, and a range as one (2013年1月至12月,
# 2003至2008年, 28日晚至29日). "开始" after a date is the writer's word, not the date's.
_CN_NUM = "一二三四五六七八九十"
_DATE_YEAR = r"(?:(?:19|20)\d{2}|[二〇零一两三四五六七八九]{4})年度?|\d{2}年(?=\d{1,2}月|[元正腊])"
_DATE_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|(?<![\d千百万亿十])元|正|腊)月份?"
_DATE_DAY = rf"(?:3[01]|[12]\d|0?[1-9])[日号]|[{_CN_NUM}]{{1,3}}[日号]"
_DATE_REL_MONTH = r"(?:本月|上月|上个月|当月|同月|次月)"
_FESTIVAL = r"(?:春节|中秋节?|国庆节?|元旦|端午节?|除夕|清明节?|暑假|寒假|五一|元宵节?)"
_DATE_TAIL = (r"(?:期间|前后|之前|之后|以前|以后|以来|前|后|初|底|末|中旬|上旬|下旬|下半年|上半年|"
              r"年底|年初|年末|左右|至今|起)?")
_DATE_CORE = (
    rf"(?:(?:{_DATE_YEAR})(?:{_DATE_MONTH}(?:{_DATE_DAY})?|{_FESTIVAL})?"
    rf"|(?:今年|去年|前年|明年)(?:的?(?:{_DATE_MONTH}(?:{_DATE_DAY})?|{_FESTIVAL}))?(?!\d{{1,3}}岁|[{_CN_NUM}]{{1,3}}岁|已)"
    rf"|(?:同年|当年)(?:{_DATE_MONTH}(?:{_DATE_DAY})?|{_FESTIVAL})"
    rf"|{_DATE_REL_MONTH}(?:{_DATE_DAY})?"
    rf"|(?<![\d{_CN_NUM}个每数几半两第])(?:{_DATE_MONTH})(?:{_DATE_DAY})?"
    rf"|(?<![\d{_CN_NUM}])(?:3[01]|[12]\d|0?[1-9])日"
    rf"|(?:上个?世纪|20世纪)?\d0年代"
    rf"|{_FESTIVAL}(?=期间|前后|之前|之后|前|后))"
)
_DATE_RE = re.compile(
    rf"(?<![\d])(?:(?:19|20)\d{{2}}(?=[至到](?:19|20)\d{{2}}年)|{_DATE_CORE}{_DATE_TAIL})"
    rf"(?:(?:晚|上午|下午|凌晨|早上)?(?:至|到|—|－|~|～)(?:{_DATE_CORE}){_DATE_TAIL})?"
)
# Possessive spaces: a line of a date and thousands of spaces must not backtrack for minutes.
_DATE_LINE = re.compile(r"\s*+\d{4}年\d{1,2}月\d{1,2}日\s*+(?:(?:上午|下午|晚上|凌晨)\s*+)?"
                        r"(?:\d{1,2}\s*+[时点:：]\s*+(?:\d{1,2}\s*+分?)?(?:左右|许)?)?\s*+")
_HEADER_LINE = re.compile(r"^\s*(?:值班电话记录|来电时间|发件时间|日期|时间|发送时间|主题|记录时间)")


def dates(prepared: Prepared) -> list[tuple[int, int]]:
    """Dates of events: a date that is a whole line (a letter's signature) or sits in a
    header line is when the letter was written, not when things happened."""
    a = prepared.analysis
    out = []
    breaks = [i for i, ch in enumerate(a) if ch == "\n"]
    for m in _DATE_RE.finditer(a):
        k = bisect.bisect_left(breaks, m.start())
        ls = breaks[k - 1] + 1 if k else 0
        le = breaks[k] if k < len(breaks) else len(a)
        line = a[ls:le]
        if line.strip() == m.group().strip() or _HEADER_LINE.match(line):
            continue
        if _DATE_LINE.fullmatch(line):
            continue  # 2015年8月14日 上午10时: a header line with the time of a call
        out.append(m.span())
    return out


def sentences(a: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(a):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(a):
        spans.append((start, len(a)))
    return spans
