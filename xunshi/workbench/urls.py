from django.contrib.auth import views as auth_views
from django.urls import path

from xunshi.workbench import views

app_name = "workbench"
urlpatterns = [
    path("login/", auth_views.LoginView.as_view(template_name="workbench/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.item_list, name="item_list"),
    path("items/<str:number>/", views.item_detail, name="item_detail"),
]
