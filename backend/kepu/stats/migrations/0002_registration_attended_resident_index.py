"""A partial index of checked-in registrations in resident order, for unique and repeat participants.

Only the (resident, event) pairs of registrations with a check-in: the participant counts read it with
an index-only scan in resident order and count each resident's check-ins as the rows stream past, with
no hash table or sort of the whole year (see ``kepu.stats.selectors.registration_figures``).
"""

from django.db import migrations

ATTENDED_RESIDENT = (
    "CREATE INDEX IF NOT EXISTS stats_registration_attended_resident ON events_registration "
    "(resident_id, event_id) WHERE checked_in_at IS NOT NULL"
)


class Migration(migrations.Migration):
    dependencies = [("stats", "0001_event_registration_stats_indexes")]

    operations = [
        migrations.RunSQL(ATTENDED_RESIDENT, "DROP INDEX IF EXISTS stats_registration_attended_resident"),
    ]
