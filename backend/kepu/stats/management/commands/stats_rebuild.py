"""Recount every statistics aggregate from the raw rows (after a restore, a bulk load with triggers off, or
to check them): ``manage.py stats_rebuild``. Writes wait meanwhile; reads do not."""

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from kepu.stats.models import EventTally
from kepu.stats.tally_sql import REBUILD


class Command(BaseCommand):
    help = "Recount the statistics aggregates (event tallies) from the registrations."

    def handle(self, *args, **options) -> None:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(REBUILD)
        self.stdout.write(f"event tallies rebuilt: {EventTally.objects.count()}")
