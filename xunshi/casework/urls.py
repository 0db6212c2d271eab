from django.urls import path

from xunshi.casework import views

app_name = "casework"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("close/", views.round_close, name="round_close"),
    path("objection-window/", views.objection_window, name="objection_window"),
    path("items/<str:number>/", views.item_case, name="item"),
    path("items/<str:number>/responses/<int:pk>/letter/", views.response_letter, name="response_letter"),
    path("transfers/", views.transfer_list, name="transfers"),
    path("transfers/<int:pk>/", views.transfer_detail, name="transfer"),
    path("transfers/<int:pk>/slip/", views.transfer_slip, name="transfer_slip"),
    path("directory/", views.department_list, name="departments"),
    path("clues/", views.clue_list, name="clues"),
    path("clues/new/", views.clue_new, name="clue_new"),
    path("clues/<int:pk>/", views.clue_detail, name="clue"),
    path("handovers/new/", views.handover_new, name="handover_new"),
    path("handovers/<int:pk>/<str:fmt>/", views.handover_export, name="handover_export"),
    path("ledgers/<str:kind>.xlsx", views.ledger, name="ledger"),
]
