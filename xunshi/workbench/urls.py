from django.contrib.auth import views as auth_views
from django.urls import path

from xunshi.security import views as security_views
from xunshi.workbench import views

app_name = "workbench"
urlpatterns = [
    path("login/", security_views.login_view, name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.item_list, name="item_list"),
    path("round/", views.switch_round, name="switch_round"),
    path("round/overview/", views.round_overview, name="round_overview"),
    path("items/<str:number>/", views.item_detail, name="item_detail"),
    path(
        "items/<str:number>/attachments/<int:attachment_id>/",
        views.attachment_download,
        name="attachment_download",
    ),
    path("register/letter/", views.register_letter, name="register_letter"),
    path("register/phone/", views.register_phone, name="register_phone"),
    path("register/visit/", views.register_visit, name="register_visit"),
    path("boxes/", views.box_collection_new, name="box_collection_new"),
    path("boxes/<int:pk>/", views.box_collection, name="box_collection"),
]
