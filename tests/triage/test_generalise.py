"""Classes of real texts the rules alone got wrong (issue #4): news-style complaints,
organs and unnamed cadres as the accused, private persons with masked names, letters only
addressed to an official, courts and police named as venues, and the model deciding
where no rule speaks."""

from __future__ import annotations

from typing import Any

from xunshi.triage.engine import judge


class _Stub:
    """A model with a fixed opinion, to see how the engine weighs it against the rules."""

    def __init__(self, p_in: float, out_type: str = "其他") -> None:
        self.p_in, self.out_type = p_in, out_type

    def predict(self, text: str) -> dict[str, Any]:
        return {"p_in": self.p_in, "out_type": self.out_type, "out_type_p": 0.5, "topics": {}}


def test_news_style_complaint_about_village_cadres_low_income_favouritism_is_in() -> None:
    r = judge("近日，东湖镇柳树村村民向本报反映，村干部在评定低保时优亲厚友，"
              "把低保名额给了自己的亲戚，真正困难的老人却评不上。记者了解到，该村共有低保户二十多户。")
    assert r["scope"] == "in" and "群众纪律" in r["topics"]


def test_an_organ_charging_fees_without_basis_is_accused_as_a_whole() -> None:
    r = judge("家住河口乡的李先生拨打新闻热线，称该镇政府部门向村民乱收土地保证金，"
              "已经收了好几年，从来没有开过票据。", use_model=False)
    assert r["scope"] == "in" and r["accused"] == []
    assert any("SUB.ORG" in x for x in r["reasons"])


def test_a_request_for_a_bus_line_written_to_the_mayor_is_out_of_scope() -> None:
    r = judge("市长先生：我住在城北区杨柳村，以前有中巴车到汽车站，前年起这条班线停了，"
              "老人进城只能坐摩的，既不方便也不安全，希望恢复这条公交线路。", model=_Stub(0.35))
    assert (r["scope"], r["out_type"]) == ("out", "其他")


def test_a_masked_name_without_a_post_does_not_make_an_allegation() -> None:
    text = ("我们十几个工友跟着包工头刘某在开发区工地干了三个月，还有三万多工钱没拿到，"
            "刘某收了老板的钱就不见了，电话也不接。")
    r = judge(text, use_model=False)
    assert r["scope"] == "out" and r["out_type"] == "个人利益诉求"
    # The same act by someone written with a post is an allegation.
    assert judge(text.replace("包工头刘某", "村主任刘某"), use_model=False)["scope"] == "in"


def test_courts_and_police_named_as_where_it_was_reported_are_no_claim_of_the_writer() -> None:
    r = judge("我们多次向县纪委、检察院、公安局举报村支书赵某贪污扶贫款，他把扶贫水泵每台收费八百元，"
              "至今没有人查处。", use_model=False)
    assert r["scope"] == "in" and not r["mixed"]
    own = judge("我家的征地补偿款被村支书赵某截留了一半，我要求退还我家的补偿款。", use_model=False)
    assert own["scope"] == "in" and own["mixed"]


def test_one_weak_claim_word_does_not_type_an_everyday_complaint() -> None:
    r = judge("我们是阳光小区二期的业主，开发商突然通知延期交房，还说不承担违约赔偿，"
              "请有关部门督促开发商按合同交房。", model=_Stub(0.2, "其他"))
    assert (r["scope"], r["out_type"]) == ("out", "其他")


def test_the_model_decides_where_no_rule_speaks() -> None:
    text = "村里的集体土地被包给了外地老板，这么多年村民没见到一分钱租金，账上也查不到。"
    assert judge(text, model=_Stub(0.9))["scope"] == "in"
    assert judge(text, model=_Stub(0.2))["scope"] == "out"
    assert any(x.startswith("model: misconduct wording") for x in judge(text, model=_Stub(0.9))["reasons"])


def test_a_news_report_of_a_villagers_own_land_claim_beside_the_allegation_is_mixed() -> None:
    text = ("记者了解到，村民张大爷家的承包地三年前被征收，征地补偿款至今没有拿到；"
            "而村支书王某却把这笔征地补偿款打到了自己儿子的账户上。")
    r = judge(text, use_model=False)
    assert r["scope"] == "in" and r["mixed"]
    # Without the news frame and with nobody's own claim, the same allegation is not mixed.
    plain = judge("村支书王某把村里的补贴款打到了自己儿子的账户上。", use_model=False)
    assert plain["scope"] == "in" and not plain["mixed"]


def test_a_model_nearly_sure_of_no_allegation_outweighs_misconduct_words() -> None:
    # Misconduct words in a stall-holder's court case: the rules read an allegation, the
    # model reads a lawsuit between private parties.
    text = ("菜市场摊主潘某在摊位前撒米被管理公司撤了摊位，潘某把管理公司告到法院。法官认为潘某"
            "搞封建迷信，村支书王某也作证说潘某弄虚作假、虚报面积，法院判决管理公司撤摊合法。")
    sure_out = judge(text, model=_Stub(0.1, "涉法涉诉"))
    assert sure_out["scope"] == "out"
    assert any("despite the rule signal" in x for x in sure_out["reasons"])
    assert judge(text, model=_Stub(0.5, "涉法涉诉"))["scope"] == "in"


def test_thanks_to_the_discipline_office_do_not_hide_the_case_it_reports() -> None:
    text = ("“真是太感谢了！”贫困户陈大姐说。去年秋季学期的补助金一直躺在学校账上睡大觉，"
            "区里查账时才发现，学校迟迟没有发给13名贫困学生。")
    r = judge(text, model=_Stub(0.9))
    assert r["scope"] == "in"
    assert any(x.startswith("model: misconduct wording") for x in r["reasons"])


def test_a_land_case_in_court_is_typed_by_the_land_when_the_model_says_so() -> None:
    text = ("我家的承包地被征收修路，征地补偿款只给了一半。我们起诉到县法院，一审判决驳回，"
            "我们又上诉到市中级法院，法院维持原判，请求法院重新审理。")
    assert judge(text, model=_Stub(0.1, "征地拆迁"))["out_type"] == "征地拆迁"
    assert judge(text, model=_Stub(0.1, "涉法涉诉"))["out_type"] == "涉法涉诉"
