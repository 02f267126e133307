"""Celery tasks. The beat schedule (settings) runs ``notifications.sweep`` every minute, on a queue of its
own (``sweep``, served by its own worker) so that deliveries stuck on a slow gateway never hold up
planning; the sweep hands claimed rows to ``notifications.deliver_batch`` on the default queue. Both are
safe to run twice or concurrently."""

import logging

from celery import shared_task
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from . import delivery, planning

logger = logging.getLogger(__name__)


@shared_task(name="notifications.sweep", ignore_result=True)
def sweep() -> dict[str, int]:
    """Create the rows that fall due by themselves (reminders, report notices, digests, funding notices),
    then claim due rows in batches and enqueue their delivery on commit. The funding check, a handful of
    aggregates per staff area, runs at most once an hour."""
    now = timezone.now()
    hour = timezone.localtime(now).strftime("%Y%m%d%H")
    try:
        funding = cache.add(f"notifications:funding-check:{hour}", 1, timeout=3700)
    except Exception:  # a cache outage must not stop reminders
        logger.warning("Cache unavailable; skipping the funding check this sweep", exc_info=True)
        funding = False
    try:
        planned = planning.plan_due(now=now, funding=funding)
    except Exception:
        # Rows already due must still go out; the failure is reported once they are claimed.
        delivery.claim_due()
        raise
    claimed = delivery.claim_due()
    return {"planned": planned, "claimed": claimed}


@shared_task(
    name="notifications.deliver_batch",
    ignore_result=True,
    # Gateways have timeouts of their own (EMAIL_TIMEOUT, KEPU_SMS_HTTP_TIMEOUT); these bound the batch
    # as a whole. At the soft limit the batch settles what it did and hands the rest back to the sweep.
    soft_time_limit=settings.KEPU["NOTIFICATION_TASK_TIME_LIMIT"],
    time_limit=settings.KEPU["NOTIFICATION_TASK_TIME_LIMIT"] + 30,
)
def deliver_batch(ids: list[int], token: str) -> dict[str, int]:
    """Deliver one claimed batch (see ``delivery.deliver_batch`` for the exactly-once argument)."""
    return delivery.deliver_batch(ids=ids, token=token)
