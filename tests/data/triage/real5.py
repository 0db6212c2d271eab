"""A fifth batch of real public texts (split `real5`), collected after the last engine change
of issue #4, labelled by hand before the engine was run on any of them, and measured once
with the final engine (no change after): its first-seen figures are the final estimate.
Same sources and conventions as real2.py.
"""

from __future__ import annotations

from typing import Any

from batch import labelled_rows

A = tuple[str | None, str | None, str | None]
# (source, text, scope, out_type, mixed, topics, accused)
Item = tuple[str, str, str, str | None, bool, list[str], list[A]]

ITEMS: list[Item] = [
    ("https://emotion.nvwu.com/201101/156231.shtml",
     "陈振松已经连续6个月没在村里的账目上签名了。身为江门市新会区大泽镇李苑村村民理财监督小组组长，在其意见被屡遭无视后，"
     "他决定以“拒签”来表达不满。据他们掌握的情况，李苑村自1992年被征地以来获得了上千万元的补偿款，除去发放到村小组的部分，"
     "村委会账户留存金额至少数百万元。满心疑惑的理财小组成员索来村账一查，发现此时账面余额不到5万元，"
     "“数百万元集体资产不翼而飞！”",
     "in", None, False, ["廉洁纪律", "贪污贿赂"], []),
    ("http://www.maika88.com/content/2017/03/08/6425794.html",
     "“毛書記，我們發現鐵山村其吉組老組長黃某可能侵吞了組上污水處理廠征地款4萬元，請求鎮紀委調查處理。”"
     "前不久，我接到一個電話，電話里村民顯得很焦急。",
     "in", None, False, ["廉洁纪律", "贪污贿赂"], [("黃某", "老組長", "其吉組")]),
    ("http://tvsmo.com/b5/6/9/5/n1445409.htm",
     "我們是浙江省杭州市西湖區袁浦鎮浦塘村村民。今年4月份，我們曾聯名向您們反映我們鎮、村幹部貪污、挪用村集體土地補償款"
     "一事，但問題至今沒有得到解決。鎮黨委副書記潘福華公然說：「鎮裡用村裡的錢，是老子用兒子的錢，天經地義」。"
     "上次我們在聯名信中反映的是鎮裡無償佔有我們村土地補償款1250萬元。",
     "in", None, True, ["廉洁纪律", "群众纪律"], [("潘福華", "鎮黨委副書記", None)]),
    ("https://bbs.mala.cn/forum.php?mod=viewthread&tid=16571017",
     "2023年12月25日，麻辣社区论坛“欣欣向荣20”网友前往巴州区凤溪镇办事，发现上班时间多部门工作人员集体脱岗，"
     "纪律涣散。针对此事在麻辣社区论坛发出投诉问政。",
     "in", None, False, ["工作纪律"], []),
    ("http://0916001.com/thread-696-1-1.html",
     "2012年4月6日前往勉县定军山镇财政所办理家电下乡，下午应为14:00上班，可都等到了14:30了还不见一个人，"
     "询问隔壁的定军山镇办公室人员，告之全都吃酒席了。后面来了两个工作人员，说是办理家电下乡的人不在，让星期一再去，"
     "而他们自己却在上网打游戏。现在的乡镇府干部作风就是这样为人民服务的啊！",
     "in", None, False, ["工作纪律"], []),
    ("http://www.ynkmhao.com/forum.php?mod=viewthread&ordertype=2&tid=1447811",
     "日前，隨縣均川鎮村民向《作風聚焦》暗訪組反映，2017年均川鎮政府先後三次對村民承諾的事，卻一直不能兌現。"
     "村民張某介紹，當年建設麻竹高速公路時，在龍泉村6組賀灣處修建了一處涵洞，該處道路坑坑窪窪，崎嶇不平，"
     "每逢下雨涵洞都會積水，附近村民出行十分不便。",
     "out", "其他", False, [], []),
    ("http://nx.people.com.cn/n2/2021/0803/c192493-34850215.html",
     "前段时间，宁夏泾源县大湾乡大湾村村民马明仁因村里无法及时供水的问题犯了愁。无奈之下，他在人民网“领导留言板”上"
     "给泾源县委书记留言求助。“村里没水，已严重影响到老百姓的生活……上次维修用了没几天就停了。”",
     "out", "其他", False, [], []),
    ("https://slj.nanyang.gov.cn/2025/11-20/1353912.html",
     "10月以来，淅川县马蹬镇张岭村多位村民通过市12345热线反映，该村自月初起持续停水，村民饮水、做饭、洗漱等基本生活"
     "受到严重影响，部分群众不得不外出借水或远距离取水，急切盼望恢复供水。",
     "out", "其他", False, [], []),
    ("http://fazhi.chinabeijinggirl.com/show-12-6753-1.html",
     "郑均平说，1990年村里建房改造给她分了的两处宅基地。村西靠大路一处已经建设使用，村中老宅基的这处被别人占了没法使用"
     "和建房。村里、工作区和镇里都认可这个地方有她的宅基，但是又认可这个地方也有别人的宅基。",
     "out", "征地拆迁", False, [], []),
    ("http://fazhi.chinabeijinggirl.com/show-12-6753-1.html",
     "刘文凯说，他多年以来举报村会计刘文景违纪违法和侵占土地破坏耕地的事。镇里先后给了刘文景警告、免职的处分，"
     "有关领导也对拆除刘文景违建的事明确表态，一定给他拆了，但是一直没拆了。",
     "in", None, False, ["廉洁纪律"], [("刘文景", "村会计", None)]),
    ("http://www.114ls.cn/class/6063/2014061737914.shtm",
     "第一次申诉无果，转眼，过了三个月期限，可以第二次去申诉了。说是北京的一位律师到最高法院申诉，也是合同诈骗被判无期的，"
     "说是申诉了三年，共去了12次，仍无结果。小律师们问我：主任，你这案件也要坚持三年吗？",
     "out", "涉法涉诉", False, [], []),
    ("http://m.huaren4us.com/showtopic.html?posterid=486681&topicid=3081607",
     "这一起冤案，大陆最高人民检察院早就该拿出来平反了，为什么最高检还要推还给原来办错案的福建省检察院呢，"
     "他们已经办错案了，那么最高检察院就必须纠正下级的错误。希望林女士能借两会进京讨个说法，不能这样不明不白被冤。",
     "out", "涉法涉诉", False, [], []),
    ("https://928911.dlyvr.asia/t/5506053",
     "整个诉讼是从2020年10月开始，4年多了。第一轮，我是被告，2021年1月判决，我基本接受。第二轮，我是原告，"
     "从2021年2月起诉，到5月立案，到10月开庭，最后驳回起诉移交公安。第三轮，2022年3月一审，我发现法官居然对抗了"
     "裁判文书网9800个类案判决。",
     "out", "涉法涉诉", False, [], []),
]


def rows() -> list[dict[str, Any]]:
    return labelled_rows(ITEMS, "real5")
