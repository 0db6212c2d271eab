"""General reading rules of the announcement parser, one test each.

The texts are short invented announcements in the forms real ones take (news stories,
lists of groups, flattened tables, page footers); each rule is one a person would state
about announcements in general, found missing when a fresh batch of real texts was read.
"""

from __future__ import annotations

from xunshi.rounds.announcement import parse


def test_list_of_units_goes_on_after_a_comma() -> None:
    o = parse(
        "3月2日至5日,十二届自治区党委第九轮巡视4个巡视组分别进驻自治区文化厅、档案馆,"
        "自治区审计厅、地方志办公室和科学技术协会,开展巡视监督工作。巡视期间设值班电话:"
        "0951-5550123。"
    ).contract()
    assert o["targets"] == ["自治区文化厅", "档案馆", "自治区审计厅", "地方志办公室", "科学技术协会"]


def test_a_comma_before_a_clause_ends_the_list() -> None:
    o = parse("县委第一巡察组进驻县水务局,开展为期1个月的巡察,设值班电话:0550-7123456。").contract()
    assert o["targets"] == ["县水务局"]


def test_dui_wai_inside_a_name_is_not_the_preposition() -> None:
    o = parse(
        "中央第二巡视组已进驻中国人民对外友好协会、中央对外联络部共两个单位,展开巡视工作。"
        "值班电话:010-66661234。"
    ).contract()
    assert o["targets"] == ["中国人民对外友好协会", "中央对外联络部"]


def test_list_after_baokuo_and_fenbie_wei() -> None:
    o = parse(
        "二十届中央第五轮巡视将对12家单位党组织进行常规巡视,包括国家林业局、国家气象局、"
        "中国地震局等。中央巡视组主要受理反映被巡视单位领导班子及其成员问题的来信来电来访。"
    ).contract()
    assert o["targets"] == ["国家林业局", "国家气象局", "中国地震局"]
    o = parse(
        "省委巡视组完成对第二批6个地区的进驻。已进驻的地区分别为甲县、乙县、丙市。"
        "巡视期间设专门值班电话。"
    ).contract()
    assert "第二批" not in o["targets"]
    assert o["targets"][-3:] == ["甲县", "乙县", "丙市"]


def test_a_long_list_is_read_to_its_end() -> None:
    towns = [f"{a}{b}镇" for a in "东西南北中" for b in "甲乙丙丁戊己庚辛壬癸子丑寅卯"]
    text = f"县委巡察组对{'、'.join(towns)}等{len(towns)}个乡镇开展常规巡察。值班电话:0550-7123456。"
    o = parse(text).contract()
    assert o["targets"] == towns


def test_counted_summary_with_gong_and_parentheses_is_not_a_unit() -> None:
    o = parse(
        "省委第三巡视组对甲县、乙县等2个县(市、区),以及丙集团有限公司开展常规巡视。"
        "值班电话:0311-87654321。"
    ).contract()
    assert o["targets"] == ["甲县", "乙县", "丙集团有限公司"]
    assert "区)" not in o["targets"]
    o = parse(
        "省委第四轮巡视第一批巡视组已进驻共青团某省委、某省妇联共两个单位,开展巡视。值班电话:0311-87654321。"
    ).contract()
    assert o["targets"] == ["共青团某省委", "某省妇联"]


def test_sectors_and_titles_are_not_units() -> None:
    o = parse(
        "省委巡视组对省民政厅开展常规巡视,同步对全省自然资源系统开展上下联动监督,"
        "同时对自然资源系统开展巡视巡察联动。网站推出《巡视进驻专栏》。值班电话:0311-87654321。"
    ).contract()
    assert o["targets"] == ["省民政厅"]


def test_a_unit_repeated_in_its_short_form_is_one_unit() -> None:
    o = parse(
        "区委第二巡察组将于2025年5月6日至6月30日对某某区总工会、团区委开展巡察。"
        "召开了区委第二巡察组进驻区总工会、团区委巡察动员会议。值班电话:13912345678。"
    ).contract()
    assert o["targets"] == ["某某区总工会", "团区委"]


def test_elided_group_list_names_the_first_group_and_pairs_in_order() -> None:
    text = (
        "11月3日,校党委第一、第二巡察组巡察机械学院党委、化学学院党委工作动员会先后召开。"
        "校党委巡察工作领导小组常务副组长刘某某出席。会上,校党委第一、第二巡察组组长张明华、"
        "李红梅提出要求。巡察组于11月3日进驻,开展为期一个月左右的巡察。"
    )
    r = parse(text)
    o = r.contract()
    assert o["inspector"] == "校党委第一巡察组"
    assert o["targets"] == ["机械学院"]
    assert o["leaders"] == [{"name": "张明华", "role": "组长"}]
    assert o["period"] == {"start": "11-03", "end": None}


def test_n_groups_that_fenbie_go_to_n_units_pair_in_order() -> None:
    text = (
        "7月1日,县委2个巡察组分别进驻县农业局、县林业局,召开巡察工作动员会。\n"
        "组别\n巡察单位\n值班电话\n"
        "县委第一巡察组\n县农业局\n13800001111\n"
        "县委第二巡察组\n县林业局\n13800002222\n"
    )
    first = parse(text).contract()
    assert first["inspector"] == "县委第一巡察组"
    assert first["targets"] == ["县农业局"]
    # the number alone on its line takes the table's column header as its label
    assert [x["number"] for x in first["phones"]] == ["13800001111"]
    second = parse(text, group=1).contract()
    assert second["targets"] == ["县林业局"]
    assert [x["number"] for x in second["phones"]] == ["13800002222"]


def test_groups_listed_by_ordinal_alone_take_the_issuer_and_their_own_phones() -> None:
    text = (
        "省委今年第一轮巡视,4月1日至3日,省委3个巡视组已全部进驻。每个县的巡视时间为一个月。"
        "第一巡视组  巡视地:甲市乙区  联系电话:13900000001  "
        "第二巡视组  巡视地:丙县  联系电话:(0917)3333333  13900000002  "
        "第三巡视组  巡视地:丁县  联系电话:13900000003"
    )
    r = parse(text)
    o = r.contract()
    assert [g.name for g in r.groups] == ["省委第一巡视组", "省委第二巡视组", "省委第三巡视组"]
    assert o["inspector"] == "省委第一巡视组"
    assert o["level"] == "provincial"
    assert o["targets"] == ["甲市乙区"]
    assert [x["number"] for x in o["phones"]] == ["13900000001"]


def test_a_page_footer_runs_to_the_end_of_the_page() -> None:
    o = parse(
        "中央第一巡视组进驻某部,值班电话:010-66661234。\n"
        "人人做记者 爆料方法 : | 爆料熱線: | (852) 3600 0000 | 電 郵: | tips@paper.example.hk |\n"
        "SMS: | (852) 6500 0000 | MMS: | photo@paper.example.hk |"
    ).contract()
    assert [x["number"] for x in o["phones"]] == ["010-66661234"]
    assert o["emails"] == []


def test_verbs_are_not_names() -> None:
    o = parse(
        "自治区党委第一巡视组进驻某厅。巡视组组长明确巡视监督重点,副组长宣读了巡视通知。"
        "值班电话:0951-5550123。"
    ).contract()
    assert o["leaders"] == []


def test_arrival_date_opening_a_sentence_starts_the_period() -> None:
    o = parse(
        "7月3日,县委3个巡察组分别完成对甲镇、乙镇、丙乡共3个乡镇的巡察进驻。本轮巡察时间为两个半月。"
    ).contract()
    assert o["period"] == {"start": "07-03", "end": None}
    assert o["duration"] == "两个半月"
    assert o["targets"] == ["甲镇", "乙镇", "丙乡"]


def test_a_mobilisation_meeting_date_alone_is_not_the_start() -> None:
    text = "10月9日,省委第一巡视组巡视某市工作动员会召开。巡视期间设专门值班电话:0312-5900001。"
    o = parse(text).contract()
    assert o["period"] is None


def test_arrival_window_told_far_from_its_verb() -> None:
    o = parse(
        "3月1日至4日,十二届自治区党委第十一轮巡视5个巡视组按照“一托二”任务安排,分别进驻"
        "自治区信访局、社科院。本轮巡视到4月中下旬结束。"
    ).contract()
    assert o["period"] == {"start": "03-01", "end": None}


def test_closing_date_in_chinese_numerals() -> None:
    o = parse(
        "中央第四巡视组已进驻某部,巡视为期两个月。群众可在十一月二十日前向巡视组举报。值班电话:010-66661234。"
    ).contract()
    assert o["period"] == {"start": None, "end": "11-20"}
    assert o["duration"] == "两个月"


def test_closing_date_far_from_the_channel_name() -> None:
    o = parse(
        "2月6日上午,区委第一巡察组进驻区总工会。巡察期间设置专门值班电话:18900001111。"
        "巡察组受理信访接待和举报电话的时间为每个工作日的8:00-12:00、14:30-17:30,截止时间为2023年2月17日。"
    ).contract()
    assert o["period"] == {"start": "2023-02-06", "end": "2023-02-17"}
    assert o["phones"][0]["hours_text"] == "每个工作日的8:00-12:00、14:30-17:30"


def test_duration_written_as_a_range() -> None:
    o = parse("省委巡视组将在各部门工作30~40天。省委第一巡视组进驻某厅。值班电话:028-86001234。").contract()
    assert o["duration"] == "30~40天"


def test_scope_before_deng_wenti_without_de() -> None:
    o = parse(
        "区委第一巡察组进驻区文化馆,主要受理反映区文化馆主要负责人和重要岗位干部等问题来信来电来访。"
        "值班电话:18900001111。"
    ).contract()
    assert o["scope_persons"] == "区文化馆主要负责人和重要岗位干部"


def test_cut_off_focus_keeps_the_whole_items() -> None:
    o = parse(
        "省委第一巡视组进驻某市。巡视组主要受理反映被巡视单位领导班子问题的来信来电来访,"
        "重点是关于违反政治纪律、组织纪律、廉洁"
    ).contract()
    assert o["focus"] == ["政治纪律", "组织纪律"]


def test_box_where_notices_are_posted_and_contact_boxes_set() -> None:
    o = parse(
        "自治区党委第二巡视组进驻某厅。各巡视组在驻地、被巡视单位公共场所分别张贴了巡视公告,"
        "设置了举报联系信箱。值班电话:0951-5550123。"
    ).contract()
    assert o["boxes"] == ["驻地、被巡视单位公共场所"]


def test_a_column_header_is_not_a_box_location() -> None:
    text = "县委第一巡察组进驻县商务局。\n信访意见箱位置\n县商务局一楼大厅\n值班电话:13800001111"
    o = parse(text).contract()
    assert "位置" not in o["boxes"]


def test_rounds_listed_or_past_are_not_this_round() -> None:
    o = parse(
        "近期,我市新一轮机动巡察工作正式启动。市委机动巡察组将对甲镇、乙镇、丙园区3家已参与"
        "市委第一轮、第二轮巡察的单位,就工程建设项目情况进行专项巡察。"
    ).contract()
    assert o["round"] is None
    assert o["inspector"] == "市委机动巡察组"
    assert o["kind"] == "巡察"
    assert o["targets"] == ["甲镇", "乙镇", "丙园区"]
    # a city committee whose targets are towns is a county-level city's
    assert o["level"] == "county"


def test_a_policy_cited_from_the_centre_does_not_make_a_central_round() -> None:
    o = parse(
        "根据中央关于探索开展市县巡察工作的精神,校党委组建3个党委巡察组,对甲学院、乙学院、"
        "丙学院开展巡察工作,巡察时间1个月左右。"
    ).contract()
    assert o["level"] == "other"


def test_a_bare_party_committee_is_the_one_that_approved_the_round() -> None:
    o = parse("经自治区党委批准,十一届党委第七轮巡视将对甲旗、乙县开展常规巡视。").contract()
    assert o["level"] == "provincial"
    assert o["targets"] == ["甲旗", "乙县"]


# ---------------------------------------------------------------- known weaknesses


def test_county_level_city_named_below_its_prefecture() -> None:
    o = parse(
        "根据中央和省委、苏州市委和昆山市委部署,市委第一巡察组进驻市发改委开展巡察。值班电话:0512-57001234。"
    ).contract()
    assert o["level"] == "county"


def test_county_level_city_said_outright() -> None:
    text = "按照县级市巡察工作安排,市委第二巡察组进驻市教育局开展巡察。值班电话:0512-57001234。"
    o = parse(text).contract()
    assert o["level"] == "county"


def test_a_prefecture_committee_inspecting_departments_stays_a_city() -> None:
    o = parse(
        "市委第一巡察组进驻市委组织部开展巡察。市委常委、组织部部长出席会议,按照市委部署推进。"
        "值班电话:0716-8098178。"
    ).contract()
    assert o["level"] == "city"


def test_a_city_without_counties_inspecting_a_town_is_a_city() -> None:
    o = parse("中山市委第一巡察组对横栏镇党委开展专项巡察。值班电话:0760-88880000。").contract()
    assert o["level"] == "city"
    o = parse("市委第一巡察组对甲镇党委、乙镇党委开展常规巡察。值班电话:0760-88880000。").contract()
    assert o["level"] == "county"


def test_groups_named_in_full_that_fenbie_go_to_units_pair_in_order() -> None:
    text = (
        "自治区党委第五巡视组、第六巡视组分别进驻甲市和乙市。自治区党委第五巡视组组长张三明,"
        "值班电话:0776-2883105;自治区党委第六巡视组组长李四平,值班电话:0778-2299106。"
    )
    first, second = parse(text).contract(), parse(text, group=1).contract()
    assert (first["targets"], second["targets"]) == (["甲市"], ["乙市"])
    assert [x["number"] for x in first["phones"]] == ["0776-2883105"]
    assert first["leaders"] == [{"name": "张三明", "role": "组长"}]


def test_a_list_of_units_longer_than_the_groups_is_not_paired() -> None:
    o = parse(
        "县委2个巡察组分别对甲镇、乙镇、丙镇开展巡察。县委第一巡察组组长王五,值班电话:13800001111。"
        "县委第二巡察组组长赵六,值班电话:13800002222。"
    ).contract()
    assert o["targets"] == ["甲镇", "乙镇", "丙镇"]


def test_time_under_review_is_not_the_period() -> None:
    o = parse(
        "市委第一巡察组重点检查2021年1月1日至2023年12月31日期间的情况,巡察时间为2024年3月1日至4月30日。"
        "值班电话:0512-57001234。"
    ).contract()
    assert o["period"] == {"start": "2024-03-01", "end": "2024-04-30"}
    o = parse(
        "市委第一巡察组于2024年3月1日至4月30日对市教育局开展巡察,了解2022年1月1日至2023年12月31日的"
        "资金使用情况。值班电话:0512-57001234。"
    ).contract()
    assert o["period"] == {"start": "2024-03-01", "end": "2024-04-30"}


def test_days_of_mobilisation_meetings_are_not_the_period() -> None:
    o = parse(
        "2024年3月4日至6日,市委各巡察组分别召开巡察动员会。市委第一巡察组对市教育局开展巡察,"
        "受理信访截止到2024年4月25日。值班电话:0512-57001234。"
    ).contract()
    assert o["period"] == {"start": "2024-03-04", "end": "2024-04-25"}


def test_a_missing_year_across_the_new_year() -> None:
    o = parse(
        "发布日期:2024-12-28。市委第一巡察组于1月5日至3月5日对市教育局开展巡察。值班电话:0512-57001234。"
    ).contract()
    assert o["period"] == {"start": "2025-01-05", "end": "2025-03-05"}
    o = parse(
        "市委第一巡察组于12月2日至1月30日对市教育局开展巡察。值班电话:0512-57001234。发布:2025-01-03"
    ).contract()
    assert o["period"] == {"start": "2024-12-02", "end": "2025-01-30"}


def test_a_missing_year_without_a_near_date_stays_missing() -> None:
    o = parse(
        "市委第一巡察组于5月6日至7月6日对市教育局开展巡察。值班电话:0512-57001234。发布:2023-11-20"
    ).contract()
    assert o["period"] == {"start": "05-06", "end": "07-06"}


# ---------------------------------------------------------------- rules from holdout batch 6


def test_a_story_of_findings_without_channels_is_not_an_announcement() -> None:
    r = parse(
        "此前,某县委巡察组进驻某镇,对该镇所辖12个村进行常规巡察。进驻期间,巡察组累计受理群众来信7份。"
        "经查,某村党支部书记违规套取项目资金,受到党内严重警告处分。"
    )
    assert r.problem is not None
    assert r.contract()["inspector"] is None


def test_words_of_a_sentence_and_persons_are_not_units() -> None:
    o = parse(
        "截至10月22日,十三届市委第十三轮巡察完成进驻。市委巡察组将对7个县(市)区纪委监委机关开展提级巡察。"
        "各组长对深入学习贯彻总书记关于巡视工作的新部署和有关工作要求,扎实开展巡察工作提出要求。"
        "巡察组巡察期间主要受理反映被巡察党组织领导班子及其成员、下一级主要负责人问题的来电来信来访。"
        "巡察组受理信访时间截止到2025年12月13日。"
    ).contract()
    assert o["targets"] == []


def test_a_long_parenthesis_does_not_make_a_unit_too_long() -> None:
    o = parse(
        "市委巡察一组进驻西园街道、某某中学教育集团(含甲实验学校、乙中学、丙中学、丁中学,同时检查各镇<街道>"
        "教育中心)开展巡察。值班电话:19500000001。"
    ).contract()
    assert o["targets"][1].startswith("某某中学教育集团(含甲实验学校")


def test_a_label_on_the_line_above_the_number() -> None:
    text = (
        "市委巡察组对甲街道、乙街道开展巡察,时间安排30天左右。\n"
        "市委巡察一组\n组长:王某明\n被巡察单位\n甲街道\n专门值班电话\n19500000001(8:00-18:00)\n"
        "通信地址\n某市A036号邮政信箱\n"
        "市委巡察二组\n组长:李某华\n被巡察单位\n乙街道\n专门值班电话\n19500000002(8:00-18:00)\n"
    )
    o = parse(text).contract()
    assert o["inspector"] == "市委巡察一组"
    assert o["phones"] == [{"number": "19500000001", "hours_text": "8:00-18:00", "sms_only": False}]
    assert o["duration"] == "30天左右"
    assert o["targets"] == ["甲街道"]


def test_numbers_in_a_contact_table_row_without_labels() -> None:
    text = (
        "省委10个巡视组已进驻。\n相关链接:省委巡视组进驻情况一览表\n"
        "省委巡视第一组王某某甲集团有限公司0731-85000001长沙市第448号邮政信箱aa01@example.gov.cn\n"
        "省委巡视第二组李某某省国资委0731-85000002长沙市第445号邮政信箱\naa02@example.gov.cn\n"
    )
    o = parse(text).contract()
    assert o["inspector"] == "省委巡视第一组"
    assert [x["number"] for x in o["phones"]] == ["0731-85000001"]
    assert o["emails"] == ["aa01@example.gov.cn"]
    assert o["po_boxes"] == ["长沙市第448号邮政信箱"]


def test_unlabelled_numbers_outside_a_contact_table_are_not_channels() -> None:
    o = parse("县委第一巡察组进驻县农业局开展巡察,工作人员共8人,车辆编号0731-85000001。").contract()
    assert o["phones"] == []


def test_hours_on_their_own_line() -> None:
    o = parse(
        "市委第六巡察组从2020年10月28日至11月30日对市发改委开展专项巡察。\n\n联系电话:19900000001\n\n"
        "受理时间:工作日上午9:00—12:00 下午2:00—6:00\n"
    ).contract()
    assert o["phones"][0]["hours_text"] == "工作日上午9:00-12:00 下午2:00-6:00"


def test_where_the_group_stays_is_not_what_it_inspects() -> None:
    o = parse(
        "7月16日,县委第三巡察组进驻某园镇,对该镇甲村、乙村等2个村开展村级扶贫领域巡察工作。"
        "举报电话号码为18100000001。"
    ).contract()
    assert o["targets"] == ["甲村", "乙村"]
    assert o["period"] == {"start": "07-16", "end": None}


def test_scope_for_range_and_focus_in_sentence_form() -> None:
    o = parse(
        "县委第三巡察组进驻某镇。受理范围为反映被巡察村两委班子及其成员在党的建设方面,重点是在政策落实不力、"
        "以权谋私等方面存在的相关问题。举报电话号码为18100000001。"
    ).contract()
    assert o["scope_persons"] == "被巡察村两委班子及其成员"
    assert o["focus"] == ["政策落实不力", "以权谋私"]
    o = parse(
        "3个区委巡察组于2025年12月1日至2026年1月31日对区文联开展常规巡察。常规巡察主要受理反映被巡察单位"
        "党组织领导班子及其成员在违反政治纪律等方面情况。"
    ).contract()
    assert o["scope_persons"] == "被巡察单位党组织领导班子及其成员"
    assert o["inspector"] is None


def test_a_numbered_list_of_box_places_over_lines() -> None:
    o = parse(
        "区委第一巡察组于3月15日至4月15日对某医院开展专项巡察。\n(二)举报信箱: 1.行政楼五楼公开栏旁;\n"
        "2.门诊大厅一楼步行楼梯口旁;\n3.住院部一楼步行楼梯口旁。\n(三)举报电话:0563-2000001"
    ).contract()
    assert o["boxes"] == ["行政楼五楼公开栏旁", "门诊大厅一楼步行楼梯口旁", "住院部一楼步行楼梯口旁"]


def test_box_places_with_long_addresses() -> None:
    o = parse(
        "区委巡察三组对区政府办开展巡察。同时在巡察驻点(某市某区某路165号附近某公园南门往里300米(保障大楼))、"
        "区政府办(某区某路98号5号楼3-7层)等2个地址设置举报信箱。值班电话:0591-80000001。"
    ).contract()
    assert o["boxes"] == [
        "巡察驻点(某市某区某路165号附近某公园南门往里300米(保障大楼))、区政府办(某区某路98号5号楼3-7层)"
    ]


def test_lost_characters_of_a_bad_conversion_are_dropped() -> None:
    from xunshi.rounds.announcement.normalise import fold

    assert fold("区委第八轮医疗卫生领域?qū)m?xiàng)巡察组")[0] == "区委第八轮医疗卫生领域巡察组"
    o = parse("区委第八轮医疗卫生领域?qū)m?xiàng)巡察组于3月15日至4月15日对某医院开展专项巡察。"
              "举报电话:0563-2000001").contract()
    assert (o["inspector"], o["level"]) == ("区委巡察组", "county")


def test_a_start_date_before_kaishi_is_not_an_end() -> None:
    o = parse(
        "市委第五轮巡察对市统计局开展常规巡察。常规巡察从2019年4月1日开始,5月31日结束,巡察时间60天。"
    ).contract()
    assert o["period"] == {"start": "2019-04-01", "end": "2019-05-31"}
    assert o["duration"] == "60天"


def test_the_days_a_site_published_are_not_the_period() -> None:
    o = parse(
        "8月2日-3日,省纪委“某某网”陆续公布十三届省委第二轮巡视进驻情况。省委巡视组主要受理反映被巡视党组织"
        "领导班子及其成员问题的来信来电来访。"
    ).contract()
    assert o["period"] is None


def test_a_year_from_a_month_of_the_same_text() -> None:
    o = parse(
        "12月6日,各巡察组完成进驻,自2023年12月上旬至2024年1月下旬,十一届区委第七轮巡察将对区卫生健康局"
        "党委(区老龄工作委员会办公室)开展常规巡察。根据市委巡察工作安排。"
    ).contract()
    assert o["period"] == {"start": "2023-12-06", "end": None}
    assert o["targets"] == ["区卫生健康局(区老龄工作委员会办公室)"]
    # the committee whose numbered round it is, not the one whose arrangements are cited
    assert o["level"] == "county"


def test_a_unit_with_and_without_its_level_word_is_one_unit() -> None:
    o = parse(
        "市委巡察组对市委党校及市公安局、生态环境局等3个部门开展常规巡察,并对市生态环境局开展专项巡察。"
        "值班电话:0916-2000001。"
    ).contract()
    assert o["targets"] == ["市委党校", "市公安局", "生态环境局"]


# ---------------------------------------------------------------- rules from holdout batch 7


def test_a_groups_deputy_named_later_in_another_groups_part() -> None:
    text = (
        "3月20日至21日,党委第一、二巡察组分别进驻甲学院党委、乙学院党委开展巡察。党委副书记、党委第一巡察组"
        "组长张明华,纪委书记、党委第二巡察组组长李红梅出席。会上,纪委副书记、党委第一巡察组副组长王建国,"
        "馆长、党委第二巡察组副组长赵丽娟宣读了巡察工作方案。"
    )
    o = parse(text).contract()
    assert o["inspector"] == "党委第一巡察组"
    assert o["targets"] == ["甲学院"]
    assert sorted(o["leaders"], key=lambda x: x["role"]) == [
        {"name": "王建国", "role": "副组长"}, {"name": "张明华", "role": "组长"},
    ]


def test_working_days_said_before_the_hours_phrase() -> None:
    o = parse(
        "党委第二巡察组进驻外国语学院。设立专门接访电话:13500000001。巡察组工作日受理、接访电话时间为:"
        "上午9:00-12:00,下午14:00-17:30。"
    ).contract()
    assert o["phones"][0]["hours_text"] == "工作日上午9:00-12:00,下午14:00-17:30"


def test_a_clause_after_the_box_word_is_not_its_place() -> None:
    o = parse(
        "党委第二巡察组进驻外国语学院。并在甲校区信息楼旁设置巡察意见箱,甲校区行政楼409室设置了来访接待点。"
        "接访电话:13500000001。"
    ).contract()
    assert o["boxes"] == ["甲校区信息楼旁"]


def test_group_boxes_and_adverbs_after_places() -> None:
    o = parse(
        "区委第一巡察组进驻区妇联。巡察期间在科创中心北门西侧设置了巡察组信箱;举报受理电话:17600000001。"
    ).contract()
    assert o["boxes"] == ["科创中心北门西侧"]
    o = parse("县委第一巡察组进驻某镇。我镇在镇属各单位、10个村都张贴了巡察通告,设立了意见箱。").contract()
    assert o["boxes"] == ["镇属各单位、10个村"]


def test_the_sites_own_company_and_matters_are_not_units() -> None:
    text = "根据集团党委统一部署,集团党委第四巡察组近日进驻公司开展巡察。值班电话:13500000001。"
    o = parse(text).contract()
    assert o["targets"] == []
    o = parse(
        "决定对某区公立医疗机构设备采购问题进行专项巡察。区委专项巡察组对甲医院、乙卫生院开展专项巡察。"
        "区委专项巡察组主要受理反映某区公立医疗机构设备采购方面的来信来电来访。值班电话:18800000001。"
    ).contract()
    assert o["targets"] == ["甲医院", "乙卫生院"]
    assert o["scope_persons"] is None


def test_the_unit_where_the_mobilisation_meeting_is_held() -> None:
    text = "12月3日下午,区委第八巡察组在某某社管中心某某社区召开巡察工作动员会。巡察工作为期一周。"
    o = parse(text).contract()
    assert o["targets"] == ["某某社管中心某某社区"]
    assert o["duration"] == "一周"
    o = parse("3月11日上午,区委第三巡察组在区行政中心召开巡察区委办公室工作动员会。").contract()
    assert "区行政中心" not in o["targets"]


def test_from_today_takes_the_date_given_before_it() -> None:
    o = parse(
        "11月1日上午,省委第一巡视组组长王某明一行来我县召开了见面会。省委第一巡视组将从即日起正式对我县"
        "开展巡视工作。省委第一巡视组将在今后的5天里通过听汇报、谈话等形式进行监督。"
    ).contract()
    assert o["period"] == {"start": "11-01", "end": None}
    assert o["duration"] == "5天"
    text = "自即日起至11月30日,学校党委巡察组对外国语学院党委开展巡察。\n党委巡察组\n2022年11月9日"
    o = parse(text).contract()
    assert o["period"] == {"start": None, "end": "2022-11-30"}


def test_a_definition_of_inspection_groups_is_not_an_announcement() -> None:
    r = parse(
        "省级党委建立专门巡视机构对下级党组织领导班子及其成员进行巡视监督。省委巡视组设组长、副组长、巡视专员"
        "和其他工作职位。省委巡视组实行组长负责制,副组长协助组长工作。"
    )
    assert r.problem is not None


# ---------------------------------------------------------------- rules from holdout batch 8


def test_a_group_named_with_its_round_inside() -> None:
    o = parse(
        "根据区委统一部署,十四届区委第十二轮巡察第三巡察组于2025年8月14日至2025年10月17日对区教体局党组"
        "开展常规巡察,对市二中、市三中等公立中小学开展专项巡察。专门值班电话:手机15100000001"
    ).contract()
    assert o["inspector"] == "区委第三巡察组"
    assert o["targets"] == ["区教体局", "市二中", "市三中"]


def test_the_units_of_a_mobilisation_meeting_of_a_group() -> None:
    o = parse(
        "近日,五届市委第九轮巡察第七巡察组对甲区医保局党组、甲区民政局党委专项巡察动员会召开。"
        "巡察组组长张某明作动员讲话。"
    ).contract()
    assert o["inspector"] == "市委第七巡察组"
    assert o["targets"] == ["甲区医保局", "甲区民政局"]
    assert o["leaders"] == [{"name": "张某明", "role": "组长"}]


def test_a_county_that_starts_its_round_without_naming_its_committee() -> None:
    r = parse(
        "近日,某泉县启动2016年第一轮巡察工作。本轮巡察对象包括县住建局、县民政局等两个县直部门,巡察时间从"
        "3月14日到4月14日。目前,各巡察组已全部进驻被巡察单位,并在各被巡察单位设立联系信箱。"
    )
    o = r.contract()
    assert r.problem is None
    assert (o["kind"], o["level"], o["round"]) == ("巡察", "county", "第一轮")
    assert o["targets"] == ["县住建局", "县民政局"]
    assert o["period"] == {"start": "2016-03-14", "end": "2016-04-14"}
    assert o["boxes"] == ["各被巡察单位"]


def test_counted_findings_are_a_report_not_an_announcement() -> None:
    text = "今年4月中旬至5月中旬,某市委巡察机构对医保基金管理等4个领域开展巡察,共发现问题310个、线索76件。"
    r = parse(text)
    assert r.problem is not None


def test_commas_inserted_before_punctuation_are_page_junk() -> None:
    from xunshi.rounds.announcement.normalise import fold

    assert fold("一,、巡察对象为甲镇,、乙镇,;")[0] == "一、巡察对象为甲镇、乙镇;"
    o = parse(
        "根据区委巡察工作统一部署,,共派出4个巡察组于2025年4月22日至7月31日开展专项巡察。\n一,、巡察对象\n"
        "1.专项巡察:巡察对象为甲镇,、乙镇、丙镇所辖村(社区),;\n2.专项巡察:巡察对象为区医保局,;"
    ).contract()
    assert o["targets"] == ["甲镇", "乙镇", "丙镇", "区医保局"]


def test_a_box_set_with_a_single_she() -> None:
    o = parse(
        "区委第四巡察组进驻区政府机关党组。在飞虹路***号*号楼***会议室(区政府机关党组)设意见箱。"
    ).contract()
    assert o["boxes"] == ["飞虹路***号*号楼***会议室(区政府机关党组)"]
    assert o["phones"] == [] and o["emails"] == []


# ---------------------------------------------------------------- rules from holdout batch 9


def test_a_question_heading_is_not_the_focus_and_qi_gives_a_duration() -> None:
    o = parse(
        "日前,新北区委第九轮巡察全面启动。3月20日,区委第一巡察组巡察甲镇所辖村(社区)党组织工作动员会\n"
        "03\nWhat——监督的重点是什么?\n发现并推动解决基层党组织自身建设、工程建设等方面存在的突出问题。\n"
        "04\nWhen——巡察组何时在线?\n自召开巡察工作进驻动员会起2个月左右。"
    ).contract()
    assert o["focus"] == []
    assert o["duration"] == "2个月左右"


def test_who_attended_and_spoke_are_not_units() -> None:
    o = parse(
        "区委第三巡察组巡察某街道某社区党委工作动员会召开。副组长传达了对村巡察巡审结合试点工作动员部署会议"
        "精神,组长石某就开展巡察工作作了动员讲话。区委第三巡察组巡察干部参加会议。联系电话:0919-2000001"
    ).contract()
    assert o["targets"] == ["某街道某社区"]


# ---------------------------------------------------------------- rules from holdout batch 10


def test_a_city_that_starts_a_cross_round_sends_it() -> None:
    # "党组织" is no 党组, and a committee named in a cited title is not the sender
    o = parse(
        "近日,某圳市启动区级交叉巡察工作。该市共组建8个交叉巡察组,对16个区直单位党组织开展巡察,"
        "现场巡察时间约为2个月。受理信访时间截至2022年6月21日。"
    ).contract()
    assert (o["level"], o["kind"], o["duration"]) == ("city", "巡察", "2个月")
    o = parse(
        "根据《关于市县党委建立巡察制度的意见》规定,经市委巡察工作领导小组研究决定,组建三个交叉巡察组,"
        "分别对甲区发改局、乙区统计局开展巡察。各交叉巡察组开通值班电话、邮政信箱。"
    ).contract()
    assert o["level"] == "city"


def test_a_department_party_body_sends_its_group_and_titles_precede_the_name() -> None:
    o = parse(
        "12月22日,省国资委党委第一巡察组进驻甲远洋、乙港机重工,对集团所属2家企业开展专项巡察。"
        "省国资委党委第一巡察组组长、省国资委副主任、党委委员李秀某作动员讲话。"
    ).contract()
    assert o["inspector"] == "省国资委党委第一巡察组"
    assert o["level"] == "other"
    # the list after 对 names no unit, so where the group stays is what it inspects
    assert o["targets"] == ["甲远洋", "乙港机重工"]
    assert o["leaders"] == [{"name": "李秀某", "role": "组长"}]


def test_the_leader_of_a_disciplinary_team_is_not_the_groups() -> None:
    o = parse(
        "市委第二巡察组巡察市住建局党委工作动员会议召开。市委第二巡察组组长林某出席会议并讲话。"
        "驻市委办公室纪检监察组组长李某、市委第二巡察组全体人员参加会议。副组长王某主持问卷调查。"
    ).contract()
    assert o["leaders"] == [{"name": "林某", "role": "组长"}, {"name": "王某", "role": "副组长"}]


def test_he_after_a_party_body_joins_two_units() -> None:
    o = parse(
        "省委第一巡视组对省卫生和计划生育委员会党组和某中医药大学党委进行专项巡视。巡视时间为2个月左右。"
    ).contract()
    assert o["targets"] == ["省卫生和计划生育委员会", "某中医药大学"]


def test_the_count_that_closes_a_list_after_commas() -> None:
    o = parse(
        "自3月19日起,市委5个巡察组陆续进驻甲县板桥镇、逊母口镇,乙县太清宫镇、任集乡,丙县刘湾镇、"
        "莲池镇6家单位,进行专项巡察。巡察时间为30天。"
    ).contract()
    assert o["targets"] == ["甲县板桥镇", "逊母口镇", "乙县太清宫镇", "任集乡", "丙县刘湾镇", "莲池镇"]
    # towns named with their counties are a prefecture's to inspect
    assert o["level"] == "city"


def test_a_list_of_groups_with_a_colon_and_towns_ranked_fu_xian_ji() -> None:
    o = parse(
        "十二届市委第二轮巡察动员部署会召开。本轮巡察共派出2个巡察组,对甲镇等8个高配副县级乡镇开展常规巡察。\n"
        "市委第一巡察组:巡察乙镇、丙镇、丁镇、戊镇。\n市委第二巡察组:巡察甲镇、己镇、庚镇、辛镇。"
    ).contract()
    assert o["inspector"] == "市委第一巡察组"
    assert o["targets"] == ["乙镇", "丙镇", "丁镇", "戊镇"]
    assert o["level"] == "city"


def test_where_the_other_groups_went_is_not_the_groups_unit() -> None:
    o = parse(
        "29日上午,中央第四巡视组巡视甲省工作动员会召开。组长张某就即将开展的巡视工作作了讲话。"
        "截至目前,已有3个中央巡视组分别进驻乙省、丙省、甲省开展巡视并公布联系方式。"
    ).contract()
    assert o["targets"] == ["甲省"]


def test_a_news_agencys_dateline_is_no_period() -> None:
    o = parse(
        "中评社北京3月18日电/ 近日,十届某省委启动第4轮巡视工作。省委第一巡视组巡视甲市、乙县。"
        "本轮巡视时间为2个月左右,各巡视组3月上旬进驻。"
    ).contract()
    assert o["period"] is None
    assert o["duration"] == "2个月左右"


def test_please_send_letters_to_an_address_and_boxes_set_up_in_every_unit() -> None:
    o = parse(
        "区委第一巡察组于2017年8月7日至9月7日对区委卫生工委开展巡察。我们在卫计局及其下属单位均设立了"
        "巡察组专用信箱,开通了信访电话:26565924。若来信,请寄某区某路3038号101室,区委第一巡察组收,"
        "邮编518052。"
    ).contract()
    assert o["po_boxes"] == ["某区某路3038号101室,区委第一巡察组收"]
    assert o["boxes"] == ["卫计局及其下属单位"]


def test_a_range_of_groups_names_each_group_and_pairs_them_with_their_units() -> None:
    text = "3月1日起,县委第一至第四巡察组分别进驻甲镇、乙镇、丙镇、丁镇开展巡察。值班电话:0550-7123456。"
    result = parse(text)
    assert [g.name for g in result.groups] == [f"县委第{n}巡察组" for n in "一二三四"]
    assert (result.contract()["inspector"], result.contract()["targets"]) == ("县委第一巡察组", ["甲镇"])
    third = parse(text, group=2).contract()
    assert (third["inspector"], third["targets"]) == ("县委第三巡察组", ["丙镇"])
    o = parse("区委第五巡察组至第八巡察组分别对甲街道、乙街道、丙街道、丁街道开展巡察。"
              "值班电话:0550-7123456。", group=1).contract()
    assert (o["inspector"], o["targets"]) == ("区委第六巡察组", ["乙街道"])


def test_each_group_of_an_elided_list_keeps_its_own_leader() -> None:
    text = ("市委第一、二巡察组分别进驻甲局、乙局开展巡察。第一巡察组组长张某、第二巡察组组长李某。"
            "值班电话:0550-7123456。")
    assert parse(text).contract()["leaders"] == [{"name": "张某", "role": "组长"}]
    second = parse(text, group=1).contract()
    assert second["inspector"] == "市委第二巡察组"
    assert second["leaders"] == [{"name": "李某", "role": "组长"}]


def test_a_group_listed_first_and_named_alone_later_reads_its_own_block() -> None:
    text = (
        "县委第二、第三巡察组于2020年5月10日至7月30日开展巡察。\n"
        "(一)县委第二巡察组巡察县人大机关。举报电话:0553-2595762。\n"
        "(二)县委第三巡察组巡察县教育局。举报电话:0553-2595763。"
    )
    first, second = parse(text).contract(), parse(text, group=1).contract()
    assert (first["targets"], [x["number"] for x in first["phones"]]) == (["县人大机关"], ["0553-2595762"])
    assert (second["targets"], [x["number"] for x in second["phones"]]) == (["县教育局"], ["0553-2595763"])


def test_a_table_flattened_without_separators_names_the_unit_before_its_phone() -> None:
    text = (
        "省委10个巡视组已顺利进驻14个省管企业开展专项巡视。\n相关链接:第一轮巡视进驻情况一览表\n"
        "省委巡视第一组张迎龙万中学湖南财信金融控股集团有限公司0731-85196081长沙市第448号邮政信箱\n"
        "何艺辉湖南基础建设投资集团有限公司0731-85196082长沙市第448号邮政信箱\n"
        "省委巡视第二组唐会忠曹周义省国资委0731-82569972长沙市第445号邮政信箱\n"
        "马娜省农委0731-89826202长沙市第435号邮政信箱\n"
    )
    assert parse(text).contract()["targets"] == [
        "湖南财信金融控股集团有限公司", "湖南基础建设投资集团有限公司"
    ]
    assert parse(text, group=1).contract()["targets"] == ["省国资委", "省农委"]


def test_a_wrapped_cell_of_a_one_cell_per_line_table_is_one_box() -> None:
    text = (
        "7月22日,县委2个巡察组分别进驻县司法局、县委政法委。巡察期间设置专门值班电话和信访意见箱。\n"
        "首批进驻一览表\n组别\n巡察单位\n值班电话\n信访意见箱位置\n电子邮箱\n"
        "县委第一巡察组\n县司法局\n18908166944\n第二行政中心八楼\n电梯口\n"
        "县委第二巡察组\n县委政法委\n18908166744\n第一行政中心三楼楼梯口\nxc2@example.cn\n"
    )
    assert parse(text).contract()["boxes"] == ["第二行政中心八楼电梯口"]
    assert parse(text, group=1).contract()["boxes"] == ["第一行政中心三楼楼梯口"]


# ---------------------------------------------------------------- rules from holdout batch 11


def test_the_label_inside_a_numbers_parenthesis_is_not_its_hours() -> None:
    o = parse(
        "十五届区委第五轮第一巡察组巡察区人民医院党委工作动员会近日召开。此轮巡察时间为2023年9月14日至12月31日,"
        "巡察期间设专门信访电话:19923709513(受理电话时间为:工作日9点—18点)。"
    ).contract()
    assert o["phones"] == [{"number": "19923709513", "hours_text": "工作日9点-18点", "sms_only": False}]
    assert (o["inspector"], o["round"]) == ("区委第一巡察组", "第五轮")


def test_a_round_reported_on_is_not_the_round_announced() -> None:
    o = parse(
        "本轮巡视对自治区粮食和物资储备局党组开展涉粮问题专项巡视。被巡视党组织召开巡视进驻动员会,"
        "传达了听取十届自治区党委第十轮巡视情况汇报时的讲话精神。"
    ).contract()
    assert o["round"] is None
    assert o["targets"] == ["自治区粮食和物资储备局"]


def test_a_group_that_says_how_long_it_stays_and_sets_up_channels_announces_a_round() -> None:
    o = parse(
        "按照区委部署,区委专项巡察组将紧盯涉粮领域的腐败和作风问题开展监督检查。区委专项巡察组将集中巡察"
        "1个月左右,期间设立专门举报电话和信箱,主要受理反映被巡察党组织领导班子及其成员问题的来信来电来访。"
    ).contract()
    assert (o["inspector"], o["level"], o["duration"]) == ("区委专项巡察组", "county", "1个月左右")
    # a patrol that is no party inspection still announces nothing
    assert parse("天津市粮食巡查组设有投诉举报热线,接受社会各界对粮食问题的举报。").contract()["kind"] is None


def test_a_group_named_by_its_ordinal_inside_a_sentence_is_the_issuers() -> None:
    text = (
        "9月5日,地委第一巡察组巡察甲县库普乡,第六巡察组巡察甲县铁厂沟镇动员会分别召开。地委第一巡察组组长孟某,"
        "地委第六巡察组组长刘某作了讲话。地委第一、第六巡察组将在库普乡、铁厂沟镇工作30天左右。"
    )
    first, sixth = parse(text).contract(), parse(text, group=1).contract()
    assert (first["targets"], first["leaders"]) == (["甲县库普乡"], [{"name": "孟某", "role": "组长"}])
    assert (sixth["inspector"], sixth["targets"]) == ("地委第六巡察组", ["甲县铁厂沟镇"])
    assert sixth["leaders"] == [{"name": "刘某", "role": "组长"}]


def test_he_right_after_a_counted_summary_starts_the_next_unit() -> None:
    o = parse(
        "日前,区委第三轮巡察4个巡察组完成对区教育局、区城管局等2个区属单位党组织和南洋镇、新兴镇党组织的进驻。"
        "巡察期间设专门信访举报电话。"
    ).contract()
    assert o["targets"] == ["区教育局", "区城管局", "南洋镇", "新兴镇"]
    # not a name that opens with 和 inside a list
    o = parse("十一届党委第七轮巡视将对托克托县、和林格尔县、九原区开展常规巡视。"
              "巡视期间设值班电话:0471-1234567。")
    assert o.contract()["targets"] == ["托克托县", "和林格尔县", "九原区"]


def test_where_a_group_of_the_other_kind_goes_is_not_the_units_of_the_round() -> None:
    o = parse(
        "省委第六巡视组巡视甲区、乙区期间,市委派2个联动巡察组,分别对甲区纪委监委机关、乙区经济开发区开展联动巡察。"
        "日前,2个联动巡察组完成巡察进驻工作。市委联动巡察组主要受理反映被巡察党组织领导班子及其成员问题的来信来电来访。"
    ).contract()
    assert o["kind"] == "巡察"
    assert o["targets"] == ["甲区纪委监委机关", "乙区经济开发区"]


def test_a_cell_wrapped_onto_a_continuation_row_of_a_bar_table() -> None:
    text = (
        "县委巡察组进驻情况一览表\n组别 | 县委第一巡察组 | 县委第二巡察组\n"
        "被巡察单位 | 县财政局、县审计局、县 | 县教育局、县卫生\n | 统计局 | 健康局\n"
        "值班电话 | 0550-7123456 | 0550-7123457\n意见箱位置 | 县财政局一楼 | 县教育局门口\n"
    )
    first, second = parse(text), parse(text, group=1)
    assert first.contract()["targets"] == ["县财政局", "县审计局", "县统计局"]
    assert first.source(text, "targets")[-1] == "县"
    assert first.contract()["boxes"] == ["县财政局一楼"]
    assert second.contract()["targets"] == ["县教育局", "县卫生健康局"]
    assert second.contract()["boxes"] == ["县教育局门口"]


def test_a_sites_own_contacts_and_another_bodys_standing_line_are_no_channels() -> None:
    base = (
        "根据县委统一部署,县委第二巡察组于2024年3月1日至4月30日对县水务局开展巡察。"
        "巡察期间设值班电话:0550-7123456,电子邮箱:xc2@163.com。"
    )
    for tail in (
        "\n\n主办:某县人民政府办公室 联系电话:0550-7000000 邮箱:zfb@example.gov.cn\n皖ICP备12345678号",
        "\n\n本站联系电话:0550-7444444\n地址:某县某路1号",
        "\n\n县纪委监委信访举报电话:0550-7555555;网络举报:www.12388.gov.cn",
    ):
        o = parse(base + tail).contract()
        assert [x["number"] for x in o["phones"]] == ["0550-7123456"], tail
        assert o["emails"] == ["xc2@163.com"], tail
    # the group's own number given where it sits in the 纪委 building is still its own
    o = parse(base + "\n巡察组办公地点设在县纪委监委三楼,联系电话:0550-7666666。").contract()
    assert [x["number"] for x in o["phones"]] == ["0550-7123456", "0550-7666666"]


def test_a_number_containing_12345_is_no_hotline_of_another_body() -> None:
    text = "县委第一巡察组进驻县水务局开展巡察。举报电话:0550-7123456,邮政信箱:某县第123号信箱。"
    o = parse(text).contract()
    assert o["po_boxes"] == ["某县第123号信箱"]
    assert [x["number"] for x in o["phones"]] == ["0550-7123456"]


def test_dates_in_chinese_numerals_give_the_period() -> None:
    text = ("根据县委统一部署,县委第一巡察组于二〇二四年三月一日至四月三十日对县水务局开展巡察。"
            "值班电话:0550-7123456。")
    result = parse(text)
    assert result.contract()["period"] == {"start": "2024-03-01", "end": "2024-04-30"}
    assert result.source(text, "period") == ["二〇二四年三月一日至四月三十日"]


# ---------------------------------------------------------------- rules from holdout batch 12


def test_the_bingtuan_committee_sends_a_provincial_round_and_wujiaqu_is_no_count() -> None:
    o = parse(
        "经兵团党委批准,七届兵团党委第九轮巡视对六师五家渠市、七师胡杨河市、九师等3个师市党委开展巡视“回头看”,"
        "对各师市所属43个团场党委开展常规巡视。兵团党委巡视组将在各被巡视单位工作2个月左右。"
    ).contract()
    assert (o["inspector"], o["level"], o["round"]) == ("兵团党委巡视组", "provincial", "第九轮")
    assert o["targets"] == ["六师五家渠市", "七师胡杨河市", "九师"]
    o = parse("县委第一巡察组进驻县教育局,对三所学校和五家企业开展巡察。值班电话:0550-7123456。").contract()
    assert o["targets"] == ["县教育局"]


def test_matters_outside_the_range_said_with_fei() -> None:
    o = parse(
        "市委第四巡察组对高新区开展巡察。其他非巡察范围内的个人诉求、征地拆迁、涉法涉诉等信访问题,将移交有关部门处理。"
        "值班电话:18807560074。"
    ).contract()
    assert o["out_of_scope"] == ["个人诉求", "征地拆迁", "涉法涉诉"]


def test_the_dates_of_a_part_run_alongside_in_a_parenthesis_are_no_period() -> None:
    o = parse(
        "九届区委第三轮巡察4个巡察组完成对区教育局、南洋镇的进驻。区委巡察组现场巡察时间为90天左右(殡葬领域"
        "“点穴式”巡察与区委第三轮巡察同步开展,时间为2022年11月5日至12月5日,为期30天)。巡察期间设专门信访举报"
        "电话,受理信访时间截止到2023年2月20日。"
    ).contract()
    assert o["period"] == {"start": None, "end": "2023-02-20"}
    assert o["duration"] == "90天左右"


def test_a_contact_labelled_with_another_groups_ordinal_is_that_groups() -> None:
    text = (
        "县委第一巡察组、第二巡察组分别进驻县水务局、县教育局。第一巡察组举报电话:0550-7123451;"
        "第二巡察组举报电话:0550-7123452,邮政信箱:某县第2号信箱。"
    )
    first, second = parse(text).contract(), parse(text, group=1).contract()
    assert ([x["number"] for x in first["phones"]], first["po_boxes"]) == (["0550-7123451"], [])
    assert [x["number"] for x in second["phones"]] == ["0550-7123452"]
    assert second["po_boxes"] == ["某县第2号信箱"]
