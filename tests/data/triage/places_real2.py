"""Places and dates hand-labelled on 60 real Chinese texts (set 2), for a blind measurement of the
triage extractor's `places` and `dates` keys (see shared/formats/triage.md).

Who and when: labelled by hand on 2026-11-27 by a helper session that never read, imported or ran
the extractor (xunshi/triage), the `xunshi` command or the tests. Texts: /tmp/prompts/places2.jsonl
(ids as given there). Totals: 244 places, 144 dates.

Convention in brief.
- places: administrative place names exactly as written (script kept, no 市/县 added), each distinct
  string once, in order of first appearance: province, city, county/district, town/乡/街道,
  village/社区/居委会, 组/社 when written as a place; foreign or other-city names used as places.
  Compounds are split into levels (河间市乾元镇 -> 河间市, 乾元镇). The place part of an organ name
  counts (荆州市纪委 -> 荆州市; 县财政局 gives nothing). Not places: roads, buildings, housing
  compounds, rivers, reservoirs, scenic areas, companies, schools; 当地/本村/该镇.
- dates: expressions naming a calendar point or period for an event in the story, as written, first to
  last character, with a belonging suffix (底/初/下旬/前后/左右/期间/以来) and ranges as one span;
  relative ones only with an anchor (今年…, 去年…, 同年12月, 本月六日). Clock times and 凌晨/深夜
  are dropped (5月13日上午 -> 5月13日). Excluded: 近日, 日前, 前几天, 今天, 昨日, 当天, 翌日,
  N年前, durations, ages, and an article's or letter's own date.

Close calls (decided as follows).
- 去年 / 今年 standing alone, when they say when something happened, are kept (fresh32-008, fresh24-005,
  fresh8-013, fresh38-019, fresh54-020, fresh62-013); 今年 in an age (今年61岁) is not.
- 年底 / 年底前 / 当年 / 同年 without a month or day number are dropped (fresh5-005, fresh10-017,
  fresh44-021, fresh62-013); 同年12月 / 同年3月 / 同年10月7日 are kept.
- Weekdays are dropped (周二, 上週五, 下周一); 周二（十七日） gives 十七日 (fresh58-002, fresh37-011).
- 记者23日从…获悉 is the article's own dateline: dropped (fresh24-005). 法制日报6月6日视点版 (an
  earlier report's publication, part of the story) is kept (fresh30-013).
- Suffixes 起 / 以后 / 后 are kept with the date (1996年起, 2013年元月以后, 去年7月份后); a leading
  自/从 and a trailing verb 开始 are not (从2004年开始 -> 2004年).
- 2006年廣州兩會期間 kept as one span (fresh37-011); 017年8月到11月 kept as written, truncated
  year and all (fresh56-009); 1955年出生 -> 1955年 kept as an event date (fresh56-009).
- 中国 and 大陸 used as a place are kept (fresh9-004 中国辖区, fresh59-007 中国黑龙江省, fresh6-014
  大陸河南); 中国 in slogans or organisation names is not (fresh8-016, fresh29-006, fresh29-002).
- Zones named with 区 are kept (荆北新区, 花湖开发区, 葛店经开区, 大鵬新區); a generic zone after a
  place gives only the place (璧山高新区 -> 璧山, 菏泽高新区 -> 菏泽); 小北门片区 (a demolition
  area) and 上下杭 (a historic street quarter) are not places.
- Place part of media, court, police, hospital and credit-union names counts (荆州新闻网 -> 荆州, 重庆广电 ->
  重庆, 福山派出所 -> 福山, 巫山镇卫生院, 福顺镇…卫生院, 曲周县信用联社); of company names it does
  not (江西鹏域实业有限公司), except 安吉某建筑公司, where 安吉 only says where the firm is from
  (fresh46-019); schools are not (富良棚中學, 龙泉四小, 夏都學校).
- Short forms are separate strings from full ones (榆林 / 榆林市, 平昌 / 平昌县, 瓦子峪 / 瓦子峪鎮,
  雙港 / 雙港鎮); numbered groups are kept as written when split off (白庙村二社 -> 白庙村, 二社;
  雙港居委會三組 -> 雙港居委會, 三組).
- 眉县金渠镇河营一村庄 read as 河营 + 一村庄 ("a village of 河营"): 河营 (fresh62-013). 西大十號
  (a village secretary's unit) kept as a village (fresh29-006). 雲南 in 清廉雲南 kept (fresh25-002).
"""

from __future__ import annotations

LABELS: dict[str, dict[str, list[str]]] = {
    "fresh46-018": {"places": ["大孟镇", "大孟村"], "dates": []},
    "fresh17-003": {
        "places": ["陕西", "榆林市", "佳县", "西安", "榆林"],
        "dates": ["7月25日", "7月20日", "23日", "7月19日"],
    },
    "fresh54-022": {
        "places": ["山东省", "郯城县", "浙江", "杭州", "萧山", "郯城", "重坊镇", "重坊一村"],
        "dates": ["2009年", "2013年2月", "2013年12月16日"],
    },
    "fresh9-004": {
        "places": ["巴中市", "平昌县", "镇龙镇", "平昌", "镇龙", "中国"],
        "dates": ["6月3日", "6月4日"],
    },
    "fresh8-002": {"places": ["陕西", "西安市", "蓝田县", "蓝桥镇"], "dates": ["5月13日", "4月26日", "27日"]},
    "fresh3-013": {
        "places": ["荆州", "荆州区", "荆北新区"],
        "dates": ["2018年8月", "2018年8月26日", "去年的8月"],
    },
    "fresh63-020": {"places": ["郑州", "金水区"], "dates": []},
    "fresh57-007": {"places": ["搬罾镇", "仪陇县", "日兴镇"], "dates": []},
    "fresh29-002": {
        "places": ["遼寧省", "錦州市", "義縣", "瓦子峪鎮", "三城子村", "瓦子峪"],
        "dates": ["2009年12月21日"],
    },
    "fresh21-019": {
        "places": ["重庆", "开州", "巫山镇", "开州区"],
        "dates": ["2024年5月", "2024年6月1日", "6月25日", "6月6日"],
    },
    "fresh27-007": {"places": ["諸暨市", "安華鎮", "浣豐村"], "dates": ["6月20日", "2019年12月"]},
    "fresh32-008": {"places": ["和平村", "珙县", "王家镇", "长埂村"], "dates": ["去年", "2021年12月"]},
    "fresh42-017": {
        "places": ["福州", "晋安区", "福州市", "台江区"],
        "dates": ["2013年", "2013年11月", "同年12月", "2017年"],
    },
    "fresh59-007": {
        "places": ["中国", "黑龙江省", "鸡西", "密山市"],
        "dates": ["2009年3月", "今年3月底", "2009年"],
    },
    "fresh25-002": {
        "places": ["雲南", "雲南省", "玉溪市", "峨山縣", "麗江市", "華坪縣"],
        "dates": ["2020年12月", "2021年7月", "2021年10月", "2022年3月", "2023年7月", "2019年"],
    },
    "fresh24-005": {
        "places": ["湖南", "衡阳市", "衡山县", "衡阳"],
        "dates": ["2016年", "2013年", "今年", "今年6月21日"],
    },
    "fresh2-006": {"places": ["化成镇", "白庙村", "巴州区", "二社"], "dates": []},
    "fresh10-003": {"places": ["澄邁縣", "福山", "福山鎮"], "dates": ["9月27日"]},
    "fresh58-002": {"places": ["雲南省", "巧家縣", "老店鎮"], "dates": ["十七日"]},
    "fresh30-013": {"places": ["河北省", "安平县", "河北"], "dates": ["7月11日", "6月6日", "2011年5月30日"]},
    "fresh11-019": {"places": ["商丘", "虞城县", "叶大庄", "虞城"], "dates": ["2017年7月10日"]},
    "fresh46-019": {"places": ["杭垓镇", "安吉", "杭垓"], "dates": ["1月16日", "18日"]},
    "fresh50-021": {
        "places": ["花湖开发区", "站前社区", "鄂城区", "葛店经开区", "葛店镇"],
        "dates": ["5月14日", "2014年以来", "5月26日"],
    },
    "fresh49-008": {"places": ["海南省", "樂東黎族自治縣", "樂東縣"], "dates": ["2022年6月底"]},
    "fresh45-003": {"places": ["中山村", "四川省", "广元市", "剑阁县", "闻溪乡"], "dates": ["2010年底"]},
    "fresh17-012": {"places": ["梁平县", "湖南省", "梁平", "梁山镇"], "dates": ["4月12日", "2004年"]},
    "fresh41-004": {
        "places": ["廣東", "深圳", "大鵬新區", "廣州", "大鵬", "葵湧"],
        "dates": ["今年二月", "本月六日", "本月十五日"],
    },
    "fresh22-014": {
        "places": ["广东", "湖北省", "利川市", "高要市", "肇庆市"],
        "dates": ["2007年12月", "2008年12月4日", "2009年2月24日", "2009年7月"],
    },
    "fresh25-009": {
        "places": ["重庆市", "彭水县", "龙塘乡", "石园村", "贵州省", "务川县", "浞水镇", "化力村"],
        "dates": [],
    },
    "fresh10-017": {"places": ["贵溪市", "滨江镇", "江北村", "洋角渡组"], "dates": ["2020年"]},
    "fresh10-015": {"places": [], "dates": ["5月5号前后", "7月20号左右", "8月8日"]},
    "fresh31-016": {"places": ["晉江市", "梅嶺街道", "草田尾村", "雙溝社區"], "dates": ["2004年", "5月25日"]},
    "fresh5-005": {"places": ["四川省", "营山县", "增产乡", "光辉村"], "dates": ["2011年"]},
    "fresh58-012": {
        "places": ["浙江省", "浦江县", "浦南街道", "五村", "武义", "安吉"],
        "dates": ["2018年1月", "同年3月", "2019年1月"],
    },
    "fresh28-003": {"places": ["锦州市", "北镇市", "广宁街道", "杨家店村"], "dates": ["今年2月19日"]},
    "fresh5-008": {
        "places": ["陕西省", "西安市", "蓝田县", "焦岱镇", "蓝田"],
        "dates": ["1996年起", "1996年", "1997年4月1日", "同年10月7日"],
    },
    "fresh56-009": {
        "places": ["安徽省", "六安市", "裕安区", "金安区", "施桥镇"],
        "dates": ["017年8月到11月", "2017年", "1999年至2013年", "2016年11月7日", "1955年", "1982年"],
    },
    "fresh8-013": {"places": ["遂宁", "颐康社区", "遂宁市", "船山区", "北固镇"], "dates": ["今年"]},
    "fresh18-005": {
        "places": ["曲周", "河北省", "邯郸市", "曲周县", "侯村镇", "鸡泽县"],
        "dates": ["2024年8月", "2026年1月"],
    },
    "fresh62-013": {
        "places": ["眉县", "金渠镇", "横渠镇", "汤峪镇", "河营"],
        "dates": ["6月14日", "2018年", "去年", "去年年底"],
    },
    "fresh6-014": {"places": ["大陸", "河南", "禹州市"], "dates": ["4日"]},
    "fresh53-007": {
        "places": ["江蘇省", "無錫市", "錫山區", "安鎮街道", "膠西村"],
        "dates": ["2011年至2019年", "2012年", "2019年"],
    },
    "fresh22-004": {"places": ["大黑崗子村", "新民市"], "dates": ["1997年", "4月17日"]},
    "fresh54-016": {"places": [], "dates": ["2004年", "2008年1月1日", "7月11日"]},
    "fresh8-016": {
        "places": ["贵州省", "黔东南州", "黎平县", "天柱县"],
        "dates": ["4月14日", "15日", "4月15日", "2012年6月", "2013年元月以后", "去年7月份后"],
    },
    "fresh38-019": {"places": ["新泰市", "新甫街道", "西洛村"], "dates": ["11日", "今年春节期间", "今年"]},
    "fresh28-019": {"places": ["通山县", "赤壁", "通山"], "dates": ["3月23日"]},
    "fresh6-007": {
        "places": ["鹽城", "響水", "雙港鎮", "雙港居委會", "三組", "陳港", "雙港"],
        "dates": ["2020年9月"],
    },
    "fresh45-013": {
        "places": ["吉林省", "榆樹市", "長春市"],
        "dates": [
            "1989年5月19日",
            "1990年6月9日",
            "1990年8月10日",
            "1994年7月5日",
            "1995年8月22日",
            "2002年1月25日",
        ],
    },
    "fresh6-018": {
        "places": ["盐城", "江苏省", "盐城市", "亭湖区", "亭湖"],
        "dates": ["2015年", "2020年10月", "2022年1月", "2023年"],
    },
    "fresh15-002": {"places": ["重庆", "璧山", "青杠"], "dates": ["12月10号"]},
    "fresh37-011": {
        "places": ["廣州市", "越秀區", "廣州", "廣東"],
        "dates": ["去年10月", "2008年", "2004年", "2006年廣州兩會期間"],
    },
    "fresh37-022": {"places": ["新田县"], "dates": []},
    "fresh29-008": {
        "places": ["吉林省", "白山市", "洮南市", "福顺镇"],
        "dates": ["4月下旬", "2015年以来", "5月7日"],
    },
    "fresh7-012": {
        "places": ["娄底", "泰国", "湖南省", "娄底市", "哈尔滨"],
        "dates": ["2013年5月", "5月7日"],
    },
    "fresh51-014": {
        "places": ["重庆", "重庆市"],
        "dates": [
            "2011年2月16日",
            "2011年2月17日至2014年3月31日",
            "2012年8月6日",
            "2011年3月1日至2012年6月30日",
            "2013年6月3日",
            "2013年9月23日",
        ],
    },
    "fresh29-006": {
        "places": ["北京", "松源市", "吉林省", "扶余縣", "肖家鄉", "威武村", "西大十號"],
        "dates": ["2007年5月1日", "2002年"],
    },
    "fresh44-021": {"places": ["龙山村", "月塘镇", "团结组"], "dates": []},
    "fresh54-020": {"places": ["广安区", "广安", "岔路村"], "dates": ["2007年", "去年"]},
    "fresh61-017": {
        "places": ["菏泽市", "菏泽", "万福", "耿海社区", "郓城"],
        "dates": ["5月22日", "5月20日", "2010年"],
    },
}
