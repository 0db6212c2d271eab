from django.urls import path

from xunshi.roster import views

app_name = "roster"
urlpatterns = [
    path("", views.roster_list, name="list"),
    path("<int:pk>/", views.roster_person_edit, name="edit"),
]
