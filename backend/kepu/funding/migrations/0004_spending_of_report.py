import django.db.models.deletion
from django.db import migrations, models


def link_report_spending(apps, schema_editor):
    """Spending that post-event reports wrote before the link existed: tie it to its report."""
    FundingRecord = apps.get_model("funding", "FundingRecord")
    EventReport = apps.get_model("events", "EventReport")
    reports = EventReport.objects.filter(event_id=models.OuterRef("event_id")).values("pk")[:1]
    FundingRecord.objects.filter(
        direction="expenditure", purpose="event report", event__isnull=False, report__isnull=True
    ).update(report=models.Subquery(reports))


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0006_report_online_attendance_registration_audience"),
        ("funding", "0003_attachments"),
    ]

    operations = [
        migrations.AddField(
            model_name="fundingrecord",
            name="report",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="spending",
                to="events.eventreport",
                verbose_name="post-event report",
            ),
        ),
        migrations.RunPython(link_report_spending, migrations.RunPython.noop),
    ]
