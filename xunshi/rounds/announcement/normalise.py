"""Normalisation of announcement text, with a way back to the original offsets.

`normalise` maps every character to exactly one character (same length). `fold` does the
same and also drops web junk that sits *inside* words — pinyin glosses that mirror sites
put after traditional characters (`區(qū)`), HTML tags and entities — and returns, for each
kept character, its offset in what the user pasted. Either way the workbench can show the
source words of each proposed value.

What is folded: full-width ASCII to ASCII, every dash variant to ``-``, odd spaces and
zero-width characters to a plain space, decoration glyphs of web pages to a space, HTML
entities such as ``&nbsp;`` to spaces of the same length, and traditional characters that
occur in announcements to their simplified form (a small built-in table: the project
needs the vocabulary of notices, not a general converter, and a one-to-one table keeps
offsets stable). When the `zhconv` package is installed (it is a dependency) its
one-to-one character pairs are added, so place names in traditional script fold too;
multi-character phrase rules are not used because they could change the length.
"""

from __future__ import annotations

import re

# Traditional → simplified, pairs written side by side. Only one-to-one characters that
# appear in inspection notices and the pages they are published on.
_TRAD = (
    "視视組组駐驻進进電电話话郵邮箱箱舉举報报領领導导黨党幹干紀纪律律織织潔洁群群眾众"
    "關关於于問问題题來来訪访處处理理單单縣县區区鄉乡鎮镇開开會会議议動动員员時时間间號号碼码"
    "週周設设為为對对員员門门廣广東东傳传達达範范圍围規规記记書书廳厅長长專专辦办聯联繫系"
    "係系網网頁页聞闻從从後后這这個个們们說说與与歲岁幾几萬万億亿義义務务據据實实現现發发"
    "該该將将濟济莊庄澤泽蘭兰遼辽寧宁陝陕慶庆貴贵雲云蘇苏漢汉滬沪閩闽贛赣魯鲁鄂鄂湘湘粵粤"
    "瓊琼藏藏甘甘隴陇青青寶宝張张劉刘陳陈楊杨黃黄趙赵吳吴孫孙馬马鄭郑謝谢韓韩馮冯蔣蒋許许"
    "鄧邓蕭萧葉叶歐欧陸陆盧卢龍龙錢钱湯汤譚谭賀贺顧顾孟孟薛薛閻阎喬乔賴赖費费鍾钟蘆芦"
    "歷历屆届輪轮轉转報报訴诉徵征拆拆遷迁個个權权益益訴诉涉涉法法請请將将規规範范責责任任"
    "團团機机構构財财產产醫医院院學学習习藝艺術术圖图館馆檢检監监察察審审計计調调查查體体"
    "紀纪委委員员會会質质協协衛卫稅税務务農农業业補补貼贴資资金金項项營营銷销購购買买賣卖"
    "層层級级線线索索談谈閱阅覽览鑒鉴證证據据錄录齊齐習习慣惯邊边際际認认識识嚴严謹谨違违"
    "規规範范風风氣气廉廉節节約约儉俭禮礼貪贪腐腐敗败賄贿賂赂濫滥職职瀆渎選选拔拔舉举薦荐"
    "組组織织黨党務务員员額额優优勢势態态變变數数據据統统計计劃划歸归併并頒颁佈布興兴辦办"
    "區区縣县鎮镇鄉乡村村莊庄街街道道社社區区樓楼層层室室廣广場场門门口口處处駐驻地地點点"
    "郵邮編编遞递寄寄收收發发傳传真真熱热線线訊讯聲声稱称電电視视臺台臺台廣广播播節节報报"
    "導导編编輯辑責责權权版版歸归屬属著着總总頭头條条聞闻滾滚動动圖图熱热點点評评論论專专"
    "題题覽览讀读訂订閱阅擊击載载轉转貼贴發发帖帖號号僅仅接接簡简訊讯則则測测試试據据況况"
    "備备註注釋释標标準准確确認认鐘钟點点晝昼夜夜週周節节假假曆历陽阳陰阴歲岁現现場场屬属"
    "實实際际問问卷卷訪访談谈徑径渠渠鎖锁壓压茬茬織织參参與与積积極极觀观聽听講讲話话強强"
    "調调語语細细緻致堅坚決决貫贯徹彻黨党風风紀纪監监督督執执維维護护穩稳濟济寫写愛爱國国"
    "築筑類类費费頓顿損损傷伤險险災灾鬥斗爭争戰战劃划辦办竊窃盜盗騙骗賭赌毒毒黑黑惡恶勢势"
    "錯错誤误罰罚懲惩處处罪罪犯犯獲获釋释訟讼辯辩護护裡里麼么啟启單单純纯淨净齋斋齡龄縮缩"
    "別别軍军負负鄰邻師师並并舊旧兩两鏈链覺觉灣湾濱滨漁渔蕪芜韋韦嶺岭響响戶户緊紧隊队陣阵"
    "經经遠远運运輸输應应礎础環环塊块彙汇匯汇廈厦藥药療疗獎奖撥拨擔担擬拟顯显離离閉闭須须"
    "詢询諮咨辭辞鐵铁盤盘礦矿鋼钢銀银絡络廠厂園园衆众爲为裏里復复複复讓让認认訊讯設设計计"
    "紹绍講讲評评價价續续織织結结絕绝給给統统維维纜缆綫线縣县並并齊齐濟济測测劉刘鍾钟韓韩"
)
# Characters that are also ordinary simplified characters with another meaning (显著, 乾坤).
_KEEP = set("著乾藉瞭夥覆")


def _zhconv_pairs() -> dict[int, str]:
    try:
        from zhconv import zhconv as zc

        zc.getdict("zh-hans")
        table: dict[str, str] = zc.zhcdicts["zh2Hans"]
    except Exception:
        return {}
    return {
        ord(k): v for k, v in table.items() if len(k) == 1 and len(v) == 1 and k not in _KEEP
    }


_TRAD_MAP: dict[int, str] = _zhconv_pairs()
for _i in range(0, len(_TRAD) - 1, 2):
    _t, _s = _TRAD[_i], _TRAD[_i + 1]
    if _t != _s:
        _TRAD_MAP[ord(_t)] = _s

_SPACE_LIKE = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u200c\u200d\u2060\ufeff\u3000\r\x0b\x0c"
)
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2500\u2501\u30fc"
# Decoration glyphs of web pages (bullets, boxes, arrows); they never carry facts.
_JUNK = "■□▲△▼▽◆◇○●★☆►▶◀▪▫•◎※→←↑↓█▌▐░▒▓♦♠♣♥\ufffd"

_TABLE: dict[int, str] = dict(_TRAD_MAP)
for _c in _SPACE_LIKE:
    _TABLE[ord(_c)] = " "
for _c in _DASHES:
    _TABLE[ord(_c)] = "-"
for _c in _JUNK:
    _TABLE[ord(_c)] = " "
for _code in range(0xFF01, 0xFF5F):
    _TABLE[_code] = chr(_code - 0xFEE0)
_TABLE[ord("～")] = "~"
_TABLE[ord("〜")] = "~"
_TABLE[ord("＠")] = "@"
_TABLE[ord("﹫")] = "@"
_TABLE[ord("∶")] = ":"

_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|amp|lt|gt|quot|#\d{1,5}|#x[0-9a-fA-F]{1,4});?")
_TAG = re.compile(r"<[a-zA-Z/][^<>\n]{0,200}>")
# Pinyin glosses that some mirror sites insert after traditional characters: 區(qū).
_PINYIN_GLOSS = re.compile(r"\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)")


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def normalise(text: str) -> str:
    """The text with the same length, folded for analysis (see the module docstring)."""
    out = text.translate(_TABLE)
    if "&" in out:
        out = _ENTITY.sub(_blank, out)
    if "<" in out:
        out = _TAG.sub(_blank, out)
    if "(" in out:
        out = _PINYIN_GLOSS.sub(_blank, out)
    if "?" in out:
        out = _LOST_GLOSS.sub(_blank, out)
    return out


# Glosses whose characters were lost in a bad conversion, between two characters:
# 领域?qū)m?xiàng)巡察组 (a "?" for each lost character, the pinyin and ")" left over).
_LOST = r"(?<=[\u4e00-\u9fff])\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü?)]{1,20}\)(?=[\u4e00-\u9fff])"
_LOST_GLOSS = re.compile(_LOST)
# A comma some pages insert before every punctuation mark: "殷汇镇,、牛头山镇,;" "一,、巡察对象".
_STRAY_COMMA = r",(?=[、;。,:])"
_DROP = re.compile(
    rf"(?P<lost>{_LOST})|(?P<comma>{_STRAY_COMMA})|"
    r"(?P<gloss>\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\))"
    r"|(?P<entity>&(?:nbsp|ensp|emsp|amp|lt|gt|quot|#\d{1,5}|#x[0-9a-fA-F]{1,4});?)"
    r"|(?P<tag><[a-zA-Z/][^<>\n]{0,200}>)"
)


def fold(text: str) -> tuple[str, list[int]]:
    """The normalised text without in-word junk, and the original offset of each character.

    An entity or a tag leaves one space (it separated words); a gloss leaves nothing.
    """
    out = text.translate(_TABLE)
    if not any(c in out for c in "(&<?,"):
        return out, list(range(len(out)))
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _DROP.finditer(out):
        chars.extend(out[pos:m.start()])
        offsets.extend(range(pos, m.start()))
        if m.lastgroup not in ("gloss", "lost", "comma"):
            chars.append("\n" if re.match(r"</?(?:br|p|div|li|tr)\b", m.group(0), re.I) else " ")
            offsets.append(m.start())
        pos = m.end()
    chars.extend(out[pos:])
    offsets.extend(range(pos, len(out)))
    return "".join(chars), offsets


def to_simplified(text: str) -> str:
    """Only the script conversion, for values shown to people."""
    return text.translate(_TRAD_MAP)
