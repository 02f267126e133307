"""``manage.py seed_demo [--scale N]``: the demo district, a year of its work, and one login per role.

Safe to run again: reference data is matched on natural keys, and the year of activity (and each
scaled batch) is written once, in one transaction, recorded by an audit entry on the district.
"""

import random
import time
from dataclasses import asdict

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from kepu.common.audit import audit_record
from kepu.common.models import AuditEntry
from kepu.demo.activity import ActivityPlanner, Outcome, Volume
from kepu.demo.people import seed_people_and_venues
from kepu.demo.reference import DEMO_PHONES, Reference, seed_reference
from kepu.demo.writer import BulkWriter

BASE_ACTION = "demo.seeded"
SCALED_ACTION = "demo.scaled"
ROLE_LABELS = {
    "admin": "administrator (Django admin /admin/)",
    "district_staff": "district association staff",
    "subdistrict_staff": "subdistrict staff",
    "organizer": "organizer (community + school)",
    "resident": "resident",
}


def _seeded(ref: Reference, action: str) -> AuditEntry | None:
    return AuditEntry.objects.filter(
        action=action, target_type=ref.district._meta.label_lower, target_id=str(ref.district.pk)
    ).first()


class Command(BaseCommand):
    help = "Seed a demo district modelled on Kundulun District, Baotou; --scale N adds benchmark-sized data."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=float,
            default=0.0,
            help="Add N × (50,000 events, 1,000,000 registrations) of bulk data; fractions allowed.",
        )
        parser.add_argument("--password", default="kepu2026", help="Password of new demo accounts.")
        parser.add_argument("--seed", type=int, default=2026, help="Random seed: the same seed gives the same data.")

    def handle(self, *args, scale: float, password: str, seed: int, **options):
        if scale < 0:
            raise CommandError("--scale must not be negative.")
        self.verbosity = options["verbosity"]
        writer = BulkWriter()
        with writer.exclusive():
            self._seed(writer, scale=scale, password=password, seed=seed)

    def _seed(self, writer: BulkWriter, *, scale: float, password: str, seed: int) -> None:
        started = time.monotonic()
        now = timezone.now()
        ref = seed_reference(
            rng=random.Random(f"kepu-reference-{seed}"), year=timezone.localdate().year, password=password
        )
        self._say(
            f"Reference data: {len(ref.townships)} subdistricts/towns, {len(ref.leaves)} communities/villages, "
            f"{len(ref.orgs)} organizations, {len(ref.materials)} materials."
        )

        wrote = False
        if _seeded(ref, BASE_ACTION):
            self._say("The demo year of activity is already there; nothing added.")
        else:
            wrote = True
            outcome = self._activity(
                ref, Volume.base(), random.Random(f"kepu-activity-{seed}"), now, writer, BASE_ACTION, {}
            )
            self._report("Demo year", outcome, started, writer)

        people = seed_people_and_venues(ref=ref, rng=random.Random(f"kepu-people-{seed}"))
        if people is None:
            self._say("The demo people and venues are already there; nothing added.")
        else:
            wrote = True
            self._say(", ".join(f"{value:,} {name.replace('_', ' ')}" for name, value in asdict(people).items()) + ".")

        if scale > 0:
            previous = _seeded(ref, SCALED_ACTION)
            if previous:
                self._say(
                    f"Scaled data (scale {previous.changes.get('scale')}) is already there; nothing added. "
                    "Start from an empty database to seed another scale."
                )
            else:
                wrote = True
                scale_started = time.monotonic()
                outcome = self._activity(
                    ref,
                    Volume.scaled(scale),
                    random.Random(f"kepu-scale-{seed}-{scale}"),
                    now,
                    writer,
                    SCALED_ACTION,
                    {"scale": scale},
                )
                self._report(f"Scale {scale:g}", outcome, scale_started, writer)
        if wrote:
            # Fresh statistics so the planner sees the new row counts right away.
            analyze_started = time.monotonic()
            writer.analyze()
            self._say(f"ANALYZE in {time.monotonic() - analyze_started:.1f} s.")
        self._print_logins(ref, password)
        self._say(f"Done in {time.monotonic() - started:.1f} s.")

    @staticmethod
    def _activity(ref, volume, rng, now, writer, action, extra) -> Outcome:
        with transaction.atomic():
            writer.prepare()
            planner = ActivityPlanner(
                ref=ref, volume=volume, rng=rng, now=now, writer=writer, password_hash=ref.password_hash
            )
            outcome = planner.write()
            audit_record(actor=None, action=action, target=ref.district, changes={**extra, **asdict(outcome)})
            commit_started = time.monotonic()
        writer.timings.append(("(commit: deferred foreign-key checks)", 0, time.monotonic() - commit_started))
        return outcome

    def _say(self, text: str) -> None:
        self.stdout.write(text)

    def _report(self, label: str, outcome: Outcome, started: float, writer: BulkWriter) -> None:
        figures = ", ".join(f"{value:,} {name.replace('_', ' ')}" for name, value in asdict(outcome).items())
        self._say(f"{label}: {figures} in {time.monotonic() - started:.1f} s.")
        if self.verbosity >= 2:
            for table, rows, seconds in writer.timings:
                self._say(f"  {table}: {rows:,} rows written in {seconds:.1f} s")
        writer.timings.clear()

    def _print_logins(self, ref: Reference, password: str) -> None:
        rows = [(ROLE_LABELS[key], DEMO_PHONES[key], ref.logins[key].name) for key in ROLE_LABELS]
        widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
        self._say("")
        self._say(f"Demo logins (password for new accounts: {password}):")
        self._say(f"  {'role'.ljust(widths[0])}  {'phone'.ljust(widths[1])}  name")
        for label, phone, name in rows:
            self._say(f"  {label.ljust(widths[0])}  {phone.ljust(widths[1])}  {name}")
