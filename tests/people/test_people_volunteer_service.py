"""A volunteer's way through an event: register, sign up for a role, check in, hours, withdrawal."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from people_builders import ended_event, role, upcoming_event, volunteer

from kepu.common.models import AuditEntry
from kepu.events.models import EventReport, EventStatus, ReportStatus
from kepu.people.models import Volunteer, VolunteerSignup, VolunteerSignupStatus
from kepu.people.services import volunteer_check_in, volunteer_signup_create

pytestmark = pytest.mark.django_db


def _sign_up(client, role_id):
    return client.post(f"/api/v1/volunteer-roles/{role_id}/sign-up/")


def test_a_resident_registers_as_volunteer_and_sees_it(client_for, resident, community):
    client = client_for(resident)
    assert client.get("/api/v1/volunteers/me/").json() == {"volunteer": None, "years": []}

    response = client.put("/api/v1/volunteers/me/", {"area": community.pk, "skills": "讲解"})

    assert response.status_code == 200, response.json()
    body = response.json()["volunteer"]
    assert body["area"]["id"] == community.pk
    assert body["phone"] == resident.phone
    assert body["active"] is True
    assert AuditEntry.objects.filter(action="volunteer.registered", target_id=str(body["id"])).exists()


def test_signing_up_needs_a_registration_first(client_for, resident, organization):
    event_role = role(upcoming_event(organization))

    response = _sign_up(client_for(resident), event_role.pk)

    assert response.status_code == 400
    assert "volunteer" in response.json()["errors"]


def test_volunteer_places_are_their_own_and_leave_attendee_seats_alone(client_for, organization, community):
    event = upcoming_event(organization, capacity=1)
    event_role = role(event, capacity=2)
    first, second, third = (volunteer(community) for _ in range(3))

    statuses = [_sign_up(client_for(v.user), event_role.pk).status_code for v in (first, second, third)]

    assert statuses == [201, 201, 409]
    event.refresh_from_db()
    event_role.refresh_from_db()
    assert (event_role.filled, event.confirmed_seats) == (2, 0)
    roles = client_for(first.user).get(f"/api/v1/events/{event.pk}/volunteer-roles/").json()
    assert roles[0]["places_left"] == 0
    assert roles[0]["my_signup"]["role"] == event_role.pk
    assert roles[0]["can_sign_up"] is False


def test_a_repeat_sign_up_returns_the_same_row_and_another_role_of_the_event_is_refused(
    client_for, organization, community
):
    event = upcoming_event(organization)
    guide, desk = role(event, name="引导"), role(event, name="签到台")
    person = volunteer(community)
    client = client_for(person.user)

    assert _sign_up(client, guide.pk).status_code == 201
    again = _sign_up(client, guide.pk)
    other = _sign_up(client, desk.pk)

    assert again.status_code == 200
    assert other.status_code == 409
    assert VolunteerSignup.objects.filter(volunteer=person).count() == 1


def test_cancelling_frees_the_place_and_a_cancelled_sign_up_is_reused(client_for, organization, community):
    event_role = role(upcoming_event(organization), capacity=1)
    person, other = volunteer(community), volunteer(community)
    signup_id = _sign_up(client_for(person.user), event_role.pk).json()["id"]

    cancelled = client_for(person.user).post(f"/api/v1/volunteer-signups/{signup_id}/cancel/")
    taken = _sign_up(client_for(other.user), event_role.pk)
    back = _sign_up(client_for(person.user), event_role.pk)

    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert taken.status_code == 201
    assert back.status_code == 409
    event_role.refresh_from_db()
    assert event_role.filled == 1


def test_sign_up_closes_when_the_event_starts(client_for, organization, community):
    started = upcoming_event(
        organization, starts_at=timezone.now() - timedelta(minutes=5), ends_at=timezone.now() + timedelta(hours=1)
    )
    response = _sign_up(client_for(volunteer(community).user), role(started).pk)
    assert response.status_code == 409


def test_only_the_events_organizers_check_volunteers_in_once(
    client_for, organization, community, organizer, other_organizer, staff
):
    event_role = role(upcoming_event(organization))
    person = volunteer(community)
    signup = volunteer_signup_create(role=event_role, volunteer=person, by=person.user).signup
    url = f"/api/v1/volunteer-signups/{signup.pk}/check-in/"

    assert client_for(person.user).post(url).status_code == 403
    assert client_for(other_organizer).post(url).status_code == 404
    assert client_for(staff).post(url).status_code == 404
    first = client_for(organizer).post(url)
    second = client_for(organizer).post(url)

    assert first.status_code == 200 and first.json()["checked_in_at"]
    assert second.status_code == 409


def _checked_in(event, community, name="志愿者"):
    event_role = event.volunteer_roles.first() or role(event)
    person = volunteer(community, name=name)
    # Sign-up happened before the event; the builder puts the event in the past afterwards.
    signup = VolunteerSignup.objects.create(
        role=event_role, event=event, volunteer=person, status=VolunteerSignupStatus.CONFIRMED
    )
    event_role.filled += 1
    event_role.save(update_fields=["filled"])
    return volunteer_check_in(signup=signup, by=None)


def test_the_organizer_confirms_3_5_hours_after_the_event(client_for, organization, community, organizer):
    event = ended_event(organization)
    signup = _checked_in(event, community)

    response = client_for(organizer).post(
        f"/api/v1/events/{event.pk}/volunteer-hours/", {"hours": [{"signup": signup.pk, "hours": "3.5"}]}
    )

    assert response.status_code == 200, response.json()
    signup.refresh_from_db()
    assert signup.hours == Decimal("3.5")
    assert signup.hours_confirmed_by == organizer
    entry = AuditEntry.objects.get(action="volunteer_hours.confirmed", target_id=str(signup.pk))
    assert entry.changes == {"hours": {"old": None, "new": "3.5"}}
    mine = client_for(signup.volunteer.user).get("/api/v1/volunteers/me/").json()
    assert mine["years"] == [{"year": timezone.localtime(event.starts_at).year, "events": 1, "hours": "3.5"}]


def test_hours_cannot_be_confirmed_before_the_event_has_ended(client_for, organization, community, organizer):
    start = timezone.now() - timedelta(hours=1)
    event = upcoming_event(organization, starts_at=start, ends_at=start + timedelta(hours=3))
    signup = _checked_in(event, community)

    response = client_for(organizer).post(
        f"/api/v1/events/{event.pk}/volunteer-hours/", {"hours": [{"signup": signup.pk, "hours": "1.0"}]}
    )

    assert response.status_code == 409
    signup.refresh_from_db()
    assert signup.hours is None


@pytest.mark.parametrize("who", ["staff", "other_organizer", "volunteer", "district_staff"])
def test_nobody_but_the_events_organizers_confirms_hours(client_for, organization, community, request, who):
    event = ended_event(organization)
    signup = _checked_in(event, community)
    user = signup.volunteer.user if who == "volunteer" else request.getfixturevalue(who)

    response = client_for(user).post(
        f"/api/v1/events/{event.pk}/volunteer-hours/", {"hours": [{"signup": signup.pk, "hours": "2.0"}]}
    )

    assert response.status_code in (403, 404)
    signup.refresh_from_db()
    assert signup.hours is None


def test_hours_are_for_checked_in_volunteers_in_half_hours_and_final_once_the_report_is_accepted(
    client_for, organization, community, organizer
):
    event = ended_event(organization)
    present = _checked_in(event, community, name="到场")
    event.status = EventStatus.REPORTED
    event.save(update_fields=["status"])
    absent = VolunteerSignup.objects.create(
        role=present.role, event=event, volunteer=volunteer(community), status=VolunteerSignupStatus.CONFIRMED
    )
    url = f"/api/v1/events/{event.pk}/volunteer-hours/"
    client = client_for(organizer)

    not_there = client.post(url, {"hours": [{"signup": absent.pk, "hours": "2.0"}]})
    odd = client.post(url, {"hours": [{"signup": present.pk, "hours": "2.2"}]})
    too_many = client.post(url, {"hours": [{"signup": present.pk, "hours": "25"}]})
    report = EventReport.objects.create(
        event=event, status=ReportStatus.ACCEPTED, walk_ins=3, attendance=3, submitted_at=timezone.now()
    )
    final = client.post(url, {"hours": [{"signup": present.pk, "hours": "2.0"}]})

    assert not_there.status_code == 400 and "hours.0.signup" in not_there.json()["errors"]
    assert odd.status_code == 400 and "hours.0.hours" in odd.json()["errors"]
    assert too_many.status_code == 400
    assert report.status == ReportStatus.ACCEPTED and final.status_code == 409
    present.refresh_from_db()
    assert present.hours is None


def test_the_signup_tells_the_organizer_what_they_may_do(client_for, organization, community, organizer):
    event = ended_event(organization)
    signup = _checked_in(event, community)

    rows = client_for(organizer).get(f"/api/v1/events/{event.pk}/volunteers/").json()

    assert rows[0]["id"] == signup.pk
    assert rows[0]["can_confirm_hours"] is True
    assert rows[0]["can_check_in"] is False
    assert rows[0]["volunteer"]["phone"] == signup.volunteer.user.phone


def test_withdrawing_cancels_upcoming_sign_ups_and_keeps_past_hours(client_for, organization, community, organizer):
    past = ended_event(organization)
    done = _checked_in(past, community)
    done.hours, done.hours_confirmed_at = Decimal("2.0"), timezone.now()
    done.save()
    person = done.volunteer
    upcoming = volunteer_signup_create(role=role(upcoming_event(organization)), volunteer=person, by=person.user)

    response = client_for(person.user).delete("/api/v1/volunteers/me/")

    assert response.status_code == 200
    assert response.json()["volunteer"]["active"] is False
    upcoming.signup.refresh_from_db()
    assert upcoming.signup.status == VolunteerSignupStatus.CANCELLED
    assert response.json()["years"][0]["hours"] == "2.0"
    assert Volunteer.objects.get(pk=person.pk).withdrawn_on is not None


def test_an_organization_registers_a_person_by_mobile_number(client_for, organizer, organization, other_resident):
    response = client_for(organizer).post(
        "/api/v1/volunteers/", {"phone": other_resident.phone, "organization": organization.pk}
    )

    assert response.status_code == 201, response.json()
    assert response.json()["organization"]["id"] == organization.pk
    assert response.json()["phone"] != other_resident.phone  # masked for the organization
    listed = client_for(organizer).get("/api/v1/volunteers/").json()["results"]
    assert [row["id"] for row in listed] == [response.json()["id"]]


def test_roles_of_a_reported_event_are_no_longer_offered_for_change(client_for, organization, organizer):
    event = ended_event(organization)
    role(event, capacity=2, name="引导")
    assert client_for(organizer).get(f"/api/v1/events/{event.pk}/volunteer-roles/").json()[0]["can_manage"] is True

    type(event).objects.filter(pk=event.pk).update(status=EventStatus.REPORTED)
    client = client_for(organizer)

    assert client.get(f"/api/v1/events/{event.pk}/volunteer-roles/").json()[0]["can_manage"] is False
    refused = client.post(f"/api/v1/events/{event.pk}/volunteer-roles/", {"name": "摄影", "capacity": 1}, format="json")
    assert refused.status_code == 409
