"""Places and dates hand-labelled on 60 real Chinese texts (set 1).

What: gold ``places`` and ``dates`` (keys of shared/formats/triage.md) for the 60 texts of
/tmp/prompts/places1.jsonl, for a blind measurement of the extractor.
Who/when: labelled by hand on 2026-11-27 by a helper who never read or ran the extractor
(xunshi/triage) nor the tests.

Convention in brief:
- places: administrative names as written (province ... village, 社区, 村民小组/组, 街道), other
  cities and countries used as places; compounds split into levels; the place part of an organ
  name counts (荆州市纪委 -> 荆州市), a bare 县/市 does not; not streets, roads, buildings,
  rivers, islands, mountains, fields, companies, websites, "当地". Script kept as written,
  each distinct string once, in order of first appearance.
- dates: expressions naming a calendar point or period for an event (year, month, day,
  festival, 今年/去年 + ...), span as written incl. suffixes (初/底/期间/左右/前后/以来/起), a
  range as one span, clock times and day parts dropped (25日上午 -> 25日). Excluded: vague
  (近日, 日前, 当晚, 当天, 次日, 至今, 年底, 年关), durations, ages, "N年前", historical eras
  (清末, 民国时期, 宋代), and the article's own dateline (闽南网10月22日讯, 環球網9月11日報道,
  上游新闻客户端3月30日消息).

Close calls:
- fresh4-018: 台商投资区 (an economic-zone administrative area) kept as a place.
- fresh56-014: masked year "年8月份" labelled "8月份"; "5年前" excluded (no calendar anchor).
- fresh27-020 / fresh27-002: 中国 used adjectivally (中国P2P行业, 中国经济) excluded; company
  names with a place (资邦（上海）, 福建志博渔业, 吉林糧食集團, 西安蝴蝶手表厂) excluded.
- fresh38-003: 陳集 (陳集糧站) kept as a place part; 明光 of 明光桂花收儲庫 not.
- fresh16-012: "南充关市地方海事局" (garbled) labelled 南充; 四川新闻网 excluded.
- fresh26-009 / fresh16-012 / fresh55-019: 13日当天, 25日上午, 17日下午 -> the day only.
- fresh55-004: "记者30日从…证实" kept (reporting event, not a dateline).
- fresh64-002 / fresh26-006: date another paper published a report (7月13日, 7月4日) kept.
- fresh61-020 / fresh45-017: 一组, 9组 kept as 村民小组 places; 协兴园区 and 牌坊 (牌坊办事处) kept.
- fresh61-014 / fresh44-016 / fresh23-020 / fresh11-009: "X村民委员会", "X村民", "X村委会" give
  "X村" (道口村, 后坂村, 水口村, 横山村).
- fresh26-022 / fresh48-019: 小丁家湾自然村, 姚庄行政村 kept with their suffix as written.
- fresh49-013 / fresh64-014 / fresh45-017 / fresh11-009: plot and hill names (屯子港, 马面排,
  沙子园, 杨家石坝, 范家嘴, 麻竹林, 彩北田) excluded; 朱砂片 (fresh49-002) kept as a sub-village.
- fresh6-012: 海陵岛 excluded (island); fresh43-001: 丰泽 only in a road-section name, excluded.
- fresh27-018: 京 (到京上訪) and 城南 (城南派出所) excluded.
- fresh48-019: bare 今年 (今年参加新农保) kept as an event time; fresh49-002 "2016年7月16起"
  kept as written (missing 日).
- fresh10-010: "28日晚至29日" kept as one range span.
- fresh37-006: 中秋节期间 kept (festival); fresh44-016: 清末 excluded, 90年初 kept.
"""

LABELS: dict[str, dict[str, list[str]]] = {
    "fresh4-018": {"places": ["台商投资区", "洛阳镇", "洛安新村", "厦门", "同安"], "dates": []},
    "fresh56-014": {"places": ["怀安县"], "dates": ["8月份"]},
    "fresh25-018": {"places": ["潼南县", "卧佛镇", "文曲村"], "dates": ["10月中旬", "2010年"]},
    "fresh29-014": {
        "places": ["吉林省", "舒兰市", "金马镇", "朝阳村", "四社"],
        "dates": ["1960年左右", "上个世纪70年代起", "2003年初"],
    },
    "fresh51-019": {"places": ["陕西", "延安", "安塞县", "志丹县"], "dates": ["上世纪80年代", "2006年前后", "2008年"]},
    "fresh15-004": {
        "places": ["四川", "巴中", "南江", "山东", "潍坊", "安丘市", "安丘", "潍坊市"],
        "dates": ["2016年11月"],
    },
    "fresh16-022": {"places": [], "dates": []},
    "fresh27-020": {
        "places": ["北京", "上海市", "浦东"],
        "dates": ["8月6日", "2018年以来", "2018年7月末", "7月", "7月13日"],
    },
    "fresh38-003": {"places": ["安徽省", "明光市", "江蘇省", "儀征市", "陳集"], "dates": []},
    "fresh23-012": {"places": ["莆田市", "城厢区", "灵川镇", "东进村"], "dates": ["2013年初"]},
    "fresh26-009": {
        "places": ["河北省", "平山县", "河北", "平山", "孟贤壁村", "平山镇", "石家庄", "元氏县", "东张乡"],
        "dates": ["9月13日", "2013年", "去年10月", "今年5月", "9月12日", "13日", "今年7月"],
    },
    "fresh9-012": {"places": ["涧西"], "dates": []},
    "fresh16-012": {"places": ["南充", "南充市"], "dates": ["3月25日", "今年2月12日", "25日"]},
    "fresh44-016": {
        "places": ["福建", "龙文区", "步文镇", "安徽", "后坂村"],
        "dates": ["2016年8月9日至12日", "90年代初", "2013年", "90年初", "90年代"],
    },
    "fresh4-012": {"places": ["安徽", "寿县", "堰口镇"], "dates": ["2010年", "2011年6月", "2012年10月份"]},
    "fresh16-016": {"places": ["莘县"], "dates": ["2017年", "2018年", "2019年", "10月27日"]},
    "fresh20-010": {"places": ["煎茶镇", "贵阳", "德江"], "dates": ["2025年2月18日", "2022年", "2025年3月"]},
    "fresh5-006": {
        "places": ["廣東省", "雷州市", "附城鎮", "徐馬村", "湛江市"],
        "dates": ["9月3日", "今年年底", "9月2日", "2009年5月", "1994年"],
    },
    "fresh55-019": {"places": ["三十头乡", "三十头"], "dates": ["17日"]},
    "fresh61-020": {
        "places": ["理家坪乡", "马蹄村", "一组", "理家坪"],
        "dates": ["2015年5月29日", "5月30日", "6月1日", "6月2日"],
    },
    "fresh47-002": {"places": ["湘潭县", "杨嘉桥镇", "燕荆村", "燕山村", "群力组", "旷家新村"], "dates": []},
    "fresh15-011": {"places": ["广西壮族自治区", "梧州市", "蒙山县"], "dates": ["2018年"]},
    "fresh3-020": {"places": ["江苏", "南通", "如东", "如东县"], "dates": []},
    "fresh6-012": {
        "places": ["湖南", "凤凰县", "三亚", "长沙", "深圳", "广州", "阳江市"],
        "dates": ["2015年4月16日", "2014年4月15日", "4月17日", "4月18日"],
    },
    "fresh43-001": {"places": [], "dates": ["2005年", "5月底", "2005年底", "2003年10月", "2003年底"]},
    "fresh49-013": {
        "places": ["和平县", "林寨镇", "林寨", "明星村", "文明小组"],
        "dates": ["2014年7月28日", "2014年12月1日", "2015年1月14日"],
    },
    "fresh55-004": {"places": ["青海省", "贵南县"], "dates": ["30日", "10月29日"]},
    "fresh61-014": {"places": ["德州", "庆云县", "徐园子乡", "后道口村", "徐园子", "道口村"], "dates": ["2021年9月3日"]},
    "fresh64-013": {"places": ["朝阳", "金盏乡"], "dates": ["2016年5月"]},
    "fresh52-005": {"places": ["苏州", "姑苏区"], "dates": ["8月16日"]},
    "fresh26-022": {"places": ["杜家湾村", "山西", "山西省", "河津市", "下化乡", "小丁家湾自然村"], "dates": ["2008年"]},
    "fresh45-014": {
        "places": ["北京市", "北京"],
        "dates": ["2019年", "2024年7月", "8月", "9月2日", "10月24日", "10月29日"],
    },
    "fresh4-013": {"places": ["河北省", "石家庄", "天津市"], "dates": []},
    "fresh50-010": {"places": ["浙江", "海寧", "嘉興", "海寧市"], "dates": ["2022年3月", "2024年1月", "2024年"]},
    "fresh4-007": {"places": ["陜西", "石泉縣"], "dates": ["2011年"]},
    "fresh45-017": {
        "places": ["广安区", "协兴镇", "牌坊农业村", "9组", "协兴园区", "牌坊"],
        "dates": ["2019年6月份", "同年8月"],
    },
    "fresh23-020": {
        "places": ["茂名市", "化州", "官桥", "广东省", "化州市", "官桥镇", "水口管区", "石岐村", "名教管区", "水口村"],
        "dates": [],
    },
    "fresh49-002": {
        "places": ["湖南省", "汨罗市", "大荆镇", "白杨村", "朱砂片", "汨罗", "岳阳", "古仑乡", "大荆"],
        "dates": ["2016年起", "2013年起", "2014年起", "2016年7月16起", "2017年5月18日", "2015年"],
    },
    "fresh17-005": {"places": ["山西", "襄汾县", "上庄村"], "dates": ["2025年12月27日", "今年四月", "十二月二十七日"]},
    "fresh37-006": {
        "places": ["海南省", "海口市"],
        "dates": ["23日", "9月3日", "中秋节期间", "9月4日", "9月9日", "9月18日"],
    },
    "fresh24-021": {"places": ["新干县", "麦斜镇", "南元村", "江西省", "南管村"], "dates": []},
    "fresh15-020": {"places": ["吉林省", "公主岭市", "靠山村"], "dates": []},
    "fresh27-002": {"places": ["温州", "浙江省", "苍南县", "金乡镇", "上乾头村"], "dates": ["2015年1月21日"]},
    "fresh39-012": {"places": ["天津市", "津南區", "小站鎮", "河北省", "寧晉縣", "邢臺市", "寧晉"], "dates": []},
    "fresh14-006": {"places": ["安徽", "萧县", "黄口", "黄口镇", "徐州"], "dates": ["元月7日", "1月8日", "今年暑假前"]},
    "fresh44-002": {
        "places": ["广东省", "吴川市", "大山江街道", "那贞村"],
        "dates": ["1月17日", "1月16日", "1月14日", "16号"],
    },
    "fresh59-018": {
        "places": ["西安市", "陕西省", "陕西"],
        "dates": ["2007年2月起", "2001年", "2005年", "2007年2月前后"],
    },
    "fresh23-009": {
        "places": ["揭阳市", "惠来县", "华湖镇", "先春村", "广州", "广东省"],
        "dates": ["2017年", "2022年3月", "2022年8月", "2020年11月2日", "2021年9月25日"],
    },
    "fresh27-018": {"places": ["北京", "江蘇", "無錫", "江陰市", "江陰"], "dates": ["2016年5月12日", "3月2號"]},
    "fresh48-019": {
        "places": ["菏泽", "安兴镇", "姚庄行政村", "姚庄村"],
        "dates": ["去年7月份", "2011年初", "2011年2月份", "今年"],
    },
    "fresh50-011": {"places": ["河南", "鲁山县"], "dates": ["8月29日"]},
    "fresh11-009": {"places": ["北腰村", "儋州市", "中和镇", "横山村", "光村镇", "振兴村"], "dates": []},
    "fresh63-013": {"places": ["新鄉市", "鳳泉區", "北站區"], "dates": ["1998年"]},
    "fresh64-002": {
        "places": ["江苏省", "淮安市", "淮阴区", "越河村"],
        "dates": ["7月13日", "2017年", "2017年12月18日", "2003年", "2004年", "2010年", "2012年3月"],
    },
    "fresh26-006": {
        "places": ["内蒙古", "锡林郭勒盟", "内蒙", "内蒙古自治区", "西乌旗"],
        "dates": ["7月4日", "7月9日", "2003至2008年"],
    },
    "fresh10-010": {
        "places": ["辽宁省", "本溪市", "桓仁县", "五里甸子镇", "桦树甸子村"],
        "dates": ["3月29日", "29日", "28日晚至29日"],
    },
    "fresh14-007": {"places": ["萧县", "官桥镇", "安徽省"], "dates": ["2010年"]},
    "fresh30-015": {"places": ["張掖市", "古浪縣", "張掖"], "dates": ["四月"]},
    "fresh64-014": {
        "places": ["江西省", "宜丰县", "芳溪乡", "芳溪村"],
        "dates": ["1988年", "1989年8月", "1991年5月", "2016年3月", "2016年4月", "4月28日", "5月24日"],
    },
    "fresh8-020": {"places": [], "dates": ["2013年"]},
}
