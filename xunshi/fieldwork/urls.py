from django.urls import path

from xunshi.fieldwork import views

app_name = "fieldwork"
urlpatterns = [
    path("", views.home, name="home"),
    path("talks/", views.talk_list, name="talk_list"),
    path("talks/<int:pk>/", views.talk_detail, name="talk_detail"),
    path("talks/<int:pk>/record/", views.talk_record, name="talk_record"),
    path("talks/<int:pk>/lead/", views.talk_lead, name="talk_lead"),
    path("talks/<int:pk>/reschedule/", views.talk_reschedule, name="talk_reschedule"),
    path("talks/<int:pk>/cancel/", views.talk_cancel, name="talk_cancel"),
    path("talks/county/<int:target_id>/arrangement.docx", views.talk_arrangement, name="talk_arrangement"),
    path("sink/", views.sink, name="sink"),
    path("documents/", views.document_list, name="document_list"),
    path("documents/<int:pk>/", views.document_detail, name="document_detail"),
    path("documents/<int:pk>/advance/", views.document_advance, name="document_advance"),
    path("documents/<int:pk>/copies/", views.document_copy, name="document_copy"),
    path(
        "documents/<int:pk>/copies/<int:copy_id>/",
        views.document_copy_download,
        name="document_copy_download",
    ),
    path("meetings/", views.meeting_list, name="meeting_list"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("visits/", views.visit_list, name="visit_list"),
    path("visits/<int:pk>/", views.visit_detail, name="visit_detail"),
    path("schedule/", views.schedule, name="schedule"),
    path("schedule/plan/", views.schedule_plan, name="schedule_plan"),
    path("rectification/", views.rectification_home, name="rectification"),
    path("rectification/<int:target_id>/report/", views.feedback_report, name="feedback_report"),
    path("rectification/<int:target_id>/feedback.docx", views.export_feedback_docx, name="feedback_docx"),
    path("rectification/<int:target_id>/ledger.docx", views.export_ledger_docx, name="ledger_docx"),
    path("rectification/<int:target_id>/ledger.xlsx", views.export_ledger_xlsx, name="ledger_xlsx"),
    path("rectification/problems/<int:pk>/", views.problem_detail, name="problem_detail"),
    path("rectification/problems/<int:pk>/issue/", views.problem_issue, name="problem_issue"),
    path("rectification/measures/<int:pk>/", views.measure_detail, name="measure_detail"),
    path("rectification/measures/<int:pk>/sign-off/", views.measure_sign_off, name="measure_sign_off"),
    path("rectification/measures/<int:pk>/check/", views.measure_check, name="measure_check"),
    path("rectification/evidence/<int:pk>/", views.evidence_download, name="evidence_download"),
]
