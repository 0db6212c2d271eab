from django.urls import path

from xunshi.rounds import views

app_name = "rounds"
urlpatterns = [
    path("setup/", views.setup, name="setup"),
    path("setup/save/", views.setup_save, name="setup_save"),
    path("setup/done/<slug:slug>/", views.setup_done, name="setup_done"),
]
