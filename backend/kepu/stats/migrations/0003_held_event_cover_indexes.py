"""Index-only scans of the held events and their reports, which every statistic starts from.

``stats_event_start_cover`` (0001) left out the event id, so no query that joins an event to its report
could use it without visiting the table; it is replaced by an index with the id and status included.
Events carry a description and a few timestamps (about 500 bytes a row), the index entries a tenth of
that, so scanning a year of events reads far fewer pages. Reports likewise: the held events join them by
event for the status and the attendance figures. Old events are rarely updated, so their pages stay
all-visible and the scans stay index-only.
"""

from django.db import migrations

EVENT_HELD = (
    "CREATE INDEX IF NOT EXISTS stats_event_held_cover ON events_event (starts_at) "
    "INCLUDE (id, area_id, status, mode, activity_type, setting, organization_id, marked_large_scale)"
)
REPORT_EVENT = (
    "CREATE INDEX IF NOT EXISTS stats_report_event_cover ON events_eventreport (event_id) "
    "INCLUDE (status, checked_in, walk_ins, attendance)"
)
EVENT_START = (
    "CREATE INDEX IF NOT EXISTS stats_event_start_cover ON events_event (starts_at) "
    "INCLUDE (area_id, mode, activity_type, setting, organization_id, marked_large_scale)"
)


class Migration(migrations.Migration):
    dependencies = [("stats", "0002_registration_attended_resident_index")]

    operations = [
        migrations.RunSQL(
            [EVENT_HELD, REPORT_EVENT, "DROP INDEX IF EXISTS stats_event_start_cover"],
            [EVENT_START, "DROP INDEX IF EXISTS stats_report_event_cover", "DROP INDEX IF EXISTS stats_event_held_cover"],
        ),
    ]
