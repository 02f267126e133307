from django.db import migrations, models


def unmark_report_spending(apps, schema_editor):
    """Spending written by post-event reports carried a marker in its purpose; the link to the report
    names it now, and staff read the purpose: tie any still unlinked to its report, then clear the marker."""
    FundingRecord = apps.get_model("funding", "FundingRecord")
    EventReport = apps.get_model("events", "EventReport")
    marked = FundingRecord.objects.filter(direction="expenditure", purpose="event report", event__isnull=False)
    reports = EventReport.objects.filter(event_id=models.OuterRef("event_id")).values("pk")[:1]
    marked.filter(report__isnull=True).update(report=models.Subquery(reports))
    marked.update(purpose="")


class Migration(migrations.Migration):
    dependencies = [
        ("funding", "0004_spending_of_report"),
    ]

    operations = [
        migrations.RunPython(unmark_report_spending, migrations.RunPython.noop),
    ]
