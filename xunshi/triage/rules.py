"""Cue lexicons and the rule layer: what is alleged, what is claimed, and which codes.

Two kinds of cue: *acts* (收受, 挪用, 公车私用 …) that only mean misconduct when an
official is the one acting, and *claims* (补偿标准, 判决, 拖欠工资 …) that mark a
personal demand or a dispute. A keyword never decides alone: an act counts towards
an allegation only in a sentence that refers to an official (by post, name or
pronoun after one was introduced), and a claim is weighed against the allegation,
which is how 征地拆迁 can be out as a grievance and in when a leader took the money.
"""

# ruff: noqa: E501 - cue tables are Chinese word lists; one family per line reads best.
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

TOPICS = ("政治纪律", "组织纪律", "廉洁纪律", "群众纪律", "工作纪律", "生活纪律", "八项规定",
          "形式主义官僚主义", "选人用人", "民主集中制", "贪污贿赂", "滥用职权")

# Code family → topic of triage.md.
FAMILY_TOPIC = {
    "IS.POL": "政治纪律", "IS.ORG": "组织纪律", "IS.INT": "廉洁纪律", "IS.MAS": "群众纪律",
    "IS.WRK": "工作纪律", "IS.LIF": "生活纪律", "IS.EP.HL": "八项规定", "IS.EP.FB": "形式主义官僚主义",
    "IS.SEL": "选人用人", "IS.DC": "民主集中制", "IS.LAW.01": "贪污贿赂", "IS.LAW.02": "滥用职权",
    "IS.LAW.03": "滥用职权",
}

# Acts: unambiguous misconduct wording → (weight, codes). Written from the taxonomy's
# headings and common report wording; 0.5-weight words need a second cue.
ACTS: dict[str, tuple[float, tuple[str, ...]]] = {
    # integrity, bribery, embezzlement
    "收受": (1.0, ("IS.INT.01",)), "受贿": (1.0, ("IS.LAW.01",)), "索贿": (1.0, ("IS.LAW.01",)),
    "行贿": (1.0, ("IS.LAW.01",)), "贪污": (1.0, ("IS.LAW.01",)), "索要": (1.0, ("IS.MAS.04",)),
    "好处费": (1.0, ("IS.INT.02", "IS.LAW.01")), "回扣": (1.0, ("IS.INT.02", "IS.LAW.01")),
    "送钱": (0.8, ("IS.LAW.01",)), "收钱": (1.0, ("IS.INT.02", "IS.LAW.01")),
    "收了": (0.5, ("IS.INT.02",)), "红包": (0.8, ("IS.INT.01",)), "礼金": (0.8, ("IS.INT.01", "IS.EP.HL.01")),
    "购物卡": (0.8, ("IS.INT.01", "IS.EP.HL.01")), "名烟名酒": (0.8, ("IS.EP.HL.01",)),
    "干股": (1.0, ("IS.INT.06",)), "入股": (0.6, ("IS.INT.06",)), "分红": (0.5, ("IS.INT.06",)),
    "挪用": (1.0, ("IS.INT.09",)), "套取": (1.0, ("IS.INT.09",)), "侵占": (1.0, ("IS.INT.09",)),
    "虚报冒领": (1.0, ("IS.INT.09",)), "小金库": (1.0, ("IS.INT.09",)), "账外账": (1.0, ("IS.INT.09",)),
    "私分": (1.0, ("IS.INT.09",)), "截留": (1.0, ("IS.MAS.02",)), "克扣": (1.0, ("IS.MAS.02",)),
    "中饱私囊": (1.0, ("IS.INT.09",)), "以权谋私": (1.0, ("IS.INT.02",)), "利益输送": (1.0, ("IS.LAW.03",)),
    "指定中标": (1.0, ("IS.INT.03",)), "围标": (1.0, ("IS.INT.03",)), "串标": (1.0, ("IS.INT.03",)),
    "插手": (1.0, ("IS.INT.03",)), "招投标": (0.5, ("IS.INT.03",)), "低价转让": (1.0, ("IS.LAW.03", "IS.INT.04")),
    "低价出让": (1.0, ("IS.INT.04",)), "特定关系人": (1.0, ("IS.INT.05",)), "影子股东": (1.0, ("IS.INT.05",)),
    "开公司": (0.6, ("IS.INT.06",)), "兼职取酬": (1.0, ("IS.INT.06",)), "经商办企业": (1.0, ("IS.INT.06",)),
    "放贷": (0.8, ("IS.INT.07",)), "高利贷": (0.6, ("IS.INT.07",)), "权色交易": (1.0, ("IS.INT.10",)),
    "谋取私利": (1.0, ("IS.INT.02",)), "谋利": (0.8, ("IS.INT.02",)),
    "利用职权": (1.0, ("IS.INT.02",)), "利用职务": (1.0, ("IS.INT.02",)), "敛财": (1.0, ("IS.INT.02",)),
    "国有资产": (0.6, ("IS.LAW.03",)), "骗取": (0.8, ("IS.INT.09",)), "冒领": (1.0, ("IS.INT.09",)),
    # eight-point rules
    "公款吃喝": (1.0, ("IS.EP.HL.02",)), "公款宴请": (1.0, ("IS.EP.HL.02",)), "用公款": (1.0, ("IS.EP.HL.02",)),
    "接受宴请": (1.0, ("IS.EP.HL.02",)), "老板请客": (1.0, ("IS.EP.HL.02",)), "大吃大喝": (1.0, ("IS.EP.HL.02",)),
    "茅台": (0.5, ("IS.EP.HL.02",)), "公车私用": (1.0, ("IS.EP.HL.06",)), "开公车": (1.0, ("IS.EP.HL.06",)),
    "单位的车": (0.8, ("IS.EP.HL.06",)), "公车": (0.6, ("IS.EP.HL.06",)), "私车公养": (1.0, ("IS.EP.HL.06",)),
    "大操大办": (1.0, ("IS.EP.HL.04",)), "操办": (0.8, ("IS.EP.HL.04",)), "升学宴": (0.8, ("IS.EP.HL.04",)),
    "婚宴": (0.5, ("IS.EP.HL.04",)), "乔迁宴": (0.8, ("IS.EP.HL.04",)), "酒宴": (0.6, ("IS.EP.HL.04",)),
    "公款旅游": (1.0, ("IS.EP.HL.05",)), "过节费": (1.0, ("IS.EP.HL.03",)), "发福利": (0.8, ("IS.EP.HL.03",)),
    "滥发": (1.0, ("IS.EP.HL.03",)), "超标": (0.8, ("IS.EP.HL.07",)), "豪华装修": (1.0, ("IS.EP.HL.07",)),
    "超标准接待": (1.0, ("IS.EP.HL.08",)), "私人会所": (1.0, ("IS.EP.HL.09",)), "高尔夫": (0.8, ("IS.EP.HL.09",)),
    "八项规定": (1.0, ("IS.EP.HL.02",)),
    # masses
    "乱收费": (1.0, ("IS.MAS.01",)), "违规收费": (1.0, ("IS.MAS.01",)), "摊派": (1.0, ("IS.MAS.01",)),
    "搭车加码": (1.0, ("IS.MAS.01",)), "多收": (0.8, ("IS.MAS.01",)), "优亲厚友": (1.0, ("IS.MAS.03",)),
    "关系户": (0.8, ("IS.MAS.03",)), "吃拿卡要": (1.0, ("IS.MAS.04",)), "刁难": (1.0, ("IS.MAS.04",)),
    "保护伞": (1.0, ("IS.MAS.05",)), "村霸": (0.8, ("IS.MAS.05",)), "欺压": (0.8, ("IS.MAS.05",)),
    "强拆": (0.4, ("IS.MAS.06",)),
    # politics, organisation
    "搞变通": (1.0, ("IS.POL.01",)), "阳奉阴违": (1.0, ("IS.POL.01",)), "拉帮结派": (1.0, ("IS.POL.02",)),
    "团团伙伙": (1.0, ("IS.POL.02",)), "串供": (1.0, ("IS.POL.03",)), "销毁": (0.8, ("IS.POL.03",)),
    "统一口径": (1.0, ("IS.POL.04",)), "不让反映": (1.0, ("IS.POL.04",)), "不让大家反映": (1.0, ("IS.POL.04",)),
    "风水": (1.0, ("IS.POL.05",)), "烧香": (0.8, ("IS.POL.05",)), "迷信": (1.0, ("IS.POL.05",)),
    "形象工程": (1.0, ("IS.POL.06", "IS.EP.FB.01")), "政绩工程": (1.0, ("IS.POL.06",)),
    "面子工程": (1.0, ("IS.POL.06",)), "盲目举债": (1.0, ("IS.POL.06",)),
    "瞒报": (1.0, ("IS.ORG.02",)), "不如实报告": (1.0, ("IS.ORG.02",)), "裸官": (1.0, ("IS.ORG.02",)),
    "拉票": (1.0, ("IS.ORG.03",)), "贿选": (1.0, ("IS.ORG.03",)), "改年龄": (1.0, ("IS.ORG.04",)),
    "年龄是改过的": (1.0, ("IS.ORG.04",)), "假学历": (1.0, ("IS.ORG.04",)), "档案造假": (1.0, ("IS.ORG.04",)),
    "擅自决定": (1.0, ("IS.ORG.01",)), "擅自": (0.6, ("IS.ORG.01",)),
    # work discipline, abuse of power
    "滥用职权": (1.0, ("IS.LAW.02",)), "滥用权力": (1.0, ("IS.LAW.02",)),
    "指使": (0.8, ("IS.LAW.02",)), "教唆": (0.8, ("IS.LAW.02",)), "玩忽职守": (1.0, ("IS.LAW.02",)), "失职渎职": (1.0, ("IS.LAW.02",)),
    "干预司法": (1.0, ("IS.WRK.02",)), "干预案件": (1.0, ("IS.WRK.02",)), "打招呼": (1.0, ("IS.WRK.02", "IS.SEL.04")),
    "说情": (0.8, ("IS.SEL.04",)), "插手司法": (1.0, ("IS.WRK.02",)), "通风报信": (1.0, ("IS.WRK.06",)),
    "泄密": (1.0, ("IS.WRK.06",)), "数据造假": (1.0, ("IS.WRK.04",)), "统计造假": (1.0, ("IS.WRK.04",)),
    "弄虚作假": (1.0, ("IS.WRK.04",)), "虚报": (0.8, ("IS.WRK.04",)), "假脱贫": (1.0, ("IS.WRK.04",)),
    "虚假整改": (1.0, ("IS.WRK.07",)), "整改不到位": (1.0, ("IS.WRK.07",)), "不闻不问": (0.6, ("IS.WRK.05",)),
    "监管不力": (1.0, ("IS.WRK.05",)), "决策失误": (1.0, ("IS.WRK.03",)),
    # formalism, bureaucratism
    "不作为": (0.8, ("IS.EP.FB.02",)), "乱作为": (1.0, ("IS.EP.FB.02",)), "门难进": (1.0, ("IS.EP.FB.03",)),
    "脸难看": (1.0, ("IS.EP.FB.03",)), "事难办": (1.0, ("IS.EP.FB.03",)), "冷硬横推": (1.0, ("IS.EP.FB.03",)),
    "文山会海": (1.0, ("IS.EP.FB.04",)), "留痕": (0.8, ("IS.EP.FB.04",)), "填表": (0.5, ("IS.EP.FB.04",)),
    "表态多": (1.0, ("IS.EP.FB.01",)), "作风漂浮": (1.0, ("IS.EP.FB.02",)),
    # selection of cadres
    "买官": (1.0, ("IS.SEL.03",)), "卖官": (1.0, ("IS.SEL.03",)), "跑官": (1.0, ("IS.SEL.03",)),
    "突击提拔": (1.0, ("IS.SEL.01",)), "火箭提拔": (1.0, ("IS.SEL.01",)), "带病提拔": (1.0, ("IS.SEL.02",)),
    "违规提拔": (1.0, ("IS.SEL.01",)), "提拔": (0.5, ("IS.SEL.01",)), "吃空饷": (1.0, ("IS.SEL.05",)),
    "违规进人": (1.0, ("IS.SEL.05",)), "任人唯亲": (1.0, ("IS.SEL.06",)), "没有公示": (0.8, ("IS.SEL.07",)),
    "未公示": (0.8, ("IS.SEL.07",)),
    # democratic centralism
    "一言堂": (1.0, ("IS.DC.01",)), "说了算": (1.0, ("IS.DC.01",)), "家长制": (1.0, ("IS.DC.01",)),
    "不上会": (1.0, ("IS.DC.02",)), "未上会": (1.0, ("IS.DC.02",)), "三重一大": (0.8, ("IS.DC.02",)),
    "不团结": (1.0, ("IS.DC.04",)), "拆台": (1.0, ("IS.DC.04",)), "各自为政": (1.0, ("IS.DC.04",)),
    # personal life
    "包养": (1.0, ("IS.LIF.02",)), "情人": (1.0, ("IS.LIF.02",)), "婚外情": (1.0, ("IS.LIF.02",)),
    "赌博": (1.0, ("IS.LIF.04",)), "醉驾": (1.0, ("IS.LIF.04",)), "醉酒驾车": (1.0, ("IS.LIF.04",)),
    "酒后驾车": (1.0, ("IS.LIF.04",)), "酒驾": (1.0, ("IS.LIF.04",)), "打麻将": (0.6, ("IS.LIF.04",)), "酗酒": (0.8, ("IS.LIF.04",)),
    "打人": (0.6, ("IS.LIF.04",)), "挥霍": (0.8, ("IS.LIF.01",)), "豪车": (0.6, ("IS.LIF.01",)),
    # violence and abuse against the people an official deals with
    "谩骂": (0.8, ("IS.MAS.05",)), "辱骂": (0.8, ("IS.MAS.05",)), "推倒": (0.8, ("IS.MAS.05",)),
    "殴打": (1.0, ("IS.MAS.05",)), "扇耳光": (1.0, ("IS.MAS.05", "IS.LAW.02")), "打耳光": (1.0, ("IS.MAS.05", "IS.LAW.02")),
    "暴力执法": (1.0, ("IS.LAW.02",)), "刑讯逼供": (1.0, ("IS.LAW.02",)), "雇凶": (1.0, ("IS.MAS.05",)),
    # taking collective property
    "侵吞": (1.0, ("IS.INT.09", "IS.LAW.01")), "贪占": (1.0, ("IS.INT.09", "IS.LAW.01")),
    "贱卖": (0.8, ("IS.INT.04",)), "泄露举报": (1.0, ("IS.WRK.06", "IS.POL.04")), "职务侵占": (1.0, ("IS.INT.09", "IS.LAW.01")),
    "低价外租": (1.0, ("IS.INT.04",)), "低价出租": (1.0, ("IS.INT.04",)), "非法出租": (0.8, ("IS.INT.04",)),
    "偷工减料": (0.6, ("IS.INT.03",)), "账目混乱": (0.8, ("IS.INT.09",)), "违规享受": (1.0, ("IS.MAS.03",)),
    "萝卜招聘": (1.0, ("IS.SEL.05",)), "伪造签字": (1.0, ("IS.WRK.04",)), "据为己有": (1.0, ("IS.INT.09",)),
    # generic
    "违规": (0.8, ()), "乱发": (1.0, ("IS.EP.HL.03",)), "月饼": (0.4, ("IS.EP.HL.01",)), "违纪": (0.8, ()), "腐败": (0.6, ()), "以权压人": (1.0, ("IS.MAS.05",)),
    "打击报复": (0.8, ("IS.POL.04",)),
    # fees an organ or official imposes without basis (镇政府乱收保证金, 强制收取赞助费)
    "乱收": (1.0, ("IS.MAS.01",)), "强制收取": (1.0, ("IS.MAS.01",)), "强行收取": (1.0, ("IS.MAS.01",)),
}

# Acts written as phrases rather than words: demanding or handing over money.
_MONEY = r"[\d一二两三四五六七八九十百千万几]+(?:元|块|万)"
ACT_PATTERNS: list[tuple[re.Pattern[str], float, tuple[str, ...]]] = [
    (re.compile(r"(?:要|让|叫|逼)[^。！？\n]{0,8}(?:送|给|交)[^。！？\n]{0,4}" + _MONEY), 1.0, ("IS.MAS.04", "IS.LAW.01")),
    (re.compile(r"(?:送|给)(?:了)?(?:他|她|其)?" + _MONEY + r"[^。！？\n]{0,6}(?:才|就)"), 1.0, ("IS.MAS.04",)),
    (re.compile(r"收了[^。！？\n]{0,8}" + _MONEY), 1.0, ("IS.INT.02", "IS.LAW.01")),
    (re.compile(r"不送礼[^。！？\n]{0,4}不"), 1.0, ("IS.MAS.04",)),
    (re.compile(r"违规(?:发放|借用|使用|收受|操办|报销|占用|提拔|办理|办了|办|经商|兼职|决策|公款|吃喝|收费|审批|调)"), 1.0, ()),
    # Outcomes only misconduct has (news and bulletins): 受到党内警告处分, 被免职.
    (re.compile(r"(?<!不服)(?:党内(?:严重)?警告|严重警告|记过处分|撤销党内职务|开除党籍|免职|撤职|立案审查|留置|(?:作出|做出|予以|给予)停职|停职检查)"), 1.0, ()),
    # Money or favours going to the official, in everyday wording (收过开发商的钱, 送他一套别墅).
    (re.compile(r"(?:收|拿|要|吃)(?:了|过|着)?[^。！？\n，,]{0,10}(?:的钱|钱|好处|回扣|红包|礼|股份|条烟|香烟|好烟|名酒)"), 1.0, ("IS.INT.02", "IS.LAW.01")),
    (re.compile(r"请(?:他们|他|她|乡干部|村干部|干部)?吃(?:顿)?饭|意思意思|摆了一场|(?:吃饭|吃请)[^。！？\n]{0,6}(?:才|就)(?:给)?办"), 1.0, ("IS.MAS.04", "IS.EP.HL.02")),
    (re.compile(r"送(?:了)?(?:给)?(?:他|她|其)(?:家)?[^。！？\n]{0,10}|往(?:他|她)家(?:里)?送"), 0.8, ("IS.INT.01",)),
    (re.compile(r"(?:全|都)(?:给|交给)了?[^。！？\n]{0,10}(?:同学|亲戚|朋友|老乡|战友|小舅子|儿子|老板)|交给(?:他|她)的?[^。！？\n]{0,6}做"), 1.0, ("IS.INT.03", "IS.INT.05")),
    (re.compile(r"造价报了|虚高|多报|报了[^。！？\n]{0,8}实际"), 1.0, ("IS.INT.09",)),
    (re.compile(r"(?:合伙|入股)?开了(?:个|一个|一家|家)[^。！？\n]{0,6}(?:厂|公司|店|酒店|饭店)|合伙开"), 0.8, ("IS.INT.06",)),
    (re.compile(r"不在单位|不在岗|脱岗|擅自离岗|长期不上班"), 1.0, ("IS.WRK.01",)),
    (re.compile(r"关系暧昧|不正当(?:男女)?关系|生活作风"), 1.0, ("IS.LIF.02",)),
    (re.compile(r"形式主义|官僚主义"), 1.0, ("IS.EP.FB.02",)),
    (re.compile(r"安排吃喝|吃吃喝喝|大吃大喝|吃喝"), 0.8, ("IS.EP.HL.02",)),
    (re.compile(r"土特产|带点[^。！？\n]{0,4}走"), 0.6, ("IS.EP.HL.01",)),
    # Income kept off the books (收入不入账, 租金没有入账, 不入村集体的账): in all 12 labelled real
    # texts that write it, an allegation.
    (re.compile(r"(?:不|未|没有?)(?:入|进|记入)(?:[^。！？\n，,]{0,6}?的)?账(?!号|户)"), 1.0, ("IS.INT.09",)),
    (re.compile(r"账(?:目)?(?:从来)?不公开|不公开账|(?:村务|财务|账目)(?:从来|从)?不(?:公开|公布)|不知道去哪|去向不明|不知去向|下落不明"), 0.8, ("IS.INT.09",)),
    # Public or people's money routed to the official's own account or relatives.
    (re.compile(r"(?:款|钱|资金|补贴|补助)[^。！？\n]{0,8}(?:打到|转到|存到|汇入|划到|转入|存进|打进)(?:了)?"
                r"[^。！？\n]{0,6}(?:他|她|自己|个人|私人|指定|家人|亲戚)"), 1.0, ("IS.INT.09", "IS.MAS.02")),
    (re.compile(r"给(?:他|她)?(?:自己)?(?:的)?(?:亲戚|家人|亲属|关系户|朋友)多(?:算|报|给|分|补)"), 1.0, ("IS.MAS.03",)),
    # Forged records and signatures.
    (re.compile(r"伪造[^。！？\n]{0,12}(?:档案|签字|签名|材料|证明)"), 1.0, ("IS.ORG.04", "IS.WRK.04")),
    # A public car seen where private life happens is the classic report of 公车私用.
    (re.compile(r"(?:公车|公务车|公务用车|公务字样|执法车)[^。！？\n]{0,14}(?:停在|停放在|停到|出现在|接送|接)"
                r"[^。！？\n]{0,10}(?:住宅|小区|家属院|饭店|酒店|景区|鱼塘|农家乐|孩子|女性|老婆|家)"), 1.0, ("IS.EP.HL.06",)),
    (re.compile(r"打着[^。！？\n]{0,6}旗号|揽工程|插手工程"), 1.0, ("IS.LIF.03", "IS.INT.03")),
    (re.compile(r"闹矛盾|分成两派|拉帮结派|搞小圈子"), 1.0, ("IS.DC.04",)),
    (re.compile(r"(?:送礼|随礼|送的都是|排着队)"), 0.6, ("IS.INT.01", "IS.EP.HL.01")),
    # Relatives and associates doing business or getting favours through the official.
    (re.compile(r"(?:妻子|老婆|爱人|儿子|女儿|女婿|小舅子|外甥|侄子|亲戚|弟弟|哥哥|妹妹|小姨子|连襟|战友|老同学|情人|表弟|司机)"
                r"[^。！？\n]{0,16}(?:承包|开了|开的|公司|工程|中标|名下|提拔|低保|调岗|安排)"), 1.0, ("IS.INT.05",)),
    # Taking or withholding what belongs to the public or to people.
    (re.compile(r"不交钱|白吃白喝|拉回(?:自己|他|她)?家|据为己有|私吞|吞了|贪了|扣下|扣了|少给|少发|揣进"), 1.0, ("IS.INT.09", "IS.MAS.02")),
    (re.compile(r"借给[^。！？\n]{0,10}(?:企业|公司|老板|个人)"), 1.0, ("IS.INT.07",)),
    (re.compile(r"(?:给了|分给|都是)[^。！？\n]{0,8}(?:亲戚|关系户|家属|自家人|小舅子|儿子|女儿|亲属|家人|情人)"), 1.0, ("IS.MAS.03",)),
    (re.compile(r"(?:扇|打|抽)(?:了)?(?:我|他|她|群众|村民)?(?:几个|一个|两个|一)?耳光"), 1.0, ("IS.MAS.05", "IS.LAW.02")),
    # People's money taken by the one who handles it: 补偿款被副书记领走, 把救灾款分了.
    (re.compile(r"(?:款|钱|补贴|补助|物资)[^。！？\n]{0,4}被[^。！？\n]{0,14}(?:领走|拿走|取走|冒领|代领|吞了|花了)"), 1.0, ("IS.INT.09", "IS.MAS.02")),
    (re.compile(r"把[^。！？\n]{0,10}(?:款|钱|物资|补贴|补助)(?:给)?(?:私下|私自|偷偷|私)?分(?:了|掉)"), 1.0, ("IS.INT.09", "IS.MAS.02")),
    (re.compile(r"别墅|占用耕地|多套房|建了[^。！？\n]{0,6}(?:房|楼)"), 0.8, ("IS.INT.08",)),
    # Work discipline in plain words.
    (re.compile(r"不上班|不在岗|照拿工资|上班时间[^。！？\n]{0,6}(?:钓鱼|打牌|喝酒|打麻将)|找不到人"), 1.0, ("IS.WRK.01",)),
    (re.compile(r"打牌|钓鱼|喝酒"), 0.4, ("IS.LIF.04",)),
    # Absent from the post: cards, tea houses, a leader nobody can find.
    (re.compile(r"上班时间[^。！？\n]{0,24}(?:麻将|打牌|喝茶|茶店|茶馆|茶室|茶艺馆|农家乐|逛街|喝酒|钓鱼)|"
                r"(?:聚众|聚在一起)(?:搓|打)麻将|(?:搓|打)麻将[^。！？\n]{0,10}(?:围观|上班|办公)|"
                r"(?:茶馆|茶艺馆|茶店|茶室|包厢)[^。！？\n]{0,8}(?:办公|上班)|"
                r"(?:经常|常常|总是|很难)?找不到(?:这位|这个|他|她|人|领导|书记|负责人|镇长|局长)|"
                r"很少(?:回|来|到)办公室|全部放假|只有[一两\d]个人(?:在)?值班|"
                r"(?:上网|上班时间)[^。！？\n]{0,6}(?:打游戏|玩游戏|斗地主)|全都吃酒席|集体脱岗"), 1.0, ("IS.WRK.01",)),
    # Buying votes: money or goods tied to an election.
    (re.compile(r"(?:选举|换届|选票|投票|投他)[^。！？\n]{0,30}(?:送烟|送酒|送钱|送米|送油|买|给每户|承诺)|"
                r"(?:送|给|花钱)[^。！？\n]{0,20}(?:选票|投票|投他)|买选票|(?:当选|竞选)[^。！？\n]{0,30}买票|"
                r"买票[^。！？\n]{0,30}(?:选举|换届|选票|投票|当选|竞选)|贿赂选(?:民|举)"), 1.0, ("IS.ORG.03",)),
    (re.compile(r"假的|造假|应付检查|糊弄|弄虚"), 0.8, ("IS.WRK.04",)),
    (re.compile(r"临时动议|不经集体研究|个人决定|一个人决定"), 1.0, ("IS.DC.02",)),
    (re.compile(r"低价(?:卖|给|转)"), 1.0, ("IS.INT.04", "IS.LAW.03")),
    (re.compile(r"[\d一二三四五六七八九十几百]+多?桌"), 0.8, ("IS.EP.HL.04",)),
    (re.compile(r"超市卡|加油卡|消费卡|礼品卡|代金券"), 0.8, ("IS.EP.HL.01", "IS.INT.01")),
    (re.compile(r"(?:财政|单位|公家)(?:报销|出钱|买单)|公款"), 1.0, ("IS.EP.HL.05",)),
    (re.compile(r"作风霸道|霸道|骂人|以势压人|谁提意见|调谁的岗"), 0.8, ("IS.MAS.05", "IS.DC.01")),
    (re.compile(r"卡谁|故意卡|卡着不|打点"), 0.6, ("IS.MAS.04",)),
    (re.compile(r"没人敢查|不敢查|一点也没收手|不收手|不收敛"), 0.6, ()),
    (re.compile(r"睁一只眼闭一只眼|不管不问|放任"), 0.8, ("IS.WRK.05",)),
]

# Characters that, written right before an act word, make it part of another word.
_ACT_NOT_AFTER = {"收了": "验接回征税没吸丰秋签查催", "收钱": "催", "打人": "殴毒", "推倒": "",
                  "侵占": "被"}

# 执行公务, 执行政策: everyday 执行 that is no court enforcement.
_NOT_A_CLAIM = re.compile(r"公务|任务|政策|规定")
_NOT_A_CLAIM_WORDS = {"执行"}

# Public property as the subject (公车私用 with no name): the one using it is an official.
PUBLIC_PROPERTY = re.compile(r"公车|公务车|公务用车|公务字样|公款|执法车|警车")

# One pass that tells whether any phrase pattern can match (most sentences have none).
_ANY_ACT_PATTERN = re.compile("|".join(f"(?:{rx.pattern})" for rx, _, _ in ACT_PATTERNS))

# An accusation frame: 举报/检举/揭发 + an official within a few characters.
ACCUSE_FRAME = re.compile(r"(?:举报|检举|揭发|控告|实名举报)[^。！？\n]{0,24}$")

# Claims: the reporter's own interest or a dispute, by out-of-scope type.
CLAIMS: dict[str, dict[str, float]] = {
    "征地拆迁": {"征地": 1.0, "拆迁": 1.0, "补偿标准": 1.0, "安置房": 1.0, "回迁": 1.0, "过渡费": 1.0,
             "宅基地": 0.6, "强拆": 0.6, "棚户区": 1.0, "征收": 0.8, "动迁": 1.0, "失地农民": 1.0,
             "评估": 0.4, "安置": 0.5, "补偿": 0.4, "断水断电": 0.8, "拆了": 0.6,
             "旧城改造": 1.0, "改造范围": 1.0, "占了我家": 0.8, "占地": 0.6, "土地流转": 0.6},
    "涉法涉诉": {"判决": 1.0, "法院": 0.8, "执行": 0.6, "再审": 1.0, "上诉": 1.0, "官司": 1.0,
             "冤案": 1.0, "仲裁": 0.8, "败诉": 1.0, "胜诉": 1.0, "拘留": 0.8, "派出所": 0.3, "错案": 1.0,
             "立案": 0.6, "起诉": 0.8, "诉讼": 0.8, "一审": 1.0, "二审": 1.0, "案子": 0.6, "判得": 1.0,
             "刑事责任": 0.6, "撤销处罚": 1.0, "报警": 0.6, "冤枉": 1.0, "抓了": 0.8, "放人": 1.0,
             "看守所": 1.0, "公安机关": 0.6,
             "执行局": 1.0, "抚养费": 0.6, "离婚": 0.6, "律师": 0.6, "开庭": 1.0, "公安局": 0.4,
             "申诉": 0.3, "检察院": 0.6, "法官": 0.6, "判处": 0.8, "服刑": 1.0, "被执行人": 1.0,
             "生效": 0.4, "维持原判": 1.0, "驳回": 0.8},
    "个人利益诉求": {"拖欠": 0.6, "工资": 0.6, "讨薪": 1.0, "欠薪": 1.0, "农民工": 0.6, "退伍": 0.8,
               "安排工作": 1.0, "待遇": 0.8, "低保": 0.5, "养老金": 1.0, "养老保险": 1.0, "社保": 0.8,
               "报销": 0.8, "编制": 0.8, "入学": 1.0, "上学": 0.4, "补发": 1.0, "补缴": 1.0,
               "困难": 0.4, "临时工": 0.8, "工伤": 1.0, "医保": 0.8, "退役": 0.8, "优抚": 1.0,
               "包工头": 0.8, "工友": 0.6, "追讨": 1.0, "工龄": 1.0, "退休工资": 1.0, "考试": 0.4,
               "面试": 0.6, "录用": 0.6, "误诊": 1.0, "医疗事故": 1.0, "赔偿": 0.4, "转正": 0.8,
               "退休手续": 1.0, "职称": 0.8, "退休": 0.4, "承包地": 0.8, "不给解决": 0.6,
               "工程款": 0.8, "欠款": 0.6, "讨账": 1.0, "要账": 1.0, "讨要": 0.6, "垫资": 1.0,
               "结账": 0.6, "欠我": 1.0, "血汗钱": 1.0, "结算": 0.4, "医疗纠纷": 1.0,
               "用药不当": 1.0, "医疗过错": 1.0, "手术失败": 1.0, "医院承担": 0.8,
               "转业": 0.6, "复员": 0.6},
    "其他": {"污染": 1.0, "排污": 1.0, "噪音": 1.0, "异味": 1.0, "物业": 1.0, "房产证": 1.0,
           "修路": 0.8, "停车": 0.8, "建议": 0.5, "咨询": 0.5, "请问": 0.5, "想问": 0.5, "假货": 1.0, "食品安全": 1.0,
           "非法集资": 1.0, "理财": 0.6, "扬尘": 1.0, "水渠": 0.6, "电梯": 0.8,
           "路灯": 1.0, "积水": 1.0, "坑洼": 1.0, "井盖": 1.0, "臭味": 1.0, "养殖场": 0.8,
           "养猪场": 0.8, "暖气": 0.8, "垃圾": 0.6, "交通": 0.4, "堵车": 0.8},
}
# Courts and police named as where a matter was taken (向县纪委、检察院、公安局举报, 到经侦大队立案):
# they type an out-of-scope text, but beside an allegation they are no claim of the writer's.
CLAIM_VENUES = frozenset({"法院", "公安局", "检察院", "派出所", "公安机关", "立案"})
# News style: a journalist tells what the complainant said (记者了解到, 向本报反映, 村民称);
# the complainant's own claim is then written in the third person.
NEWS_COMPLAINANT = re.compile(r"记者|本报|热线|报道|(?:村民|群众|市民|居民)[^。，,]{0,8}(?:称|反映|说|告诉|表示)")
# A first-person demand turns claim words into a claim (要求按标准补偿, 请求督促执行).
DEMAND = re.compile(r"(要求|请求|恳请|希望|盼望|请)[^。！？\n]{0,12}(解决|补偿|执行|督促|落实|给予|帮|公开|退还|归还|赔偿|"
                    r"安置|办理|处理|答复|说法|重新|撤销|追究|关注|管一管|查处|修)")
# The writer's own people, property and experience (我家, 我租赁的厂房, 我遭到…).
FIRST_PERSON = re.compile(r"我(?:家|的|们|母亲|父亲|儿子|女儿|孩子|在|是|和|被|申请|打了|要求|请求|多次|遭|租|工厂|厂|"
                          r"公司|店|地|房)|本人")

PRONOUN = re.compile(r"他|她|其|该同志|此人|这个人|两人|他们")
PRAISE = re.compile(r"表扬|感谢|点赞|好干部|锦旗")
# Labels without facts (NAT.NOS): 都是贪官 alone is no allegation.
NO_SUBSTANCE = re.compile(r"都是贪官|没有一个好|全部查一查|都是腐败")

URGENT_CUES: dict[str, tuple[str, ...]] = {
    "threat_to_life": ("跳楼", "自杀", "轻生", "同归于尽", "不想活", "人身安全", "家破人亡", "喝农药", "跳下去"),
    "group_incident": ("集体上访", "群体性事件", "围堵", "堵路", "几十户", "上百人", "几十人", "联名"),
    "destruction_of_evidence": ("销毁", "转移证据", "串供", "攻守同盟", "烧毁账本", "转移财物", "销毁账本"),
    "retaliation": ("打击报复", "报复", "威胁举报人", "收拾", "扬言", "穿小鞋"),
}
ONGOING = re.compile(r"至今|仍然|仍在|现在还|一直|照样|还在|依然|变本加厉|以来")


@dataclass
class CueHit:
    word: str
    start: int
    weight: float
    codes: tuple[str, ...] = ()


@dataclass
class RuleResult:
    allegation: float
    allegation_hits: list[CueHit]
    claims: dict[str, float]
    claim_hits: dict[str, list[str]]
    demand: bool
    first_person: bool
    no_substance: bool
    codes: dict[str, float] = field(default_factory=dict)


def _pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(Path(__file__).with_name("taxonomy.yaml").read_text("utf-8"))
    return data


@lru_cache(maxsize=1)
def _keyword_codes() -> tuple[re.Pattern[str], dict[str, list[str]], re.Pattern[str], dict[str, list[str]]]:
    """Taxonomy keywords → codes: weak cues that name the code once the nature is decided."""
    tx = taxonomy()
    is_map: dict[str, list[str]] = {}

    def walk(nodes: list[dict[str, Any]]) -> None:
        for node in nodes:
            for kw in node.get("keywords") or []:
                is_map.setdefault(str(kw), []).append(node["code"])
            walk(node.get("children") or [])

    walk(tx["in_scope"])
    oos_map: dict[str, list[str]] = {}
    for node in tx["out_of_scope"]:
        for kw in node.get("keywords") or []:
            oos_map.setdefault(str(kw), []).append(node["code"])
    return _pattern(list(is_map)), is_map, _pattern(list(oos_map)), oos_map


_ACT_RE = _pattern(list(ACTS))
_CLAIM_RE = {k: _pattern(list(v)) for k, v in CLAIMS.items()}


def code_topic(code: str) -> str | None:
    for family in sorted(FAMILY_TOPIC, key=len, reverse=True):
        if code == family or code.startswith(family + "."):
            return FAMILY_TOPIC[family]
    return None


def has_act(clause: str) -> bool:
    """Whether a clause itself states an act (used for organs accused as a whole)."""
    if any(ACTS[m.group()][0] >= 0.8 for m in _ACT_RE.finditer(clause)):
        return True
    return bool(_ANY_ACT_PATTERN.search(clause)) and any(
        w >= 0.8 and rx.search(clause) for rx, w, _ in ACT_PATTERNS)


# Retaliation whose victim is the reporter or petitioner: an official's act by its nature.
_AGAINST_REPORTER = re.compile(r"报复(?:举报人|举报者|检举人|反映人|上访者|上访户|信访人)")


def evaluate(a: str, sentences: list[tuple[int, int]], official_spans: list[tuple[int, int]],
             official_names: list[str]) -> RuleResult:
    """Scores the allegation (acts attributable to an official) and the claims by type."""
    hits: list[CueHit] = []
    allegation = 0.0
    first_official = min((s for s, _ in official_spans), default=None)
    for s, e in sentences:
        sentence = a[s:e]
        refers = any(s <= os < e for os, _ in official_spans) or any(n and n in sentence for n in official_names)
        if not refers and first_official is not None and first_official < s and PRONOUN.search(sentence):
            refers = True
        if not refers and first_official is not None and first_official < s \
                and not re.search(r"我|群众|村民|老板|开发商", sentence[:6]):
            refers = True  # a sentence without a subject continues the last one's
        if not refers and first_official is not None and _AGAINST_REPORTER.search(sentence):
            refers = True  # 打击报复举报人: only one in office can, wherever the text names them
        for m in _ACT_RE.finditer(sentence):
            weight, act_codes = ACTS[m.group()]
            if m.start() > 0 and sentence[m.start() - 1] in _ACT_NOT_AFTER.get(m.group(), ""):
                continue  # 验收了, 没收了: the act word is the tail of another word
            if refers:
                hits.append(CueHit(m.group(), s + m.start(), weight, act_codes))
                allegation += weight
        for os, _ in official_spans:
            if s <= os < e and ACCUSE_FRAME.search(a[s:os]):
                hits.append(CueHit("举报+" + a[os:os + 6], os, 0.8, ()))
                allegation += 0.8
                break
        if refers and _ANY_ACT_PATTERN.search(sentence):
            for rx, weight, act_codes in ACT_PATTERNS:
                for m in rx.finditer(sentence):
                    hits.append(CueHit(m.group(), s + m.start(), weight, act_codes))
                    allegation += weight
    claims: dict[str, float] = {}
    claim_hits: dict[str, list[str]] = {}
    for kind, rx in _CLAIM_RE.items():
        found = [m.group() for m in rx.finditer(a) if not _NOT_A_CLAIM.match(a, m.end())
                 or m.group() not in _NOT_A_CLAIM_WORDS]
        if found:
            claim_hits[kind] = sorted(set(found))
            claims[kind] = sum(CLAIMS[kind][w] for w in set(found))
    codes: dict[str, float] = {}
    for h in hits:
        for c in h.codes:
            codes[c] = min(1.0, codes.get(c, 0.0) + 0.5 * h.weight)
    return RuleResult(allegation=allegation, allegation_hits=hits, claims=claims, claim_hits=claim_hits,
                      demand=bool(DEMAND.search(a)), first_person=bool(FIRST_PERSON.search(a)),
                      no_substance=bool(NO_SUBSTANCE.search(a)), codes=codes)


def taxonomy_codes(a: str, *, in_scope: bool, out: bool) -> dict[str, float]:
    is_re, is_map, oos_re, oos_map = _keyword_codes()
    found: dict[str, float] = {}
    if in_scope:
        for m in is_re.finditer(a):
            for c in is_map[m.group()]:
                found[c] = min(1.0, found.get(c, 0.0) + 0.3)
    if out:
        for m in oos_re.finditer(a):
            for c in oos_map[m.group()]:
                found[c] = min(1.0, found.get(c, 0.0) + 0.4)
    return found
