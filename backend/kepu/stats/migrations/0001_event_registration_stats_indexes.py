"""Covering indexes for the statistics on tables of the events app.

Kept as SQL in the statistics app so the events app's model state stays its own: the indexes are
additive, Django never sees them in a model, and dropping them only slows the statistics down.
- events by period: an index-only scan of a month or quarter with every column the slices filter on;
- registrations of a set of events: counts, check-ins and residents without touching the table.
"""

from django.db import migrations

EVENT_START = (
    "CREATE INDEX IF NOT EXISTS stats_event_start_cover ON events_event (starts_at) "
    "INCLUDE (area_id, mode, activity_type, setting, organization_id, marked_large_scale)"
)
REGISTRATION_EVENT = (
    "CREATE INDEX IF NOT EXISTS stats_registration_event_cover ON events_registration (event_id) "
    "INCLUDE (resident_id, status, checked_in_at)"
)


class Migration(migrations.Migration):
    dependencies = [("events", "0002_audiences")]

    operations = [
        migrations.RunSQL(EVENT_START, "DROP INDEX IF EXISTS stats_event_start_cover"),
        migrations.RunSQL(REGISTRATION_EVENT, "DROP INDEX IF EXISTS stats_registration_event_cover"),
    ]
