"""Every audit action the services record, with the words an audit screen shows for it.

Actions are named ``<entity>.<past participle>``: an entry records what happened. A service that
records a new action adds its label here; ``tests/common/test_audit_actions.py`` finds every
action written in the code and fails on one without a label.
"""

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

ACTION_LABELS: dict[str, Promise] = {
    "user.registered": _("Account registered"),
    "user.profile_updated": _("Profile updated"),
    "user.password_changed": _("Password changed"),
    "user.password_recovered": _("Password reset with an SMS code"),
    "user.anonymised": _("Account anonymised"),
    "staff.appointed": _("Staff member appointed"),
    "staff.updated": _("Staff member's area or details changed"),
    "staff.revoked": _("Staff role revoked"),
    "area.created": _("Area created"),
    "area.updated": _("Area updated"),
    "area.deleted": _("Area deleted"),
    "organization.created": _("Organization created"),
    "organization.updated": _("Organization updated"),
    "organization.deleted": _("Organization deleted"),
    "membership.added": _("Organizer added to an organization"),
    "membership.removed": _("Organizer removed from an organization"),
    "population.created": _("Population figure recorded"),
    "population.updated": _("Population figure corrected"),
    "population.deleted": _("Population figure deleted"),
    "population.imported": _("Population figure imported"),
    "event.created": _("Event created"),
    "event.updated": _("Event edited"),
    "event.submitted": _("Event submitted for approval"),
    "event.approved": _("Event approved"),
    "event.rejected": _("Event returned for changes"),
    "event.cancelled": _("Event cancelled"),
    "event.completed": _("Event completed"),
    "event.large_scale_marked": _("Event marked large-scale"),
    "event.large_scale_unmarked": _("Large-scale mark removed from the event"),
    "registration.created": _("Signed up"),
    "registration.cancelled": _("Sign-up cancelled"),
    "registration.promoted": _("Moved up from the waiting list"),
    "registration.checked_in": _("Checked in"),
    "registration.check_in_reverted": _("Check-in undone"),
    "report.submitted": _("Report filed"),
    "report.resubmitted": _("Report filed again"),
    "report.accepted": _("Report accepted"),
    "report.returned": _("Report returned for changes"),
    "evidence.added": _("Evidence attached to a report"),
    "material.created": _("Material added to the catalog"),
    "material.updated": _("Material edited"),
    "material.deleted": _("Material deleted"),
    "distribution.created": _("Materials handed out"),
    "distribution.updated": _("Distribution corrected"),
    "distribution.deleted": _("Distribution deleted"),
    "funding.created": _("Funding recorded"),
    "funding.updated": _("Funding corrected"),
    "funding.deleted": _("Funding deleted"),
    "funding.imported": _("Funding imported"),
    "funding.attachment_added": _("Approving document attached"),
    "funding.attachment_removed": _("Approving document removed"),
    "target.created": _("Yearly target set"),
    "target.updated": _("Yearly target changed"),
    "target.deleted": _("Yearly target deleted"),
    "popularizer.created": _("Popularizer added"),
    "popularizer.updated": _("Popularizer's record changed"),
    "popularizer.deleted": _("Popularizer deleted"),
    "volunteer.registered": _("Registered as a volunteer"),
    "volunteer.updated": _("Volunteer registration changed"),
    "volunteer.registration_ended": _("Volunteer registration ended"),
    "volunteer_role.created": _("Volunteer role added to an event"),
    "volunteer_role.updated": _("Volunteer role changed"),
    "volunteer_role.deleted": _("Volunteer role removed"),
    "volunteer_signup.created": _("Signed up as a volunteer"),
    "volunteer_signup.cancelled": _("Volunteer sign-up cancelled"),
    "volunteer_signup.checked_in": _("Volunteer checked in"),
    "volunteer_hours.confirmed": _("Volunteer service hours confirmed"),
    "venue.created": _("Venue added"),
    "venue.updated": _("Venue changed"),
    "venue.deleted": _("Venue deleted"),
    "event.venue_changed": _("Event's venue set"),
    "gallery.refreshed": _("Gallery refresh recorded"),
    "gallery.refresh_deleted": _("Gallery refresh deleted"),
    "preference.updated": _("Notification preferences changed"),
    "demo.seeded": _("Demo data seeded"),
    "demo.scaled": _("Benchmark data added"),
}


def action_label(action: str) -> str:
    """The words for ``action`` in the active language (the key itself for an action not listed)."""
    label = ACTION_LABELS.get(action)
    return str(label) if label is not None else action
