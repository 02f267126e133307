"""Audit actions are named ``<entity>.<past participle>``: rename the entries written before."""

from django.db import migrations

RENAMED = {
    "event.create": "event.created",
    "event.update": "event.updated",
    "event.submit": "event.submitted",
    "event.approve": "event.approved",
    "event.reject": "event.rejected",
    "event.cancel": "event.cancelled",
    "event.complete": "event.completed",
    "evidence.add": "evidence.added",
    "registration.create": "registration.created",
    "registration.cancel": "registration.cancelled",
    "registration.promote": "registration.promoted",
    "registration.check_in": "registration.checked_in",
    "report.submit": "report.submitted",
    "report.resubmit": "report.resubmitted",
    "report.accept": "report.accepted",
    "report.return": "report.returned",
    "notifications.preference_update": "preference.updated",
}


def rename(apps, schema_editor, mapping):
    AuditEntry = apps.get_model("common", "AuditEntry")
    for old, new in mapping.items():
        AuditEntry.objects.filter(action=old).update(action=new)


def forwards(apps, schema_editor):
    rename(apps, schema_editor, RENAMED)


def backwards(apps, schema_editor):
    rename(apps, schema_editor, {new: old for old, new in RENAMED.items()})


class Migration(migrations.Migration):
    dependencies = [("common", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards, elidable=True)]
