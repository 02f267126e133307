from django.db import migrations

from kepu.stats.tally_sql import CREATE_TRIGGERS, DROP_TRIGGERS, REBUILD


class Migration(migrations.Migration):
    dependencies = [("stats", "0004_event_tally"), ("events", "0007_reminder_planning")]

    operations = [migrations.RunSQL(CREATE_TRIGGERS + REBUILD, DROP_TRIGGERS)]
