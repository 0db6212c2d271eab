from django.contrib import admin
from django.urls import include, path

from xunshi.security.views import login_view

# The administrator signs in through the same throttled, two-factor login as everyone else.
admin.site.login = login_view  # type: ignore[method-assign]

urlpatterns = [
    path("workbench/roster/", include("xunshi.roster.urls")),
    path("workbench/rounds/", include("xunshi.rounds.urls")),
    path("workbench/fieldwork/", include("xunshi.fieldwork.urls")),
    path("workbench/people/", include("xunshi.matching.urls")),
    path("workbench/cases/", include("xunshi.casework.urls")),
    path("workbench/security/", include("xunshi.security.urls")),
    path("workbench/triage/", include("xunshi.triage.urls")),
    path("workbench/audit/", include("xunshi.audit.urls")),
    path("workbench/", include("xunshi.workbench.urls")),
    path("sysadmin/", admin.site.urls),
    path("workbench/channels/", include("xunshi.channels.urls")),
    path("", include("xunshi.portal.urls")),
]
