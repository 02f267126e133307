from django.urls import path

from . import apis

urlpatterns = [
    path("popularizers/", apis.PopularizerListApi.as_view(), name="popularizer-list"),
    path("popularizers/<int:pk>/", apis.PopularizerDetailApi.as_view(), name="popularizer-detail"),
    path("volunteers/", apis.VolunteerListApi.as_view(), name="volunteer-list"),
    path("volunteers/me/", apis.MyVolunteerApi.as_view(), name="volunteer-me"),
    path("volunteers/me/certificate/<int:year>/", apis.MyCertificateApi.as_view(), name="volunteer-certificate"),
    path("events/<int:pk>/volunteer-roles/", apis.EventVolunteerRolesApi.as_view(), name="event-volunteer-roles"),
    path("events/<int:pk>/volunteers/", apis.EventVolunteersApi.as_view(), name="event-volunteers"),
    path("events/<int:pk>/volunteer-hours/", apis.EventVolunteerHoursApi.as_view(), name="event-volunteer-hours"),
    path("volunteer-roles/<int:pk>/", apis.VolunteerRoleDetailApi.as_view(), name="volunteer-role-detail"),
    path("volunteer-roles/<int:pk>/sign-up/", apis.VolunteerRoleSignUpApi.as_view(), name="volunteer-role-sign-up"),
    path("volunteer-signups/", apis.VolunteerSignupListApi.as_view(), name="volunteer-signup-list"),
    path("volunteer-signups/<int:pk>/cancel/", apis.VolunteerSignupCancelApi.as_view(), name="volunteer-signup-cancel"),
    path(
        "volunteer-signups/<int:pk>/check-in/",
        apis.VolunteerSignupCheckInApi.as_view(),
        name="volunteer-signup-check-in",
    ),
    path("stats/personnel/", apis.PersonnelStatsApi.as_view(), name="stats-personnel"),
]
