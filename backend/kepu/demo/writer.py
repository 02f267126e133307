"""Bulk writing of planned rows: PostgreSQL COPY when available, batched INSERTs elsewhere.

Rows are tuples in the order of the given columns. Columns a caller leaves out get the model
field's default, so an additive model change (a new field with a default) does not break the seed.
"""

import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from django.db import connection, models

SEED_LOCK_KEY = 0x6B657075  # 'kepu'


class BulkWriter:
    def __init__(self) -> None:
        self.timings: list[tuple[str, int, float]] = []  # (table, rows, seconds)

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """One seeding at a time: a second run waits, then finds the first one's work and skips it."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [SEED_LOCK_KEY])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [SEED_LOCK_KEY])

    def prepare(self) -> None:
        """Long COPYs and the deferred foreign-key checks at commit must not hit the request timeouts."""
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL statement_timeout = 0")
            cursor.execute("SET LOCAL lock_timeout = 0")

    def reserve_ids(self, model: type[models.Model], count: int) -> int:
        """The first of ``count`` consecutive primary keys nobody else will be given."""
        if count == 0:
            return 0
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [model._meta.db_table])
            sequence = cursor.fetchone()[0]
            cursor.execute("SELECT nextval(%s)", [sequence])
            first = cursor.fetchone()[0]
            cursor.execute("SELECT setval(%s, %s)", [sequence, first + count - 1])
            return first

    def insert(self, model: type[models.Model], columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Write ``rows`` as they are: no ``save()``, no signals, no ``auto_now`` (the plan sets the times)."""
        fields = {f.attname: f for f in model._meta.concrete_fields}
        unknown = set(columns) - set(fields)
        if unknown:
            raise ValueError(f"{model.__name__} has no columns {sorted(unknown)}")
        extra = [f for name, f in fields.items() if name not in columns and not f.primary_key]
        given = [fields[name] for name in columns]
        constants = tuple(f.get_db_prep_save(f.get_default(), connection) for f in extra)
        quote = connection.ops.quote_name
        column_sql = ", ".join(quote(str(f.column)) for f in (*given, *extra))
        table = quote(model._meta.db_table)
        started = time.monotonic()
        count = self._copy(f"COPY {table} ({column_sql}) FROM STDIN", given, rows, constants)
        self.timings.append((model._meta.db_table, count, time.monotonic() - started))
        return count

    @staticmethod
    def _copy(sql: str, given: list[models.Field], rows, constants: tuple) -> int:
        # psycopg adapts plain values itself; only JSON needs Django's adapter.
        json_columns = [i for i, f in enumerate(given) if isinstance(f, models.JSONField)]
        count = 0
        with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
            write = copy.write_row
            for row in rows:
                if json_columns:
                    row = list(row)
                    for i in json_columns:
                        row[i] = given[i].get_db_prep_save(row[i], connection)
                write((*row, *constants) if constants else row)
                count += 1
        return count

    @contextmanager
    def indexes_deferred(self, model: type[models.Model], *, enabled: bool = True) -> Iterator[None]:
        """Load a big batch without maintaining the table's plain indexes and outgoing foreign keys.

        They are dropped inside the transaction and rebuilt afterwards from their own
        definitions (read from the catalog, so indexes added later are kept too): building an index once
        and validating a foreign key with one join is far cheaper than a million single-row updates.
        Unique and check constraints stay in force throughout.
        """
        if not enabled:
            yield
            return
        table = model._meta.db_table
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            # Altering a table needs its queued (deferred) foreign-key checks done first.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            cursor.execute(
                "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "WHERE i.indrelid = %s::regclass AND NOT i.indisprimary AND NOT EXISTS "
                "(SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)",
                [table],
            )
            indexes = cursor.fetchall()
            cursor.execute(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass "
                "AND contype = 'f'",
                [table],
            )
            foreign_keys = cursor.fetchall()
            for name, _ in indexes:
                cursor.execute(f"DROP INDEX {quote(name)}")
            for name, _ in foreign_keys:
                cursor.execute(f"ALTER TABLE {quote(table)} DROP CONSTRAINT {quote(name)}")
        yield
        started = time.monotonic()
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for _, definition in indexes:
                cursor.execute(definition)
            for name, definition in foreign_keys:
                cursor.execute(f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}")
        self.timings.append((f"{table} (indexes and foreign keys rebuilt)", 0, time.monotonic() - started))

    def analyze(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
