"""Aggregates the statistics read instead of the raw rows (docs/statistics.md, "Aggregates")."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventTally(models.Model):
    """An event's registrations counted by status, and its check-ins.

    Kept by PostgreSQL triggers on ``events_registration`` (migration 0004) in the same transaction as
    the row that changes, whatever writes it: services, bulk loads, the admin. ``manage.py
    stats_rebuild`` recounts every tally from the raw rows.
    """

    event = models.OneToOneField(
        "events.Event", primary_key=True, on_delete=models.CASCADE, related_name="tally", verbose_name=_("event")
    )
    registrations = models.IntegerField(_("registrations, all states"), default=0)
    confirmed = models.IntegerField(_("confirmed"), default=0)
    waitlisted = models.IntegerField(_("waitlisted"), default=0)
    cancelled = models.IntegerField(_("cancelled"), default=0)
    attended = models.IntegerField(_("checked in"), default=0)
    attended_people = models.IntegerField(_("people checked in, companions included"), default=0)

    class Meta:
        verbose_name = _("event tally")
        verbose_name_plural = _("event tallies")

    def __str__(self) -> str:
        return f"{self.event_id}: {self.registrations}"
