"""Sealed batch fresh136: 22 real public Chinese texts for the lead's single measurement.

SEALED. Collected and labelled by hand on 2026-11-28 by a helper engineer from public web pages
found with the stored-pages search tool. Never run through any engine (no triage code, no eval,
no pytest was run on these texts, and the triage code was not read). The lead measures it once;
nobody tunes on it. (The file is fresh134th.py; the batch and its row ids are "fresh136".)

Theme: village doctors and rural clinics (村医, 村卫生室, 乡镇卫生院, 基本公共卫生服务经费, 家庭医生
签约, 新农合 at clinic level): a 卫生院 head skimming the 家庭医生签约服务费, a 卫生院 head paying
staff out of the 公卫 money, a 卫生院 head's 小金库 of village clinics' subsidies, a 卫计委 deputy
who will not say where the village doctors' withheld money went, a party-member village doctor
faking 新农合 claims, a 村主任 drawing village-doctor subsidies on forged papers, village cadres
auctioning the clinic to its doctor, subsidies shrinking on the way to 富平's doctors, faked
health records, 挪用 of rural clinic building money, bought votes reported by a village doctor,
a 村委会 demanding a fee from a clinic; out items are medical-negligence cases, a village
doctor's 医保 fraud under police investigation, old village doctors' pension petitions and
stories, the 依兰 doctors' pay, a research abstract, a subsidy news item and a note on idle
clinics. Sources (stored-pages search): a jjfz.org.cn copy of the 德清 雷甸镇卫生院 case; the
smxlsfy.hncourt.gov.cn court page on the 滑县 留固 case; a detzentra copy of the 张湾区 纪委 piece (traditional,
pinyin glosses removed); a 靖安 village doctors' post; a 当代生活报 report on the 灵山 伯劳镇 case;
王子齐's 吴起 commentary; a copy of the 陕西广播电视台 report on the 扶风 斜里村 clinic; a copy of
the 富平 subsidy report (traditional, glosses removed); a copy of the health-record report
(traditional); a copy of a 審計署 commentary (traditional); a 南方农村报 story on the 海丰 doctor
庄少宁; a 南方农村报 reader's letter from 高州; out: a sh148.org legal page on a child's death at a
village clinic, a medical-dispute case page (陈某祥), a 中國新聞周刊 copy on the 單縣 "腦中風村"
(traditional), the 东平 old doctors' petition, a forum copy of a 古浪 story on old 赤脚医生, a
juliangmedia piece on two old 赤腳醫生 (traditional), a China Digital Times copy of the 偶尔治愈
piece on the 依兰 doctors, a 中国卫生政策研究 abstract, a 红网 item on the 岳阳楼区 subsidies and a
基层医师公社 note on idle clinics. Six texts are in traditional script (items 3, 8, 9, 10, 15,
18).

Conventions: as in fresh62th.py, fresh104th.py and fresh127th.py. Excerpts as published (whole
sentences kept, paragraphs and sentences cut; page junk such as headlines, sub-headings, bylines,
datelines, captions, source tags, site lines and the truncated last sentences of the stored
copies removed); paragraphs joined; ASCII punctuation written full-width except inside numbers
("30.48万元", "3-6个月"); stray spaces removed (004, 012, 017, 019, 022); the pinyin glosses of
the converted traditional copies removed (003, 008). Page oddities kept: "?。" throughout 004 and
its unpunctuated line "熊：不会乱动" (so it runs on into "村医："), "吱吱唔唔" and "沒有" (004),
"越来好了吗", "大众众身体健康", "这么“村医”", "一二四五六" (006), "栓在里边", "竟拍" (007), "記的非常
清楚" (008), "集体辞后" (019), "立子大法", "以事求实" (016), the unpaired "‘腦中風的" (015).
scope "in" for alleged misconduct of a party member or public official (village cadres included;
the heads and staff of public 卫生院 and the officials of 卫计委 count as public servants; a
village doctor counts only when the text makes him a party member or gives him a post, as the
sanctioned 陈某 of 005; otherwise a village doctor is like a hired carer in fresh81th.py and
fresh127th.py), "out" otherwise with out_type 涉法涉诉 / 征地拆迁 / 个人利益诉求 / 其他.
Petitioners, reporters, victims, witnesses, private practitioners and officials who only
handled, investigated, announced or answered are not accused; an organ or an unnamed group
accused as a whole gives no entry; an unnamed accused official is (None, position, unit). Names,
positions (as first written with the name) and units as written; unit None when the text ties
the person to no named unit. Topics only from the twelve names of triage.md; subsidies kept back
from village doctors or charged to them are 群众纪律 (IS.MAS.02), skimmed or faked fund claims
贪污贿赂, bought village votes 组织纪律. Places and dates unlabelled.

Counts: 22 texts; 12 in scope (items 1-12), 10 out (items 13-22). Three mixed items (007, 012,
019). Out types: 涉法涉诉 3 (013-015), 个人利益诉求 4 (016-019), 其他 3 (020-022); no 征地拆迁
item (the searches for a clinic land case found only a photo post of captions and an address-less
copy). 12 accused entries, all in items 1-7: 1 with a full name (熊旺兵), 8 masked (徐某某, 陈某某,
吴某, 段某, 翁某某, 涂某, 陈某, 王某), 3 post only. Items 008-012 are in scope with no accused entry.
Out items have no accused entry. The masked names 徐某某, 吴某, 陈某 and 王某 occur in earlier batches
for other people (checked: other cases and places); all names and addresses here are new.

Close calls:
 1  The 中国纪检监察报 piece as copied; the last truncated sentence ("县纪委监委督促相关单位以…")
    cut. 徐某某 first written with his name "院长徐某某" ('院长', '雷甸镇卫生院' from "雷甸镇卫生院
    院长徐某某"). The 会计 陈某某 who bought the cards and kept a 3000元 card is accused (hard: he
    acted on orders); his unit from "院会计" read as the same 卫生院. 沈某某 and the 团队长 are
    witnesses; the 领导班子 an unnamed group. 贪污贿赂 (the cards he used himself) and 廉洁纪律.
 2  A court page, whole. 吴某 '院长' of '滑县留固镇中心卫生院'; the 报账员 段某, convicted with him,
    accused with unit None (the text ties him to no named unit). 滥用职权 and 工作纪律 (公卫 money
    paid as wages).
 3  Traditional, glosses removed; dateline "12月1日訊", the two sub-headings and the truncated
    last sentence (翁某某's defence) cut. 翁某某 and the 報賬員 涂某 who set up the 小金庫 at his
    bidding: unit None (the 衛生院 is unnamed). The three 領款人 are an unnamed group; 王麗娟 and
    孟組長 investigate; the 舉報人 reports. 贪污贿赂 and 廉洁纪律.
 4  A village doctors' post; headline (asking whether the 靖安卫健委 committed 私分国有资产罪) cut.
    熊旺兵 first written "熊旺兵副主任" after "主管副主任" of the 卫计委: ('熊旺兵', '副主任',
    '靖安县卫计委'). The 卫计委 that kept 40多万 is an organ. Not marked mixed although the doctors
    ask for their own money: the text is built as an allegation (hard).
 5  Headline, byline "当代生活报 …", the dateline "本报灵山讯(记者…)" and the "新闻推荐" block
    cut. 陈某 is a village doctor with a 党内严重警告, so a party member: accused as first written
    "伯劳镇村医生陈某" ('村医生', '伯劳镇'). The "伯劳镇卫生院、合管所的主要责任人" who failed to
    supervise and were dealt with: two post-only entries (hard: could be read as one group). The
    56 punished and 818 criticised are unnamed. 贪污贿赂 and 工作纪律.
 6  A commentary; headline, the page's "更换背景颜色" lines and the source tag "(华商报 12月29日)"
    cut; ends before the truncated "笔者只希望…" sentence. 王某 is the "村主任" of the first
    sentence ('村主任', unit None: the village is unnamed). The 上级部门 suspected of 渎职 is an
    organ. 贪污贿赂 and 工作纪律.
 7  Mixed: the doctor's own 11万 and his lost clinic beside the cadres' "拍卖". Site lines,
    headline, date, the "(陕西广播电视台《今日点击》记者 )" line and the sub-heading cut; ends before
    the truncated 会议记录 sentence. The "村上书记" who threw him out and fixed the fine: (None,
    '书记', '斜里村'); the other 村干部 an unnamed group; 赵俊林 and 赵宏兵 are not accused.
    群众纪律 and 廉洁纪律.
 8  Traditional, glosses removed; the leading "天" junk and the sub-heading "村醫:我們的補助款哪去了"
    cut. The money is "卡" somewhere between the 衛生部門 and the doctors: organs, no entry. 李笑
    (化名) and 李某 are victims and witnesses. Hard: could be read as 个人利益诉求 (their own
    subsidy), but the text is a report of subsidies withheld.
 9  Traditional; the opening photo caption (新化 同心村衛生室), the repeated lede and the
    sub-heading "多地建檔率虛高" cut; ends before the truncated 懷遠 sentence. The 村醫 陳乃剛
    (forged records for 補助) has no post or party membership in the text: not accused (hard); the
    public 社區醫院 and 衛生服務中心 that fake records for targets are organs: in, no entry.
    形式主义官僚主义 and 工作纪律.
10  Traditional commentary on the 審計署 findings; the source tag "(《新京報》4月7日)" and the
    byline "(鄧憨山)" cut. The officials who 挪用 are unnamed. 贪污贿赂 (挪用公款) and 工作纪律.
11  Off the money theme: a village doctor who lost a 村委会 election reports bought votes ("50元一张
    选票"). "南方农村报讯:" and the sub-heading cut; ends before the next sub-heading on the new
    村委主任's moves against him (truncated). The re-elected 村干部 are an unnamed group: in, no
    entry. Only 组织纪律.
12  Mixed: a 乡医's own fee dispute and the 村委会's unlawful 4000块 管理费. The column mark
    "■来函照登", the box "□" before the signature and the trailing "|" cut; the signature kept.
    The 村委会 is an organ; the new 村委会主任 only answers his call (hard: could be (None,
    '新任村委会主任', None)); the 医政科负责人 answers. Only 群众纪律.
13  涉法涉诉: a negligence suit against a village clinic and its doctor 胡某某 (not an official);
    headline cut.
14  涉法涉诉: the claimants' side of a negligence suit against a 镇卫生院 and 敖某均; the headings
    "一、患方诉称", "二、患方观点" and the 卫生院's numbered defence cut. Negligence in treatment,
    not misconduct in office.
15  涉法涉诉, traditional: a village doctor's 醫保 fraud under police detention; the caption
    "…衛生院外景。攝影/本刊記者李明子" cut; ends before the truncated 陳士勇 paragraph. 朱某菊 is
    not shown to be a party member or to hold a post: not accused, as 陳乃剛 in 009 (hard: could
    be read as in). The 督导组 and 調查組 only act.
16  个人利益诉求: the 东平 old village doctors' own petition for 养老金; headline cut; ends before
    the truncated "健康是国家发展的根本…" sentence. Thanks to 习近平 and 栗战书 are no accusation.
17  个人利益诉求: forum copy of a 古浪 story; the "本帖最后由…编辑" line cut; ends before the
    truncated 卫生局 sentence. Old 赤脚医生 asking for pensions like the 民办教师; could be 其他.
18  个人利益诉求, traditional: a writer on two old 赤腳醫生 and their 120元 pension; the heading
    "一.“赤腳醫生”的活化石:" cut, ends before the heading "二.輝煌的足跡。". Could be 其他.
19  个人利益诉求, mixed: the 依兰 doctors' own pay ("自己应得的钱,从未足额发放过") beside the
    implied keeping back of 公卫 money by the 卫生院 that allocates it; the photo caption cut; ends
    before the truncated next sentence. No official is named; the 工作人员 only speaks rudely.
    Hard: could be read as in.
20  其他: a journal abstract (header, authors, keywords and the English cut).
21  其他: a 红网 item on old village doctors' 生活补助 being paid; the headline, date line, the image
    file name and caption cut.
22  其他: a note on idle public 村卫生室; headline, byline and the site's copyright and tag lines
    cut. No misconduct alleged (could be read as in: idle public buildings).
"""

from __future__ import annotations

from batch import Item, labelled_rows

FRESH136: list[Item] = [
    # 01
    ('http://jjfz.org.cn/show-88066.html',
     '不久前，浙江省德清县纪委监委对家庭医生签约服务费使用情况开展专项监督检查时，雷甸镇卫生院的一份会议记录显示：'
     '从2018年起各家庭医生团队长要从已发经费中，定期上交部分经费用于卫生院日常工作开支。按规定，家庭医生签约服'
     '务费主要用于对责任医生经考核认定提供有效服务的报酬。为何该卫生院要从已发的服务费中提取部分作为工作经费？为解'
     '开疑团，工作人员向当时参会的家庭医生团队长沈某某等10人了解情况。“当时镇卫生院领导班子成员和我们开会讨论，'
     '商定从团队长个人应得费用中拿出一部分，统一交给院会计陈某某，用于购买宣传用品等费用开支。”沈某某说。“具体开'
     '支明细公开了吗？”“这个我们不清楚。”各团队长均表示，2018年起，他们每年分两次从自己的经费中抽取1000'
     '至3000元不等，通过银行转账或者现金方式交给陈某某。随后，工作人员发现陈某某在2019年至2021年间曾分'
     '三次购买大额加油充值卡，共计4万元。工作人员找到陈某某谈话。“充值卡都交给徐院长了，具体用途没有多问，只记得'
     '院长说我管理这些经费是额外工作，给过3000元充值卡当‘辛苦费’。”面对工作人员的询问，陈某某只好坦白，按照'
     '院长徐某某要求，他用上交的费用购买过宣传用品、加油充值卡等，但这些支出均没有相关凭证，也未向其他班子成员和团'
     '队长公布。经查，2018年5月至2021年10月，雷甸镇卫生院经院领导班子及家庭医生团队长集体讨论，先后7次'
     '从发放至各团队长的签约服务费中提取共计15万元。徐某某指使陈某某使用上述款项中的4万元购买加油充值卡，并将价'
     '值3000元的充值卡分给陈某某，其余归徐某某本人使用。最终，雷甸镇卫生院院长徐某某受到留党察看一年、政务撤职'
     '处分。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('徐某某', '院长', '雷甸镇卫生院'), ('陈某某', '会计', '雷甸镇卫生院')]),
    # 02
    ('https://smxlsfy.hncourt.gov.cn/public/detail.php?id=624',
     '近日，滑县人民法院审结一起乡镇卫生院院长滥用职权，挪用职工工资的案件。2012年4月至2013年3月，滑县留'
     '固镇中心卫生院院长吴某指使报账员段某，违反规定，编制工资表，将基本公共卫生服务补助资金870725元，用于留'
     '固卫生院部分没有从事基本公共卫生服务人员的工资支出。由于缺少资金等原因，留固中心卫生院所辖村镇的基本公共卫生'
     '服务工作未能全面展开、落实。滑县法院审理后认为，补助资金只能用于专职人员的工资和兼职人员的补助以及开展基本公'
     '共卫生服务所必要的耗材等公用经费支出，而被告人吴某却指使段某违反此规定，滥用职权，将没有从事公共卫生服务人员'
     '的工资也从补助资金中列支，致使公共资金遭受重大损失，二人的行为已构成滥用职权犯罪。但被告人段某只是一名报账员'
     '，其无权决定补助资金如何支出，其是在吴某的指使下实施的滥用职权的行为。在共同犯罪中，被告人吴某起主要作用，系'
     '主犯，应从重处罚，被告人段某起次要作用，系从犯，应从轻处罚。案发后，留固卫生院将专项补助资金的缺口予以了弥补'
     '，挽回了相应的损失，可以从轻处罚。遂判决被告人吴某犯滥用职权罪，判处有期徒刑六个月，被告人段某犯滥用职权罪，'
     '免予刑事处罚。',
     'in', None, False, ['滥用职权', '工作纪律'],
     [('吴某', '院长', '滑县留固镇中心卫生院'), ('段某', '报账员', None)]),
    # 03
    ('http://detzentra.com/news/202012/01/12858.html',
     '近日，中央紀委國家監委網站發布一篇手記——藏在衛生院的小金庫，該篇文章出自湖北省十堰市張灣區紀委監委王麗娟之'
     '筆。衛生院挪用村衛生室基本公衛、基藥補助以及村醫補貼事件再次被曝光。“是這樣的，我們這里的衛生院每年給轄區各'
     '個村衛生室發放基本公共衛生服務國家補貼資金，不公開不透明。請你們查查這其中有沒有問題。”舉報人用期許的目光看'
     '著王麗娟及調查組組長。調查組第一時間調取了該衛生院基本公共衛生服務、基藥、村醫等補貼申領和發放明細表。賬面上'
     '看，程序合規合法，但是一結合前期走訪各村衛生室的情況以及銀行流水賬，有些疑點就浮現了出來。“這3個村衛生室并'
     '沒有實際開展公共衛生服務，怎么明細表上顯示相關補貼都按時發放也及時領取了？領款人還都是鎮衛生院工作人員。”孟'
     '組長憑借豐富的辦案經驗，發現了問題的關鍵。調查組馬上對3名領款人進行了談話了解，然而3人均矢口否認違規領取村'
     '衛生室的基本公共衛生服務、基藥、村醫等補貼，聲稱發的錢是正常薪資報酬。調查組隨即又轉向對該衛生院財務報賬員涂'
     '某的調查，涂某最終主動交代了其在衛生院院長翁某某授意下，通過該院工作人員個人賬戶，套取村衛生室基本公共衛生服'
     '務、基藥、村醫等補貼資金私設小金庫的事實。',
     'in', None, False, ['贪污贿赂', '廉洁纪律'],
     [('翁某某', '院長', None), ('涂某', '財務報賬員', None)]),
    # 04
    ('http://wbx.jiangyaojia.com/1742.html',
     '大家都知道对于公共卫生经费国家有明文规定，一定要做到“专款专用”，任何单位或个人不得以任何理由挤占、挪用。即'
     '使通过考核扣除村医的部分资金也必须在3-6个月内返还国库，卫健委如果私自挤占或挪用属非法行为，就有可能犯了私'
     '分国有资产罪！2017年靖安县卫计委扣下全县村医四十多万元，称2018年村医工作做好了会把2017年扣下的钱'
     '给村医，却没有兑现，村医就此事询问主管副主任。熊旺兵副主任除了否认就是称在帐上，当村医询问在是不是在卫计委帐'
     '上时，熊旺兵吱吱唔唔不肯说。村医：历年来我们村医没有得到这么多钱，你的解释是我们村医工作没做好考核不合格，那'
     '么历年扣下的钱还在帐上吗？在帐上吗？熊：我跟你说这个要通过财政核算，财政核算在帐上就在帐上，也不会乱用。村医'
     '：我就问你，还在你们帐上吗？。熊：不会乱动村医：财政去哪核算？。熊：你认为有疑问，就请纪委来核算。村医：去哪'
     '核算？。熊：财政局，你可以去问，还不知道去哪里核算吗？。村医：我真不懂，到财政局核算还是到卫计委核算？还是你'
     '们上交去了财政局？。熊：商业部门大家都懂的，至于去哪里核算，我讲的清楚啊？。村医：我就问你，历年来我们沒有得'
     '到的这笔钱还在不在你们帐上？。熊：我不管财政，其他的我不兜（理睬）。村医：我就问你钱去哪了，还在帐上吗？。',
     'in', None, False, ['群众纪律', '廉洁纪律'],
     [('熊旺兵', '副主任', '靖安县卫计委')]),
    # 05
    ('https://m.yybnet.net/qinzhou/lingshan/201804/7211667.html',
     '日前，灵山县纪委对该县伯劳镇村医生陈某等违规套取新农合基金案进行通报。据查，2013年至2014年间，陈某利'
     '用担任伯劳镇彭屋村卫生一分所村医生的便利，通过虚开参合者患病处方，伪造新型农村合作医疗村级门诊报销等补偿材料'
     '，经伯劳镇卫生院和灵山县新农合医疗管理中心伯劳管理所审核通过后，套取新农合补偿金共30.48万元。其中，套取'
     '一般诊疗费2.56万元占为己有。近日，灵山县纪检部门予以陈某党内严重警告处分，并对其违纪所得2.56万元予以'
     '收缴，上缴国库。同时，对在此过程中存在不正确履行监督管理职责的伯劳镇卫生院、合管所的主要责任人进行了相应处理'
     '。新农合是帮助农民抵御重大疾病风险，缓解农民因病致贫、因病返贫的民心工程，因此，新农合基金被称为农民的救命钱'
     '。为了确保新农合基金使用安全有效，去年以来，灵山县成立了县、镇两级领导机构和工作机构，通过找准工作切入点、加'
     '强业务督导、层层约谈、追究责任等多项措施，在全县范围内开展新农合基金问题专项整治，要求全县各医疗机构认真开展'
     '自查自纠，主动清退违规资金。通过整治活动，该县共排查出新农合问题线索90多条，立案56件，给予党纪政纪处分5'
     '6人，通报批评818人。其中，主动退缴违规资金的定点医疗机构24家，主动退缴违规资金的村级定点卫生室810个'
     '。',
     'in', None, False, ['贪污贿赂', '工作纪律'],
     [('陈某', '村医生', '伯劳镇'), (None, '主要责任人', '伯劳镇卫生院'), (None, '主要责任人', '合管所')]),
    # 06
    ('http://fzchn.cn/html/2015/pinglun_1230/16034.html',
     '村主任通过办理虚假证件等方式获得村医资格，后多次领取政府发放的村医补助款。近日，吴起县法院以诈骗罪，判处被告'
     '人王某有期徒刑10个月，缓刑1年，并处罚金3000元。看到这则报道的同时，笔者想起了前不久网上披露的，湖北渔'
     '场职工冒领种粮补贴的“丑闻”。不免感慨，现如今真是国家的惠农政策越来好了吗，怎么稍有权利的干部都想从中捞一笔'
     '呢。“医生”一个与天使一样美丽的名字，代表了人世间的善良和所有的爱，本是大众众身体健康的守护神。可就是吴起县'
     '里的一名小小“村医”却被人民法院判以刑罚，成了众矢之的。原来这么“村医”本不懂医术，也未曾给任何一个村民看过'
     '病。只是一名多次假借医生之名冒领国家村医补助的“冒牌货”。您不干治病救人的活，却要冒用“天使”容颜，您真真是'
     '厚颜无耻啊！想必大家对于当下农村医疗环境或多或少有些了解，大多数村级医疗卫生条件滞后，留不住人才，导致村医缺'
     '口量大，农村医疗需求难以保障，老百姓看病难成了重要的民生问题。为了留住人才，国家实行村医政策补助，增加村医福'
     '利，促使他们安心服务农村。这本是一件实实在在暖人心的工程，却被部分“歪嘴和尚”唱成了“歪经”。村主任通过办假'
     '证多次冒领村医补助，这又透露出了什么呢？假证件是怎么办的、谁人办理的，是否反映出其上级部门存在不作为、渎职的'
     '嫌疑呢？现如今资料造假确实很容易，毕业证、会计证淘宝都可以买，但是作为发放补贴的职能部门难道就没有发现其中的'
     '端倪吗？恐怕其中奥妙笔者不说大家也能猜出个一二四五六。',
     'in', None, False, ['贪污贿赂', '工作纪律'],
     [('王某', '村主任', None)]),
    # 07
    ('http://yl.escvh.com/85cb/8966.html',
     '近几年，国家先后出台了一系列优惠政策，用于村卫生室的规范化建设及对村医进行培养。但是，在陕西省个别地方，有些'
     '村干部竟然打起了村卫生室的主意，将其拍卖给村医。最近，宝鸡市扶风县法门镇斜里村的村医就反映，村干部们以承建及'
     '经营权为名，收取了他11万元。扶风县法门镇斜里村距扶风县城10公里，有6个村民小组，1900多口人，全村唯一'
     '的卫生室就设在闲置的村小学院内，村医赵俊林告诉记者，由于村干部的刁难和阻挠，村卫生室已无法正常营业半年多了。'
     '村医赵俊林：2011年村上把班子调整以后，干部让一户群众把羊养里边，也把狗栓在里边，我来以后得把门反锁，病人'
     '来以后要敲门叫我，我才能开门，要不然把羊丢了后，我赔不起羊。赵俊林说，从上世纪70年代至今，他一直都是村医，'
     '2009年，在上一届村干部协调下，他出资对闲置的小学教师宿舍进行了装修改造，并通过省市验收，成为斜里村唯一的'
     '村卫生室。但是，2011年，村上换届后，一切都发生了改变。村医赵俊林：到2011年11月19号，村上书记就不'
     '让我干了，说拍卖以后你能买起你就干，买不起你就干不成。没过几天，村干部就锁了村卫生室的门，村医赵俊林被扫地出'
     '门，村上还派人在院子里放了一条狗。2011年11月26号，村干部突然领着各小组组长，要拍卖村卫生室。当时参加'
     '竟拍的有两个人，一个是赵俊林，还有一个叫赵宏兵的村民，一番PK之后，赵俊林最终出价11万元。村医赵俊林：当时'
     '村书记说了，12点过一分就要多交一万元，就要罚一万元。',
     'in', None, True, ['群众纪律', '廉洁纪律'],
     [(None, '书记', '斜里村')]),
    # 08
    ('http://m.cddzsc.cn/new/322a1289a2009/200954yuchan10314.shtml',
     '省市縣三級財政撥付給富平衛生部門用于補助鄉村醫生的三年專款，共計數十萬元，到鄉村醫生手里竟然大幅“縮水”。有'
     '的醫生領了半年360元的補助，還有160元被“卡”走。昨日中午，富平縣留古鎮某村村醫李笑（化名）剛從地里干活'
     '回來。這位65歲的村醫，為了給自己家里田地的作物澆水，已經連續兩夜沒有睡覺。他穿著一條黃色的褲子，是前些年當'
     '兵的兒子部隊轉業帶回來的。說起村醫補助的事情，老漢稱只在去年領了幾回，“每月按60元標準發的，發了不到一年的'
     '。”他并不知道有關部門的補助是從2006年開始的。在意識到補助被“黑”后，他無奈地笑了笑，打了一個非常形象的'
     '比喻說：“眼盼著渠通了，放了一些水，（沒想到）水源又不足。本來想著一天還有一包‘窄板猴’的錢，看來也達不到。'
     '”談到自己多年的村醫歷史，他拉著記者看家里張貼的很多獎狀和破爛的屋頂、裂縫的墻壁。他還出示了平生唯一的一雙皮'
     '鞋。“我干了40多年，到最后算賬還倒貼了2000元，老了干不動了，國家補助的錢又稀里糊涂地沒了……”說著說著'
     '，李老漢無助地哭了起來。同李笑的遭遇一樣，張橋鎮的村醫去年三四月間開始在鄉上的衛生院領取每月60元的補助。而'
     '去年三四月之前的補助，有關部門從來也沒跟他們提過。華朱鄉一個村子的村醫李某對發放補助的事情記的非常清楚。',
     'in', None, False, ['群众纪律'],
     []),
    # 09
    ('http://31936.cn/news/redianzhuanti/show45171.html',
     '福州商人陳茂武活了30年，今年6月才偶然發現，自己已“被精神病”整整20年。在公安內部信息網，他被注明為“精'
     '神分裂癥病患者”，屬重點監管對象。福建省福清市衛生工作者協會經過調查，認為南沖村村醫陳乃剛涉嫌偽造陳茂武的村'
     '民醫學檔案，騙取國家醫療補助。兩年前，同樣在福建，泉州一個26歲的健壯小伙兒，也在偶然間才聽說，自己是“偏執'
     '型精神分裂癥”患者，且已得病3年多。同期，在安徽蒙城，樂土鎮柳林社區一位村民也驚訝地發現，自己明明身體很好，'
     '健康檔案體檢表上卻“被糖尿病”了；而當地一位“身患高血壓糖尿病”的83歲老人陸韓氏，卻查無此人。不僅是精神病'
     '、糖尿病，還有高血壓、心臟病……在全國各地，居民被安上一系列無中生有疾病的報道不時見諸報端。居民健康檔案造假'
     '，在近年醫改過程中一直被詬病。2014年7月，廣東廣州某社區醫院被曝，其轄區內4萬多份健康檔案過半系造假。媒'
     '體跟進發現，廣州個別社區醫院的確存在健康檔案造假，人手緊張、任務量太大，是導致一些社區衛生服務中心造假檔案完'
     '成指標的原因。類似的情況不只在廣州發生。多位黑龍江、四川等地的基層醫務工作者反映，當地居民健康檔案問題也是層'
     '出不窮。2011年年初，安徽懷遠的居民健康檔案造假事件，還引得衛生部出面通報。',
     'in', None, False, ['形式主义官僚主义', '工作纪律'],
     []),
    # 10
    ('http://ischool.net.cn/plzhx/dlgc/shehui/201204/t20120409_2424575.htm',
     '審計署昨日發布45個縣農村醫療衛生服務體系建設專項審計調查結果。其中，盡管基層醫療機構建設不足，但依然有近8'
     '000萬元建設資金被挪用，占148個抽查項目計劃投資總額的1.41%。挪用農村醫療資金，可謂貽害無窮。在當前'
     '農村醫療設施本身就嚴重匱乏的情況下，這種挪用公款的行為勢必會影響許多農民看病，可能導致病情拖延，承受更大痛苦'
     '，乃至危及生命。可見，被挪用“近8000萬元”這一看似抽象、簡單的數字背后，掩蓋著十分復雜的民生之痛，那些利'
     '用職權之便滯留挪用這類公款的人，可謂對民眾疾苦喪失了最起碼的同情心。對于這種挪用農村醫療資金的行為，必須從嚴'
     '從重追究責任，以儆效尤。其實，官員挪用滯留公款，即使沒有直接用于個人經營牟利，而看起來是用在了其他的“公務”'
     '上，但實質上仍然不過是在為官員個人謀取好處，比如說是興建形象工程謀取政績、用于公務消費讓官員享受等等。就其本'
     '質而言，是某些官員把公款當成了自己利用職權可以任意滯留挪用的“私物”。對此，法律不應容忍，不能僅僅規定官員挪'
     '用公款直接歸個人使用、營利等為犯罪，對于那些打著“都是為了公務”的幌子而挪用專項資金的行為，同樣應追究刑責。',
     'in', None, False, ['贪污贿赂', '工作纪律'],
     []),
    # 11
    ('https://emotion.nvwu.com/201009/74153.shtml',
     '庄少宁原来是个木工。因为祖上有医治皮肤病的秘方，加之对行医感兴趣，10年前他转行成了广东省海丰县联安镇联南村'
     '——这个“卫生站空白村”的一名乡村医生。但他现在有些后悔了。他不曾料到，想为自己找一条后路，却招来了一连串的'
     '麻烦……近些年来，联南村的常住人口越来越少了。这个原有1500多人的村庄，留下的不过三分之一，大部分村民都迁'
     '往城镇居住。庄少宁所在卫生站的生存处境也日益艰难，为此他显得忧心忡忡。“平均每天看病的人就三两个，有时甚至零'
     '门诊。每月收入不超过500元。”年近五旬的他每天有大量的空余时间。闲着的时候，他便思考自己的退路。有一天，他'
     '突然有了一个想法：“也许我可以尝试竞选村干部，为乡亲们干点实事。”在他眼中，改革开放30年来，村里几乎没有任'
     '何改变——没有水泥路，没有像样的楼房，村民仍靠着年久失修的水利耕着那一亩三分田……于是，2008年3月，雄心'
     '勃勃的庄少宁决定参加第四届村委换选。他的目标是联南村村委会主任一职。在此前的一个星期，他成功当选为联南村西燕'
     '潭村小组的小组长。“当时心里想，凭借自己的一番热情，再接再厉，再下一城。”可惜，庄少宁落败了。他得票率不过2'
     '0%，原来的村干部高票连任。“他们联盟舞弊，甚至利用钱财买票，将选票牢牢掌控在自己手中。50元一张选票，这是'
     '村里公开的秘密。他们把买来的票，你选我，我选你。最后当选的还是他们。”庄少宁对这样的结果表示不满，“太不公平'
     '了。”虽然心中愤愤不平，但竞选失利已成事实，庄少宁心想，“不过再回去当村医罢了。”',
     'in', None, False, ['组织纪律'],
     []),
    # 12
    ('https://epaper.nfncb.cn/nfnc/content/20080703/Articel16007FM.htm',
     '南方农村报：我是高州市金山开发区板桥卫生站的一名乡医，记得我曾在5月10日左右跟您投诉一件事：“关于村委会要'
     '我交管理费一事。”因此，你亦在同月15日南方农村报发表了我的一篇文章《村委会凭啥要我交四千块管理费》。但此事'
     '到现在一直没有罢休，村委会还是一意孤行要我们交管理费4000块。如果不交，拿我卫生站的牌出来公标！此事我已经'
     '上告市卫生局，医政科负责人说：“他没权公标，也没资格收取任何管理费！”于是，我打电话告给新任村委会主任，但他'
     '说他虽没权然而村民有权！唉！我做错了什么？我该如何是好？高州市金山开发区板桥卫生站乡医',
     'in', None, True, ['群众纪律'],
     []),
    # 13
    ('http://sh148.org/law06/law01/11348.htm',
     '2007年10月19日下午，刚满半岁的小女孩王某某因呕吐、低热、轻微腹泻到某村卫生室诊治，接诊乡村医生胡某某'
     '给她静脉点滴并开了口服药。次日上午，王某某病情仍未见缓解，遂再次到该卫生室诊治。10月21日凌晨4时许，王某'
     '某出现神志不清、面色青紫，即在送往医院的途中死亡。10月26日，尸检报告书认为王某某的死亡为异物（胃内容物）'
     '吸入呼吸道导致呼吸道堵塞引起窒息缺氧而死亡；患儿本身所患间质性肺炎在其死亡过程中起一定的促进作用；其患轻度肠'
     '炎与死因无关。诉讼过程中，经当事人申请，法院委托鉴定机构对王某某的死亡与村卫生室的诊疗行为有无因果关系进行鉴'
     '定，得出的鉴定结论为医方在患儿诊治中存在过错，该过错与患儿的死亡有间接因果关系，参与度为25%。此外，法院委'
     '托南昌市医学会做出的鉴定结论认为本病例不属于医疗事故。法院经审理认为，村卫生室在诊治中存在无病历记录、漏诊、'
     '用药不规范、告知方面欠细致周到等过错，故其应承担相应的赔偿责任。综合本案案情，村卫生室承担20%的责任较为客'
     '观合理。接诊乡村医生胡某某系该卫生室负责人，且系其在诊治中存在过错，故应对村卫生室的赔偿份额承担连带责任。据'
     '此，法院判决村卫生室、胡某连带赔偿王某某父母医药费、死亡赔偿金等费用共计近5万元。',
     'out', '涉法涉诉', False, [],
     []),
    # 14
    ('https://wanbiaoku.com./new/41812ae44ae2446e90188c5bc9648286',
     '2023年10月17日下午5点左右，死者陈某祥因腰背部疼痛到被告敖某均处治疗，被告敖某均在未对死者陈某祥进行'
     '皮试的情况下对死者陈某祥输液，因输完液后死者陈某祥当场昏厥，故原告高某花及其兄弟将死者陈某祥送至被告某市某区'
     '某镇卫生院处进行输液，输完液后被告医生说死者陈某祥可以回家了，家属将陈某祥带回家后于2023年10月18日3'
     '时死亡。死者陈某祥到被告某市某区某镇卫生院处接受诊断和治疗，形成了医疗服务合同关系，死者陈某祥在治疗期间，由'
     '于被告某市某区某镇卫生院未遵守法定医疗流程及诊疗规范，面对如此危重的病人，被告某市某区某镇卫生院没有及时为陈'
     '某祥做心电图；未给陈某祥抽血化验，未对陈某祥进行心电监护，导致未能及时发现陈某祥心肌缺血出现了急性心力衰竭或'
     '/和致死性心律失常等症状，属于漏诊，也延误了治疗时机，未采取积极有效的抢救措施。然而面对如此重症病人，某市某'
     '区某镇卫生院没有要求患者留院观察，心电监护，也没有给家属告知陈某祥的病情，而是强行要求陈某祥回家，如此草菅人'
     '命，完全丧失作为医务人员的基本医德，终陈某祥病情恶化死在家中。诉讼请求：请求依法判决某市某区某镇卫生院、敖某'
     '均连带向原告赔偿1009103元。',
     'out', '涉法涉诉', False, [],
     []),
    # 15
    ('http://m.handmsg.com/page/2021/1113/9100846.shtml',
     '一個村衛生室在過去六年里累計開具了37567條“腦中風”診療記錄，截至目前，已有2908人被查明“患上”這一'
     '疾病。涉事衛生室位于山東省菏澤市單縣萊河鎮崔口村，轄區人口2164人，加之大量勞動力外出務工，崔口村常住人口'
     '遠少于該村衛生室“診治”過的“腦中風”患者人數。“我們崔口村現在已經被曝光了，幾乎家家都有‘腦中風的，附近幾'
     '個村莊也有被‘腦中風的（村民）。”48歲的崔口村村民徐某告訴《中國新聞周刊》。徐某和他妻子及在外地讀大學的女'
     '兒都被戴上了“腦中風”的帽子，小孫女三年前“被腦中風”時才5歲。據他介紹，村里一位老人去世后還被刷了48條醫'
     '療記錄。單縣“腦中風村”事件被曝光后，山東省醫保局督導組趕到當地。10月19日，國家醫保局基金監管司派督導組'
     '進駐單縣，連夜開會，現場督辦，并要求以案為鑒、舉一反三，嚴肅查處基層醫療機構亂象和欺詐騙保行為，切實維護人民'
     '群眾利益和醫保基金安全。山東單縣人民政府網站10月20日發布消息，經聯合調查組初步調查，村醫朱某菊一是存在診'
     '療記錄錄入錯誤的問題，二是存在利用虛報診療記錄騙取居民基本醫療保險門診統籌金的行為。2016年1月至2021'
     '年9月近六年間，該衛生室共有診療記錄49633條，醫療費用總金額564395.29元，實際報銷居民基本醫療保'
     '險門診統籌金376968.03元（其中診療費248165元，藥品128803.03元）。經公安機關初步調查，'
     '朱某菊違法收入金額已經達到刑事立案標準6000元。目前，犯罪嫌疑人村醫朱某菊已被刑事拘留，單縣公安機關正在對'
     '其冒用個人信息、虛報診療記錄獲取的違法收入逐項核實。',
     'out', '涉法涉诉', False, [],
     []),
    # 16
    ('http://wbx.jiangyaojia.com/4281.html',
     '我们是60年代至80年代一直坚持了20多年的老“赤脚医生”，在改革开放后的80年代初期叫我们是乡村医生，从那'
     '时到现在长达50年之久，当时的农村极为缺医少药，生活十分困难，我们利用一根银针一把草和土单验方，治好了多种常'
     '见病和多发病及传染病，例如当时的大脑炎、麻疹、婴儿瘫、百日咳、疟疾等，直接威胁到老百姓生命，我们利用一根银针'
     '、一把草的方法，采用土单验方，在村医头熬制所谓的大锅汤（内有大青叶、板蓝根、双花），凡是过路行人每人一碗汤药'
     '，当时起到了良好的效果，因为它们有抗病毒和消炎杀菌的作用，深受广大人们的拥护和信任，就不一一例举了。80年代'
     '至今我们一直本着不花钱少花钱也能治病的原则，奉献50余载。直到如今这群老村医为了吃上一顿香菜（饭），还在工作'
     '在最基层，为了老有所养，已年过7旬了，为此我们奔跑在上访路上长达十年之久，最后受了各级政府的关注。从2015'
     '年给我们工龄乘20元的方式给予生活补助。按劳动法应该给我们退休对待和民办教师一样才行，但是没有这样办，使我们'
     '老一代的村医非常寒心，所以我们又一次以上访的形式，借助中华人民共和国《基本医疗卫生与健康促进法》之东风，在此'
     '还为我们村医养老立子大法，所以要感谢国家主席习近平、栗战书委员长。这次我们必须以摸底排查的方法，摸清三证齐全'
     '的人员到底有多少？绕开浑水摸鱼的，没有证的靠边站，必须以省、市、县、厅和局有档案的为依据，这样才能以事求实，'
     '否则会给政府在经济上带来压力和不良后果。使我们这一代老村医得到合法、合理、合情的养老金。这样让年轻的村医看到'
     '老有所养，没有后顾之忧，才能留住人，确保网底不破。',
     'out', '个人利益诉求', False, [],
     []),
    # 17
    ('http://bbs.lnylfw.com/forum.php?extra=page%3D205&mod=viewthread&tid=5623',
     '与刘三学、夔永川二人相比，韩登榜是幸福的，基业有承是一方面，更重要的是老有所用。如今，他每天都要到村卫生所里'
     '接诊慕名而来的患者，而刘三学却因身体健康等原因，面临着从医生涯的终结，夔永川的卫生所因受新办的西医私人诊所的'
     '冲击，生意惨淡，难以为继。这些曾经为中国农村卫生事业奉献了一生的赤脚医生，如今正面临着老无所依的共同难题。“'
     '几十年了，这么多公共卫生服务，我们基本都是无偿进行的，随着年事渐高，我们中的很多人都面临着结束医生的生涯，但'
     '没有养老、医疗保险，我们的晚年生活该怎么过？”夔永川这么说。在记者采访他的半天多时间里，他只接待了一位病人，'
     '开了两服中药，毛收入5.6元，获利1.3元。“生意虽然很清淡，但必须要干下去，儿子在外打工，收入很低，不干家'
     '里就没有零花钱了……”说话的时候，夔永川有点伤感。“与我们赤脚医生同时诞生的耕读教师（后来改称民办教师）和民'
     '办兽医先前和我们一样吃工分和补贴，现在大都已转正，退休后国家发退休工资，享受医疗保险，而我们赤脚医生却一直没'
     '人关注，其实，我们无偿进行了几十年的防疫保健工作可以说是中国迄今延续最长的真正意义上的为人民服务。”韩登榜老'
     '人说。“年轻的时候，我们救死扶伤，治病救人，为人民服务，如今，我们的眼花了，耳朵也聋了，却没有人关心，想来真'
     '有点寒心。”刘三学告诉记者。据统计，到20世纪70年代末，我国赤脚医生数量达到150多万，他们中的大部分人数'
     '十年如一日，奋战在农村卫生战线。暮年落日，谁来关注赤脚医生的晚年生活？',
     'out', '个人利益诉求', False, [],
     []),
    # 18
    ('http://juliangmedia.com/Article/shehui/2023/09/480680.html',
     '張玉生，78歲老鄉醫，有56年赤腳醫生艱辛的歷程，子承父業成為二代赤腳醫生。如今張玉生落得老伴去世，疾病纏身'
     '，還要經常出外打工以維持生存。另一位85歲老鄉醫，郝繼臣，1961年，在老家山東膠縣開始從事赤腳醫生工作，1'
     '971年落戶吉林省撫松縣東崗鎮二大隊繼續從事赤腳醫生工作，截止到2018年，累計赤腳醫生工作58年，身體尚好'
     '，雖然85歲了，還是日出而作，以種地來維持生存。他們現住吉林省長白山保護開發區池西區東參村。國家發給65歲老'
     '人每個月120元養老金，他們說還不夠半個月買藥吃，怎么能養老？開玩笑，靠120元養老早餓死了。如果沒有子女提'
     '供養老金，幫助交物業費、取暖費將流浪街頭凍餓而死。這是我在本地考察三農問題認識還健在最老的赤腳醫生。公主嶺老'
     '家雙龍鎮，馮桂賢，是新中國最早的赤腳醫生，1970年去世。她的女兒文革下鄉榆樹縣插隊是二代赤腳醫生，改開后，'
     '赤腳醫生地位江河日下，生活無以為繼，為求生存到城里打工去了。',
     'out', '个人利益诉求', False, [],
     []),
    # 19
    ('https://chinadigitaltimes.net/chinese/2020/09/%e5%81%b6%e5%b0%94%e6%b2%bb%e6%84%88-%e6%9d%91%e5%8c'
     '%bb%e4%b9%8b%e5%9b%b0%ef%bc%9a%e5%a1%ab%e4%b8%8d%e5%ae%8c%e7%9a%84%e8%a1%a8%e6%a0%bc%e5%92%8c%e6%b'
     '2%a1%e5%8f%91%e5%a4%9f%e7%9a%84%e8%a1%a5/',
     '辞职事件爆发以前，不满已经在依兰村医与主管部门之间滋长多年。2019年7月黑龙江依兰县村医公开集体辞后，当地'
     '不同层级领导组成小队，连夜去参与签名的村医家访。到村医马芸家时，已是深夜。对话气氛原本和缓，直到一位工作人员'
     '对马芸说：「你看你们，公共卫生咋不干了？公共卫生你们不都是捡的钱吗？三五天就干完了。」话音刚落，马芸「蹭」地'
     '从炕上跳起，下地打开了家里的一个文件柜——屯里所有人口的公共卫生项目材料，都在里面。「他一说捡钱，我就火了。'
     '我问他，领导是不是都认为我们（村医）是捡的钱？柜里这些材料，你要是十天能干完，那钱全给你。这里还不算报销合作'
     '医疗要弄的材料，也没把临时开会算进去。怎么能三五天就干完？」国家基本公共卫生服务项目（以下简称「公卫项目」）'
     '是2009年新医改核心举措之一，以儿童、孕产妇、老年人、慢性疾病患者为重点人群，目的是向全体居民免费提供最基'
     '本的公共卫生服务。服务经费由国家和地方的政府财政共同承担。城镇一级由社区卫生服务中心执行，乡村一级由乡镇卫生'
     '院和村卫生室共同执行。乡镇卫生院负责任务和资金的分配。到2017年，公卫项目数量从2009年的9个增加到了1'
     '4个。其实，真正让马芸怒火中烧的，不仅是公卫项目任务量庞大，更是因为自己应得的钱，从未足额发放过。按照政策设'
     '计，新医改后，村医收入从药品加成和诊疗服务收费，转变为政府补助。主要包括三种：公卫项目补助、一般诊疗费补助和'
     '基本药物制度补助（以下简称「基药补助」）。其中，公卫补助金额最高。现实中，公卫项目却成为引发村医群体对自身境'
     '遇愈发不满的矛盾源头。',
     'out', '个人利益诉求', True, [],
     []),
    # 20
    ('http://journal.healthpolicy.cn/html/20170411.htm',
     '国家的农村医疗卫生政策在村级存在难落实的现象。从县级卫生行政主管部门和乡镇卫生院的角度来看，是由于村医群体普'
     '遍缺乏对接国家各项农村医疗卫生政策的基本条件和基础能力所致。但从村医的角度来看，则是因为乡镇卫生院在人财物匮'
     '乏的尴尬处境下，向没有体制身份的村卫生室和村医转嫁危机和风险所致。实际上，医疗卫生政策难以在村级落地，主要原'
     '因在于乡村两级医疗卫生机构之间的关系没有被理顺，具体表现为村卫生室相对于乡镇卫生院的弱势地位。理顺乡村两级医'
     '疗卫生机构关系的关键在于加强村卫生室的能力建设。要从加强村医人才建设方面破题，同时要破除针对村医的某些思维和'
     '政策方面的认识误区，加强对基层主管部门的问责，打通乡村两级医疗卫生机构之间的关联。',
     'out', '其他', False, [],
     []),
    # 21
    ('http://www.jcys.com/jrgz/108417.html',
     '“钱虽然不多，但心意确实到了，我对党和政府对我们的关爱表示衷心的感谢。”3月16日上午，今年62岁，家住枫桥'
     '湖康岳社区，连续在乡村医生岗位上工作了13年的吴道新，在岳阳市岳阳楼区卫生计生局办理完他的乡村医生生活补助申'
     '报材料后，感慨地说。乡村医生在保障广大农村居民健康方面发挥着重要作用，为稳定基层医疗队伍，妥善解决好老年乡村'
     '医生的生活补助问题。',
     'out', '其他', False, [],
     []),
    # 22
    ('https://m.capotfarm.com/article/show_article.do?id=7ecd16126e28',
     '“村里盖的这几间房子干嘛的？空了好几年了都没个人。”我们有时会听到农村老百姓这样的疑问，说的就是村里闲置的公'
     '有村卫生室了。公有村卫生室闲置已经成为农村常见的一种现象。以前的村卫生室大多是村医私人住宅，为保证村卫生室公'
     '建公用，为合理规划和便于管理，政府投了很多人力财力去建成明亮宽敞的房屋，用来做公有村卫生室，可是很多都被闲置'
     '了，成了崭新的“空屋”。',
     'out', '其他', False, [],
     []),
]


def rows() -> list[dict]:
    return labelled_rows(FRESH136, "fresh136")
