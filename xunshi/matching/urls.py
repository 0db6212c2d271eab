from django.urls import path

from xunshi.matching import views

app_name = "matching"
urlpatterns = [
    path("", views.people, name="people"),
    path("<int:pk>/", views.person_dossier, name="dossier"),
    path("items/<str:number>/", views.item_related, name="item_related"),
    path("groups/", views.group_list, name="group_list"),
    path("groups/<int:pk>/", views.group_detail, name="group_detail"),
    path("links/<int:pk>/", views.link_set, name="link_set"),
]
