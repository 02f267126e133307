"""Periodic work on accounts (scheduled in ``CELERY_BEAT_SCHEDULE``)."""

from celery import shared_task

from .services import users_anonymise_expired


@shared_task(name="accounts.anonymise_expired_personal_data")
def anonymise_expired_personal_data() -> int:
    """Anonymise residents past the retention period (``KEPU["RETENTION_DAYS"]``): every registration of
    theirs is on an event that ended before it and they have not signed in since. Their registrations
    stay, without a name or a number, so the statistics keep their counts. Safe to run twice or
    concurrently: people already anonymised are skipped, each one is handled under a row lock."""
    return users_anonymise_expired()
