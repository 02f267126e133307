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


# Figures kept per area node and period, read by the statistics instead of the raw rows. Each row of an
# event, a distribution or a funding record counts at its area and at every ancestor (the "nodes" of its
# area path), so a subtree's figures are one node's rows, however many events the subtree holds. Each
# figure is kept twice, under ``flavour`` "o" (official: what an accepted report declared) and "p"
# (provisional: what took place, reported or not). Kept by PostgreSQL triggers (kepu.stats.aggregate_sql)
# in the same transaction as the rows they count; ``manage.py stats_rebuild`` recounts them.


class Flavour(models.TextChoices):
    OFFICIAL = "o", _("official")
    PROVISIONAL = "p", _("provisional")


class NodeRow(models.Model):
    node_id = models.BigIntegerField()
    flavour = models.CharField(max_length=1, choices=Flavour.choices)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.node_id}/{self.flavour}"


class EventFacts(models.Model):
    """One event's share of the node figures as last counted; the triggers compare it with the event as
    it stands now, take the old share away and add the new one."""

    event_id = models.BigIntegerField(primary_key=True)
    area_id = models.BigIntegerField()
    path = models.CharField(max_length=255)
    month = models.DateField()  # the local month the event starts in
    activity_type = models.CharField(max_length=20)
    campaign = models.CharField(max_length=16)
    mode = models.CharField(max_length=8)
    organization_id = models.BigIntegerField()
    group_key = models.CharField(max_length=240)  # a youth group's organization and name, else ""
    marked_large_scale = models.BooleanField()
    official = models.BooleanField()
    provisional = models.BooleanField()
    o_checked_in = models.IntegerField()
    o_walk_ins = models.IntegerField()
    o_online = models.IntegerField()
    o_attendance = models.IntegerField()
    p_checked_in = models.IntegerField()
    p_walk_ins = models.IntegerField()
    p_online = models.IntegerField()
    p_attendance = models.IntegerField()
    registrations = models.IntegerField()
    confirmed = models.IntegerField()
    waitlisted = models.IntegerField()
    cancelled = models.IntegerField()
    attended = models.IntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["o_attendance"], name="stats_facts_o_att"),
            models.Index(fields=["p_attendance"], name="stats_facts_p_att"),
            models.Index(fields=["event_id"], name="stats_facts_marked", condition=models.Q(marked_large_scale=True)),
        ]

    def __str__(self) -> str:
        return str(self.event_id)


class NodeMonth(NodeRow):
    """Events, person-times and sign-ups of held events in a node's subtree, per local month and mode."""

    month = models.DateField()
    mode = models.CharField(max_length=8)
    events = models.IntegerField(default=0)
    checked_in = models.IntegerField(default=0)
    walk_ins = models.IntegerField(default=0)
    online_attendance = models.IntegerField(default=0)
    attendance = models.IntegerField(default=0)
    online_person_times = models.IntegerField(default=0)
    registrations = models.IntegerField(default=0)
    confirmed = models.IntegerField(default=0)
    waitlisted = models.IntegerField(default=0)
    cancelled = models.IntegerField(default=0)
    attended = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["node_id", "flavour", "month", "mode"], name="stats_nodemonth_key")
        ]


class NodeYearActivity(NodeRow):
    """Sessions and person-times of held events per year, activity type and campaign (the yearly return's lines)."""

    year = models.IntegerField()
    activity_type = models.CharField(max_length=20)
    campaign = models.CharField(max_length=16)
    sessions_offline = models.IntegerField(default=0)  # at a venue: offline and mixed events
    sessions_online = models.IntegerField(default=0)
    person_times_offline = models.IntegerField(default=0)
    person_times_online = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["node_id", "flavour", "year", "activity_type", "campaign"], name="stats_nodeyearactivity_key"
            )
        ]


class NodeYearKey(NodeRow):
    """Held sessions per year of each youth group (``kind`` "group") and each organization's open days
    ("unit"): the yearly return counts groups and units, not sessions."""

    year = models.IntegerField()
    kind = models.CharField(max_length=8)
    key = models.CharField(max_length=240)
    sessions = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["node_id", "flavour", "year", "kind", "key"], name="stats_nodeyearkey_key")
        ]


class NodeResident(NodeRow):
    """How many held events of a year each resident checked in at within a node's subtree."""

    year = models.IntegerField()
    resident_id = models.BigIntegerField()
    attended = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["node_id", "flavour", "year", "resident_id"], name="stats_noderesident_key")
        ]


class NodeYear(NodeRow):
    """Counts of distinct things in a node's year, kept from ``NodeResident`` and ``NodeYearKey``:
    residents who checked in at least once and at least twice, youth groups and open-day units."""

    year = models.IntegerField()
    unique_participants = models.IntegerField(default=0)
    repeat_participants = models.IntegerField(default=0)
    groups = models.IntegerField(default=0)
    units = models.IntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["node_id", "flavour", "year"], name="stats_nodeyear_key")]


class NodeMonthMaterial(NodeRow):
    """Copies handed out per node, month and material: at held events (in the event's month) and apart
    from events (in the distribution's month, under both flavours)."""

    month = models.DateField()
    # A relation for reading the material's name and kind alongside, without a constraint to check on write.
    material = models.ForeignKey(
        "materials.Material", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    quantity = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["node_id", "flavour", "month", "material"], name="stats_nodemonthmat_key")
        ]


class NodeMonthMoney(NodeRow):
    """Yuan per node, month (of the record's date), direction, source, category and special flag; official
    money leaves out what a report not yet accepted declared."""

    month = models.DateField()
    direction = models.CharField(max_length=12)
    source = models.CharField(max_length=16)
    category = models.CharField(max_length=16)
    is_special = models.BooleanField()
    amount = models.DecimalField(max_digits=18, decimal_places=2, default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["node_id", "flavour", "month", "direction", "source", "category", "is_special"],
                name="stats_nodemonthmoney_key",
            )
        ]
