"""Recount every statistics aggregate from the raw rows (after a restore, a bulk load with triggers off, or
to check them): ``manage.py stats_rebuild``; ``--check`` only compares. Writes wait meanwhile; reads do not."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from kepu.stats.aggregate_sql import differences, rebuild
from kepu.stats.models import EventFacts, EventTally


class Command(BaseCommand):
    help = "Recount the statistics aggregates (event tallies and node figures) from the raw rows."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--check", action="store_true", help="Compare with a recount, change nothing.")

    def handle(self, *args, check: bool, **options) -> None:
        if check:
            wrong = {table: n for table, n in differences().items() if n}
            if wrong:
                raise CommandError(f"Aggregates differ from a recount (rows): {wrong}")
            self.stdout.write("aggregates equal a recount")
            return
        with transaction.atomic():
            rebuild()
        self.stdout.write(
            f"event tallies rebuilt: {EventTally.objects.count()}; events counted: {EventFacts.objects.count()}"
        )
