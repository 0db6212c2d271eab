"""Places and dates hand-labelled on 60 real Chinese texts (set 3).

What: gold `places` and `dates` (keys of shared/formats/triage.md) for the 60 texts of
/tmp/prompts/places3.jsonl, for a blind measurement of the triage extractor.
Who/when: labelled by hand on 2026-11-27 by a helper who never read or ran the extractor.

Convention in brief:
- places: administrative names as written (province, city, county/district/旗, town/乡/街道,
  village/社区, 组/队 group names), split into levels; other-city/foreign names used as places;
  the place part of an organ name (萊州法院 -> 萊州, 刘寨村委会 -> 刘寨村). Not streets, roads,
  buildings, reservoirs, parks, companies, hospitals, schools, newspapers. Script kept as
  written (traditional stays traditional, 肇慶巿 with U+5DFF kept beside 肇慶市). Each distinct
  string once, in order of first stand-alone appearance.
- dates: expressions with a calendar anchor (year, month, day, festival, 今年/去年/前年/本月/当年 ...)
  saying when something happened; suffixes 期间/底/初/中旬/下旬/以来/起/后/前/年度/间 kept;
  ranges as one span; clock times dropped (2007年9月23日凌晨 -> 2007年9月23日). Excluded: vague ones
  (近日, 日前, 当天, 今日, 昨日, 几年前), durations, ages, publication/datelines, case and
  document numbers ([2023], (2020), 1997年10号文件 as a number).

Close calls:
- Leading 自/从 dropped: 自2012年以来 -> 2012年以来, 从2019年1月1日起 -> 2019年1月1日起.
- Birth dates counted as events (1986年9月14日出生, 1954年出生).
- 2012年3月至今 kept as one range span; 2017年12月底前, 当年9月15日前 keep 前.
- 今年 alone (fresh27-008) and 前年 alone (fresh16-019) kept like 去年; 今冬 (fresh29-021) kept.
- Festival without year kept per "contains 春节": 春节前 (fresh11-014), 除夕之前 (fresh41-013).
- Typo 5月日7 (fresh50-008) kept as written; 2016年度 and 2016年 both kept (fresh42-008).
- 2013年6月的一天 -> 2013年6月 (fresh40-006).
- Dateline place 长沙 (fresh15-013) kept, its date 1月5日 dropped as publication date.
- Single-character 粵 (fresh4-008 headline) and 中国之声/北京青年報 not places; 中國 (fresh13-020) kept.
- Place prefixes of company names not counted (河北白鹿温泉..., 河北易兴...); 北京 in 北京知名律师 kept.
- 组/队 groups kept (一组, 11组, 2组, 九队, 东成队, 安南队); 赵楼行政村/石庄自然村 kept as written;
  大坡村民小组 -> 大坡, plus 大坡村 written later (fresh10-002).
- Excluded as not administrative: 望花北镇 (fresh29-021, a residential area list), 双胜街
  (fresh5-017, street), 迈陈东区 (market name), 三回店/田埔/乌坑口 (works names), 桥头林场, 开发区.
- 金星, 长岭 (fresh30-005) kept as place names of connected villages.
"""

LABELS: dict[str, dict[str, list[str]]] = {
    "fresh4-008": {
        "places": ["廣東", "清遠市", "清遠", "英德市", "英德"],
        "dates": [],
    },
    "fresh40-006": {
        "places": ["四川省", "涼山州", "越西", "甘洛"],
        "dates": ["2013年6月"],
    },
    "fresh10-016": {
        "places": ["万宁", "长丰镇", "万宁市", "牛漏村", "安乐村"],
        "dates": ["10月10日", "2016年6月"],
    },
    "fresh16-019": {
        "places": ["黄骅市", "常郭镇", "街西村", "北京", "北京市", "黑龙江省", "肇东", "山东省", "单县"],
        "dates": ["前年", "2007年9月23日", "9月30日"],
    },
    "fresh30-020": {
        "places": ["安徽省", "蚌埠市", "固镇县", "杨庙乡", "何集", "杨庙", "何集村", "何集乡"],
        "dates": ["今年7月", "11月3日", "今年7月份"],
    },
    "fresh35-007": {
        "places": ["濟南市", "濟陽縣"],
        "dates": ["2014年"],
    },
    "fresh15-013": {
        "places": ["长沙", "湖南省", "衡东县", "白莲镇", "小初村"],
        "dates": ["1月1日", "12月31日", "1月2日"],
    },
    "fresh42-009": {
        "places": ["渠县", "达州市", "成都市", "新津区", "遂宁市", "安居区"],
        "dates": ["10月20日", "去年9月", "今年6月", "今年以来"],
    },
    "fresh46-005": {
        "places": ["安徽省", "亳州市", "谯城区", "五马镇", "张楼村"],
        "dates": ["去年9月21日"],
    },
    "fresh52-015": {
        "places": ["河北省", "承德市", "随州市", "曾都区"],
        "dates": ["1986年9月14日", "2023年7月31日", "2023年4月20日"],
    },
    "fresh51-002": {
        "places": ["山西省", "忻州市", "静乐县", "山西"],
        "dates": ["28日", "1977年1月", "2012年3月至今", "2012年1月", "去年12月初"],
    },
    "fresh64-017": {
        "places": ["丹鳳縣", "龍駒寨街道", "保倉村", "西康村", "陳家臺組", "陳家臺"],
        "dates": ["2017年6月", "2017年8月份", "8月10日", "8月14日", "2017年12月底前", "1992年", "2018年1月"],
    },
    "fresh42-008": {
        "places": ["普宁市", "船埔镇", "黄沙村", "陆河县"],
        "dates": ["4月初", "2016年度", "2012年以来", "2012-2016", "本月初", "2016年", "4月12日"],
    },
    "fresh29-021": {
        "places": ["抚顺", "抚顺市", "顺城区"],
        "dates": ["今冬", "11月6日", "10月28日"],
    },
    "fresh36-009": {
        "places": ["福建省", "漳州市", "芗城区", "石亭街道", "埔尾社区"],
        "dates": ["2022年"],
    },
    "fresh13-020": {
        "places": ["中國", "萊州"],
        "dates": [],
    },
    "fresh4-003": {
        "places": ["繁峙县", "土岭", "龙宿沟", "大西沟", "岩头乡", "土岭村", "忻州市"],
        "dates": ["06年", "08年"],
    },
    "fresh47-007": {
        "places": ["宜宾县", "合什镇", "唐坎村", "柳嘉镇"],
        "dates": ["8月10日", "8月17日"],
    },
    "fresh18-014": {
        "places": ["栾城", "河北省", "石家庄市", "栾城区", "冶河镇", "南留村"],
        "dates": ["2022年起", "2024年10月起", "2020年4月", "2023年9月", "2022年9月至2025年9月期间"],
    },
    "fresh49-019": {
        "places": ["翁牛特旗"],
        "dates": ["1984年", "2007年夏天", "2009年", "2018年12月", "2019年1月1日起"],
    },
    "fresh28-002": {
        "places": ["三溪口街道", "下坦村", "海口镇", "海林村", "北山镇", "仁村村"],
        "dates": ["2016年8月15日", "12月11日", "2018年12月18日", "2014年至2018年", "2019年9月2日", "2016年1月22日", "2018年11月7日"],
    },
    "fresh24-014": {
        "places": ["河南", "駐馬店", "確山縣", "駐馬店市", "汝南縣", "汝南"],
        "dates": ["2011年5月"],
    },
    "fresh22-019": {
        "places": ["陕西", "眉县", "宝鸡市", "马家镇", "常兴镇"],
        "dates": ["1996年", "1997年", "当年9月15日前"],
    },
    "fresh48-018": {
        "places": ["渠县", "三板乡", "香安村", "一组"],
        "dates": ["2014年", "2015年", "今年下半年"],
    },
    "fresh10-002": {
        "places": ["澄迈县", "金江镇", "大坡", "大坡村"],
        "dates": ["5月16日", "5月8日"],
    },
    "fresh9-015": {
        "places": ["松山区"],
        "dates": ["2002年5月", "2002年"],
    },
    "fresh15-007": {
        "places": ["河北", "承德", "岔沟乡"],
        "dates": ["2023年起", "2023年7月", "2024年5月", "2024年11月", "2017年", "2022年"],
    },
    "fresh50-001": {
        "places": ["广安市", "前锋区", "广兴镇"],
        "dates": [],
    },
    "fresh7-015": {
        "places": ["平舆县", "郭楼镇", "高平寺村", "驻马店市", "唐高庄", "门庄", "高平寺"],
        "dates": ["2017年1月", "2017年6月"],
    },
    "fresh45-007": {
        "places": ["江苏省", "阜宁县"],
        "dates": ["2001年6月"],
    },
    "fresh14-019": {
        "places": ["杭州市", "江干区", "笕桥镇", "横塘村", "浙江省", "北京"],
        "dates": ["去年12月", "2009年6月14日"],
    },
    "fresh55-022": {
        "places": [],
        "dates": ["2012年11月10日", "11日", "12日"],
    },
    "fresh26-016": {
        "places": ["河北省", "平山县", "温塘镇", "鹿台村", "温塘"],
        "dates": ["2014年3月"],
    },
    "fresh27-008": {
        "places": [
            "金華", "婺城區", "白龍橋鎮", "清塘下村", "浙江省", "金華市", "金東區", "曹宅鎮", "花廳村", "東陽市", "南馬鎮", "泉府村", "永康市", "象珠鎮", "江頭村",
        ],
        "dates": ["今年"],
    },
    "fresh11-014": {
        "places": ["四川", "内蒙古自治区", "乌兰察布市", "四川省", "富顺县", "永年镇", "高河村", "11组", "内蒙古"],
        "dates": ["春节前", "2013年春节", "当年6月", "2015年10月"],
    },
    "fresh22-016": {
        "places": ["河北", "邢台"],
        "dates": ["2019年1月", "2025年2月"],
    },
    "fresh55-013": {
        "places": [],
        "dates": ["2007年5月21日", "2007年7月13日", "2007年7月11日", "2007年9月14日", "2007年10月23日"],
    },
    "fresh35-002": {
        "places": ["河北", "定州", "定州市", "泉邱二村"],
        "dates": ["2015年8月"],
    },
    "fresh43-010": {
        "places": ["福建省", "宁德市", "蕉城区", "漳湾镇", "拱屿村"],
        "dates": ["2023年11月下旬", "2021年10月25日", "2022年底"],
    },
    "fresh53-010": {
        "places": ["包头", "石拐区", "五当召镇", "包头市", "脑包沟村"],
        "dates": [],
    },
    "fresh30-005": {
        "places": ["卫子镇", "板石沟村", "九队", "金星", "长岭"],
        "dates": [],
    },
    "fresh60-022": {
        "places": ["英雄村", "2组", "广安区"],
        "dates": [],
    },
    "fresh31-010": {
        "places": ["张家口市", "张家口", "蔚县", "康保县"],
        "dates": ["去年", "1月3日"],
    },
    "fresh53-012": {
        "places": ["荥阳市", "贾峪镇", "祖始村"],
        "dates": [],
    },
    "fresh41-013": {
        "places": ["郑州市", "二七区", "河南省"],
        "dates": ["2021年2月5日", "除夕之前", "2021年1月25日", "2021年1月15日", "2016年7月22日"],
    },
    "fresh3-008": {
        "places": ["迈陈镇", "谭板村", "徐闻县", "迈陈下村", "英斐村", "东成队", "安南队"],
        "dates": ["1998年10月26日", "1997年10月10日", "11月6日"],
    },
    "fresh18-013": {
        "places": ["揚州", "江蘇省", "揚州市"],
        "dates": ["3月20日", "去年10月"],
    },
    "fresh48-006": {
        "places": ["承德市", "丰宁县", "承德", "北京"],
        "dates": ["2014年10月中旬", "2010年至2019年间", "2010年", "2019年"],
    },
    "fresh50-008": {
        "places": ["商丘市", "平台镇", "赵楼行政村", "石庄自然村"],
        "dates": ["2017年5月", "5月日7", "6月24日"],
    },
    "fresh21-003": {
        "places": ["睢宁县", "古邳镇", "魏集镇"],
        "dates": ["2014年2月27日", "2013年11月25日"],
    },
    "fresh61-001": {
        "places": ["江西", "九江市", "武宁县", "豫宁街道", "湖口县", "城山镇", "陈仓村", "大垅乡"],
        "dates": ["7月9日", "6月18日至7月2日", "6月23日", "6月24日", "6月29日", "6月30日", "7月1日", "7月2日", "7月4日"],
    },
    "fresh54-013": {
        "places": ["陝西", "鎮巴", "山西", "汾陽", "汾陽市", "呂梁"],
        "dates": ["2005年", "2013年8月", "11月8日"],
    },
    "fresh57-006": {
        "places": ["登封市", "宣化镇"],
        "dates": [],
    },
    "fresh22-015": {
        "places": ["遼寧"],
        "dates": ["2025年末", "2018年12月14日", "1954年", "2005年起", "2014年", "2019年1月", "2021年3月"],
    },
    "fresh14-003": {
        "places": ["河南省", "尉氏县", "庄头乡", "孙庄村"],
        "dates": ["2004年6月15日", "2000年6月", "2001年春天", "2003年", "1998年～2002年"],
    },
    "fresh5-017": {
        "places": ["重庆市", "巴南区", "东温泉镇", "重庆"],
        "dates": ["2月20日", "2月28日", "2020年7月3日"],
    },
    "fresh15-008": {
        "places": ["佛山", "佛山市", "三水区", "芦苞镇", "刘寨村", "三水"],
        "dates": ["10月25日", "11月4日", "9月25日", "2016年"],
    },
    "fresh13-016": {
        "places": ["廣東", "肇慶", "肇慶巿", "端州區", "肇慶市"],
        "dates": ["28日", "29日", "1月25日", "16日"],
    },
    "fresh15-005": {
        "places": ["江苏", "泗洪县", "孙园镇", "苏州"],
        "dates": ["1995年以来"],
    },
    "fresh8-017": {
        "places": ["江西", "吉安市", "吉州区"],
        "dates": ["2017年后", "2019年"],
    },
}
