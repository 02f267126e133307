from django.db import migrations

from kepu.events.sign_up_sql import CREATE_FUNCTION, DROP_FUNCTION


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0007_reminder_planning"),
        ("places", "0001_initial"),
        ("common", "0002_audit_actions_past_tense"),
        ("notifications", "0005_claim_order_index"),
    ]

    operations = [migrations.RunSQL(CREATE_FUNCTION, DROP_FUNCTION)]
