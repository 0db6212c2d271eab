"""Read an inspection announcement (进驻公告, news of the 动员会) into a round proposal.

`parse(text)` returns a `Parsed`: the contract values (../shared/formats/announcement.md)
plus, for every value, the spans of the text it came from, so the workbench can show
the words behind each proposed field. `Parsed.contract()` is exactly the JSON object of
the contract; the spans never leak into it.

How the text is read
--------------------
* The text is first folded (see `normalise.fold`): full-width forms, dashes, odd spaces,
  decoration glyphs and traditional characters map one to one; pinyin glosses, HTML tags
  and entities inside words are dropped. An offset map turns every span found back into
  a span of the original text. Page junk dropped the same way: characters lost in a bad
  conversion (领域?qū)m?xiàng)巡察组) and commas some pages put before every punctuation mark.
* Values are returned from the normalised text: simplified script, ASCII digits and
  punctuation (`县(市)`, `0317-5528359`). Chinese quotes and 、 are kept.
* Several groups in one text (a list of groups, each with its own targets and contacts,
  or a flattened table with one column per group): the proposal describes the **first
  group named** — one round is one group. Its targets, leaders and channels are read from
  its own part of the text (its segment, or its table column); facts stated once for all
  groups (period, duration, round, scope, focus, excluded matters, and channels announced
  before the first group, e.g. a shared PO box) come from the whole text.
  `Parsed.groups` lists every group found so a person can pick another one.
* Not channels: numbers and addresses whose own label says they belong to a newspaper, a
  web site or its footer (报料, 爆料, 热线, 编辑, 版权, 主办 …), faxes and post codes, and a
  监督电话 / any contact for complaints about the inspectors themselves, a site's own
  contacts (主办:…, 本站联系电话), and another body's standing line (县纪委监委信访举报电话);
  the contacts that follow such a one in its sentence or line are that body's too unless
  they name the inspection. In a group listed with others, a contact whose label names another
  group's ordinal (第二巡察组举报电话:…) is that group's. A page footer runs from its first
  footer word to the end of the page when no inspection text follows.
* Labels of channels: the words before a number in its sentence; for a number alone on its
  line, the short label line above it (block and one-cell-per-line layouts); in a contact
  table (一览表) whose rows carry no labels, a number in the group's own row.
* Tables flattened without separators ("省委巡视第一组张迎龙万中学湖南财信…公司0731-…"): each of
  the group's rows (its first line and the wrapped lines under it) names its unit right
  before its phone, after the leaders' names. Tables flattened one cell per line: a cell
  may wrap onto the next line, which then cannot be the next column's (no @ under 邮箱, no
  number under 电话); the cell under the box column is the box. Tables flattened with | or
  tabs: a row whose first cell is empty goes on with the cells above it (a unit cut at the
  end of its line, "县审计局、县 | …" over " | 统计局", is one unit), and one group's view passes
  over the cells blanked for the other groups.
* When 巡视 groups are named only as context of a 巡察 (or the reverse — 联动巡察 alongside
  a provincial 巡视), the kind of the group that *takes the reports* (…组主要受理) wins.
* Text that does not announce an inspection (no inspection group; a feedback or
  rectification notice; or neither a channel nor an arrival/mobilisation with a target,
  period, duration or scope) gives an empty proposal and a `problem` message. A group that
  says how long it will stay (巡察组将集中巡察1个月左右) or that it sets up channels
  (期间设立专门举报电话和信箱), with their numbers elsewhere, does announce a round.
* Work is bounded (at most MAX_CHANNELS channels, MAX_ROLES role mentions …) so a pasted
  page of any size up to the form's 50,000 characters parses in well under a second;
  an ordinary announcement takes about a millisecond.

Conventions of the values (the labelled development set follows them)
---------------------------------------------------------------------
* `inspector`: issuer word + ordinal group name as written (`省委第七巡视组`,
  `区委专项巡察一组`, `省委巡视第一组`; the round said inside the name is dropped:
  区委第十二轮巡察第三巡察组 → `区委第三巡察组`); an elided list "第一、第二巡察组" or a range
  "第一至第四巡察组" names its first group, and each group of it is in `Parsed.groups` (a
  group met first in a list reads its own block where the text later names it alone);
  groups listed by ordinal alone ("第一巡视组  巡视地:…") take the issuer the text gives them,
  as does a group named by ordinal alone inside a sentence after a named one ("地委第一巡察组
  巡察甲乡,第六巡察组巡察乙镇": `地委第六巡察组`, whose part is the rest of that sentence);
  without an ordinal, the issuer's group without round and field words
  (`党委巡察组`, `区委专项巡察组`); a text that names only "各巡察组" or "N个X巡察组" has none;
  a department's party body is named with its department (`省国资委党委第一巡察组`).
* `level`: 兵团党委 is provincial; the committee whose numbered round it is ("十一届区委第七轮巡察", not
  the 市委 whose arrangements are cited); a bare 党委 is the regional committee that approved the round
  (经自治区党委批准); a county that starts a 巡察 round without naming its committee
  (某县启动第一轮巡察) sends it from its 县委; a 市委 is a county-level city's when the text says
  县级市, names a prefecture's 市委 beside it, or its targets are mostly towns and villages (not in a
  提级 round, nor in a prefecture without counties such as 中山市), but a prefecture's when its towns
  are named with their counties (太康县板桥镇) or are ranked 副县级; a committee named in the title of a
  cited document (《关于市县党委建立巡察制度的意见》) sends nothing; a city that starts a round itself
  (某市启动…巡察) sends it from its 市委.
* `targets`: split at 、 , 及 (not inside parentheses), and at 和 only when the left part
  ends like a unit (百色市和河池市, not 工业和信息化局) or a party body (…委员会党组和…大学
  党委); counted summaries (`等N个单位`),
  `所辖/所属…`, `中共` and trailing 党委 / 党组 / 党工委 / 党总支 / 党支部 /
  领导班子(及其成员) are dropped (`外国语学院党委` → `外国语学院`); self-references (我市,
  本县, 该镇) are not targets. In text order, without repeats (a unit written with and
  without its level word, 市生态环境局 / 生态环境局, is one). A list goes on after a comma
  while every piece ends like a unit, and after 包括 / 分别为; 共N个 summaries, sectors
  (…系统, …领域), titles, persons and sentence words are no units; a count that closes a
  list (…莲池镇29家单位) is no item (a numeral in a place's name is no count:
  六师五家渠市), and 和 right after a count starts the next unit
  (…等3个区属单位党组织和南洋镇). Where a group of the other kind goes (省委第六巡视组巡视
  武进区、天宁区期间, in a 巡察 announcement) is not a unit of the round. Where a group
  stays (进驻X) is no target when the same sentence lists units after 对 (not when that
  list names none: 对集团所属2家企业). N groups that 分别 go to N units (or an elided
  group list before N units) pair in order — unless the group's own unit is said outside
  that sentence (中央第四巡视组巡视山东省 … 8个中央巡视组分别进驻甘肃、海南…): then the list
  is where the other groups went. A list of groups
  "市委第一巡察组:巡察A镇、B镇" gives each group its own.
* `leaders`: 组长 / 副组长 of the inspection group (not of a 领导小组, 联络组 or a 纪检监察组);
  titles in a row may stand between the role and the name (组长、省国资委副主任、党委委员李某).
* `period`: the first date range (or a start date and a closing date of the channels);
  a schedule of ranges in one sentence runs to its last end; a range of a few days whose
  sentence tells of the arrival or of mobilisation meetings is that window, so the period
  then ends at the channels' closing date; the time under review (…期间的情况), a site's
  publishing days and the dates of a part run alongside, in a parenthesis (…同步开展,时间为…),
  are no period; a date that opens a sentence telling of the arrival, or
  stands before 开始, starts it (a mobilisation meeting's date alone does not); closing
  dates may be in Chinese numerals (十一月二十日前), as may whole periods (二〇二四年三月一日
  至四月三十日); `9月底` is the month's last day; a missing year is taken from a full date
  or a year-month of the text up to 4 months after or 2 before, across the new year,
  else `MM-DD`; a news agency's dateline (北京3月18日电) is no date of the round.
* `duration`: the amount as written after 工作 / 为期 / 时间(安排) / 共计 …, ranges included
  (`30~40天`), with 左右 but without 约.
* `round`: the first round said that is not an earlier one (listed with others, 已/曾/上…,
  or one whose 情况汇报 / 反馈 / 整改 is spoken of).
* `phones.hours_text`: the number's own parenthesis when it tells hours (without its label
  受理电话时间为:), else the
  sentence that tells when calls are taken (`工作日8:00-12:00,14:30-17:30`); none for an
  SMS-only number. `sms_only`: 仅接收短信 and the like, or a note about messages that says
  nothing of calls (用于接收举报短信).
* `scope_persons`: whose problems are accepted, up to 的来信… or to where "在…方面" begins;
  none when the sentence names matters only (…采购方面的来信).
* `focus`: items of `重点是(关于|在)…方面的举报和反映`, split at 、 and commas; after 违反
  only the disciplines are kept; in a text cut off inside the list, the whole items.
* `po_boxes`: a postal address given for letters counts ("若来信,请寄…101室,区委第一巡察组收":
  up to the addressee).
* `boxes`: the places as written (without a trailing 都/均); a numbered list goes on over
  the following lines; what follows the box word after a comma is another clause.
* `leaders`: also "<the group's own name>(副)组长 X" anywhere in the text, in a report that
  names every group's leaders in turn.
* `out_of_scope`: items listed before 等 in the sentence that excludes matters (不属于…,
  无直接关系…, 非巡察范围内的…).
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from xunshi.rounds.announcement.normalise import fold

KEYS = [
    "inspector", "level", "kind", "round", "targets", "leaders", "period", "duration",
    "phones", "emails", "po_boxes", "boxes", "scope_persons", "focus", "out_of_scope",
]

Span = tuple[int, int]
# Bounds that keep a pathological paste (thousands of numbers) fast; real announcements
# list a handful of channels and leaders.
MAX_CHANNELS = 100
MAX_ROLES = 200
FOOTER_REACH = 400
MAX_PAIRINGS = 20
MAX_GROUPS_IN_LIST = 30

_NUM = "一二三四五六七八九十百零〇两0123456789"
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_CN_DIGITS.update({"〇": 0, "两": 2})

# The body that sends the group, as written right before the group's name.
_ISSUER = (
    # "省国资委党委": a department's party body, named with its department
    r"(?:(?:省|市|区|县|自治区)[\u4e00-\u9fff]{1,4}?(?:委|厅|局)(?:党委|党组(?!织))|"
    r"中央|省委|自治区党委|兵团党委|市委|区委|县委|旗委|州委|地委|盟委|工委|"
    r"(?:集团公司|集团|公司|学校|校|院)?党委|(?:部|局|委|署|总局)?党组(?!织))"
)
_GROUP = re.compile(
    rf"(?P<issuer>{_ISSUER})(?P<spec>专项)?"
    # "区委第十二轮巡察第三巡察组": the round said between the committee and the group
    rf"(?P<rnd>第[{_NUM}]{{1,3}}轮(?:巡视|巡察)?)?"
    # "第一、第二巡察组" and "第一至第四巡察组" name several groups at once; the first is the
    # one named here.
    rf"(?:第(?P<ord>[{_NUM}]{{1,4}})(?P<more>(?:、第?[{_NUM}]{{1,4}})+|\s?[至到—~-]\s?第?[{_NUM}]{{1,4}})?"
    rf"(?:提级|交叉|专项|机动|联动){{0,2}}(?P<kind>巡视|巡察)组"
    rf"|(?P<kind2>巡视|巡察)第?(?P<ord2>[{_NUM}]{{1,3}})组)"
)
_RECEIVER = re.compile(r"(?P<kind>巡视|巡察)组(?:主要|统一|分别)?受理")
_PLACE_STARTS = re.compile(
    r"[\u4e00-\u9fff]{2,6}?(?P<lvl>县|区|旗|市)(?:启动|开展|召开)[^。;\n]{0,12}?(?P<kind>巡察)"
)
_GROUP_PLAIN = re.compile(
    # "区委第八轮医疗卫生领域专项巡察组" is one group; "各/3个区委巡察组" name none of them
    rf"(?<![各个])(?P<issuer>{_ISSUER})(?:第[{_NUM}]{{1,3}}轮)?(?:[\u4e00-\u9fff]{{2,8}}领域)?"
    r"(?P<spec>专项|机动)?(?P<kind>巡视|巡察)组"
)
# N groups that "分别" go to N units, or an elided list of groups before a list of units
# or names: they pair in order.
_PAIRED = re.compile(
    rf"(?:(?P<n>[{_NUM}]{{1,2}})个[^。;\n]{{0,8}}?(?:巡视|巡察)组[^。;\n]{{0,12}}?分别"
    rf"|第(?P<ords>[{_NUM}]{{1,4}}(?:(?:巡视组|巡察组)?\s?[、和及至到—~-]\s?第?[{_NUM}]{{1,4}})+)(?:巡视|巡察)组"
    r"[^。;\n]{0,12}?(?:分别)?)"
    r"(?:完成对|进驻|对|巡视|巡察)"
)
_ROLE_OF_GROUP = re.compile(
    rf"(?<![{_NUM}][、和及至到~-])第(?P<ord>[{_NUM}]{{1,4}})(?:提级|交叉|专项|机动|联动){{0,2}}(?:巡视|巡察)组\s*副?\s*$"
)
_ELIDED_BEFORE_ROLE = re.compile(rf"第(?P<ords>[{_NUM}]{{1,4}}(?:、第?[{_NUM}]{{1,4}})+)(?:巡视|巡察)组\s*$")
# The issuer a few words before 巡视/巡察 ("十二届自治区党委第十一轮巡视", "县委3个巡察组"),
# not a body named beside others or whose policy is cited ("中央关于…巡察工作的精神").
_ISSUER_NEAR = re.compile(rf"(?P<issuer>{_ISSUER})(?:(?!关于|和|、)[^。;\n]){{0,10}}?(?P<kind>巡视|巡察)")
# "经自治区党委批准,十一届党委第七轮巡视…": a bare 党委 is the committee that approved it.
_TITLE = re.compile(r"《[^《》\n]{1,80}》")
_APPROVED_BY = re.compile(
    r"(?:经|根据|按照)(?P<issuer>中央|省委|自治区党委|市委|县委|区委|旗委|州委|地委|盟委)(?:统一)?(?:批准|部署)"
)

_MUNICIPALITY = re.compile(r"(?:北京|天津|上海|重庆)市委")
# Prefecture-level cities without counties: their 市委 inspects towns directly, as a city.
_CITY_WITHOUT_COUNTIES = re.compile(r"东莞市|中山市|嘉峪关市|儋州市")
# "中央和省委、苏州市委和昆山市委": a prefecture's committee named beside the issuer's.
_TWO_CITY_COMMITTEES = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2})市委(?:和|、|及|与)(?P<b>[\u4e00-\u9fff]{2})市委"
)
_IN_COUNTY = re.compile(r"^[\u4e00-\u9fff]{1,6}县[\u4e00-\u9fff]{2,}")
_GRASSROOTS = re.compile(r"[镇乡]$|街道|村$|社区$|[镇乡村]党委$")

_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
    "桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠"
    "惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉"
    "禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修"
    "邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴"
    "昝智幸奉植衡富尧闭由"
)
_COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "夏侯", "令狐",
    "宇文", "长孙", "司徒", "独孤", "端木", "申屠", "轩辕", "呼延", "南宫", "赫连",
)
# Words that follow a name in these texts; a name ends where one begins.
_AFTER_NAME = (
    "同志", "就", "作", "讲话", "主持", "出席", "及", "和", "与", "、", "在", "对", "向", "代表",
    "传达", "宣布", "介绍", "通报", "指出", "强调", "说明", "表示", "率", "带队", "一行", "等",
    "参加", "到", "任", "为", "副组长", "组长", "副", "分别", "围绕", "结合", "从", "对此",
    "要求", "提出", "希望", "主讲", "宣读", "通过", "召集", "同", "也", "还", "并", "以",
)
_NOT_NAME_START = set("作就向在对及和与等并也还以为从")
# Words that begin with a surname-like character but are verbs ("组长明确…", "副组长宣读了…").
_VERB_NOT_NAME = (
    "明确", "宣读", "宣布", "通报", "介绍", "主持", "强调", "指出", "要求", "提出", "传达", "代表",
)
_NEVER_IN_NAME = set("了的着过")

_ROLE = re.compile(r"(?P<deputy>副\s*)?组\s*长")
_ROLE_NOT_OURS = re.compile(
    r"(?:领导小组|联络组|工作组|督导组|专项组|考核组|检查组|调研组|指导组|协调组|小组|联络|纪检监察组|纪检组|监察组|审计组|督查组|督察组|宣讲团)(?:常务|执行)?\s*$"
)
_TITLE_END = re.compile(
    r"主任|主席|书记|部长|厅长|局长|巡视员|专员|委员|院长|校长|会长|行长|司长|处长|调研员|秘书长|干部"
)

# No optional whitespace before the month: on long runs of blanks that would be quadratic.
_DATE = r"(?:(?P<{p}y>\d{{4}})\s*年\s*)?(?P<{p}m>\d{{1,2}})\s*月\s*(?P<{p}d>\d{{1,2}})\s*[日号]"
_RANGE = re.compile(
    _DATE.format(p="s")
    + r"\s*(?:\([^)]{0,6}\))?\s*(?:开始|起)?\s*(?:起至|至|到|-|~|―)\s*"
    + r"(?:(?P<ey>\d{4})\s*年)?\s*(?:(?P<em>\d{1,2})\s*月)?\s*(?:(?P<ed>\d{1,2})\s*[日号]|(?P<eend>底|末))"
)
_ISO_RANGE = re.compile(
    r"(?P<sy>\d{4})[.\-/](?P<sm>\d{1,2})[.\-/](?P<sd>\d{1,2})\s*(?:至|到|-|~)\s*"
    r"(?:(?P<ey>\d{4})[.\-/])?(?P<em>\d{1,2})[.\-/](?P<ed>\d{1,2})(?!\d)"
)
_ONE_DATE = re.compile(_DATE.format(p=""))
_FULL_DATE = re.compile(
    r"(?P<y>20\d\d|19\d\d)(?:\s*年\s*|[-./])(?P<m>\d{1,2})(?:\s*月\s*|[-./])(?P<d>\d{1,2})"
)
_YEAR_MONTH = re.compile(r"(?P<y>20\d\d)\s*年\s*(?P<m>\d{1,2})\s*月")
_YEAR_ROUND = re.compile(r"(?P<y>20\d\d)\s*年(?:度)?\s*(?:第[一二三四五六七八九十\d]+[轮批]|[上下]半年)")
_DEADLINE_BEFORE = re.compile(
    r"(?:(?:受理|信访|渠道|举报|电话|来信)[^。;\n]{0,12}(?:截止|截至)(?:时间|日期)?(?:为|到|于|至)?"
    r"|(?:即日|今日|公布之日)起?至)\s*$"
)
_DEADLINE_AFTER = re.compile(
    r"^[^。;\n]{0,12}?(?:关闭|截止|停止受理|结束)"
    # "可在十一月二十日前向各巡视组举报": the last day reports are taken.
    r"|^\s*(?:以前|之前|前)[^。;\n]{0,12}?(?:举报|反映|来信|受理)"
)
_START_AFTER = re.compile(
    r"^[^。;\n]{0,30}?(?:起|开始|进驻|启动)"
    # "7月3日,县委3个巡察组分别完成对…的巡察进驻": the date that opens a sentence telling of
    # the arrival (not of a mobilisation meeting alone: that may precede the arrival).
    r"|^(?:上午|下午)?,[^。;\n]{0,100}?(?:进驻|启动)"
)
# "巡察组受理…电话的时间为…,截止时间为2023年2月17日": the closing date in a sentence about
# the channels, however far from their name.
_DEADLINE_IN_SENTENCE = re.compile(
    r"(?:受理|信访|渠道|举报|电话|来信)[^。;\n]{0,80}(?:截止|截至)(?:时间|日期)?(?:为|到|于|至)?\s*$"
)
_CN_DATE = re.compile(r"(?P<m>[一二三四五六七八九十]{1,3})月(?P<d>[一二三四五六七八九十]{1,3})[日号]")
_MONTH_END = re.compile(r"(?P<m>\d{1,2})\s*月\s*(?:底|末)\s*(?:前)?\s*(?:结束|撤离|截止)")

_DURATION = re.compile(
    r"(?:工作|为期|时间安排为?|时间为|时间|历时|共计|今后的|巡视|巡察|进驻|起)(?:约|大约)?(?:为)?\s*"
    r"(?P<d>(?:\d+|[一二三四五六七八九十两]+)(?:\s*[~\-至到]\s*(?:\d+|[一二三四五六七八九十两]+))?"
    r"\s*(?:个半月|个多月|个月|天|周|个工作日)(?:左右)?)"
)
_ROUND = re.compile(r"第[一二三四五六七八九十\d]{1,4}轮")
_ROUND_REPORTED = re.compile(r"(?:巡视|巡察)?(?:工作)?(?:情况)?(?:汇报|报告|反馈|整改)")
_BATCH = re.compile(r"第[一二三四五六七八九十\d]{1,3}批")

_PHONE = re.compile(
    r"(?<![\dA-Za-z@./_-])(?:"
    r"(?P<land>\(?0\d{2,3}\)?\s?-?\s?\d{7,8}(?:-\d{1,4})?)"
    r"|(?P<mobile>1[3-9]\d(?:[ -]?\d{4}){2})"
    r"|(?P<hot>400-?\d{3}-?\d{4})"
    r"|(?P<bare>\d{7,8})"
    r")(?![\dA-Za-z@_])"
)
_BARE_LABEL = re.compile(r"(?:电话|座机|号码)\s*[:为是|\t]?\s*$")
_PHONE_WORDS = re.compile(r"电话|手机|短信|热线|号码|值班|举报|联系|信访|来电|座机|咨询")
_EMAIL_AT = re.compile(r"@")
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9._\-+]")
_EMAIL_DOMAIN = re.compile(r"[A-Za-z0-9.\-]")

# A channel whose own label says it is someone else's contact.
_NOT_OURS = re.compile(
    r"监督电话|监督举报电话|投诉电话|报料|爆料|新闻热线|读者热线|热线|报社|本报|编辑部|责任编辑|编辑|广告|发行|"
    r"订阅|客服|联系我们|版权|Copyright|ICP|备案|主办|承办|技术支持|传真|邮编|邮政编码|本网|网站|"
    r"QQ|微信号|投稿|记者",
    re.IGNORECASE,
)
_OTHER_BODY = re.compile(r"纪委|监委|纪检监察|信访局|(?<!\d)12345(?!\d)|政务服务|市长热线")
_ABOUT_INSPECTORS = re.compile(r"(?:巡视|巡察)(?:组|工作)?(?:工作人员|干部|成员)|工作人员")
_INSPECTOR_MISCONDUCT = re.compile(r"违反|违纪|违规|监督|不廉洁|不正当|吃拿卡要|投诉")

_SMS_ONLY = re.compile(r"(?:仅|只)(?:能|可)?(?:接收|接受|收|限|受理|用于)?短信|短信专用|专收短信|不接听")
_SMS_LABEL = re.compile(r"短信(?:举报|号码|平台|手机)?\s*[:：]?\s*$|手机短信|接收短信手机")
_HOURS_HINT = re.compile(r"工作时间|上班时间|工作日|\d{1,2}\s*[:点]\s*\d{0,2}|小时|全天|每天|每日")
_HOURS_SENTENCE = re.compile(
    r"(?:电话|来电|接听|短信)[^。;\n]{0,16}?时间\s*(?:为|是)?\s*[:]?\s*(?P<h>[^。;\n]{2,60})"
)

_PO_LABEL = re.compile(
    r"(?:专门邮政信箱|邮政专用信箱|邮政信箱|通信地址|通讯地址|来信地址|来信请寄|邮寄地址|信件请寄|来信寄)"
    r"\s*(?:为|是|:|\||\t)\s*(?P<v>[^,;。\n(|\t]{3,80})"
    # "若来信,请寄南山区南新路3038号…101室,区委第一巡察组收": the address runs to the addressee
    r"|(?:来信|信件|来函)\s*,?\s*请(?:邮)?寄(?:至|到)?\s*(?P<w>[^;。\n(|\t]{3,80}?)(?=[,;。\n(]|$)"
    r"(?:,(?P<to>[^,;。\n]{2,20}?收))?"
)
_PO_BARE = re.compile(
    r"(?P<v>(?:[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|州))*第?[A-Z]?\d{1,6}号?(?:邮政)?(?:专用)?信箱)"
)
_BOX_AFTER = re.compile(
    r"(?:意见箱|举报箱|信访箱|意见反馈箱|举报信箱|巡察信箱|巡视信箱|联系信箱|信访联系信箱|信访意见箱|意见信箱)"
    # "意见箱位置 | 县财政局一楼 | …": a table row, past the cells blanked for other groups
    r"(?:设置地点|(?:设置)?(?:位置|地点)\s*(?:[|\t][ \t]*)+)?"
    r"\s*(?:分别|统一)?\s*(?:放置|设置|设立|安放|悬挂|设|放|位于)?\s*(?:在|于)?\s*[:]?\s*"
    # the place follows the box word; a comma there starts another clause
    r"(?P<v>[^。\n|,;][^。\n|]{1,300})"
)
_BOX_BEFORE = re.compile(
    r"(?:在|于)(?P<v>[^;。\n在于]{2,160}?)(?:等\s*[\d一二三四五六七八九十两]+\s*个(?:地址|地点|位置|处))?(?:分别)?(?:张贴[^;。\n]{0,12}?,?\s*并?)?"
    r"(?:分别|均|都)?(?:设置|设立|放置|设有|安放|悬挂|设)(?:了)?(?:固定)?"
    r"(?:(?:巡视|巡察)组?(?:专用)?信箱|(?:巡视|巡察)?(?:征求)?"
    r"(?:意见箱|举报箱|举报信箱|信访箱|意见反馈箱|意见信箱|举报联系信箱|联系信箱))"
)

# "对" starts the list of units, but "对外" inside a name (中央对外联络部) does not.
_NOT_DUI = r"(?:对外|[^对。;:\n])"
_TARGET_PATTERNS = [
    re.compile(
        rf"对(?!外)(?P<v>{_NOT_DUI}{{2,1500}}?)(?:等\s*\d+\s*个[^,。;开进]{{0,14}})?(?:党组织|领导班子)?"
        r"(?:开展|进行)(?:了)?[^,。;:\n对]{0,30}?(?:巡视|巡察)"
    ),
    re.compile(
        rf"开展对(?P<v>{_NOT_DUI}{{2,1500}}?)(?:等\s*\d+\s*[个家所][^,。;开进]{{0,14}})?(?:的)?"
        r"(?:常规|专项|机动|提级|交叉|联动)?(?:政治)?(?:巡视|巡察)"
    ),
    re.compile(
        r"(?:巡视|巡察)[一二三四五六七八九十\d]?组\s*:?\s*(?:将|已|于|近日|日前)?(?:正式)?"
        r"(?:巡视|巡察|进驻)(?!期间)(?P<v>[^对,。;:\n]{2,120}?)(?:工作)?(?:动员会|进驻动员|[,。;\n]|开展|期间)"
    ),
    re.compile(r"进驻(?P<v>(?:对外|[^对,。;:\s]){2,300}?)(?:开展|进行|,|。|;|\s|期间)"),
    re.compile(r"完成对(?P<v>[^对。;:\n]{2,300}?)(?:党组织)?的(?:巡视|巡察)?进驻"),
    # "第七巡察组对宣州区医保局党组、宣州区民政局党委专项巡察动员会召开"
    re.compile(r"组对(?P<v>[^对。;:\n]{2,300}?)(?:的)?(?:常规|专项|机动|提级|交叉)?(?:巡视|巡察)(?:工作)?(?:进驻)?动员"),
    re.compile(r"(?:巡视|巡察|进驻|回头看)[^。;\n]{0,40}?(?:分别(?:是|为)|包括)\s*[:]?(?P<v>[^。;\n|]{2,1500})"),
    # "包括A、B…等部门亦将开展巡视": further units of the same round.
    re.compile(r"包括(?P<v>[^。;\n|]{2,1500}?)(?:等)?(?:部门|单位)?(?:亦|也|均|都)?将?(?:开展|进行|接受)"),
    re.compile(
        r"(?:被巡视单位|被巡察单位|巡视对象|巡察对象|被巡察党组织|被巡视党组织|巡视地|巡察地)\s*(?:[:|\n\t]|为|是)\s*"
        # the cells of other groups' columns, blanked in one group's view, are passed over
        r"(?:[|\t][ \t]*)*"
        # a heading over a numbered list is no cell: the items say their own labels
        r"(?!\d{1,2}[.、])"
        # the cell ends at a run of blanks as well (columns flattened with spaces)
        r"(?P<v>[^。;|\n\s][^。;|\n]{1,199}?)(?=\s{2,}|[。;|\n]|$)"
    ),
]
_SELF = re.compile(r"^(?:我|本|该|贵|全)(?:市|县|区|省|校|院|单位|局|委|所)")
# A count in Chinese numerals: before 个, or before 家 / 所 / 户 / 项 and what is counted ("五家单位";
# not the place 五家渠市).
_CN_COUNT = (
    r"[一二三四五六七八九十两卅廿]+\s*(?:个|(?:家|所|户|项)(?=单位|企业|公司|医院|学校|高校|银行|机构"
    r"|部门|党组织|乡镇|村|社区|团场|国企|央企|省属|市属|县属|区属|中小学|$))"
)
_TARGET_DROP = re.compile(
    r"^(?:所辖|所属|下属|及其|其他|其|有关|相关|上述|各)|\d+\s*(?:个|家|所)|\d+\s*[县市区镇乡村]"
    rf"|{_CN_COUNT}"
    r"|巡视|巡察|开展|召开|动员|工作$|全体|进行|单位$|联系方式|一览表|情况|\d+月\d*日?"
    r"|^(?:期间|时间|工作|已|了|完成|的)|^(?:扎实|认真|全面|深入|顺利|积极|有序|集中|统一)$"
    r"|^(?:地区|单位|部门|地方|党组织|被巡视单位|被巡察单位)$"
    # a batch (第三批), a whole sector or field (自然资源系统, 民生领域) and a title 《…》 are no units
    r"|^第[一二三四五六七八九十\d]+批|(?:系统|领域|行业)$|[《》]"
    # words of a sentence, persons and subordinate parts are no units
    r"|^(?:深入|认真|学习|贯彻|落实|坚持|加强|推动|进一步|全面|下辖|围绕|聚焦|紧盯)|关于|要求|部署|精神|讲话|总书记"
    r"|负责人|干部$|成员$|问题$|^下级"
    # words of who attended and spoke at the meeting
    r"|组长|参加会议|出席|主持|讲话"
    # the site's own organisation named by its bare noun ("进驻公司开展巡察")
    r"|^(?:公司|集团|学校|医院|机关|本单位)$"
)
_TARGET_SUFFIX = re.compile(
    r"(?:机关党委|党委|党组|党工委|党总支|党支部|党组织)?(?:领导班子|班子)?(?:及其成员)?$"
)

_SCOPE = re.compile(
    r"受理(?:范围)?(?:为|是)?(?:反映)?(?P<v>(?:(?!受理)[^。;\n]){4,160}?)"
    r"(?:(?:有关)?(?:问题的?|的)(?:来信|来电|来访|举报|信访|反映|问题)"
    # "…主要负责人在违反政治纪律…等方面情况": the persons end where the matters begin
    r"|(?=在[^。;\n]{2,120}?方面(?:的)?(?:情况|问题|举报|反映|,)))"
)
_FOCUS = re.compile(
    # not a question heading ("监督的重点是什么?")
    r"重点(?:是|为|受理)(?!什么)(?:关于|在)?(?P<v>[^。;]{2,200}?)(?:等)?(?:方面)?(?:存在)?的?(?:相关)?"
    r"(?:举报和反映|举报|问题反映|反映|问题|意见和建议|意见建议)"
)
_OOS_CLAUSE = re.compile(
    r"不属于|不予受理|无直接关系|不在[^。;]{0,10}受理范围|不受理|非(?:巡视|巡察)?(?:受理)?范围"
)
_OOS_LIST = re.compile(
    r"(?:范围内?的|无直接关系的|对于|对|其他)(?P<v>[^,。;的]{2,80}?)等(?:其他)?(?:方面)?(?:的)?(?:信访)?(?:问题|事项|诉求)"
)

_LIST_SPLIT = re.compile(r"[、,]|(?<!以)及(?!其)|以及")
_UNIT_END = set("省市县区镇乡村局委院校处办厅部团馆站所园室联社旗")
# 和 after these also closes a unit (中国文学艺术界联合会和中国井冈山干部学院), but not 社会和….
_UNIT_END_WORDS = ("协会", "联合会", "委员会", "工会", "学会", "商会", "基金会")
_PARTY_BODY = ("党组", "党委", "党工委", "党总支", "党支部")
_COUNT_TAIL = re.compile(
    r"(?:等|共)\s*[\d一二三四五六七八九十两卅廿]+\s*(?:个|家|所|户|项)(?:[^、,;。和及(]|\([^()]*\))*"
)
_SENTENCE_END = re.compile(r"[。;!?\n]")
_ARRIVAL = re.compile(
    r"进驻|动员会|动员部署会|开展巡视|开展巡察|开展常规|开展专项|公告如下|巡视期间|巡察期间"
    # "新一轮机动巡察工作正式启动…将对…进行专项巡察"
    r"|(?:巡视|巡察)(?:工作)?(?:正式)?启动|进行(?:常规|专项|机动|提级|交叉)(?:巡视|巡察)"
    # "区委专项巡察组将集中巡察1个月左右,期间设立专门举报电话和信箱": the group says how
    # long it will stay and sets up its channels, even with the numbers on another page
    rf"|(?:巡视|巡察)组将(?:集中|驻点)?(?:巡视|巡察)[{_NUM}]"
    r"|期间(?:设立|设置|设有|开通)(?:了)?(?:专门|专用)?(?:举报|值班|信访|联系)"
)
_FOOTER = re.compile(
    r"版权|Copyright|ICP|备案号|主办单位|承办单位|技术支持|联系我们|报料|爆料|新闻热线|读者热线|编辑部"
    # "主办:某县人民政府办公室 联系电话:… 邮箱:…", "本站联系电话": the site's own contacts
    r"|(?:主办|承办)\s*[:]|本站|本网站|网站地图|网站标识码|免责声明",
    re.I,
)
_ANNOUNCEMENT_WORDS = re.compile(r"巡视|巡察|进驻|受理")
# "第一巡视组   巡视地:…   联系电话:…": groups listed by ordinal alone, one per line or cell.
_BARE_GROUP = re.compile(rf"(?:(?<=[\s|:。;])|^)第(?P<ord>[{_NUM}]{{1,4}})(?P<kind>巡视|巡察)组", re.M)
_CONTACT_TABLE = re.compile(r"一览表|联系方式(?:如下|见下表)|号码分别如下|如下[:]?\s*$", re.M)
# "受理时间:工作日上午9:00—12:00" on its own line in a block of contacts
_HOURS_LINE = re.compile(r"(?:^|\n)\s*(?:受理|接听|接待)时间\s*[:为]\s*(?P<h>[^。;\n]{2,60})")
_HOURS_CALLABLE = re.compile(r"(?P<h>工作时间|上班时间)(?:内)?(?:均)?可(?:拨打|接听|来电)")
_BOX_CUT = re.compile(
    r"[;,](?:\s*)(?:并|同时|受理|接受|欢迎|电子|邮政|举报|值班|联系|手机|开通|设)"
)
# What a story of an inspection under way or done tells, and an announcement does not.
_FINDINGS = re.compile(
    r"经查|累计受理|问题线索[^。;\n]{0,6}(?:快查|查办|办理)|受到[^。;\n]{0,10}处分|党内(?:严重)?警告|立案审查"
    r"|发现问题\s*\d+\s*个|问题线索\s*\d+\s*件"
)
_NOT_ANNOUNCEMENT_TOPIC = re.compile(r"反馈|整改|回访|考察|调研|座谈|学习")


@dataclass
class Group:
    name: str
    start: int
    end: int
    # Position of this group among the groups of the text, by ordinal (0 = the lowest).
    rank: int = 0


def _group_name(m: re.Match[str]) -> str:
    """The name of the first group of a match, without the other ordinals of a list and
    without the round said inside the name."""
    cut = [m.span(g) for g in ("rnd", "more") if m.group(g)]
    name, pos = "", m.start()
    for a, b in cut:
        name += m.string[pos:a]
        pos = b
    return name + m.string[pos:m.end()]


@dataclass
class Parsed:
    """The proposal with the spans it was read from."""

    values: dict[str, Any]
    spans: dict[str, list[Span]] = field(default_factory=dict)
    groups: list[Group] = field(default_factory=list)
    problem: str | None = None

    def contract(self) -> dict[str, Any]:
        return {k: self.values.get(k) for k in KEYS}

    def source(self, text: str, key: str) -> list[str]:
        """The words of `text` each value of `key` came from."""
        return [text[a:b] for a, b in self.spans.get(key, [])]


def empty_values() -> dict[str, Any]:
    return {
        "inspector": None, "level": None, "kind": None, "round": None, "targets": [],
        "leaders": [], "period": None, "duration": None, "phones": [], "emails": [],
        "po_boxes": [], "boxes": [], "scope_persons": None, "focus": [], "out_of_scope": [],
    }


def cn_number(s: str) -> int | None:
    """`十二` → 12, `7` → 7; None for anything else."""
    if s.isdigit():
        return int(s)
    if not s or any(c not in "零一二三四五六七八九十百〇两" for c in s):
        return None
    total, current = 0, 0
    for c in s:
        if c == "百":
            total += (current or 1) * 100
            current = 0
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGITS[c]
    return total + current


# ---------------------------------------------------------------- the whole text


def parse(text: str, group: int = 0) -> Parsed:
    """The proposal for `text`; with several groups, for the `group`-th one named."""
    if not isinstance(text, str) or not text.strip():
        return Parsed(empty_values(), problem="公告为空：请粘贴巡视（巡察）公告全文")
    norm, offsets = fold(text)
    groups = _find_groups(norm)
    receiver = _RECEIVER.search(norm)
    if receiver and groups and all(receiver.group("kind") not in g.name for g in groups):
        # The groups named are context (a 巡视 group the 巡察 groups work alongside);
        # the text announces the kind of group that takes the reports.
        groups = []
    view, section_start = _group_view(norm, groups, group)
    found = _extract(norm, view, section_start, groups[group] if group < len(groups) else None)
    problem = _why_not_announcement(norm, found)
    found.spans = {k: [_back(offsets, span, len(text)) for span in v] for k, v in found.spans.items()}
    groups = [
        Group(g.name, *_back(offsets, (g.start, g.end), len(text))) for g in groups
    ]
    found.groups = groups
    if problem:
        return Parsed(empty_values(), groups=groups, problem=problem)
    return found


def _back(offsets: list[int], span: Span, length: int) -> Span:
    """A span of the folded text as a span of the original text."""
    a, b = span
    start = offsets[a] if a < len(offsets) else length
    end = offsets[b - 1] + 1 if 0 < b <= len(offsets) else start
    return start, max(start, end)


def _why_not_announcement(norm: str, found: Parsed) -> str | None:
    v = found.values
    if not re.search(r"巡视|巡察", norm):
        return "这不是巡视（巡察）公告：文中没有巡视组或巡察组"
    if v["kind"] is None:
        return "这不是巡视（巡察）公告：找不到派出的巡视组或巡察组"
    channels = v["phones"] or v["emails"] or v["po_boxes"] or v["boxes"]
    arrival = _ARRIVAL.search(norm)
    head = norm[:120]
    if re.search(r"反馈|整改", head) and not re.search(r"进驻|动员|巡视期间|巡察期间", norm):
        return "这不是进驻公告（像是巡视反馈或整改的消息），未生成轮次"
    if channels:
        return None
    if _FINDINGS.search(norm):
        return "这不是进驻公告（像是讲述巡察经过或结果的报道）：没有受理渠道，未生成轮次"
    if _NOT_ANNOUNCEMENT_TOPIC.search(head) and not re.search(r"进驻|动员", head):
        return "这不是进驻公告（像是反馈、整改或其他消息）：没有受理渠道，未生成轮次"
    if arrival and (v["targets"] or v["leaders"] or v["period"] or v["duration"] or v["scope_persons"]):
        return None
    return "这不是巡视（巡察）进驻公告：没有受理渠道，也没有进驻的单位"


def _find_groups(norm: str) -> list[Group]:
    firsts: dict[str, tuple[int, str]] = {}
    # Groups met only as later members of a list ("第二、第三、第四巡察组于…开展巡察") take
    # their own block where the text names them alone ("(二)县委第三巡察组巡察…").
    listed_only: set[str] = set()
    for m in islice(_GROUP.finditer(norm), MAX_ROLES):
        members = _members(m)
        for i, (key, name) in enumerate(members):
            if key not in firsts or (key in listed_only and len(members) == 1):
                firsts[key] = (m.start(), name)
                if i > 0:
                    listed_only.add(key)
                else:
                    listed_only.discard(key)
    # "地委第一巡察组巡察托里县库普乡,第六巡察组巡察托里县铁厂沟镇": a group named by its
    # ordinal alone inside a sentence is the issuer's of the group named before it; its
    # part of the text is the rest of that sentence.
    inline: dict[int, int] = {}
    if firsts:
        named = sorted((start, name) for start, name in firsts.values())
        for b in islice(_BARE_INLINE.finditer(norm), MAX_ROLES):
            before = [name for start, name in named if start < b.start()]
            key = f"{b.group('kind')}{cn_number(b.group('ord'))}"
            earlier = key in firsts and firsts[key][0] < b.start()
            if not before or b.group("kind") not in before[-1] or earlier:
                continue
            issuer = before[-1][:before[-1].index("第")] if "第" in before[-1] else ""
            if not issuer:
                continue
            firsts[key] = (b.start(), issuer + b.group(0))
            stop = _SENTENCE_END.search(norm, b.end())
            inline[b.start()] = stop.start() if stop else len(norm)
    order = sorted(firsts.values(), key=lambda v: v[0])
    starts = sorted({start for start, _name in order})
    groups = []
    for start, name in order:
        # the groups of one list ("第一至第四巡察组分别进驻…") share the text that follows it
        nxt = bisect.bisect_right(starts, start)
        end = starts[nxt] if nxt < len(starts) else len(norm)
        groups.append(Group(name=name, start=start, end=min(end, inline.get(start, end))))
    if not groups:
        groups = _bare_groups(norm)
    ordinals = sorted({cn_number(_ordinal(g.name)) or 0 for g in groups})
    for g in groups:
        g.rank = ordinals.index(cn_number(_ordinal(g.name)) or 0)
    return groups


_BARE_INLINE = re.compile(rf"(?<=[,;])第(?P<ord>[{_NUM}]{{1,4}})(?P<kind>巡视|巡察)组")
_BARE_NAME = re.compile(rf"第(?P<ord>[{_NUM}]{{1,4}})(?P<kind>巡视|巡察)组")
# "区委第五巡察组至第八巡察组", "县委第一巡察组、第二巡察组": the list goes on after a full name.
_GROUP_TAIL = re.compile(rf"\s?(?P<sep>[、和及至到—~-])\s?第(?P<ord>[{_NUM}]{{1,4}})(?P<kind>巡视|巡察)组")


def _members(m: re.Match[str]) -> list[tuple[str, str]]:
    """(key, name) of each group a match names: one, or each of a list or range."""
    first = (_group_key(m), _group_name(m))
    ordinal = m.group("ord")
    if not ordinal:
        return [first]
    listed = ordinal + (m.group("more") or "")
    pos = m.end()
    tails = 0
    while tails < MAX_GROUPS_IN_LIST and (tail := _GROUP_TAIL.match(m.string, pos)):
        if tail.group("kind") != m.group("kind"):
            break
        listed += tail.group("sep") + tail.group("ord")
        pos = tail.end()
        tails += 1
    numbers = _ordinals(listed)
    if len(numbers) < 2:
        return [first]
    name = first[1]
    at = name.index("第" + ordinal)
    head, rest = name[:at + 1], name[at + 1 + len(ordinal):]
    spec = m.group("spec") or ""
    out = [first]
    for n in numbers[1:]:
        out.append((f"{spec}{m.group('kind')}{n}", head + _numeral(n, ordinal) + rest))
    return out


def _bare_groups(norm: str) -> list[Group]:
    """Groups named by ordinal alone, in a list of two or more, take the issuer the text
    gives for its groups ("省委6个巡视组 … 第一巡视组 巡视地:…")."""
    bare = list(islice(_BARE_GROUP.finditer(norm), MAX_ROLES))
    if len(bare) < 2:
        return []
    issuer = next((m.group("issuer") for m in _ISSUER_NEAR.finditer(norm, 0, bare[0].start())
                   if m.group("kind") == bare[0].group("kind")), None)
    if issuer is None:
        return []
    out: list[Group] = []
    seen: set[str] = set()
    for i, m in enumerate(bare):
        if m.group(0) in seen:
            continue
        seen.add(m.group(0))
        end = bare[i + 1].start() if i + 1 < len(bare) else len(norm)
        out.append(Group(name=issuer + m.group(0), start=m.start(), end=end))
    return out


def _ordinals(listed: str) -> list[int]:
    """The ordinals of "一、二、第三" or of a range "一至四" (at most MAX_GROUPS_IN_LIST)."""
    numbers = [n for n in (cn_number(x) for x in re.findall(rf"[{_NUM}]+", listed)) if n is not None]
    if len(numbers) == 2 and re.search(r"[至到—~-]", listed) and numbers[0] < numbers[1]:
        return list(range(numbers[0], min(numbers[1], numbers[0] + MAX_GROUPS_IN_LIST - 1) + 1))
    return numbers[:MAX_GROUPS_IN_LIST]


def _numeral(n: int, like: str) -> str:
    """`n` written as the ordinal `like` is written (ASCII digits or Chinese numerals)."""
    if like.isdigit():
        return str(n)
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def _ordinal(name: str) -> str:
    m = re.search(rf"第([{_NUM}]+)|(?:巡视|巡察)([{_NUM}]+)组", name)
    return (m.group(1) or m.group(2)) if m else ""


def _group_key(m: re.Match[str]) -> str:
    ordinal = m.group("ord") or m.group("ord2") or ""
    number = cn_number(ordinal)
    kind = m.group("kind") or m.group("kind2") or ""
    return f"{m.group('spec') or ''}{kind}{number if number is not None else ordinal}"


def _group_view(norm: str, groups: list[Group], index: int) -> tuple[str, int]:
    """The text as seen by one group (other groups' segments or table cells blanked) and
    where that group's own part begins."""
    if len(groups) < 2:
        return norm, 0
    table = _table_view(norm, groups, index)
    if table is not None:
        return table
    index = min(index, len(groups) - 1)
    chars = list(norm)
    own = (groups[index].start, groups[index].end)
    for i, g in enumerate(groups):
        if i != index and (g.start, g.end) != own:
            for k in range(g.start, g.end):
                if chars[k] != "\n":
                    chars[k] = " "
    # Keep the text before the first group (shared) and the chosen group's segment.
    return "".join(chars), groups[index].start


def _table_view(norm: str, groups: list[Group], index: int) -> tuple[str, int] | None:
    """For a table flattened with | or tabs and one column per group, keep one column."""
    lines = norm.split("\n")
    header_at = None
    for i, line in enumerate(lines):
        cells = re.split(r"\||\t", line)
        named = [c for c in cells if _GROUP.search(c)]
        if len(cells) >= 3 and len(named) >= 2:
            header_at = i
            break
    if header_at is None:
        return None
    header = re.split(r"\||\t", lines[header_at])
    columns = [j for j, c in enumerate(header) if _GROUP.search(c)]
    if index >= len(columns):
        return None
    keep = columns[index]
    out = []
    offset = 0
    header_offset = 0
    for i, line in enumerate(lines):
        if i == header_at:
            header_offset = offset
        if i >= header_at and ("|" in line or "\t" in line):
            cells = re.split(r"(\||\t)", line)
            rebuilt = []
            col = 0
            for piece in cells:
                if piece in ("|", "\t"):
                    rebuilt.append(piece)
                    col += 1
                elif col == 0 or col == keep:
                    rebuilt.append(piece)
                else:
                    rebuilt.append(" " * len(piece))
            out.append("".join(rebuilt))
        else:
            out.append(line)
        offset += len(line) + 1
    return "\n".join(out), header_offset


def _section(view: str, section_start: int) -> str:
    """Only the chosen group's own part of `view`: shared text before it blanked."""
    if section_start <= 0:
        return view
    head = "".join(c if c == "\n" else " " for c in view[:section_start])
    return head + view[section_start:]


def _extract(norm: str, view: str, section_start: int, group: Group | None) -> Parsed:
    p = Parsed(empty_values())
    section = _section(view, section_start)
    _inspector(norm, group, p)
    _targets(section, p)
    if not p.values["targets"] and section is not view:
        _targets(view, p)
    if not p.values["targets"]:
        _meeting_place_target(section, p)
    if not p.values["targets"] and section_start > 0 and _CONTACT_TABLE.search(norm, 0, section_start):
        _table_row_targets(section, section_start, group, p)
    if group is not None:
        _pair_targets(norm, group.rank, p)
    _level(norm, p)
    _round(norm, p)
    _leaders(section, p, group.rank if group is not None else None)
    if group is not None:
        _own_leaders(norm, group.name, p)
    _period_any_numerals(norm, p)
    _duration(norm, p)
    _channels(view, p, section_start)
    if group is not None and not p.values["boxes"]:
        _cell_table_boxes(view, group, p)
    _scope(norm, p)
    _focus(norm, p)
    _out_of_scope(norm, p)
    return p


def _put(p: Parsed, key: str, value: Any, span: Span) -> None:
    p.values[key] = value
    p.spans.setdefault(key, []).append(span)


def _add(p: Parsed, key: str, value: Any, span: Span) -> None:
    p.values[key].append(value)
    p.spans.setdefault(key, []).append(span)


# ---------------------------------------------------------------- who and whom


def _inspector(norm: str, group: Group | None, p: Parsed) -> None:
    if group is not None:
        m = _GROUP.match(norm, group.start)
        if m is None:
            # A group listed by its ordinal alone: its name carries the issuer.
            bare = _BARE_NAME.match(norm, group.start)
            if bare is not None:
                _put(p, "inspector", group.name, bare.span())
                _put(p, "kind", bare.group("kind"), bare.span("kind"))
                p.values["_issuer"] = group.name[:-len(bare.group(0))]
            return
        kind = m.group("kind") or m.group("kind2")
        _put(p, "inspector", group.name, m.span())
        _put(p, "kind", kind, m.span("kind") if m.group("kind") else m.span("kind2"))
        p.values["_issuer"] = m.group("issuer")
        return
    m2 = _GROUP_PLAIN.search(norm)
    if m2 is not None:
        # the group's name without the round and field words between (区委专项巡察组)
        name = m2.group("issuer") + (m2.group("spec") or "") + m2.group("kind") + "组"
        _put(p, "inspector", name, m2.span())
        _put(p, "kind", m2.group("kind"), m2.span("kind"))
        p.values["_issuer"] = m2.group("issuer")
        return
    receiver = _RECEIVER.search(norm)
    # "《关于市县党委建立巡察制度的意见》": a committee named in the title of a cited document
    # is not the one that sends the group.
    titles = [t.span() for t in islice(_TITLE.finditer(norm), MAX_ROLES)]
    near = [m for m in _ISSUER_NEAR.finditer(norm) if not any(a <= m.start() < b for a, b in titles)]
    if not near:
        # "石泉县启动2016年第一轮巡察工作": a county names no committee but starts the round
        # itself; a 巡察 is sent by that place's committee.
        place = _PLACE_STARTS.search(norm)
        if place is not None:
            _put(p, "kind", "巡察", place.span("kind"))
            p.values["_issuer"] = place.group("lvl") + "委"
        return
    wanted = [m for m in near if receiver is None or m.group("kind") == receiver.group("kind")]
    candidates = wanted or near
    # "根据市委巡察工作安排…十一届区委第七轮巡察": the committee whose numbered round it is.
    own_round = [m for m in candidates if re.search(r"第[一二三四五六七八九十\d]+[轮批]", m.group(0))]
    candidates = own_round or candidates
    if candidates:
        m3 = candidates[0]
        _put(p, "kind", m3.group("kind"), m3.span("kind"))
        p.values["_issuer"] = m3.group("issuer")


def _level(norm: str, p: Parsed) -> None:
    issuer = p.values.pop("_issuer", None)
    if issuer is None:
        return
    if issuer in ("党委", "党组"):
        approved = _APPROVED_BY.search(norm)
        if approved:
            issuer = approved.group("issuer")
    kind = p.values["kind"]
    targets = p.values["targets"]
    level: str
    if issuer == "中央":
        level = "central"
    elif issuer in ("省委", "自治区党委", "兵团党委"):
        level = "provincial"
    elif issuer == "市委":
        if _MUNICIPALITY.search(norm) and kind == "巡视":
            level = "provincial"
        elif _county_level_city(norm, targets):
            level = "county"
        else:
            level = "city"
    elif issuer in ("地委", "州委", "盟委"):
        level = "city"
    elif issuer in ("县委", "旗委"):
        level = "county"
    elif issuer == "区委":
        # 区委 is a district committee; in a municipality it may inspect like a city.
        level = "county"
    else:
        level = "other"
    p.values["level"] = level
    if "inspector" in p.spans:
        p.spans["level"] = list(p.spans["inspector"])


def _county_level_city(norm: str, targets: list[str]) -> bool:
    """Whether the 市委 that sends the group is a county-level city's (县级市): the text says
    so, or names a prefecture's 市委 above it ("苏州市委和昆山市委"), or its targets are
    mostly towns, streets and villages (not a prefecture raising a town's inspection, 提级,
    nor a prefecture without counties)."""
    if "县级市" in norm:
        return True
    if any(m.group("a") != m.group("b") for m in islice(_TWO_CITY_COMMITTEES.finditer(norm), MAX_ROLES)):
        return True
    if not targets or "提级" in norm or _CITY_WITHOUT_COUNTIES.search(norm):
        return False
    # "太康县板桥镇、鹿邑县太清宫镇": towns named with their counties, or towns ranked 副县级,
    # are a prefecture's to inspect.
    if "副县级" in norm or any(_IN_COUNTY.search(t) for t in targets):
        return False
    return 2 * sum(bool(_GRASSROOTS.search(t)) for t in targets) >= len(targets)


def _round(norm: str, p: Parsed) -> None:
    for pattern in (_ROUND, _BATCH):
        for m in islice(pattern.finditer(norm), MAX_ROLES):
            # "已参与市委第一轮、第二轮巡察的单位": rounds listed together or said to be over
            # are earlier rounds, not the one announced.
            listed = norm.startswith("、第", m.end()) or norm[m.start() - 1:m.start()] == "、"
            past = (re.search(r"(?:已|曾|上)[^。;,\n]{0,8}$", norm[max(0, m.start() - 10):m.start()])
                    # "听取十届自治区党委第十轮巡视情况汇报": a round reported on is over
                    or _ROUND_REPORTED.match(norm, m.end()))
            if not listed and not past:
                _put(p, "round", m.group(0), m.span())
                return


def _split_list(value: str, base: int) -> list[tuple[str, Span]]:
    """Items of a list of units; separators inside parentheses do not split."""
    # "…等3个区属单位党组织和南洋镇…": the counted summary is not a unit, but the list may
    # go on after it. Blank it with separators of the same length (offsets stay valid).
    blanked = {m.end() for m in _COUNT_TAIL.finditer(value)}
    value = _COUNT_TAIL.sub(lambda m: "、" * len(m.group(0)), value)
    depth_at: list[int] = []
    depth = 0
    for c in value:
        depth += c == "("
        depth -= c == ")" and depth > 0
        depth_at.append(depth)
    items = []
    pos = 0
    cuts = [m for m in _LIST_SPLIT.finditer(value) if depth_at[m.start()] == 0]
    # 和 joins two units only when the left one ends like a unit (百色市和河池市), not
    # inside a name (市工业和信息化局, 呼和浩特).
    cuts += [
        m for m in re.finditer("和", value)
        if depth_at[m.start()] == 0 and m.start() > 1
        and (value[m.start() - 1] in _UNIT_END or value[:m.start()].endswith(_UNIT_END_WORDS)
             # "省卫生和计划生育委员会党组和安徽中医药大学党委": the party body closes the unit
             or value[:m.start()].endswith(_PARTY_BODY)
             # "…等3个区属单位党组织和南洋镇": right after a counted summary
             or m.start() in blanked)
    ]
    cuts.sort(key=lambda m: m.start())
    for m in [*cuts, None]:
        end = m.start() if m else len(value)
        raw = value[pos:end]
        lead = len(raw) - len(raw.lstrip(" ,、\"“”"))
        item = raw.strip(" ,、\"“”")
        if item:
            items.append((item, (base + pos + lead, base + pos + lead + len(item))))
        pos = m.end() if m else len(value)
    return items


def _clean_target(item: str) -> str | None:
    item = re.sub(r"^(?:分别|对(?!外)|中共|共(?!青))", "", item.strip())
    # "对我市沙溪镇半泾村": the self-reference is not part of the unit's name.
    item = re.sub(r"^(?:我|本|该)(?:省|市|县|区|镇|乡)(?=\S{2,})", "", item)
    item = re.sub(r"^(?:及|以及)", "", item)
    item = re.sub(r"(?:及)?(?:所辖|所属|下辖).*$", "", item)
    item = re.sub(rf"(?:等|共)?\s*(?:\d+\s*(?:个|家|所|户|项)|{_CN_COUNT}).*$", "", item)
    item = re.sub(r"(?:等|公告)$", "", item)
    # "市三中等公立中小学": the summary after 等 (not 中等专业学校)
    item = re.sub(r"等(?:公立|相关|有关|其他)?(?:中小学|学校|单位|部门|党组织|机构|企业)$", "", item)
    place = re.match(r"^(.{2,10}?[省市县区旗])[^省市县区旗]{2,12}工作$", item)
    if place:
        item = place.group(1)
    item = _TARGET_SUFFIX.sub("", item).strip()
    # "区卫生健康局党委(区老龄工作委员会办公室)": the suffix before a closing parenthesis
    item = re.sub(r"(?:党委|党组|党工委|党总支|党支部)(\([^()]*\))$", r"\1", item)
    item = re.sub(r"\s+", "", item)
    # a unit may carry a long parenthesis (含…学校); its own name is what is measured
    bare = re.sub(r"\([^()]*\)", "", item)
    if not 2 <= len(bare) <= 30 or _SELF.search(item) or _TARGET_DROP.search(bare):
        return None
    if not re.search(r"[\u4e00-\u9fff]", item) or re.search(r"[:@]|\d{3,}", item):
        return None
    return item


_LIST_COUNT_END = re.compile(r"(?:等|共)?\s*[\d一二三四五六七八九十两]+\s*(?:个|家|所)[^、]{0,8}$")
_LIST_GOES_ON_STOP = re.compile(r"开展|进行|召开|巡视|巡察|设立|设置|设有|受理|标志|通过|期间|并|将|已")


def _list_goes_on(view: str, end: int) -> int:
    """Where a list of units ends that may go on after a comma: "进驻A、B(行政学院),C、D和E,
    开展…" — a piece after the comma belongs to the list when all its items end like units."""
    pos = end
    # a list is at most as long as the lists read after 对 (bounded work on any paste)
    while pos < len(view) and view[pos] == "," and pos - end < 1500:
        seg = re.match(r"[^,。;:\n]{2,300}", view[pos + 1:pos + 302])
        if seg is None or _LIST_GOES_ON_STOP.search(seg.group(0)):
            break
        # "…范营乡、莲池镇29家单位,进行…": the count that closes the list is no item
        piece = _LIST_COUNT_END.sub("", seg.group(0))
        items = [i.strip() for i in re.split(r"、|以及|及", piece) if i.strip()]
        if not items or not all(
            i[-1] in _UNIT_END or i.endswith(_UNIT_END_WORDS) or i.endswith(")") for i in items
        ):
            break
        pos += 1 + len(seg.group(0))
    return pos


def _wrapped_cell(view: str, start: int, end: int) -> list[str]:
    """"被巡察单位 | 县财政局、县审计局、县 | …" then " | 统计局 | …": in a table flattened with |
    or tabs, rows whose first cell is empty go on with the cells above them."""
    line_start = view.rfind("\n", 0, start) + 1
    column = len(re.findall(r"\||\t", view[line_start:start]))
    if column == 0:
        return []
    out: list[str] = []
    pos = view.find("\n", end)
    while pos != -1 and len(out) < 5:
        nxt = view.find("\n", pos + 1)
        line = view[pos + 1:nxt if nxt != -1 else len(view)]
        cells = re.split(r"\||\t", line)
        if len(cells) <= column or cells[0].strip():
            break
        text = cells[column].strip()
        if text:
            out.append(text)
        pos = nxt
    return out


def _targets(view: str, p: Parsed) -> None:
    found: list[tuple[int, str, Span]] = []
    # Lists after 对 that name at least one unit ("对集团所属2家…企业开展巡察" names none, so
    # where the group stays is then what it inspects).
    dui = [
        m.start() for pattern in _TARGET_PATTERNS[:2] for m in islice(pattern.finditer(view), MAX_ROLES)
        if any(_clean_target(item) for item, _span in _split_list(m.group("v"), 0))
    ]
    read_to = 0
    kind = p.values["kind"]
    for pattern in _TARGET_PATTERNS:
        for m in islice(pattern.finditer(view), MAX_ROLES):
            # "省委第六巡视组巡视武进区、天宁区期间,市委派2个联动巡察组…": where a group of the
            # other kind goes is its unit, not the announced group's.
            if pattern is _TARGET_PATTERNS[2] and kind and not m.group(0).startswith(kind):
                continue
            if pattern is _TARGET_PATTERNS[3] or (pattern is _TARGET_PATTERNS[2] and "进驻" in m.group(0)):
                # "进驻斑竹园镇,对该镇沙堰村…开展巡察": where the group stays is not what it
                # inspects when the same sentence lists the units after 对.
                stop = _SENTENCE_END.search(view, m.end())
                if any(m.end() <= d < (stop.start() if stop else len(view)) for d in dui):
                    continue
            start, end = m.span("v")
            if view[end:end + 1] == ",":
                if start < read_to:
                    continue  # inside a list already read to its end
                end = _list_goes_on(view, end)
                read_to = end
            value = view[start:end]
            own_end = start + len(value.rstrip())
            if pattern is _TARGET_PATTERNS[-1]:
                # a cell wrapped onto the continuation rows of a flattened table
                for more in _wrapped_cell(view, start, end):
                    value += more
            for item, span in _split_list(value, start):
                name = _clean_target(item)
                if name:
                    # an item that runs into the wrapped part keeps the span of its first words
                    found.append((span[0], name, (span[0], min(span[1], own_end))))
    names = {name for _pos, name, _span in found}
    seen: set[str] = set()
    for _pos, name, span in sorted(found):
        # "区总工会" after "卫滨区总工会": the same unit written with the bare level word.
        if name[0] in "省市县区" and any(o != name and o.endswith(name) and len(o) - len(name) <= 4
                                      for o in names):
            continue
        # "市生态环境局" after "生态环境局" (in a list after 市委党校及市公安局、…): the same unit
        if name[0] in "省市县区" and name[1:] in seen:
            continue
        if name not in seen:
            seen.add(name)
            _add(p, "targets", name, span)


# "区委第八巡察组在某某社区召开巡察工作动员会": the mobilisation meeting is held at the unit.
_MEETING_AT = re.compile(
    r"(?:巡视|巡察)组在(?P<v>[^,。;\n在]{2,30}?)召开(?:了)?(?:巡察|巡视)(?:工作)?动员"
)
_MEETING_ROOM = re.compile(r"会议室|会议中心|礼堂|大厅|宾馆|酒店|中心$|大楼$")


def _meeting_place_target(view: str, p: Parsed) -> None:
    m = _MEETING_AT.search(view)
    if m is None:
        return
    place = m.group("v").strip()
    if (place[-1] in _UNIT_END or place.endswith(_UNIT_END_WORDS)) and not _MEETING_ROOM.search(place):
        name = _clean_target(place)
        if name:
            _add(p, "targets", name, m.span("v"))


# A flattened contact-table row: the unit is the run of words right before its phone.
_RUN_BEFORE_PHONE = re.compile(r"(?P<v>[\u4e00-\u9fff()]{4,60})\s*$")
_UNIT_WORD_END = ("公司", "集团", "中心", "大学", "学院", "医院", "银行", "协会", "联合会")
# A person's name of two characters when what follows already opens the unit (马娜省农委,
# 陈烽团省委, 张义湖南…公司): a level word or a province's name.
_OPENS_UNIT = set("省市县区团中国全")
_PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "甘肃", "青海", "内蒙", "广西", "西藏", "宁夏", "新疆", "国家",
)


def _after_names(run: str) -> str:
    """`run` without the leaders' names that open it (at most three, of two or three
    characters, each from a surname): of the splits after which a unit visibly opens (a
    province's name, else a level word), the one with the fewest and longest names; else
    three-character names while they fit."""
    found: list[tuple[int, int, int, str]] = []  # names, opener kind, -consumed, rest

    def split(rest: str, names: int) -> None:
        if names:
            if rest[:2] in _PROVINCES:
                found.append((names, 0, len(rest) - len(run), rest))
            elif rest[0] in _OPENS_UNIT:
                found.append((names, 1, len(rest) - len(run), rest))
        if names < 3 and rest[:1] in _SURNAMES:
            for cut in (2, 3):
                if len(rest) - cut >= 3:
                    split(rest[cut:], names + 1)

    split(run, 0)
    if found:
        return min(found)[3]
    value = run
    for _ in range(3):
        if value[0] not in _SURNAMES or len(value) - 3 < 3:
            break
        value = value[3:]
    return value


def _table_row_targets(section: str, own_from: int, group: Group | None, p: Parsed) -> None:
    """"省委巡视第一组张迎龙万中学湖南财信金融控股集团有限公司0731-85196081长沙市第448号…":
    in a table flattened without separators, each of the group's rows (its first line and
    the wrapped lines under it) names a unit right before its phone, after the leaders."""
    for m in islice(_PHONE.finditer(section, own_from), MAX_CHANNELS):
        line_start = section.rfind("\n", 0, m.start()) + 1
        head = section[line_start:m.start()]
        if group is not None and head.lstrip().startswith(group.name):
            head = head.lstrip()[len(group.name):]
        run = _RUN_BEFORE_PHONE.search(head)
        if run is None:
            continue
        value = _after_names(run.group("v"))
        if not (value[-1] in _UNIT_END or value.endswith(_UNIT_WORD_END + _UNIT_END_WORDS)):
            continue
        name = _clean_target(value)
        if name and name not in p.values["targets"]:
            at = m.start() - len(value)
            while at > line_start and section[at:at + len(value)] != value:
                at -= 1
            _add(p, "targets", name, (at, at + len(value)))


def _pair_targets(norm: str, rank: int, p: Parsed) -> None:
    """Groups that 分别 go to as many units, in order: the group keeps its own unit. The
    sentence that pairs them is read in the whole text (it is shared by the groups)."""
    # an announcement pairs its groups once or twice; a paste of thousands costs no more
    for m in islice(_PAIRED.finditer(norm), MAX_PAIRINGS):
        count = cn_number(m.group("n")) if m.group("n") else len(_ordinals(m.group("ords")))
        sentence = _SENTENCE_END.search(norm, m.end())
        stop = sentence.start() if sentence else len(norm)
        listed = Parsed(empty_values())
        _targets(" " * m.start() + norm[m.start():stop + 1], listed)
        names = listed.values["targets"]
        own = set(p.values["targets"])
        if not (count and len(names) == count):
            continue
        # "中央第四巡视组巡视山东省… 已有8个中央巡视组分别进驻甘肃、海南…": the group's own
        # unit is said outside the pairing sentence; the list is where the other groups went.
        spans = p.spans.get("targets", [])
        outside = [i for i, (a, _b) in enumerate(spans) if not m.start() <= a < stop]
        if count >= 2 and outside and len(outside) < len(spans):
            p.values["targets"] = [p.values["targets"][i] for i in outside]
            p.spans["targets"] = [spans[i] for i in outside]
            return
        # Only where the group's own part names no other unit than those of the list.
        if rank < count and own <= set(names):
            p.values["targets"] = [names[rank]]
            p.spans["targets"] = [listed.spans["targets"][rank]]
            return


def _name_at(text: str, at: int) -> tuple[str, Span] | None:
    """A person's name starting at `at` (spaces inside allowed), else None."""
    j = at
    while j < len(text) and text[j] in " :|\t":
        j += 1
    chars: list[str] = []
    positions: list[int] = []
    k = j
    while k < len(text) and len(chars) < 4:
        c = text[k]
        if "\u4e00" <= c <= "\u9fff":
            rest = text[k:]
            if len(chars) >= 2 and any(rest.startswith(w) for w in _AFTER_NAME):
                break
            chars.append(c)
            positions.append(k)
        elif c == " " and 0 < len(chars) < 3 and "\u4e00" <= text[k + 1:k + 2] <= "\u9fff":
            pass
        else:
            break
        k += 1
    if (len(chars) < 2 or chars[0] in _NOT_NAME_START or text.startswith(_VERB_NOT_NAME, j)
            or _NEVER_IN_NAME & set(chars)):
        return None
    name = "".join(chars)
    if len(name) == 4 and name[:2] not in _COMPOUND_SURNAMES:
        name = name[:3]
        positions = positions[:3]
    if name[0] not in _SURNAMES and name[:2] not in _COMPOUND_SURNAMES:
        return None
    return name, (positions[0], positions[-1] + 1)


def _own_leaders(norm: str, name: str, p: Parsed) -> None:
    """"党委第一巡察组副组长吴登国" anywhere in the text: that group's leader, even in
    another group's part of a report that names them in turn."""
    known = {(x["name"], x["role"]) for x in p.values["leaders"]}
    for m in islice(re.finditer(re.escape(name) + r"(?P<deputy>副)?组长", norm), MAX_ROLES):
        got = _name_at(norm, m.end())
        if got is None:
            continue
        role = "副组长" if m.group("deputy") else "组长"
        if (got[0], role) not in known:
            known.add((got[0], role))
            _add(p, "leaders", {"name": got[0], "role": role}, got[1])


def _leaders(view: str, p: Parsed, rank: int | None = None) -> None:
    seen: set[str] = set()
    found: list[tuple[int, dict[str, str], Span]] = []
    ours = cn_number(_ordinal(p.values["inspector"] or ""))
    for m in islice(_ROLE.finditer(view), MAX_ROLES):
        before = view[max(0, m.start() - 8):m.start()]
        if _ROLE_NOT_OURS.search(before):
            continue
        # "第一巡察组组长张某、第二巡察组组长李某": the role of another group named before it
        other = _ROLE_OF_GROUP.search(before)
        if other and ours is not None and cn_number(other.group("ord")) not in (None, ours):
            continue
        if m.start() > 0 and view[m.start() - 1] == "小":
            continue
        role = "副组长" if m.group("deputy") else "组长"
        at = m.end()
        rest = view[at:at + 40]
        if rest[:1] in ("、", ","):
            t = _TITLE_END.search(rest, 1)
            if t is None or t.start() > 30:
                continue
            at = at + t.end()
            # "组长、省国资委副主任、党委委员李秀斌": titles in a row before the name
            for _ in range(4):
                more = _TITLE_END.search(view, at + 1, at + 20)
                if (view[at:at + 1] not in ("、", ",") or more is None
                        or re.search(r"[,。;]", view[at + 1:more.start()])):
                    break
                at = more.end()
        names: list[tuple[str, Span]] = []
        while True:
            got = _name_at(view, at)
            if got is None:
                break
            names.append(got)
            nxt = got[1][1]
            while nxt < len(view) and view[nxt] == " ":
                nxt += 1
            if nxt < len(view) and view[nxt] == "、":
                at = nxt + 1
                continue
            break
        # "第一、第二巡察组组长金苗、吴剑平": one leader per group, in order.
        elided = _ELIDED_BEFORE_ROLE.search(view, max(0, m.start() - 30), m.start())
        if elided and rank is not None and len(names) == len(elided.group("ords").split("、")) > rank:
            names = [names[rank]]
        for name, span in names:
            key = f"{name}|{role}"
            if key not in seen:
                seen.add(key)
                found.append((span[0], {"name": name, "role": role}, span))
    for m in re.finditer(r"(?P<n>[\u4e00-\u9fff]{2,4}?)(?:同志)?(?:任|担任)(?P<r>副?组长)", view):
        got = _name_at(view, m.start("n"))
        if got is None or got[0] != m.group("n"):
            continue
        key = f"{got[0]}|{m.group('r')}"
        if key not in seen:
            seen.add(key)
            found.append((got[1][0], {"name": got[0], "role": m.group("r")}, got[1]))
    for _pos, leader, span in sorted(found, key=lambda f: f[0]):
        _add(p, "leaders", leader, span)


# ---------------------------------------------------------------- when


def _ymd(year: int | None, month: int, day: int) -> str | None:
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year or 2001, month)[1]
    if month == 2 and year is None:
        last = 28
    if not 1 <= day <= last:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


def _year_near(norm: str, month: int) -> int | None:
    """A year for a date written without one: a full date of the same text close in time."""
    for m in _FULL_DATE.finditer(norm):
        y, mo = int(m.group("y")), int(m.group("m"))
        if not 1 <= mo <= 12:
            continue
        # The dated month up to 4 months after the date's month, or up to 2 before it,
        # counting across the new year (page dated 2024-12-28, period from 1月5日: 2025).
        if (mo - month) % 12 <= 4:
            return y - 1 if mo < month else y
        if (month - mo) % 12 <= 2:
            return y + 1 if mo > month else y
    # "自2023年12月上旬至…": a year with a month and no day serves the same way
    for m in islice(_YEAR_MONTH.finditer(norm), MAX_ROLES):
        y, mo = int(m.group("y")), int(m.group("m"))
        if 1 <= mo <= 12 and ((mo - month) % 12 <= 4 or (month - mo) % 12 <= 2):
            return (y - 1 if mo < month else y) if (mo - month) % 12 <= 4 else (y + 1 if mo > month else y)
    m2 = _YEAR_ROUND.search(norm)
    return int(m2.group("y")) if m2 else None


def _sentence_before(norm: str, at: int) -> str:
    lo = max(0, at - 120)
    cut = max((m.end() for m in _SENTENCE_END.finditer(norm, lo, at)), default=lo)
    return norm[cut:at]


def _dates(norm: str) -> list[tuple[re.Match[str], int | None, int, int]]:
    """Single dates in text order, in digits or in Chinese numerals (十一月二十日)."""
    out = []
    for d in _ONE_DATE.finditer(norm):
        if _DATELINE.match(norm, d.end()):
            continue
        out.append((d, int(d.group("y")) if d.group("y") else None, int(d.group("m")), int(d.group("d"))))
    for c in islice(_CN_DATE.finditer(norm), MAX_ROLES):
        mo, day = cn_number(c.group("m")), cn_number(c.group("d"))
        if mo and day:
            out.append((c, None, mo, day))
    return sorted(out, key=lambda t: t[0].start())


# "中评社北京3月18日电/": a news agency's dateline is when the story was filed.
_DATELINE = re.compile(r"\s*(?:电(?!话|子|视)|讯)")
# "重点了解2021年1月1日至2023年12月31日期间的情况": the time under review, not the period.
_REVIEW_AFTER = re.compile(
    r"\s*(?:期间|以来)?(?:的|发生的|内的)[^。;,\n]{0,8}?(?:情况|问题|事项|账目|资金|项目)"
)
# "8月2日-3日,省纪委网站陆续公布…进驻情况": the days a site published, not the period.
_PUBLISHED_AFTER = re.compile(
    r"[^。;\n]{0,20}?(?:网|报|网站)[“”\"]?[^。;\n]{0,6}?(?:陆续)?(?:公布|发布|刊发)"
)
_REVIEW_BEFORE = re.compile(r"(?:检查|了解|审计|审查|核查|回溯)[^。;,\n]{0,6}$")


# "(殡葬领域“点穴式”巡察与区委第三轮巡察同步开展,时间为2022年11月5日至12月5日)": the dates of a
# part run alongside the round, in a parenthesis, are not the round's period.
_ALONGSIDE = re.compile(r"\([^()]{0,50}(?:同步|同时)(?:开展|进行)[^()]{0,20}$")


def _side_ranges(norm: str) -> list[Span]:
    """Date ranges that are not the period: the time under review, a site's publishing days."""
    out = []
    for pattern in (_RANGE, _ISO_RANGE):
        for m in islice(pattern.finditer(norm), MAX_ROLES):
            if (_REVIEW_AFTER.match(norm, m.end()) or _PUBLISHED_AFTER.match(norm, m.end())
                    or _REVIEW_BEFORE.search(norm, max(0, m.start() - 12), m.start())
                    or _ALONGSIDE.search(norm, max(0, m.start() - 80), m.start())):
                out.append(m.span())
    return out


def _main_range(norm: str) -> re.Match[str] | None:
    """The first date range that is not the time under review."""
    for pattern in (_RANGE, _ISO_RANGE):
        for m in islice(pattern.finditer(norm), MAX_ROLES):
            under_review = _REVIEW_AFTER.match(norm, m.end()) or _REVIEW_BEFORE.search(
                norm, max(0, m.start() - 12), m.start()
            ) or _PUBLISHED_AFTER.match(norm, m.end()) or _ALONGSIDE.search(
                norm, max(0, m.start() - 80), m.start()
            )
            if under_review:
                continue
            return m
    return None


# "二〇二四年三月一日至四月三十日", "十一月底": dates written in Chinese numerals.
_CN_FULL_DATE = re.compile(
    r"(?:(?P<y>[〇零一二三四五六七八九]{4})年)?(?P<m>[一二三四五六七八九十]{1,2})月"
    r"(?:(?P<d>[一二三四五六七八九十]{1,3})(?=[日号])|(?=底|末))"
)


def _digit_dates(norm: str) -> tuple[str, list[int]]:
    """`norm` with dates in Chinese numerals written in digits, and for each character of
    the result the position in `norm` it comes from (so the spans found can be mapped back)."""
    out: list[str] = []
    back: list[int] = []
    pos = 0
    for m in islice(_CN_FULL_DATE.finditer(norm), MAX_ROLES):
        month = cn_number(m.group("m"))
        day = cn_number(m.group("d")) if m.group("d") else None
        if month is None or not 1 <= month <= 12 or (m.group("d") and not day):
            continue
        out.append(norm[pos:m.start()])
        back.extend(range(pos, m.start()))
        if m.group("y"):
            year = "".join(str(_CN_DIGITS[c]) for c in m.group("y"))
            out.append(year + "年")
            back.extend(range(m.start("y"), m.start("y") + 5))
        for text, (a, b) in ((str(month), m.span("m")), (str(day) if day else "", m.span("d"))):
            if text:
                out.append(text + norm[b])  # 月 / 日 after the number
                back.extend([a] * len(text) + [b])
        pos = m.end() + (1 if m.group("d") else 0)
    if not out:
        return norm, []
    out.append(norm[pos:])
    back.extend(range(pos, len(norm)))
    return "".join(out), back


def _period_any_numerals(norm: str, p: Parsed) -> None:
    digits, back = _digit_dates(norm)
    if not back:
        _period(norm, p)
        return
    _period(digits, p)
    p.spans["period"] = [
        (back[a], back[b - 1] + 1) for a, b in p.spans.get("period", []) if 0 <= a < b <= len(back)
    ]


def _period(norm: str, p: Parsed) -> None:
    m = _main_range(norm)
    arrival_window = (
        m is not None
        # the days of the arrival or of the mobilisation meetings
        and bool(re.match(r"[^。;\n]{0,80}?(?:进驻|动员(?:部署)?会)", norm[m.end():m.end() + 90]))
        # A few days in one month, not weeks: a period that ends in 进驻 stays a period.
        and (m.group("em") is None or m.group("em") == m.group("sm"))
        and m.group("ed") is not None
        and 0 <= int(m.group("ed")) - int(m.group("sd")) <= 7
    )
    if m is not None and arrival_window:
        # "4月27日至29日,…分别进驻": the days the groups arrived, not the period itself.
        m = None
        first = _ONE_DATE.search(norm)
        if first is not None:
            sy = int(first.group("y")) if first.group("y") else None
            sm = int(first.group("m"))
            p.values["period"] = {"start": _ymd(sy or _year_near(norm, sm), sm, int(first.group("d"))),
                                  "end": None}
            p.spans["period"] = [first.span()]
    if m is not None:
        gd = m.groupdict()
        sm, sd = int(m.group("sm")), int(m.group("sd"))
        sy = int(m.group("sy")) if m.group("sy") else None
        em = int(m.group("em")) if m.group("em") else sm
        ey = int(m.group("ey")) if m.group("ey") else None
        if sy is None and ey is None:
            sy = _year_near(norm, sm)
        if sy is None and ey is not None:
            sy = ey - 1 if em < sm else ey
        if ey is None and sy is not None:
            ey = sy + 1 if em < sm else sy
        if gd.get("eend"):
            ed = calendar.monthrange(ey or 2001, em)[1] if em != 2 or ey else 28
        else:
            ed = int(m.group("ed"))
        # A schedule of ranges in one sentence (unit A 10月10日~15日, unit B …~29日):
        # the period runs to the last one.
        sentence_end = _SENTENCE_END.search(norm, m.end())
        for later in _RANGE.finditer(norm, m.end(), sentence_end.start() if sentence_end else len(norm)):
            if later.group("em") and later.group("ed") and not later.group("ey"):
                lm, ld = int(later.group("em")), int(later.group("ed"))
                if (lm, ld) > (em, ed) and lm >= sm:
                    em, ed = lm, ld
        start, end = _ymd(sy, sm, sd), _ymd(ey, em, ed)
        if start and end:
            _put(p, "period", {"start": start, "end": end}, m.span())
            return
    start_v: str | None = None
    end_v: str | None = None
    spans: list[Span] = []
    side = _side_ranges(norm)
    for d, y, mo, day in _dates(norm):
        if any(a <= d.start() < b for a, b in side):
            continue
        before = norm[max(0, d.start() - 14):d.start()]
        after = norm[d.end():d.end() + 110]
        # "从2019年4月1日开始,5月31日结束": the date right before 开始 starts, whatever follows
        opens = re.match(r"\s*(?:开始|起)", after) is not None
        if end_v is None and not opens and (
            _DEADLINE_BEFORE.search(before) or _DEADLINE_AFTER.search(after)
            or _DEADLINE_IN_SENTENCE.search(_sentence_before(norm, d.start()))
        ):
            end_v = _ymd(y or _year_near(norm, mo), mo, day)
            spans.append(d.span())
        elif start_v is None and _START_AFTER.search(after) and not re.search(r"截止|截至", before):
            start_v = _ymd(y or _year_near(norm, mo), mo, day)
            spans.append(d.span())
    if end_v is None:
        me = _MONTH_END.search(norm)
        if me:
            month = int(me.group("m"))
            year = _year_near(norm, month)
            if 1 <= month <= 12:
                last = calendar.monthrange(year or 2001, month)[1] if month != 2 or year else 28
                end_v = _ymd(year, month, last)
                spans.append(me.span())
    if arrival_window and p.values["period"]:
        if end_v:
            p.values["period"]["end"] = end_v
            p.spans["period"] += spans
        return
    if start_v is None:
        # "11月1日上午…召开了见面会。省委第一巡视组将从即日起正式…开展巡视": 即日 is the
        # date the text gave before it (not a signature date after it).
        today = re.search(r"(?:从|自)即日起", norm)
        dated = _dates(norm[:today.start()]) if today else []
        if dated:
            d, y, mo, day = dated[-1]
            start_v = _ymd(y or _year_near(norm, mo), mo, day)
            spans.append(d.span())
    if start_v or end_v:
        p.values["period"] = {"start": start_v, "end": end_v}
        p.spans["period"] = spans


def _duration(norm: str, p: Parsed) -> None:
    m = _DURATION.search(norm)
    if m:
        _put(p, "duration", re.sub(r"\s+", "", m.group("d")), m.span("d"))


# ---------------------------------------------------------------- channels


def _label_before(view: str, start: int, floor: int) -> str:
    """The words since the previous sentence end or previous channel value."""
    lo = max(floor, start - 60)
    seg = view[lo:start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(seg)), default=0)
    return seg[cut:]


_GROUP_IN_LABEL = re.compile(
    rf"第(?P<a>[{_NUM}]{{1,4}})(?:提级|交叉|专项|机动|联动){{0,2}}(?:巡视|巡察)组|(?:巡视|巡察)(?P<b>[{_NUM}]{{1,3}})组"
)


def _another_groups(label: str, ours: int | None) -> bool:
    """"第二巡察组举报电话:…" in the part of a group listed with others: the contact of the
    group its label names, when that is not ours."""
    if ours is None:
        return False
    named = [m for m in _GROUP_IN_LABEL.finditer(label)]
    if not named:
        return False
    last = named[-1]
    return cn_number(last.group("a") or last.group("b")) not in (None, ours)


def _is_foreign(label: str) -> bool:
    if _NOT_OURS.search(label):
        return True
    # "县纪委监委信访举报电话": a standing channel of another body, not the group's
    if _OTHER_BODY.search(label) and not re.search(r"巡视|巡察", label):
        return True
    return bool(_ABOUT_INSPECTORS.search(label) and _INSPECTOR_MISCONDUCT.search(label))


def _footer_line(view: str, pos: int) -> bool:
    """Whether the sentence (or line) around `pos` is a site or newspaper footer."""
    floor = max(0, pos - FOOTER_REACH)
    lo = max((m.end() for m in _SENTENCE_END.finditer(view, floor, pos)), default=floor)
    end = _SENTENCE_END.search(view, pos, pos + FOOTER_REACH)
    line = view[lo:end.start() if end else min(len(view), pos + FOOTER_REACH)]
    return bool(_FOOTER.search(line))


def _column_header(view: str, start: int, end: int) -> str | None:
    """For a number alone on its line in a table flattened one cell per line, the column's
    header ("值班电话") some short lines above."""
    line_start = view.rfind("\n", 0, start) + 1
    line_end = view.find("\n", end)
    line = view[line_start:line_end if line_end != -1 else len(view)].strip()
    if re.sub(r"\([^()]{0,40}\)$", "", line).strip() != view[start:end].strip():
        return None
    lines = view[max(0, line_start - 600):line_start].split("\n")[:-1]
    for line in reversed(lines):
        cell = line.strip()
        if len(cell) > 30:
            return None
        if len(cell) <= 12 and _PHONE_WORDS.search(cell) and not re.search(r"\d", cell):
            return cell
    return None


def _page_footer(view: str) -> int:
    """Where the page's footer begins: the first footer word (报料, 版权 …) after which the
    text no longer speaks of the inspection. Every contact from there on is the site's."""
    for m in islice(_FOOTER.finditer(view), MAX_CHANNELS):
        if not _ANNOUNCEMENT_WORDS.search(view, m.end()):
            return m.start()
    return len(view)


def _hours_clean(raw: str) -> str | None:
    raw = raw.strip(" :")
    # "(受理电话时间为:工作日9点—18点)": the label inside the parenthesis is not the hours
    raw = re.sub(r"^(?:(?:受理|接听|接待)?(?:电话|来电)?的?时间(?:为|是)?|为)\s*[:]?", "", raw)
    parts = re.split(r"(,)", raw)
    kept: list[str] = []
    for piece in parts:
        if piece == ",":
            kept.append(piece)
            continue
        if _HOURS_HINT.search(piece) and not re.search(r"年|月\d|截止|截至|关闭", piece):
            kept.append(piece)
        else:
            break
    out = "".join(kept).strip(" ,")
    out = re.sub(r"\)$", "", out) if out.count(")") > out.count("(") else out
    return out or None


def _channels(view: str, p: Parsed, own_from: int = 0) -> None:
    emails: list[tuple[int, int, str, str]] = []
    for m in _EMAIL_AT.finditer(view):
        got = _email_around(view, m.start())
        if got:
            emails.append((got[1][0], got[1][1], "email", got[0]))
        if len(emails) >= MAX_CHANNELS:
            break
    email_starts = [e[0] for e in emails]
    tokens: list[tuple[int, int, str, str]] = list(emails)  # start, end, kind, value
    for m in _PHONE.finditer(view):
        # Digits inside an e-mail address are not phone numbers.
        i = bisect.bisect_right(email_starts, m.start()) - 1
        if i >= 0 and m.start() < emails[i][1]:
            continue
        tokens.append((m.start(), m.end(), m.lastgroup or "bare", m.group(0)))
        if len(tokens) >= 2 * MAX_CHANNELS:
            break
    tokens.sort()

    shared_hours = None
    for hm in _HOURS_SENTENCE.finditer(view):
        shared_hours = _hours_clean(hm.group("h"))
        if shared_hours:
            # "巡察组工作日受理、接访电话时间为:上午…": the days said before the phrase
            if not shared_hours.startswith("工作日") and re.search(
                r"工作日[^。;,\n]{0,8}$", view[max(0, hm.start() - 12):hm.start()]
            ):
                shared_hours = "工作日" + shared_hours
            break
    if shared_hours is None:
        hours_line = _HOURS_LINE.search(view)
        shared_hours = _hours_clean(hours_line.group("h")) if hours_line else None
    if shared_hours is None:
        callable_hours = _HOURS_CALLABLE.search(view)
        shared_hours = callable_hours.group("h") if callable_hours else None
    footer = _page_footer(view)

    previous_end = 0
    inherited = ""
    seen_numbers: set[str] = set()
    # "县纪委监委信访举报电话:… 邮箱:…": the contacts after another body's, up to the end of
    # its sentence or line, are that body's too unless they name the inspection.
    foreign_until = -1
    ours = cn_number(_ordinal(p.values["inspector"] or ""))
    for start, end, kind, value in tokens:
        own = _label_before(view, start, previous_end)
        bare_label = re.sub(r"[\s,、/或和及()]", "", own)
        label = own if bare_label else inherited + own
        if bare_label:
            inherited = own
        if not _PHONE_WORDS.search(label):
            label = _column_header(view, start, end) or label
        # A table of the groups' contacts whose rows carry no labels ("省委巡视第一组张某某…
        # 0731-85196081长沙市第448号邮政信箱"): a number in the group's own row is its phone.
        if (not _PHONE_WORDS.search(label) and kind in ("land", "mobile") and 0 < own_from <= start
                and _CONTACT_TABLE.search(view, 0, own_from)):
            label = "联系电话"
        gap = start - previous_end
        previous_end = end
        if start < foreign_until and not re.search(r"巡视|巡察", own):
            continue
        if _another_groups(own, ours):
            continue
        if _is_foreign(label):
            stop = _SENTENCE_END.search(view, end)
            foreign_until = stop.start() if stop else len(view)
            continue
        if _footer_line(view, start) or start >= footer:
            continue
        if kind == "email":
            if value not in p.values["emails"][:MAX_CHANNELS]:
                _add(p, "emails", value, (start, end))
            continue
        if not _PHONE_WORDS.search(label):
            continue
        if kind == "bare" and not (_BARE_LABEL.search(own) if bare_label else gap <= 3):
            continue
        number = re.sub(r"\s+", "", value)
        digits = re.sub(r"\D", "", number)
        if digits in seen_numbers:
            continue
        seen_numbers.add(digits)
        trailer = ""
        tm = re.match(r"\s*\(([^()]{1,60})\)", view[end:end + 64])
        if tm:
            trailer = tm.group(1)
        sms_only = bool(
            _SMS_ONLY.search(trailer) or _SMS_ONLY.search(own[-12:]) or _SMS_LABEL.search(label)
            # A note that speaks of messages and not of calls: "(用于接收举报短信)".
            or ("短信" in trailer and not re.search(r"电话|接听|来电|通话", trailer))
        )
        hours = None
        if trailer and _HOURS_HINT.search(trailer) and not _SMS_ONLY.search(trailer):
            hours = _hours_clean(trailer)
        if hours is None and not sms_only:
            hours = shared_hours
        span_end = end + (tm.end() if tm else 0)
        _add(p, "phones", {"number": number, "hours_text": hours, "sms_only": sms_only}, (start, span_end))

    for m in islice(_PO_LABEL.finditer(view), MAX_CHANNELS):
        if _another_groups(_label_before(view, m.start(), 0), ours):
            continue
        group = "v" if m.group("v") else "w"
        end = m.end("to") if m.group("to") else m.end(group)
        v = view[m.start(group):end].strip()
        v = re.sub(r"\s*(?:邮编|邮政编码).*$", "", v)
        if (len(v) >= 4 and not v.startswith("、") and not _is_foreign(_label_before(view, m.start(), 0))
                and not _footer_line(view, m.start()) and "@" not in v):
            _add_po(p, v, (m.start(group), m.start(group) + len(v)))
    for m in islice(_PO_BARE.finditer(view), MAX_CHANNELS):
        v = m.group("v")
        label = _label_before(view, m.start(), 0)
        if (not _is_foreign(label) and not _footer_line(view, m.start())
                and not _another_groups(label, ours)):
            _add_po(p, v, m.span("v"))

    for pattern in (_BOX_AFTER, _BOX_BEFORE):
        for m in islice(pattern.finditer(view), MAX_CHANNELS):
            if _another_groups(_label_before(view, m.start(), 0), ours):
                continue
            if pattern is _BOX_BEFORE:
                _add_box(p, m.group("v"), m.start("v"))
                continue
            base = m.start("v")
            raw = m.group("v")
            first = _BOX_CUT.split(raw)[0]
            if ";" in first:
                pos = 0
                for piece in first.split(";"):
                    lead = re.match(r"\s*(?:\d{1,2}[.、)]|\(\d{1,2}\))?\s*", piece)
                    skip = lead.end() if lead else 0
                    _add_box(p, piece[skip:], base + pos + skip)
                    pos += len(piece) + 1
                    if not piece.strip():
                        break
            else:
                _add_box(p, first, base)
            # "举报信箱: 1.A;\n2.B;\n3.C。": a numbered list goes on over the following lines
            if re.match(r"\s*1[.、]", raw):
                pos = view.find("\n", m.start("v"))
                while pos != -1:
                    item = _NUMBERED_LINE.match(view, pos + 1)
                    if item is None:
                        break
                    _add_box(p, item.group("v"), item.start("v"))
                    pos = view.find("\n", item.end())


_NUMBERED_LINE = re.compile(r"[ \t]*\d{1,2}[.、][ \t]*(?P<v>[^;。\n]{2,80})[;。]?[ \t]*(?=\n|$)")
_BOX_PLACE = re.compile(
    r"门口|设在|处|院内|楼|室|单位|机关|驻地|办公|场所|大厅|位置|附近|党委|政府|县|市|区|镇|乡|村|社区|学院|学校|中心|局|路|街"
)


_HEADER_START = re.compile(r"^\s*(?:组别|组\s*别|巡察组|巡视组|序号)\s*$")
_BOX_COLUMN = re.compile(r"意见箱|举报箱|信箱(?:位置|地点)|箱(?:位置|地点)")


def _cell_table_boxes(view: str, group: Group, p: Parsed) -> None:
    """A table flattened one cell per line ("组别 / 巡察单位 / 值班电话 / 信访意见箱位置 / 电子
    邮箱", then each group's cells): the cell under the box column is where the box is. A
    cell may wrap onto the next line ("第二行政中心八楼 / 电梯口"): a line that cannot be the
    next column's (no @ under 邮箱, no number under 电话) ends the cell before it."""
    lines = view[:group.start].split("\n")
    header_at = next((i for i in range(len(lines) - 1, max(-1, len(lines) - 40), -1)
                      if _HEADER_START.match(lines[i])), None)
    if header_at is None:
        return
    headers = [x.strip() for x in lines[header_at:] if x.strip()]
    # only headers: short lines without a number; the group's row follows them
    if not 3 <= len(headers) <= 12 or any(len(h) > 12 or re.search(r"\d", h) for h in headers):
        return
    row_text = view[group.start:group.end]
    cells: list[tuple[str, int]] = []  # (text, start)
    col = 0
    pos = group.start
    for raw in row_text.split("\n"):
        value = raw.strip()
        at = pos + raw.find(value) if value else pos
        pos += len(raw) + 1
        if not value:
            continue
        if not cells:
            cells.append((value, at))
            continue
        if col + 1 >= len(headers):
            break  # the row is over: what follows is the text after the table
        nxt = headers[col + 1]
        if ("邮箱" in nxt and "@" not in value) or ("电话" in nxt and not re.search(r"\d{7}", value)):
            text, start = cells[-1]
            cells[-1] = (text + value, start)
        else:
            col += 1
            cells.append((value, at))
    for j, (text, start) in enumerate(cells):
        if j < len(headers) and _BOX_COLUMN.search(headers[j]):
            _add_box(p, text, start)


def _add_box(p: Parsed, raw: str, start: int) -> None:
    value = re.sub(r"^(?:分别)?(?:设在|设于|放置在|位于)", "", raw.strip(" ,:")).strip()
    # "在镇属各单位、10个村都张贴了…": the adverb is not part of the place
    value = re.sub(r"(?:都|均|也|分别)$", "", value)
    start += raw.find(value) if value else 0
    if (len(value) < 2 or re.search(r"\d{5,}|@|受理|接受|网络|平台|二维码", value)
            or re.match(r"(?:设|开通|并|同时|公布|张贴|等|、|和|及)", value)
            or not _BOX_PLACE.search(value) or value in p.values["boxes"]
            # the rest of a column header "意见箱位置", not a place
            or re.fullmatch(r"(?:设置|放置)?(?:位置|地点)", value)):
        return
    _add(p, "boxes", value, (start, start + len(value)))


def _add_po(p: Parsed, value: str, span: Span) -> None:
    if len(p.values["po_boxes"]) >= MAX_CHANNELS:
        return
    digits = re.sub(r"\D", "", value)
    for existing in p.values["po_boxes"]:
        if existing == value or (digits and re.sub(r"\D", "", existing) == digits):
            return
    _add(p, "po_boxes", value, span)


def _email_around(view: str, at: int) -> tuple[str, Span] | None:
    """The e-mail address around the @ at `at`, gluing letters split by single spaces."""
    lo = at
    while lo > 0 and (_EMAIL_LOCAL.match(view[lo - 1]) or (
        view[lo - 1] == " " and lo > 1 and _EMAIL_LOCAL.match(view[lo - 2]) and at - lo < 80
    )):
        lo -= 1
    hi = at + 1
    while hi < len(view) and (_EMAIL_DOMAIN.match(view[hi]) or (
        view[hi] == " " and hi + 1 < len(view) and _EMAIL_DOMAIN.match(view[hi + 1]) and hi - at < 80
    )):
        hi += 1
    raw = view[lo:hi]
    local, _, domain = raw.partition("@")
    local = re.sub(r"\s+", "", local).strip(".")
    domain = re.sub(r"\s+", "", domain).strip(".-")
    if not local or not re.fullmatch(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,10}", domain):
        return None
    # Trim words that a space-glued scan swallowed (e.g. "邮箱: abc@x.cn" is fine, but an
    # English word before the address is not part of it).
    lead = len(view[lo:at]) - len(view[lo:at].lstrip())
    trail = len(view[at:hi]) - len(view[at:hi].rstrip(" .-"))
    return f"{local}@{domain}".lower(), (lo + lead, hi - trail)


# ---------------------------------------------------------------- what is accepted


def _scope(norm: str, p: Parsed) -> None:
    best: re.Match[str] | None = None
    for m in _SCOPE.finditer(norm):
        if best is None or len(m.group("v")) > len(best.group("v")):
            best = m
    if best is None:
        return
    v = best.group("v")
    lead = 0
    for prefix in ("反映", "涉及", "对"):
        if v[lead:].startswith(prefix):
            lead += len(prefix)
    value = v[lead:].strip(" ,")
    if not norm.startswith("的", best.end("v") + len("问题") * norm.startswith("问题", best.end("v"))):
        # "…领导干部等问题来信": without 的 the 等 closes the list before 问题.
        value = re.sub(r"等$", "", value)
    value = re.sub(r"(?:有关)?(?:问题)?$", "", value)
    value = re.sub(r"在[^,。;]{2,60}方面$", "", value)
    # "受理反映区公立医疗卫生机构医疗设备采购方面的来信": matters, not persons
    if value.endswith("方面"):
        return
    if len(value) >= 2:
        start = best.start("v") + lead
        _put(p, "scope_persons", value, (start, start + len(value)))


_FOCUS_CUT = re.compile(r"重点(?:是|为)(?:关于)?(?P<v>[^。;]{2,200})$")


def _focus(norm: str, p: Parsed) -> None:
    m = _FOCUS.search(norm)
    if not m:
        # A text cut off inside the list: the items before the cut are whole.
        cut_off = _FOCUS_CUT.search(norm.rstrip())
        if cut_off is None or "、" not in cut_off.group("v"):
            return
        m = re.compile(r"重点(?:是|为)(?:关于)?(?P<v>[^。;]*)、").search(norm, cut_off.start())
        if not m:
            return
    v = m.group("v")
    base = m.start("v")
    cut = v.find("违反")
    if cut != -1:
        base += cut + 2
        v = v[cut + 2:]
    for item, span in _split_list_focus(v, base, extra=r"|以及违反|以及"):
        lead = len(item) - len(item.removeprefix("违反"))
        item = re.sub(r"(?:等)?(?:方面)?(?:以)?$", "", item.removeprefix("违反"))
        if 2 <= len(item) <= 40:
            _add(p, "focus", item, (span[0] + lead, span[0] + lead + len(item)))


def _split_list_focus(value: str, base: int, extra: str = "") -> list[tuple[str, Span]]:
    items = []
    pos = 0
    for m in [*re.finditer(r"[、,]" + extra, value), None]:
        end = m.start() if m else len(value)
        raw = value[pos:end]
        item = raw.strip()
        if item:
            items.append((item, (base + pos + raw.find(item), base + pos + raw.find(item) + len(item))))
        pos = m.end() if m else len(value)
    return items


def _out_of_scope(norm: str, p: Parsed) -> None:
    for sentence in re.finditer(r"[^。;\n]+", norm):
        s = sentence.group(0)
        if not _OOS_CLAUSE.search(s):
            continue
        for m in _OOS_LIST.finditer(s):
            v = m.group("v")
            base = sentence.start() + m.start("v")
            if v.startswith("其他"):
                v, base = v[2:], base + 2
            for item, span in _split_list_focus(v, base):
                item = item.strip()
                if (2 <= len(item) <= 12 and not re.search(r"巡视|巡察|受理|问题|反映", item)
                        and item not in p.values["out_of_scope"]):
                    _add(p, "out_of_scope", item, span)
        if p.values["out_of_scope"]:
            return
