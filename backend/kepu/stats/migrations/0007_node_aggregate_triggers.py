from django.db import migrations

from kepu.stats.aggregate_sql import CREATE_TRIGGERS, DROP_TRIGGERS, rebuild_sql


class Migration(migrations.Migration):
    dependencies = [
        ("stats", "0006_node_aggregates"),
        ("events", "0007_reminder_planning"),
        ("materials", "0003_leaflet_kind"),
        ("funding", "0005_report_spending_purpose"),
        ("places", "0001_initial"),
    ]

    operations = [migrations.RunSQL(CREATE_TRIGGERS + rebuild_sql(), DROP_TRIGGERS)]
