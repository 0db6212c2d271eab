from django.urls import path

from xunshi.channels import views
from xunshi.channels.phone import views as phone_views
from xunshi.channels.sms.webhook import sms_webhook

app_name = "channels"
urlpatterns = [
    path("", views.health, name="health"),
    path("dead-letters/<int:letter_id>/retry/", views.dead_letter_retry_view, name="dead_letter_retry"),
    path("letters/<str:number>/", views.letter_pages, name="letter_pages"),
    path("letters/pages/<int:page_id>/", views.ocr_page_correct_view, name="ocr_page_correct"),
    path("sms/webhook/<int:channel_id>/", sms_webhook, name="sms_webhook"),
    path("phone/", phone_views.duty_phone, name="duty_phone"),
    path("phone/<int:pk>/reveal/", phone_views.duty_call_reveal, name="duty_call_reveal"),
    path("phone/<int:pk>/callback/", phone_views.duty_call_callback, name="duty_call_callback"),
]
