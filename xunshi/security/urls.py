from django.urls import path

from xunshi.security import views

app_name = "security"
urlpatterns = [
    path("two-factor/", views.two_factor, name="two_factor"),
]
