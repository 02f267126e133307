"""Reads of statistics and exports from a PostgreSQL streaming replica, when one is configured.

``DATABASE_REPLICA_URL`` adds the ``replica`` database. Inside ``replica_reads()`` the router sends
reads there, except those of accounts, sessions and tokens (a sign-in a moment ago may not have reached
the replica yet); writes always go to ``default``, and migrations run there only. Before each use the
replica's lag is measured: behind the primary by more than ``KEPU['REPLICA_MAX_LAG_SECONDS']``,
unreachable, or not a standby at all, and the reads stay on the primary (README, "Scaling out").
"""

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

logger = logging.getLogger(__name__)

REPLICA = "replica"
# Apps whose rows a request needs fresh whatever it reads otherwise: who is signed in, and how.
PRIMARY_ONLY_APPS = frozenset({"accounts", "auth", "authtoken", "axes", "contenttypes", "sessions"})

_reads_from: ContextVar[str | None] = ContextVar("kepu_replica_reads", default=None)
_last_check: dict[str, float | bool] = {"at": float("-inf"), "fresh": False}


class ReplicaRouter:
    """Reads inside ``replica_reads()`` go to the replica; everything else to ``default``."""

    def db_for_read(self, model: Any, **hints: Any) -> str | None:
        alias = _reads_from.get()
        if alias is None or model._meta.app_label in PRIMARY_ONLY_APPS:
            return None
        return alias

    def db_for_write(self, model: Any, **hints: Any) -> str:
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        # Both databases hold the same rows: objects read from either may refer to each other.
        return True

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return db == DEFAULT_DB_ALIAS


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


def _lsn(text: str) -> int:
    high, low = text.split("/")
    return (int(high, 16) << 32) + int(low, 16)


def replica_lag_seconds() -> float:
    """How far the replica is behind the primary, in seconds: 0 when it has replayed everything the
    primary has written, else the age of the last transaction it replayed; infinite when it cannot tell
    (not a standby, nothing replayed yet)."""
    with connections[REPLICA].cursor() as cursor:
        cursor.execute(
            "SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text, "
            "EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp())::float8"
        )
        in_recovery, replayed, age = cursor.fetchone()
    if not in_recovery or replayed is None:
        return float("inf")
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()::text")
        (written,) = cursor.fetchone()
    if _lsn(replayed) >= _lsn(written):
        return 0.0
    return float("inf") if age is None else max(float(age), 0.0)


def replica_is_fresh() -> bool:
    """Whether reads may use the replica now; measured at most every ``REPLICA_CHECK_SECONDS``."""
    if not replica_configured():
        return False
    now = time.monotonic()
    if now - float(_last_check["at"]) < settings.KEPU["REPLICA_CHECK_SECONDS"]:
        return bool(_last_check["fresh"])
    try:
        lag = replica_lag_seconds()
    except DatabaseError as exc:
        logger.warning("replica unavailable, reading from the primary: %s", exc)
        lag = float("inf")
    fresh = lag <= settings.KEPU["REPLICA_MAX_LAG_SECONDS"]
    if not fresh:
        logger.warning("replica %.1f s behind, reading from the primary", lag)
    _last_check.update(at=now, fresh=fresh)
    return fresh


@contextmanager
def replica_reads() -> Iterator[str]:
    """Route the reads inside to the replica when it is configured and fresh; yields the alias used."""
    alias = REPLICA if replica_is_fresh() else DEFAULT_DB_ALIAS
    token = _reads_from.set(alias if alias != DEFAULT_DB_ALIAS else None)
    try:
        yield alias
    finally:
        _reads_from.reset(token)
