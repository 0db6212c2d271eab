from django.urls import path

from xunshi.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("report/<slug:slug>/", views.report, name="report"),
    path("status/", views.status, name="status"),
    path("status/add/", views.add_information, name="add_information"),
    path("status/feedback/", views.give_feedback, name="feedback"),
]
