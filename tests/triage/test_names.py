"""Who is accused (issue #4, names and positions on unseen texts): each test is a way of
writing about officials in news and letters, checked on wording of its own."""

from __future__ import annotations

import pytest

from xunshi.triage import extract as ex
from xunshi.triage.engine import judge
from xunshi.triage.normalize import prepare


def _officials(text: str) -> list[tuple[str | None, str, str | None]]:
    p = prepare(text)
    return [(o.name, o.position, o.unit) for o in ex.officials(p, ex.TokenIndex(ex.segment(p.analysis)))]


def _accused(text: str) -> list[tuple[str | None, str]]:
    return [(a["name"], a["position"]) for a in judge(text)["accused"]]


def test_a_masked_name_after_a_post_whatever_the_surname() -> None:
    # 荣, 茹, 仉: surnames outside the frequent list are still read before 某.
    assert _officials("村主任荣某的父母都享受低保。")[0][0] == "荣某"
    assert _officials("副镇长仉某某收受红包。")[0][0] == "仉某某"
    # 某些/某种 after a post are not names.
    assert all(n is None for n, _, _ in _officials("听说书记某些亲戚吃低保。"))


def test_the_named_official_is_accused_rather_than_the_cadres_in_general() -> None:
    # The act is said of 村干部; the text then names who: that person is the accused.
    text = "村干部优亲厚友，给不符合条件的人办低保。记者在名单里看到，村主任马某某的名字赫然在列。"
    assert _accused(text) == [("马某某", "村主任")]
    text = "群众举报村干部私分扶贫款五万元。记者查到，村支书刘建华的儿子也领了扶贫款。"
    assert _accused(text) == [("刘建华", "村支书")]


def test_a_spokesman_or_investigator_is_not_accused() -> None:
    text = "群众举报村干部私分扶贫款五万元。镇纪委书记张某某表示，已成立调查组。"
    assert _accused(text) == [(None, "村干部")]
    text = "有群众向本报反映，镇里的干部收了红包，镇纪委书记李某某表示正在调查。"
    assert "李某某" not in [n for n, _ in _accused(text)]
    # An investigator who is the subject of the act is accused like anyone.
    assert _accused("县纪委书记王某某收受红包二十万元。") == [("王某某", "县纪委书记")]


def test_the_same_name_with_a_fuller_title_is_one_person_with_that_title() -> None:
    text = "村长王强贪污。范家村党支部书记兼村长王强把卖楼款168万元据为己有。"
    assert _accused(text) == [("王强", "党支部书记兼村长")]


def test_a_career_list_of_posts_belongs_to_the_one_name_after_it() -> None:
    text = "举报某镇原副书记，副镇长，现马尚镇党委书记侯某某挪用公款二十万元。"
    assert _accused(text) == [("侯某某", "党委书记")]


def test_posts_in_traditional_script_are_read_like_simplified_ones() -> None:
    # A bare 書記 or 負責人 is as unidentifiable as 书记 or 负责人.
    pairs = [("书记经常不在办公室，群众找不到人。村会计刘某某挪用集体资金三万元。",
              "書記經常不在辦公室，群眾找不到人。村會計劉某某挪用集體資金三萬元。"),
             ("负责人常年不上班。站长张某某虚报冒领补贴。", "負責人常年不上班。站長張某某虛報冒領補貼。")]
    for simplified, traditional in pairs:
        assert len(_accused(traditional)) == len(_accused(simplified)) == 1
    # 周書記 later is 周紅軍書記 again.
    text = "「書記又過生了！」你們周紅軍書記過生，擺了二十桌。周書記還收了禮金。"
    assert [n for n, _ in _accused(text)] == ["周紅軍"]


def test_a_nickname_in_quotes_is_not_a_name() -> None:
    for text in ("镇上出了个“包房书记”，镇委书记长期在酒店包房办公。",
                 "村里人叫他“钱袋主任”，村委会主任常年收钱。"):
        assert all(n is None for n, _, _ in _officials(text))


def test_the_addressee_of_a_letter_is_not_accused() -> None:
    assert _accused("市长先生：我们村的村主任李某某把征地款据为己有。") == [("李某某", "村主任")]
    assert _accused("“赵书记，我们发现会计钱某某挪用了集体资金。”") == [("钱某某", "会计")]


def test_relatives_and_private_persons_with_masked_names_are_not_accused() -> None:
    text = "村支书吴某某利用职权，让他的婆婆周某某和村民郑某某都吃上了低保。"
    assert [n for n, _ in _accused(text)] == ["吴某某"]
    # Kinship words mark the masked name after them as a relative, with or without a post nearby.
    assert _officials("他的婆婆周某某和岳父赵某某都吃上了低保。") == []
    assert _officials("举报人的女婿钱某某在镇上开饭店。") == []


def test_village_posts_of_the_committee() -> None:
    assert _officials("村支委徐某某收取盖章费。")[0][:2] == ("徐某某", "村支委")
    assert _officials("其吉组老组长黄某侵吞征地款。")[0][:2] == ("黄某", "老组长")


def test_a_clerk_answering_the_press_is_not_accused() -> None:
    text = "村主任孙某某的父母都吃低保。镇民政办一位工作人员告诉记者，此事正在核实。"
    assert _accused(text) == [("孙某某", "村主任")]


def test_a_sentence_that_opens_with_the_name_gives_the_post_at_its_end_to_that_name() -> None:
    # The complaint form (被举报人：…) and a person's profile.
    assert _accused("被举报人：张建国，东湖镇党委书记。张建国在工程招标中收受老板好处费。") == [
        ("张建国", "党委书记")]
    profile = "张某某，男，汉族，1968年出生，中共党员，现任城关镇党委书记。该同志收受红包礼金五万余元。"
    assert _accused(profile) == [("张某某", "党委书记")]
    assert _accused("他叫王某某，是红星镇的副镇长，经常酒后驾驶公车。") == [("王某某", "副镇长")]
    # A post that leads a clause of its own is not the opening name's.
    assert ("张三", "村主任") not in _officials("张三，村主任把低保名额给了亲戚。")


def test_the_name_after_post_is() -> None:
    assert _officials("红星镇的党委书记是王某某，他把扶贫资金挪作他用。")[0][:2] == ("王某某", "党委书记")


def test_a_career_chain_of_posts_is_one_person() -> None:
    found = _officials("原村支书、现村主任的杨某某多年来侵占集体资产。")
    assert found[0][:2] == ("杨某某", "原村支书、现村主任")


def test_a_clause_ends_at_a_comma_of_either_width() -> None:
    # “尊敬的书记，我们村的村支书…”: the salutation ends at the comma; the 村支书 is accused.
    text = "致县委书记的一封信：尊敬的书记，我们村的村支书胡某某侵吞扶贫款。"
    assert _accused(text) == [("胡某某", "村支书")]


def test_a_time_word_before_a_village_post_is_not_its_unit() -> None:
    found = _officials("随后村支书朱安营又将存折还给村民，村支书朱安营说钱已经打了。")
    assert found[0] == ("朱安营", "村支书", None)


def test_a_superior_ordering_an_inquiry_is_not_accused() -> None:
    text = "事件曝光后，市委书记李某某作出批示，要求严肃查处。经查，该镇党委书记赵某某违规收受礼金3万元。"
    assert [n for n, _ in _accused(text)] == ["赵某某"]


def test_a_villagers_representative_with_a_masked_name_is_not_an_official() -> None:
    text = "村民代表张某某说，村党支部书记冯某某把低保给了自己的亲属。"
    assert [n for n, _ in _accused(text)] == ["冯某某"]


def test_a_name_given_later_with_a_short_post_is_the_unnamed_official_before() -> None:
    text = "村支部书记和村主任都是一家人，村主任邹某某是书记邹某的儿子，两人把持村务多年。"
    assert sorted(n for n, _ in _accused(text) if n) == ["邹某", "邹某某"]


def test_the_one_elected_is_the_subject_of_the_sentence() -> None:
    text = "在今年的换届选举中，村民张大山通过请客送礼拉票，最终当选为河东村村主任。"
    assert _officials(text)[0] == ("张大山", "村主任", "河东村")


def test_names_listed_before_deng_hold_the_post_after_it() -> None:
    found = _officials("张某某、李某某等村干部私分集体土地补偿款。")
    assert sorted(n for n, _, _ in found if n) == ["张某某", "李某某"]
    assert {p for _, p, _ in found} == {"村干部"}


def test_a_masked_unit_after_xi_leaves_the_post_to_the_name() -> None:
    assert _accused("陳某某係某鎮黨委書記，利用職務之便為他人謀取利益，收受財物共計50萬元。") == [
        ("陳某某", "鎮黨委書記")]


def test_names_given_respectively_go_to_the_posts_in_order() -> None:
    found = _officials("镇党委书记和镇长分别是张三和李四，两人长期公款吃喝。")
    assert [(n, p) for n, p, _ in found] == [("张三", "镇党委书记"), ("李四", "镇长")]


def test_someone_of_the_accused_is_not_accused_with_them() -> None:
    # 他的秘书: the secretary the accused promoted; 县委书记的秘书小王: the secretary acts.
    text = "县环保局局长许某某突击提拔干部，其中有他的秘书和老乡，没有公示。"
    assert _accused(text) == [("许某某", "局长")]
    text = "县委书记的秘书小王，仗着书记的势力到处插手工程。"
    assert [p for _, p in _accused(text)] == ["秘书"]


def test_an_office_before_zhuren_is_its_unit() -> None:
    assert _officials("镇拆迁办主任周某某把安置房给了他的小舅子。")[0] == ("周某某", "主任", "拆迁办")


def test_a_surname_that_is_also_a_function_word_is_read_after_a_post() -> None:
    assert _officials("村会计向立鹏截留群众的退耕还林补贴。")[0][0] == "向立鹏"
    # …but not where the characters after it make a word or a verb phrase.
    for text in ("村支书向群众摊派修路费。", "局长任人唯亲，提拔亲信。", "村干部都能吃上低保。"):
        assert all(n is None for n, _, _ in _officials(text))


def test_a_plural_gathers_the_officials_named_before_it() -> None:
    text = "村上几个干部，书记叫曾某某，主任叫邱某某，他们把村里的山林偷偷卖了。"
    assert [n for n, _ in _accused(text)] == ["曾某某", "邱某某"]
    text = "村里的书记曾某某，主任邱某某。他们私分了扶贫款十万元。"
    assert [n for n, _ in _accused(text)] == ["曾某某", "邱某某"]


def test_a_second_post_of_one_person_may_name_its_own_office() -> None:
    found = _officials("县委组织部副部长、县人才办主任汤某某利用干部调整之机收受他人财物。")
    assert found[0][:2] == ("汤某某", "副部长、县人才办主任")


def test_verbs_and_some_unit_are_not_names() -> None:
    # 强拆 written twice is still a verb; 阜阳某县 is "some county"; 时买官 a verb phrase.
    text = "镇长强拆了我家的房子。镇长带人强拆，村民被打伤。"
    assert all(n is None for n, _, _ in _officials(text))
    assert all(n is None for n, _, _ in _officials("安徽阜阳某县一副县长包养情妇，收受贿赂。"))
    assert all(n is None for n, _, _ in _officials("他在使用干部时买官卖官。"))


def test_local_is_not_a_career_step() -> None:
    # 当地镇党委书记: 当地 ("local"), not 当 ("become") before a post.
    text = "他连续上访举报当地镇党委书记克扣土地补偿款。"
    assert [p for _, p in _accused(text)] == ["镇党委书记"]


def test_a_private_person_word_marks_every_mention_of_that_name() -> None:
    text = "农民工跟着包工头王某干活，工钱没有领到。工头王某称没钱，后来失踪了。"
    assert _officials(text) == []


def test_names_before_deng_and_a_count_hold_the_post() -> None:
    found = _officials("2012年至2014年间，庄国华等七名村干部以垫支年例款为名形成支出单据。")
    assert ("庄国华", "村干部") in [(n, p) for n, p, _ in found]


def test_one_post_under_several_names_is_one_person() -> None:
    # 村书记 … 村支书: a later unnamed 村支书 is the named 村书记, not a second accused.
    text = "群众来信反映该村书记林立龙违规敛财。村支书借旧村改造名义套取复耕资金。"
    assert _accused(text) == [("林立龙", "村书记")]
    text = "村支书私卖土地！汪庄村党支部书记何功信把村小学操场卖给开发商。村支书何功信还收了2万元。"
    assert _accused(text) == [("何功信", "党支部书记")]


def test_an_unnamed_post_and_a_masked_name_alone_are_one_person() -> None:
    text = "一段关于某村村主任豪华筵席的视频流出。视频称，范某某母亲的寿筵连续大办两天。"
    assert _accused(text) == [("范某某", "村主任")]


def test_accomplices_share_the_act() -> None:
    text = ("法院院长徐东海利用职务之便打击报复举报人。徐东海伙同其同学房晓军（市检察院检察长）"
            "和同乡谭志平（市委书记）将举报人秘密关押。")
    assert [n for n, _ in _accused(text)] == ["徐东海", "房晓军", "谭志平"]


def test_a_letters_title_names_its_addressee() -> None:
    text = "告某市市长钟某某书\n吾家私房被征用，补偿甚低，实难接受。"
    assert "钟某某" not in [n for n, _ in _accused(text)]


def test_the_formal_post_wins_over_a_loose_word_for_the_same_name() -> None:
    text = "我们举报贪污村官田某某。扶贫水泵被村支书田某某每台收费800元。"
    assert _accused(text) == [("田某某", "村支书")]


def test_a_former_official_is_read_with_qianren() -> None:
    assert ("前任村官" in [p for _, p, _ in _officials("在前任村官的操控下，集体股份被官员们瓜分。")])


def test_a_conjunction_or_a_place_after_a_post_is_not_a_name() -> None:
    assert all(n is None for n, _, _ in _officials("街道党委书记和新川社区全体干部参加会议。"))
    text = "书记替某公司打招呼，局长到某县考察，主任帮某老板办证。"
    assert all(n is None for n, _, _ in _officials(text))


def test_a_source_a_patron_or_a_superior_giving_directions_is_not_accused() -> None:
    text = "据该镇党委书记褚某某介绍，涉事村干部卫某某已被停职检查，他收受好处费两万元。"
    assert [n for n, _ in _accused(text)] == ["卫某某"]
    text = "在县委书记李某某的关心下，村里修了路，可是村支书王某某却把修路款截留了一半。"
    assert [n for n, _ in _accused(text)] == ["王某某"]
    text = "区长冯某某在视察时指出，要严查违规问题。村干部陈某某利用职务便利收受好处费。"
    assert [n for n, _ in _accused(text)] == ["陈某某"]


def test_a_function_word_before_a_village_post_is_not_its_unit() -> None:
    for text in ("镇纪委对村支书周某某进行了调查。", "但村主任钱某某至今拒不退还土地款。"):
        assert _officials(text)[0][2] is None


def test_a_village_bully_in_quotes_is_a_private_person() -> None:
    found = _officials("群众反映，村里的“村霸”张某某，仗着其兄是镇长，强占村民耕地。")
    assert "张某某" not in [n for n, _, _ in found]


def test_while_in_post_names_the_post_holder() -> None:
    # 镇长期间 is 镇长 + 期间 (not 长期); 王某某同志担任… gives the post to the name.
    found = _officials("王某某同志担任镇长期间，违规决策造成国有资产损失。")
    assert found[0][:2] == ("王某某", "镇长")


def test_a_name_without_post_that_speaks_is_a_witness() -> None:
    assert _accused("张某某说，村主任李某某收了他家五千元才给办低保。") == [("李某某", "村主任")]
    assert _accused("据刘某某反映，镇长王某某经常公款吃喝。") == [("王某某", "镇长")]


def test_officials_listed_by_the_relatives_they_placed_are_all_accused() -> None:
    text = "录取名单备注栏中，入选者被分别标注为“副县长弟弟”以及“财政局长侄女”，还有1名是“政协主席表弟”。"
    assert [p for _, p in _accused(text)] == ["副县长", "局长", "政协主席"]


def test_a_numbered_list_of_accused_gives_each_entry_its_post() -> None:
    text = ("被举报人：1、郝建平，某市自然资源局局长；2、钟立新，某市自然资源局原局长；"
            "3、贝晓东，新城开发建设指挥部总指挥。举报事项：上述被举报人滥用权力，非法占地。")
    names = [n for n, _ in _accused(text)]
    assert names == ["郝建平", "钟立新", "贝晓东"]


def test_a_dash_or_colon_after_a_post_introduces_its_holder() -> None:
    assert _officials("原来此人身份特殊——区卫健局副局长——陶光明。")[0][0] == "陶光明"
    assert _officials("涉事人员为镇党委副书记：龚某。")[0][0] == "龚某"


def test_the_one_who_became_village_head_is_the_subject() -> None:
    text = "2005年，段文亮通过送礼拉关系，当上村主任。段文亮上任后克扣低保金。"
    assert _accused(text) == [("段文亮", "村主任")]


def test_shang_shu_n_ren_gathers_everyone_named_so_far() -> None:
    text = ("被举报人：严国富，中共党员，青石镇党委书记。晏红军，中共党员，青石镇副镇长。"
            "柯正明，中共党员，原石桥村主任。以上三人为修路的经手人。这条路全长三公里。"
            "被举报的上述三人虚报冒领补偿款三百万元。")
    assert {n for n, _ in _accused(text)} == {"严国富", "晏红军", "柯正明"}


def test_names_listed_after_a_group_post_share_the_act() -> None:
    text = ("几名村干部利用职权把集体土地卖给外地老板。这几名村干部分别是：孔德胜（村委会主任）、"
            "孔繁星、余东林。")
    assert {n for n, _ in _accused(text)} == {"孔德胜", "孔繁星", "余东林"}


def test_a_post_after_a_surname_is_no_given_name_but_shu_may_be_one() -> None:
    assert all(n != "任支" for n, _, _ in _officials("现任支书蒋国平侵占集体资金。"))
    assert _officials("县人民医院副院长何书平与局长同游。")[0][0] == "何书平"


def test_a_masked_name_in_a_group_of_private_persons_is_not_accused() -> None:
    text = ("全体教师举报本校副校长王某某。信中提到，王某某强制学生参加高价研学；"
            "窃取并更改汤某某等物理高级教师的研究成果；强迫学生购买教辅。")
    assert [n for n, _ in _accused(text)] == ["王某某"]
    assert "汤某某" not in [n for n, _, _ in _officials(text)]  # not even a candidate


def test_a_numeral_before_a_kinship_word_is_no_given_name() -> None:
    assert _officials("村支书石某三儿子结婚，大摆宴席收礼。")[0][0] == "石某"


def test_an_official_of_an_earlier_case_the_text_compares_with_is_not_accused() -> None:
    text = ("网帖称某县商务局局长庞志远带头用公款大吃大喝。此举报与去年，邻县开发区主任蔺海涛"
            "“公款吃豪餐被围”事件颇为类似。")
    assert [n for n, _ in _accused(text)] == ["庞志远"]


def test_an_official_answering_the_press_does_not_do_the_act_he_describes() -> None:
    text = ("村民反映，养殖基地交给了村支书汪国柱的儿子经营。镇长助理尤立军表示，"
            "“汪国柱儿子每年需要上交2万元给村里。”")
    assert "尤立军" not in [n for n, _ in _accused(text)]


def test_a_surname_with_a_title_and_a_masked_name_of_that_surname_are_one_person() -> None:
    text = ("村民到县林业局举报乱砍滥伐，负责接待的蔡某留下了举报人的电话。当天下午，砍树的老板"
            "就打来电话威胁。村民说：“肯定是蔡局长泄密了。”")
    assert _accused(text) == [("蔡某", "局长")]


def test_one_post_written_twice_and_one_masked_name_are_one_person() -> None:
    text = ("镇党委书记醉酒驾车撞伤路人。被拦下的男子自称沙河镇党委书记，"
            "交警赶到后将肇事人滕某某带走。")
    assert [n for n, _ in _accused(text)] == ["滕某某"]


def test_a_name_spaced_to_align_a_list_is_read_whole() -> None:
    text = "被举报人：1、卢志刚，某区区长；2、任 平，某区区委书记；3、郁 明，某街道办事处主任。"
    assert [n for n, _, _ in _officials(text) if n] == ["卢志刚", "任平", "郁明"]


def test_everyday_words_after_a_surname_character_are_not_names() -> None:
    text = "村民举报村支书花费三万元买茶叶，还用集体的钱花费在吃喝上。副局长的官员身份让他有恃无恐。"
    names = [n for n, _, _ in _officials(text)]
    assert "花费" not in names and "官员" not in names
    text = "乡纪委书记蒋祝平和纪检专干小李找到老村主任了解情况。"
    assert "纪检专" not in [n for n, _, _ in _officials(text)]


def test_a_name_between_its_unit_and_its_title() -> None:
    text = "学生们反映乱收费。随后，记者采访了青龙中学钮志坚校长。"
    assert ("钮志坚", "校长") in [(n, p) for n, p, _ in _officials(text)]
    text = "这都是套话，从前任邬长青局长到现在，改革只是他们的口号，公款大吃大喝从没停过。"
    assert ("邬长青", "局长") in [(n, p) for n, p, _ in _officials(text)]


def test_surnames_that_are_also_common_characters_are_read_after_a_post() -> None:
    assert _officials("原村委会主任师红娃辞职后，账目去向不明。")[0][0] == "师红娃"
    assert _officials("县交通局副局长劳俊光收受红包。")[0][0] == "劳俊光"


def test_the_addressee_of_a_thank_you_letter_and_the_object_of_dui_are_told_apart() -> None:
    text = ("村民对该村原支部书记邝某腐败一事多次检举，没得到满意答复，"
            "就写信给市委书记蔺永平。这封村民写给市委书记蔺永平的感谢信说，邝某已被查处。")
    names = [n for n, _ in _accused(text)]
    assert "邝某" in names and "蔺永平" not in names


def test_one_masked_person_written_two_ways_is_one_accused() -> None:
    text = ("网帖称，院长岑某借公务之名游山玩水。记者了解到，城郊卫生院院长岑某某上月带队外出“考察”，"
            "用公款报销了全部费用。")
    assert [n for n, _ in _accused(text)] == ["岑某某"]
    text = "村主任邝某侵占集体土地租金。村民说，邝某某还把低保给了亲戚。"
    assert [n for n, _ in _accused(text)] == ["邝某"]


def test_with_no_act_tied_to_anyone_the_handler_is_not_the_one_accused() -> None:
    text = ("一大早，街道纪工委书记欧阳明刚进办公室，就接待了一位情绪激动的村民。村民说，"
            "补偿款由村民小组组长滕怀兵负责管理发放，至今没有发到村民手里。")
    assert [n for n, _ in _accused(text)] == ["滕怀兵"]


def test_a_time_word_may_open_the_clause_before_name_and_post() -> None:
    text = "自裘华盛担任村党支书后，村里再也没分过宅基地，好地都划给了他的亲戚。"
    assert ("裘华盛", "村党支书") in [(n, p) for n, p, _ in _officials(text)]


def test_the_official_one_goes_to_complain_to_is_not_accused() -> None:
    from xunshi.triage import engine

    text = "四月的一个早晨，老刘来到镇政府，找镇委书记骆大春反映自己退伍兵的补助问题。"
    p = prepare(text)
    found = ex.officials(p, ex.TokenIndex(ex.segment(p.analysis)))
    chief = next(o for o in found if o.name == "骆大春")
    assert engine.is_reporter(chief, found, p.analysis)  # the one complained to, not about


def test_a_holders_name_in_brackets_after_the_post() -> None:
    text = ("帖子报料，救灾大米在发放的过程中被村长（郜××）、村委会副主任（訾××）利用职务之便，"
            "暗箱操作，私分了一百多包。")
    assert {n for n, _ in _accused(text)} == {"郜××", "訾××"}


def test_an_official_who_seeks_gain_is_the_one_accused() -> None:
    text = ("上月，县扶贫办副主任鄢国华到村里走访。据村民反映：2014年原书记訾昌友为谋利，"
            "委任亲信担任一队队长，修路的工程都交给了他。")
    assert [n for n, _ in _accused(text)] == ["訾昌友"]


def test_officials_who_instigate_are_the_accused() -> None:
    text = ("去年，县交通局副局长蔺东明曾陪他到镇上修路。他在信中说：镇党委书记邰可、原镇长阙永杰"
            "及现任镇长钮宗禹，教唆、指使村里的人堵他的门。")
    assert {n for n, _ in _accused(text)} == {"邰可", "阙永杰", "钮宗禹"}


def test_a_name_ending_in_a_character_that_usually_starts_the_next_word() -> None:
    # 家, 人, 年 end given names too; the HMM reads the unknown name as one word.
    assert _officials("举报村主任周利家在任上侵占集体土地。")[0][0] == "周利家"
    # …but 王强家的 is 王强's family, not a three-character name.
    assert _officials("村支书王强家的亲戚都吃低保，王强家盖了三层楼。")[0][0] == "王强"


def test_a_masked_name_keeps_a_given_name_character_the_hmm_joins_to_the_next_word() -> None:
    # 陈某糯把…: jieba's HMM makes up 糯把, which is no dictionary word.
    assert _officials("老支书陈某糯把村里的山林都卖了。")[0][0] == "陈某糯"
    # 晏某原系…: 原 opens the predicate, it is no given name.
    names = [n for n, _, _ in _officials("被反映人村会计晏某原系村小组长，多次挪用集体资金。")]
    assert "晏某" in names and "晏某原" not in names


def test_a_word_after_a_post_is_no_name_when_the_tagger_reads_no_person() -> None:
    # 城管队员查扣, 负责人曾介绍: an everyday verb after the post, not a surname and a given name.
    text = "城管队员查扣了摊贩的三轮车。执法大队负责人曾介绍说，执法程序合法。"
    assert all(a["name"] not in ("查扣", "曾介绍") for a in judge(text)["accused"])


def test_civil_service_ranks_and_factory_heads_are_posts() -> None:
    # 职级 written as the post (四级调研员, 二级主任科员, 二级巡视员) and 厂长.
    assert _officials("县农业农村局二级主任科员鲁某某违规发放农机补贴。")[0][:2] == ("鲁某某", "二级主任科员")
    assert _officials("工人们联名举报厂长覃建设挪用改制资金。")[0][:2] == ("覃建设", "厂长")
    # 巡视员 is a rank, not the inspection side: the rank holder who takes gifts is accused.
    assert _accused("市二级巡视员晏国平多次收受下属所送购物卡，共计三万元。") == [("晏国平", "二级巡视员")]


def test_a_name_introduced_after_the_post_and_a_comma() -> None:
    assert _officials("给赌场当保护伞的是派出所的副所长，名叫窦立新。")[0][0] == "窦立新"


def test_a_profile_that_opens_with_the_name_and_places_before_the_post() -> None:
    text = "庞新民，甘肃省定西市安定区香泉镇原党委书记，任职期间多次虚报冒领扶贫资金。"
    assert ("庞新民", "原党委书记") in [(n, p) for n, p, _ in _officials(text)]


def test_village_and_town_leaders_as_a_group_are_officials() -> None:
    # 村领导, 镇领导 are cadres named as a group, like 村干部: the accused post of the report.
    text = ("我们屯的机动地有三千多亩，几个村领导把地随意发包给外村老板，"
            "收的承包费从来不公布，也不入村集体的账。")
    assert "村领导" in [p for _, p, _ in _officials(text)]
    assert judge(text)["scope"] == "in"


def test_the_character_after_a_masked_surname_is_read_from_the_whole_text() -> None:
    # A verb or adverb after 某 opens the predicate (the same 某 stands bare elsewhere, or
    # the character starts a word or is a verb); a given name recurs before different words.
    assert ex.name_at("镇长孙某约定好处费，孙某随后收钱。", 2) == (2, 4)
    assert ex.name_at("村主任杜某送钱给站长。", 3) == (3, 5)
    assert ex.name_at("副所长侯某立即赶到，侯某没有出示证件。", 3) == (3, 5)
    assert ex.name_at("支书冉某第二次借款未还。", 2) == (2, 4)
    assert ex.name_at("所长易某年收受红包，易某年遂被免职，易某年的亲属也在站里。", 2) == (2, 5)
    assert ex.name_at("会计朱某林虚报冒领，朱某林等人被查。", 2) == (2, 5)
    # Two persons of one surname are two names, not a surname standing alone.
    text = "村支书张某伟和会计张某华合谋，张某伟分得五万元。"
    assert ex.name_at(text, 3) == (3, 6) and ex.name_at(text, 9) == (9, 12)
    # 所 after 某 opens a clause about the person, it is no "some institute".
    assert ex.name_at("贺某所在的村委会没有公示。", 0) == (0, 2)


def test_a_verb_or_former_before_the_unit_is_not_part_of_it() -> None:
    assert _officials("记者找到村支书贾某，他说不知情。")[0][2] is None
    assert _officials("据报道汉中市体育局局长韩某挪用公款。")[0][2] == "汉中市体育局"
    assert _officials("现马尚镇党委书记钟某收受红包。")[0][2] == "马尚镇"


@pytest.mark.parametrize(("text", "position"), [
    ("举报：县检察院副检察长魏德明收受当事人贿赂十万元，为其说情。", "副检察长"),
    ("实名举报城关镇常务副镇长蒋文涛挪用扶贫资金二十万元。", "常务副镇长"),
    ("举报县供水公司副总经理黄立群利用职权收受回扣。", "副总经理"),
])
def test_a_deputy_keeps_the_deputy_in_the_post(text: str, position: str) -> None:
    # 副检察长 is not 检察长: the post as written, deputy mark and all.
    assert [p for _, p in _accused(text)] == [position]


def test_a_name_written_twice_before_the_same_word_keeps_two_characters() -> None:
    # 严重 follows 黄强 both times: the repeat is the phrase, not a three-character name.
    text = ("省纪委监委对省委统战部原副部长黄强严重违纪违法问题进行了立案审查调查。"
            "经查，黄强严重违反政治纪律，收受财物。")
    assert _officials(text)[0][0] == "黄强"
    # A three-character name written twice before different words stays whole.
    text = "村支书王德顺侵占低保金。王德顺还把集体土地卖给亲戚。"
    assert _officials(text)[0][0] == "王德顺"


def test_a_speech_verb_glued_to_an_unknown_name_is_not_part_of_it() -> None:
    from xunshi.triage import attribution

    a = prepare("临沭县石门镇计生办主任高希景称，他知道李广宝的情况。").analysis
    names = {a[s:e] for s, e in attribution._tagger_persons(a)}
    assert "高希景称" not in names


def test_a_verb_or_a_crime_right_after_a_name_is_not_its_last_character() -> None:
    # jieba reads 找 on its own after the name; 犯 opens 犯…罪 and ends no given name.
    assert _officials("调查组把该校总务处主任林海找来谈话。")[0][0] == "林海"
    assert _officials("开发区管委会副主任张林犯受贿罪，被判处有期徒刑十年。")[0][0] == "张林"
    # A given name ending in a verb-like character that jieba keeps inside the name stays whole.
    assert _officials("村主任李福来收了钱。")[0][0] == "李福来"
    assert _officials("村支书刘德会私分补偿款。")[0][0] == "刘德会"
