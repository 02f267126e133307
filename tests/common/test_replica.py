"""Statistics from a real streaming replica: a private primary, a standby made by pg_basebackup, and the
app run against both in a child process (its settings name the replica; the suite's do not)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from localservices import PrivatePostgres, spare_port

REPO = Path(__file__).resolve().parents[2]
BACKEND = REPO / "backend"
pytestmark = [pytest.mark.slow, pytest.mark.timeout(400)]

SCENARIO = r"""
import json, time, django
django.setup()
from datetime import timedelta
from django.conf import settings
from django.db import connections, router
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient
from kepu.accounts.models import Role
from kepu.common import replica
from kepu.demo.factories import AreaFactory, EventFactory, FundingRecordFactory, OrganizationFactory, UserFactory
from kepu.events.models import EventStatus
from kepu.funding.models import FundingRecord

def caught_up():
    deadline = time.monotonic() + 60
    while replica.replica_lag_seconds() != 0.0:
        if time.monotonic() > deadline:
            raise SystemExit("the replica never caught up")
        time.sleep(0.05)

district = AreaFactory(name="昆都仑区")
organization = OrganizationFactory(area=district)
staff = UserFactory(role=Role.STAFF, staff_area=district)
yesterday = timezone.now() - timedelta(days=1)
EventFactory(organization=organization, area=district, status=EventStatus.COMPLETED, starts_at=yesterday)
FundingRecordFactory(area=district, date=timezone.localdate())
client = APIClient()
client.force_authenticate(user=staff)
path = f"/api/v1/stats/summary/?year={timezone.localtime(yesterday).year}"

def summary():
    with CaptureQueriesContext(connections["default"]) as primary, CaptureQueriesContext(connections["replica"]) as standby:
        response = client.get(path)
    assert response.status_code == 200, response.content
    return response.json(), len(primary.captured_queries), len(standby.captured_queries)

out = {}
caught_up()
first, out["fresh_primary_queries"], out["fresh_replica_queries"] = summary()

with connections["replica"].cursor() as cursor:
    cursor.execute("SELECT pg_wal_replay_pause()")
EventFactory(organization=organization, area=district, status=EventStatus.COMPLETED, starts_at=yesterday)
FundingRecordFactory(area=district, date=timezone.localdate(), amount="5000.00")
time.sleep(1.0)
out["paused_lag"] = replica.replica_lag_seconds()
stale, _p, out["tolerated_replica_queries"] = summary()
out["tolerated_answer_is_the_replicas"] = stale == first

settings.KEPU["REPLICA_MAX_LAG_SECONDS"] = 0.5
behind, out["lagging_primary_queries"], out["lagging_replica_queries"] = summary()
out["lagging_answer_is_fresh"] = behind != first

with connections["replica"].cursor() as cursor:
    cursor.execute("SELECT pg_wal_replay_resume()")
caught_up()
settings.KEPU["REPLICA_MAX_LAG_SECONDS"] = 3600
with replica.replica_reads() as alias:
    out["alias"] = alias
    out["write_alias"] = router.db_for_write(FundingRecord)
    record = FundingRecordFactory(area=district, date=timezone.localdate(), amount="1.00")
    out["read_alias"] = FundingRecord.objects.filter(pk=record.pk).db
out["written_on_primary"] = FundingRecord.objects.using("default").filter(pk=record.pk).exists()
print("RESULT " + json.dumps(out))
"""


@pytest.fixture
def primary_and_replica(tmp_path):
    primary = PrivatePostgres(tmp_path / "primary", port=spare_port(), settings={"fsync": "off"})
    standby = PrivatePostgres(tmp_path / "replica", port=spare_port(), settings={"fsync": "off"})
    primary.start()
    try:
        primary.ensure_database("kepu_replica")
        standby.replicate(primary)
        standby.start()
        yield primary, standby
    finally:
        standby.stop("immediate")
        primary.stop("immediate")


def test_statistics_read_from_a_streaming_replica_unless_it_lags_and_writes_stay_on_the_primary(
    primary_and_replica,
):
    primary, standby = primary_and_replica
    env = {
        **os.environ,
        "DATABASE_URL": primary.url("kepu_replica"),
        "DATABASE_REPLICA_URL": standby.url("kepu_replica"),
        "KEPU_REPLICA_MAX_LAG_SECONDS": "3600",
        "KEPU_REPLICA_CHECK_SECONDS": "0",
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    for name in ("REDIS_URL", "CELERY_BROKER_URL"):
        env.pop(name, None)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=BACKEND, env=env, check=True, timeout=300
    )
    with psycopg.connect(standby.url("kepu_replica"), autocommit=True) as connection:
        assert connection.execute("SELECT pg_is_in_recovery()").fetchone() == (True,)

    run = subprocess.run(
        [sys.executable, "-c", SCENARIO], cwd=BACKEND, env=env, capture_output=True, text=True, timeout=300
    )
    lines = [line for line in run.stdout.splitlines() if line.startswith("RESULT ")]
    assert run.returncode == 0 and lines, run.stderr[-3000:]
    out = json.loads(lines[-1].removeprefix("RESULT "))

    # Fresh: the aggregates run on the replica; the primary answers only the lag check.
    assert out["fresh_replica_queries"] >= 3
    assert out["fresh_primary_queries"] <= 1
    # Replay paused and the primary written: the replica is behind, and says so.
    assert out["paused_lag"] > 0.5
    # Within the tolerated lag its (older) figures are served; past it the primary answers, fresh.
    assert out["tolerated_answer_is_the_replicas"] is True
    assert out["lagging_answer_is_fresh"] is True
    assert out["lagging_replica_queries"] == 1  # the lag check only
    assert out["lagging_primary_queries"] >= 3
    # Inside replica reads, writes go to the primary (a standby would refuse them).
    assert (out["alias"], out["write_alias"], out["read_alias"]) == ("replica", "default", "replica")
    assert out["written_on_primary"] is True
