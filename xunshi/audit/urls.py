from django.urls import path

from xunshi.audit import views

app_name = "audit"
urlpatterns = [
    path("", views.audit_log, name="log"),
]
