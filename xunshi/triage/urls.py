from django.urls import path

from xunshi.triage import views

app_name = "triage"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("items/<str:number>/decide/", views.decide, name="decide"),
    path("items/<str:number>/rerun/", views.rerun, name="rerun"),
]
