"""A sixth batch of real public texts (split `real6`), collected after the last engine change
of issue #4 (e882545), labelled by hand before the engine was run on any of them, and
measured once with that engine. Same sources and conventions as real2.py.
"""

from __future__ import annotations

from typing import Any

A = tuple[str | None, str | None, str | None]
# (source, text, scope, out_type, mixed, topics, accused)
Item = tuple[str, str, str, str | None, bool, list[str], list[A]]

ITEMS: list[Item] = [
    ("https://wenxuecity.com/news/2021/02/05/socialnews-202788.html",
     "1月初，淮安市淮安区苏嘴镇黄庄村村民周建国向本报读者热线实名举报：“我手受伤，家庭困难，申请低保一直批不下来。"
     "可村干部优亲厚友，给全村11户不符合条件的村民办低保。如有低保户儿子开公司、资产超千万元，自己却吃了11年低保；"
     "还有村干部的亲戚夫妻俩都是吃低保的……”",
     "in", None, True, ["群众纪律"], [(None, "村干部", None)]),
    ("http://m.zgkjsz.com/page/2014/0429/23888537.shtml",
     "低保申請三年無果，“帶了一些禮物送給村干部，今年才第一次領到低保金”；村里“真正的窮人”拿不到低保，"
     "村干部自己倒是吃上了低保。記者從和舍鎮布大村委會（管理加帝村）2013年全村低保名單里看到，"
     "加帝村村主任王恩防的名字赫然在列。一位村民說：“哪能誰管低保誰就吃低保？”",
     "in", None, False, ["群众纪律"], [("王恩防", "村主任", "加帝村")]),
    ("https://www.yybnet.net/huaibei/suixi/201107/336022.html",
     "“村主任去年新建面积近300平方米的二层楼房，家庭经济条件很好，他的父母凭什么享受低保待遇？他的女儿女婿年轻力壮，"
     "凭什么享受低保待遇？而很多比村主任家困难多得多的村民，却享受不了，这太让我们气愤难平了。”"
     "濉溪县刘桥镇干庄村一村民近日向本报反映。记者电话联系了刘桥镇政府民政办，该办一位梁姓工作人员告诉记者，"
     "村主任荣某的父母亲均享受一级低保待遇。",
     "in", None, False, ["群众纪律"], [("荣某", "村主任", None)]),
    ("http://www.jiuxingjy.com/sh/news/2007/08-22/1008252.shtml",
     "江西省豐城市隍城鎮一位村民向本刊反映，這個鎮的鄉村干部在確定低保對象時先親後疏，把低保名額留給不符合低保條件的"
     "鄉村干部親屬，造成真正需要最低生活保障的困難群眾得不到救助。經過核實，隍城鎮主管民政工作的副鎮長陳碧連的婆婆"
     "周根花確實被納入了低保。",
     "in", None, False, ["群众纪律"], [("陳碧連", "副鎮長", "隍城鎮")]),
    ("http://www.csflxx.com/f591058.htm",
     "市长先生：我住开福区竹坡村毛家湾组，2014年以前有中巴车往来汽车北站。2014年不知何故，没有一条汽车北站至汉回、"
     "乌溪、竹坡、双湖的班线。现在我已年近70岁，往来市区只能在汽车北站坐公交车到沙坪，然后再坐10元钱的摩的回家，"
     "既不方便也不安全。",
     "out", "其他", False, [], []),
    ("http://ms.mz168.com/thread-7603.htm",
     "市交通局领导：自本月12号27路公交车顺延到大坪梅西龙虎圩，方便了山区群众出行。可是由于路程长和公交车班次少，"
     "公交车行到城北象公亭时己人满为患，导致学生和老人无公交车可乘，每等一班车要一个半小时。",
     "out", "其他", False, [], []),
    ("https://shuji.tmwcn.com/view?id=106827",
     "我是住在北湖碧桂园附近，在西湖这边上班，由于没有直达的公交车，交通非常不方便，希望有关部门可以解决一下，谢谢",
     "out", "其他", False, [], []),
    ("http://8547990.com/threads/content?tid=14573134",
     "您好！非常感谢政府为市民提供便利的公共交通，同时注意到公交站台建有遮阳遮雨棚，格外暖心，但是缺乏座位，"
     "在这里提一个小建议：在公交车站点遮阳遮雨棚下加装座位，以便市民尤其是老人等车。",
     "out", "其他", False, [], []),
    ("http://news.xinhuanet.com/politics/2015-07/04/c_1115816496.htm",
     "报道称：“平江县南江镇给居民批地建房时强制收取高额的赞助费，有的居民比较穷，实在没有钱交赞助费。"
     "但南江镇政府就是一道指令，不交钱，电力部门不能开户供电，水利部门不能开户供水，居民只得乖乖交钱。”",
     "in", None, False, ["群众纪律"], []),
    ("http://xiutang16.cn/jujiao/2012/0915/105025.html",
     "近日，家住沂水縣四十里鋪鎮南許家莊村孟先生撥打大眾網臨沂站新聞熱線，稱該鎮政府部門向南許家莊村亂收黃煙保證金，"
     "保證金費用已實際收取多年，并且沒有出示過任何收費文件，簽訂任何協約，開取任何票據，孟先生希望有關部門能夠關注此事。",
     "in", None, False, ["群众纪律"], []),
    ("https://www.zjsjw.gov.cn/yixiankuaixun/201911/t20191122_2613783_ext.html",
     "“多年以来，村书记徐某、村支委徐某某利用职务之便向外来人员收取办理执照所需盖章费200元，且该费用未入公，去向不明。”"
     "2018年底，台州路桥区委巡察组一进驻新桥镇原凤阳铺村进行延伸巡察，就收到了一封举报信。",
     "in", None, False, ["群众纪律", "廉洁纪律"], [("徐某", "村书记", None), ("徐某某", "村支委", None)]),
    ("http://4g.mz168.com/thread-157456.htm/thread-6922.htm",
     "近期政府部门对百姓交通出行非常重视，对梅州城区公交线路进行增加和优化，梅县大部分乡镇都已开通了专线公交，"
     "为何有着5万多人口的丙村镇却没有。我们丙村的群众都强烈建议开通到丙村镇的专线公交，希望政府部门能考虑我们群众的实际。",
     "out", "其他", False, [], []),
]


def rows() -> list[dict[str, Any]]:
    out = []
    for n, (source, text, scope, out_type, mixed, topics, accused) in enumerate(ITEMS, 1):
        out.append({
            "id": f"real6-{n:03d}", "text": text,
            "labels": {"scope": scope, "out_type": out_type, "mixed": mixed, "topics": topics,
                       "accused": [{"name": a, "position": p, "unit": u} for a, p, u in accused],
                       "places": [], "dates": []},
            "source": source, "style": "real", "labels_partial": ["places", "dates"],
            "split": "real6",
        })
    return out
