"""Routes of the events app, spelled out so the public paths read as they are documented."""

from django.urls import path

from .apis import CalendarFeedViewSet, EventViewSet, RegistrationViewSet
from .apis_door import CheckInListApi, CheckInSyncApi, RegistrationCheckInApi, RegistrationCheckInRevertApi
from .apis_print import EventPosterApi, EventShareImageApi, EventSignInSheetApi
from .apis_review import ApprovalBatchApi, ApprovalQueueApi, ReportBatchAcceptApi, ReportQueueApi

event_list = EventViewSet.as_view({"get": "list", "post": "create"})
event_detail = EventViewSet.as_view({"get": "retrieve", "patch": "partial_update"})


def event_action(name: str, method: str = "post"):
    return EventViewSet.as_view({method: name})


urlpatterns = [
    path("events/", event_list, name="event-list"),
    path("events/retrospective/", event_action("retrospective"), name="event-retrospective"),
    path("events/approvals/", ApprovalQueueApi.as_view(), name="event-approval-queue"),
    path("events/approve/", ApprovalBatchApi.as_view(), name="event-approve-batch"),
    path("events/reports/", ReportQueueApi.as_view(), name="event-report-queue"),
    path("events/reports/accept/", ReportBatchAcceptApi.as_view(), name="event-report-accept-batch"),
    path("events/<int:pk>/", event_detail, name="event-detail"),
    path("events/<int:pk>/submit/", event_action("submit"), name="event-submit"),
    path("events/<int:pk>/approve/", event_action("approve"), name="event-approve"),
    path("events/<int:pk>/reject/", event_action("reject"), name="event-reject"),
    path("events/<int:pk>/cancel/", event_action("cancel"), name="event-cancel"),
    path("events/<int:pk>/complete/", event_action("complete"), name="event-complete"),
    path("events/<int:pk>/large-scale/", event_action("large_scale"), name="event-large-scale"),
    path(
        "events/<int:pk>/report/",
        EventViewSet.as_view({"get": "report_detail", "post": "report"}),
        name="event-report",
    ),
    path("events/<int:pk>/report/review/", event_action("report_review"), name="event-report-review"),
    path("events/<int:pk>/report/evidence/", event_action("evidence_upload"), name="event-evidence"),
    path(
        "events/<int:pk>/report/evidence/<int:evidence_id>/",
        event_action("evidence_file", "get"),
        name="event-evidence-file",
    ),
    path("events/<int:pk>/register/", event_action("register"), name="event-register"),
    path("events/<int:pk>/check-in/", event_action("check_in"), name="event-check-in"),
    path("events/<int:pk>/check-in-list/", CheckInListApi.as_view(), name="event-check-in-list"),
    path("events/<int:pk>/check-ins/", CheckInSyncApi.as_view(), name="event-check-in-sync"),
    path("events/<int:pk>/poster.pdf", EventPosterApi.as_view(), name="event-poster"),
    path("events/<int:pk>/share.png", EventShareImageApi.as_view(), name="event-share-image"),
    path("events/<int:pk>/sign-in-sheet.pdf", EventSignInSheetApi.as_view(), name="event-sign-in-sheet"),
    path("events/<int:pk>/registrants.csv", event_action("registrants_csv", "get"), name="event-registrants-csv"),
    path("events/<int:pk>/calendar.ics", event_action("calendar", "get"), name="event-calendar"),
    path("calendar.ics", CalendarFeedViewSet.as_view({"get": "feed"}), name="calendar-feed"),
    path("registrations/", RegistrationViewSet.as_view({"get": "list"}), name="registration-list"),
    path("registrations/<int:pk>/", RegistrationViewSet.as_view({"get": "retrieve"}), name="registration-detail"),
    path(
        "registrations/<int:pk>/cancel/",
        RegistrationViewSet.as_view({"post": "cancel"}),
        name="registration-cancel",
    ),
    path("registrations/<int:pk>/check-in/", RegistrationCheckInApi.as_view(), name="registration-check-in"),
    path(
        "registrations/<int:pk>/check-in/undo/",
        RegistrationCheckInRevertApi.as_view(),
        name="registration-check-in-undo",
    ),
    path("registrations/<int:pk>/qr.svg", RegistrationViewSet.as_view({"get": "qr"}), name="registration-qr"),
]
