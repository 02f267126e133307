"""Benchmark the statistics endpoints against hand-written SQL computing the same aggregates.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kepu .venv/bin/python scripts/bench_stats.py [--runs 15]

Runs each endpoint through DRF's test client as a district-wide staff member and, in the same run, one
hand-written SQL query returning the same figures; prints the medians and their ratio. The database is
taken as given (``manage.py seed_demo --scale 1`` gives 50,000 events and 1,000,000 registrations);
``--prepare N`` first fills an empty database with N bulk-created events for a quick local run.

``--headline`` times only the summary, the time series and the yearly report of both slices, each call
alternating with an event detail GET, so that both see the same load. With ``--pair URL`` a second
process (``--serve``) on the database at URL (another scale) makes the same calls, taking turns with
this one call by call: scripts/bench.py runs it in several rounds, for the ratios to the detail GET and
between the scales.
"""

# The SQL below is assembled from constant fragments only; every value is a bound parameter.
# ruff: noqa: S608
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "backend"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

from kepu.accounts.models import Role, User  # noqa: E402
from kepu.events.models import Event  # noqa: E402
from kepu.places.models import Area  # noqa: E402
from kepu.stats.selectors import aggregate_session  # noqa: E402

SH = ZoneInfo("Asia/Shanghai")

# Shared pieces of the hand-written SQL; %(start)s etc. are bound as parameters.
HELD = """
    held AS (
        SELECT e.id, e.mode, e.activity_type, e.campaign, e.organization_id, e.title, e.area_id, e.starts_at,
               e.marked_large_scale, r.id AS report_id, r.checked_in, r.walk_ins, r.online_attendance, r.attendance,
               -- an online event's person-times are all online; a mixed event's online part is its headcount
               CASE WHEN e.mode = 'online' THEN r.attendance ELSE r.online_attendance END AS online_pt, a.path
        FROM events_event e
        JOIN events_eventreport r ON r.event_id = e.id
        JOIN places_area a ON a.id = e.area_id
        WHERE r.status = 'accepted' AND e.starts_at >= %(start)s AND e.starts_at < %(end)s
          AND a.path LIKE %(prefix)s
    )"""
DISTRIBUTED = """
    distributed AS (
        SELECT d.quantity, d.material_id, d.date, d.event_id FROM materials_distribution d
        WHERE d.event_id IN (SELECT id FROM held)
           OR (d.event_id IS NULL AND d.date >= %(start_date)s AND d.date < %(end_date)s
               AND d.area_id IN (SELECT id FROM places_area WHERE path LIKE %(prefix)s))
    )"""
FUNDED = """
    funded AS (
        -- spending declared by a post-event report is official once the report is accepted
        SELECT f.* , a.path FROM funding_fundingrecord f JOIN places_area a ON a.id = f.area_id
        LEFT JOIN events_eventreport fr ON fr.id = f.report_id
        WHERE f.date >= %(start_date)s AND f.date < %(end_date)s AND a.path LIKE %(prefix)s
          AND (f.report_id IS NULL OR fr.status = 'accepted')
    )"""
EVENT_FIGURES = """
    count(*) AS events,
    count(*) FILTER (WHERE mode = 'offline') AS events_offline,
    count(*) FILTER (WHERE mode = 'online') AS events_online,
    count(*) FILTER (WHERE mode = 'mixed') AS events_mixed,
    count(*) FILTER (WHERE marked_large_scale OR attendance >= %(threshold)s) AS large_scale,
    coalesce(sum(checked_in), 0) AS checked_in, coalesce(sum(walk_ins), 0) AS walk_ins,
    coalesce(sum(online_attendance), 0) AS online_attendance,
    coalesce(sum(attendance), 0) AS attendance,
    coalesce(sum(attendance - online_pt), 0) AS person_times_offline,
    coalesce(sum(online_pt), 0) AS person_times_online,
    coalesce(sum(attendance) FILTER (WHERE mode = 'offline'), 0) AS attendance_offline,
    coalesce(sum(attendance) FILTER (WHERE mode = 'online'), 0) AS attendance_online,
    coalesce(sum(attendance) FILTER (WHERE mode = 'mixed'), 0) AS attendance_mixed"""

SQL = {
    "summary": f"""
        WITH {HELD}, {DISTRIBUTED}, {FUNDED},
        ev AS (SELECT {EVENT_FIGURES} FROM held),
        reg AS (
            SELECT count(*) FILTER (WHERE status <> 'cancelled') AS registrations,
                   count(*) FILTER (WHERE status = 'confirmed') AS confirmed,
                   count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted,
                   count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
                   count(checked_in_at) AS attended
            FROM events_registration WHERE event_id IN (SELECT id FROM held)),
        people AS (
            -- checked-in registrations in resident order (partial index), tested against the held events
            SELECT count(*) FILTER (WHERE n_attended >= 1) AS unique_participants,
                   count(*) FILTER (WHERE n_attended >= 2) AS repeat_participants
            FROM (SELECT resident_id, count(*) FILTER (WHERE event_id IN (SELECT id FROM held)) AS n_attended
                  FROM events_registration WHERE checked_in_at IS NOT NULL GROUP BY resident_id) t),
        printed AS (SELECT coalesce(sum(d.quantity), 0) AS printed FROM distributed d
            JOIN materials_material m ON m.id = d.material_id
            WHERE m.kind IN ('brochure', 'leaflet', 'poster', 'booklet')),
        mat AS (SELECT json_agg(x) AS kinds FROM (
            SELECT m.kind, sum(d.quantity) AS quantity FROM distributed d
            JOIN materials_material m ON m.id = d.material_id GROUP BY m.kind) x),
        mat_each AS (SELECT json_agg(x) AS materials FROM (
            SELECT m.id, m.name, sum(d.quantity) AS quantity FROM distributed d
            JOIN materials_material m ON m.id = d.material_id GROUP BY m.id, m.name) x),
        fund AS (
            SELECT coalesce(sum(amount) FILTER (WHERE direction = 'income'), 0) AS raised,
                   coalesce(sum(amount) FILTER (WHERE direction = 'income' AND is_special), 0) AS special,
                   coalesce(sum(amount) FILTER (WHERE direction = 'income' AND source = 'government'), 0) AS gov,
                   coalesce(sum(amount) FILTER (WHERE direction = 'income' AND source = 'donation'), 0) AS donation,
                   coalesce(sum(amount) FILTER (WHERE direction = 'income' AND source = 'self_raised'), 0) AS self,
                   coalesce(sum(amount) FILTER (WHERE direction = 'income' AND source = 'other'), 0) AS other,
                   coalesce(sum(amount) FILTER (WHERE direction = 'expenditure'), 0) AS spent
            FROM funded)
        SELECT * FROM ev, reg, people, printed, mat, mat_each, fund""",
    "timeseries": f"""
        WITH {HELD}, {DISTRIBUTED}, {FUNDED},
        months AS (SELECT generate_series(%(start_date)s::date, %(end_date)s::date - 1, interval '1 month')::date AS m),
        ev AS (SELECT date_trunc('month', starts_at AT TIME ZONE 'Asia/Shanghai')::date AS m, {EVENT_FIGURES}
               FROM held GROUP BY 1),
        mat AS (SELECT coalesce(date_trunc('month', e.starts_at AT TIME ZONE 'Asia/Shanghai')::date,
                                date_trunc('month', d.date)::date) AS m, sum(d.quantity) AS quantity
                FROM distributed d LEFT JOIN events_event e ON e.id = d.event_id GROUP BY 1),
        fund AS (SELECT date_trunc('month', date)::date AS m,
                        sum(amount) FILTER (WHERE direction = 'income') AS raised,
                        sum(amount) FILTER (WHERE direction = 'expenditure') AS spent FROM funded GROUP BY 1)
        SELECT months.m, ev.*, mat.quantity, fund.raised, fund.spent FROM months
        LEFT JOIN ev ON ev.m = months.m LEFT JOIN mat ON mat.m = months.m LEFT JOIN fund ON fund.m = months.m
        ORDER BY months.m""",
    "breakdown?by=area": f"""
        WITH {HELD}
        SELECT c.id, c.name, t.* FROM places_area c LEFT JOIN (
            SELECT split_part(path, '/', %(child_index)s) AS k, {EVENT_FIGURES} FROM held GROUP BY 1
        ) t ON t.k = c.id::text WHERE c.parent_id = %(root)s ORDER BY c.path""",
    "breakdown?by=activity_type": f"""
        WITH {HELD} SELECT activity_type, {EVENT_FIGURES} FROM held GROUP BY 1 ORDER BY 1""",
    "breakdown?by=audience": f"""
        -- person-times credited once: walk-ins by their group, declared registrants by theirs, the rest to
        -- the event's audience when it has exactly one (else unspecified, not listed here)
        WITH {HELD},
        sole AS (SELECT ea.event_id, min(ea.audience_id) AS aud FROM events_event_audiences ea
                 JOIN held h ON h.id = ea.event_id GROUP BY ea.event_id HAVING count(*) = 1),
        walk AS (SELECT w.audience_id AS aud, h.id AS event_id, sum(w.count) AS n FROM events_walkincount w
                 JOIN held h ON h.report_id = w.report_id GROUP BY 1, 2),
        decl AS (SELECT g.audience_id AS aud, g.event_id, sum(g.companions + 1) AS n FROM events_registration g
                 JOIN held h ON h.id = g.event_id
                 WHERE g.checked_in_at IS NOT NULL AND g.audience_id IS NOT NULL GROUP BY 1, 2),
        rest AS (SELECT sole.aud, sum(h.attendance - coalesce(w.n, 0) - coalesce(d.n, 0)) AS n FROM held h
                 LEFT JOIN sole ON sole.event_id = h.id
                 LEFT JOIN (SELECT event_id, sum(n) AS n FROM walk GROUP BY 1) w ON w.event_id = h.id
                 LEFT JOIN (SELECT event_id, sum(n) AS n FROM decl GROUP BY 1) d ON d.event_id = h.id
                 GROUP BY 1),
        reach AS (SELECT ea.audience_id AS aud, count(*) AS events, sum(h.attendance) AS reach FROM held h
                  JOIN events_event_audiences ea ON ea.event_id = h.id GROUP BY 1)
        SELECT au.key, coalesce(reach.events, 0) AS events, coalesce(reach.reach, 0) AS reach,
               coalesce((SELECT sum(n) FROM walk WHERE walk.aud = au.key), 0)
               + coalesce((SELECT sum(n) FROM decl WHERE decl.aud = au.key), 0)
               + coalesce((SELECT n FROM rest WHERE rest.aud = au.key), 0) AS attendance
        FROM events_audience au LEFT JOIN reach ON reach.aud = au.key ORDER BY au.ordering""",
    "breakdown?by=material": f"""
        WITH {HELD}, {DISTRIBUTED}
        SELECT m.id, m.name, m.kind, m.unit, sum(d.quantity) AS quantity FROM distributed d
        JOIN materials_material m ON m.id = d.material_id GROUP BY m.id ORDER BY quantity DESC, m.name""",
    "per-capita": """
        WITH tree AS (SELECT id, parent_id, name, path FROM places_area WHERE path LIKE %(prefix)s),
        pop AS (
            -- the highest figure available: a population row with no population row above it in the slice
            SELECT p.residents, a.path FROM places_population p JOIN tree a ON a.id = p.area_id
            WHERE p.year = %(year)s AND NOT EXISTS (
                SELECT 1 FROM places_population p2 JOIN tree a2 ON a2.id = p2.area_id
                WHERE p2.year = %(year)s AND a2.id <> a.id AND a.path LIKE a2.path || '%%')),
        fund AS (
            SELECT split_part(a.path, '/', %(child_index)s) AS k,
                   sum(f.amount) FILTER (WHERE f.direction = 'income') AS raised,
                   sum(f.amount) FILTER (WHERE f.direction = 'income' AND f.is_special) AS special
            FROM funding_fundingrecord f JOIN tree a ON a.id = f.area_id
            WHERE f.date >= %(year_start)s AND f.date < %(year_end)s GROUP BY 1)
        SELECT c.id, c.name, (SELECT sum(residents) FROM pop WHERE pop.path LIKE c.path || '%%') AS population,
               fund.raised, fund.special, fund.raised / nullif(
                   (SELECT sum(residents) FROM pop WHERE pop.path LIKE c.path || '%%'), 0) AS per_capita,
               t.per_capita_funding
        FROM tree c LEFT JOIN fund ON fund.k = c.id::text
        LEFT JOIN funding_target t ON t.area_id = c.id AND t.year = %(year)s
        WHERE c.parent_id = %(root)s OR c.id = %(root)s ORDER BY c.path""",
    "scorecard": f"""
        WITH {HELD},
        communities AS (SELECT id, name, path FROM places_area
                        WHERE path LIKE %(prefix)s AND level IN ('community', 'village')),
        pop AS (SELECT p.residents, a.path FROM places_population p JOIN places_area a ON a.id = p.area_id
                WHERE p.year = %(year)s AND a.path LIKE %(prefix)s),
        ev AS (SELECT split_part(path, '/', 4) AS k, count(*) AS events,
                      count(*) FILTER (WHERE activity_type IN ('lecture', 'training', 'consultation')) AS lectures,
                      sum(attendance) AS attendance FROM held GROUP BY 1),
        fund AS (SELECT split_part(a.path, '/', 4) AS k, sum(f.amount) AS raised FROM funding_fundingrecord f
                 JOIN places_area a ON a.id = f.area_id WHERE f.direction = 'income'
                 AND f.date >= %(start_date)s AND f.date < %(end_date)s AND a.path LIKE %(prefix)s GROUP BY 1)
        SELECT c.id, c.name, ev.events, ev.lectures, ev.attendance, fund.raised,
               (SELECT residents FROM pop WHERE pop.path = c.path) AS population
        FROM communities c LEFT JOIN ev ON ev.k = c.id::text LEFT JOIN fund ON fund.k = c.id::text
        ORDER BY c.path""",
    "public": f"""
        WITH {HELD}, {DISTRIBUTED}
        SELECT (SELECT count(*) FROM held), (SELECT coalesce(sum(attendance), 0) FROM held),
               (SELECT coalesce(sum(quantity), 0) FROM distributed)""",
    "reports/annual": f"""
        WITH {HELD}, {DISTRIBUTED}, {FUNDED},
        lines AS (SELECT json_agg(x) AS lines FROM (
            SELECT activity_type, campaign,
                   count(*) FILTER (WHERE mode <> 'online') AS sessions_offline,
                   count(*) FILTER (WHERE mode = 'online') AS sessions_online,
                   coalesce(sum(attendance - online_pt), 0) AS person_times_offline,
                   coalesce(sum(online_pt), 0) AS person_times_online
            FROM held GROUP BY 1, 2) x),
        units AS (SELECT count(DISTINCT organization_id) FILTER (WHERE activity_type = 'open_day') AS units,
                         count(DISTINCT organization_id || ':' || trim(title))
                             FILTER (WHERE activity_type = 'youth_group') AS groups FROM held),
        ev AS (SELECT {EVENT_FIGURES} FROM held),
        large AS (SELECT count(*) AS sessions, coalesce(sum(attendance), 0) AS person_times FROM held
                  WHERE marked_large_scale OR attendance >= %(threshold)s),
        fund AS (SELECT sum(amount) FILTER (WHERE direction = 'income') AS raised,
                        sum(amount) FILTER (WHERE is_special) AS special,
                        coalesce(sum(amount) FILTER (WHERE direction = 'expenditure'), 0) AS spent FROM funded),
        pop AS (SELECT sum(p.residents) AS residents FROM places_population p JOIN places_area a ON a.id = p.area_id
                WHERE p.year = %(year)s AND a.parent_id = %(root)s),
        printed AS (SELECT coalesce(sum(d.quantity), 0) AS printed FROM distributed d
                    JOIN materials_material m ON m.id = d.material_id
                    WHERE m.kind IN ('brochure', 'leaflet', 'poster', 'booklet'))
        SELECT * FROM lines, units, ev, large, fund, pop, printed""",
}


def endpoint_urls(year: int, root_id: int) -> dict[str, tuple[str, dict]]:
    base = {"year": year, "area": root_id}
    return {
        "summary": ("/api/v1/stats/summary/", base),
        "timeseries": ("/api/v1/stats/timeseries/", base),
        "breakdown?by=area": ("/api/v1/stats/breakdown/", {**base, "by": "area"}),
        "breakdown?by=activity_type": ("/api/v1/stats/breakdown/", {**base, "by": "activity_type"}),
        "breakdown?by=audience": ("/api/v1/stats/breakdown/", {**base, "by": "audience"}),
        "breakdown?by=material": ("/api/v1/stats/breakdown/", {**base, "by": "material"}),
        "per-capita": ("/api/v1/stats/per-capita/", base),
        "scorecard": ("/api/v1/stats/scorecard/", base),
        "public": ("/api/v1/stats/public/", {}),
        "reports/annual": (f"/api/v1/reports/annual/{year}/", {"area": root_id}),
    }


def sql_row(name: str, params: dict) -> dict:
    with aggregate_session(), connection.cursor() as cursor:
        cursor.execute(SQL[name], params)
        return dict(zip([column.name for column in cursor.description], cursor.fetchone(), strict=True))


def check_same_figures(client: APIClient, urls: dict, params: dict) -> None:
    """The hand-written SQL must compute what the endpoints answer, or the ratio means nothing: compare the
    headline figures of the summary and the yearly report before timing anything."""
    url, query = urls["summary"]
    api, sql = client.get(url, query).json(), sql_row("summary", params)
    pairs = {
        "events": (api["events"]["events"], sql["events"]),
        "attendance": (api["attendance"]["attendance"], sql["attendance"]),
        **{k: (api["registrations"][k], sql[k]) for k in ("registrations", "confirmed", "waitlisted", "attended")},
        **{k: (api["participants"][k], sql[k]) for k in ("unique_participants", "repeat_participants")},
        "materials": (api["materials"]["total"], sum(kind["quantity"] for kind in sql["kinds"] or [])),
        "printed materials": (api["materials"]["printed"], sql["printed"]),
        "person-times online": (api["attendance"]["person_times_online"], sql["person_times_online"]),
        "person-times offline": (api["attendance"]["person_times_offline"], sql["person_times_offline"]),
        "raised": (api["funding"]["raised"], f"{sql['raised']:.2f}"),
        "spent": (api["funding"]["spent"], f"{sql['spent']:.2f}"),
    }
    url, query = urls["breakdown?by=audience"]
    api_rows = {row["key"]: row for row in client.get(url, query).json()["rows"]}
    with aggregate_session(), connection.cursor() as cursor:
        cursor.execute(SQL["breakdown?by=audience"], params)
        for key, events, reach, attendance in cursor.fetchall():
            row = api_rows[key]
            pairs[f"audience {key}"] = ((row["events"], row["reach"], row["attendance"]), (events, reach, attendance))
    url, query = urls["reports/annual"]
    api, sql = client.get(url, query).json(), sql_row("reports/annual", params)
    lines = {line["key"]: line for line in api["activities"]["lines"]}
    pairs |= {
        "annual events": (api["events_total"], sql["events"]),
        "annual large-scale sessions": (api["large_scale"]["sessions"], sql["sessions"]),
        "annual printed materials": (api["materials"]["printed"], sql["printed"]),
        "annual spent": (api["funding"]["spent"], f"{sql['spent']:.2f}"),
        "annual open-day units": (lines["open_day"]["count"], sql["units"]),
        "annual youth groups": (lines["youth_group"]["count"], sql["groups"]),
        "annual person-times online": (
            api["activities"]["total"]["person_times_online"],
            sum(x["person_times_online"] for x in sql["lines"] or []),
        ),
        "annual science week sessions": (
            lines["science_week"]["sessions"],
            sum(
                x["sessions_offline"] + x["sessions_online"]
                for x in sql["lines"] or []
                if x["campaign"] == "science_week"
            ),
        ),
    }
    wrong = {name: pair for name, pair in pairs.items() if pair[0] != pair[1]}
    if wrong:
        sys.exit(f"The SQL and the endpoints disagree (API, SQL): {wrong}")
    print(f"Checked: the SQL gives the endpoints' figures ({len(pairs)} headline figures compared).")


def timed(fn, runs: int) -> float:
    fn()  # warm caches and connections
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def prepare(n_events: int) -> None:
    """Fill an empty database with a small district and ``n_events`` events of this year, bulk-created."""
    from decimal import Decimal

    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from kepu.events.codes import new_check_in_code
    from kepu.events.models import Audience, EventReport, Registration, WalkInCount
    from kepu.funding.models import FundingRecord
    from kepu.materials.models import Distribution, Material
    from kepu.places.models import AreaLevel, Organization, Population
    from kepu.places.services import area_save

    rng = random.Random(7)  # noqa: S311 - repeatable benchmark data, not secrets
    year = timezone.now().astimezone(SH).year
    with transaction.atomic():
        district = area_save(area=Area(name="基准区", level=AreaLevel.DISTRICT))
        communities = []
        for s in range(6):
            sub = area_save(area=Area(name=f"基准街道{s}", level=AreaLevel.SUBDISTRICT, parent=district))
            Population.objects.create(area=sub, year=year, residents=rng.randint(40_000, 90_000))
            for c in range(8):
                communities.append(area_save(area=Area(name=f"基准社区{s}-{c}", level=AreaLevel.COMMUNITY, parent=sub)))
        orgs = Organization.objects.bulk_create(
            Organization(name=f"基准组织{i}", setting="community", area=area) for i, area in enumerate(communities)
        )
        unusable = make_password(None)
        User.objects.create(phone="18999999999", name="基准科协", role=Role.STAFF, staff_area=district)
        residents = User.objects.bulk_create(
            User(phone=f"189{i:08d}", name=f"基准居民{i}", password=unusable) for i in range(n_events * 2)
        )
        kinds = ("brochure", "poster", "booklet", "leaflet", "video", "kit")
        materials = Material.objects.bulk_create(Material(name=f"基准资料{i}", kind=kinds[i % 6]) for i in range(12))
        audiences = list(Audience.objects.values_list("key", flat=True))
        start = datetime(year, 1, 1, tzinfo=SH)
        events = Event.objects.bulk_create(
            Event(
                title=f"基准活动{i}",
                activity_type=rng.choice(
                    ["lecture", "exhibition", "training", "consultation", "youth_group", "open_day"]
                ),
                campaign=rng.choice(["", "", "", "science_week", "science_day", "science_month"]),
                setting="community",
                mode=rng.choice(["offline", "offline", "online", "mixed"]),
                area=orgs[i % len(orgs)].area,
                organization=orgs[i % len(orgs)],
                starts_at=start + timedelta(minutes=rng.randint(0, 360 * 24 * 60)),
                ends_at=start + timedelta(days=361),
                status="reported",
                capacity=None,
            )
            for i in range(n_events)
        )
        through = Event.audiences.through
        through.objects.bulk_create(through(event_id=e.pk, audience_id=rng.choice(audiences)) for e in events)
        registrations, reports = [], []
        for event in events:
            people = rng.sample(residents, 20)
            checked = 0
            for person in people:
                status = rng.choice(["confirmed"] * 8 + ["waitlisted", "cancelled"])
                came = status == "confirmed" and rng.random() < 0.8
                checked += came
                registrations.append(
                    Registration(
                        event=event,
                        resident=person,
                        status=status,
                        check_in_code=new_check_in_code(),
                        queued_at=event.starts_at if status == "waitlisted" else None,
                        checked_in_at=event.starts_at if came else None,
                        audience_id=rng.choice([None, None, *audiences]),
                    )
                )
            walk_ins = rng.randint(0, 40) if rng.random() > 0.002 else 1200
            online = rng.randint(0, 200) if event.mode != "offline" else 0
            reports.append(
                EventReport(
                    event=event,
                    status=rng.choice(["accepted"] * 8 + ["submitted", "returned"]),
                    checked_in=checked,
                    walk_ins=walk_ins,
                    online_attendance=online,
                    attendance=checked + walk_ins + online,
                    submitted_at=event.starts_at,
                )
            )
        Registration.objects.bulk_create(registrations, batch_size=5000)
        EventReport.objects.bulk_create(reports, batch_size=5000)
        WalkInCount.objects.bulk_create(
            [WalkInCount(report=r, audience_id=rng.choice(audiences), count=r.walk_ins) for r in reports if r.walk_ins],
            batch_size=5000,
        )
        FundingRecord.objects.bulk_create(
            FundingRecord(
                direction="expenditure",
                amount=Decimal(rng.randint(100, 3000)),
                date=r.event.starts_at.astimezone(SH).date(),
                area=r.event.area,
                category="activities",
                event=r.event,
                report=r,
            )
            for r in reports[::3]
        )
        Distribution.objects.bulk_create(
            [
                Distribution(
                    material=rng.choice(materials),
                    quantity=rng.randint(10, 300),
                    date=e.starts_at.date(),
                    area=e.area,
                    event=e,
                    channel="event",
                )
                for e in events[::2]
            ]
            + [
                Distribution(
                    material=rng.choice(materials),
                    quantity=rng.randint(10, 300),
                    channel="door_to_door",
                    date=date(year, rng.randint(1, 12), 1),
                    area=rng.choice(communities),
                )
                for _ in range(n_events // 4)
            ],
            batch_size=5000,
        )
        FundingRecord.objects.bulk_create(
            FundingRecord(
                amount=Decimal(rng.randint(1000, 50000)),
                date=date(year, rng.randint(1, 12), 1),
                area=rng.choice(communities),
                source=rng.choice(["government", "donation", "self_raised"]),
            )
            for _ in range(n_events // 10)
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"Prepared {n_events:,} events and {len(registrations):,} registrations for {year}.")


def slice_params(root: Area, year: int) -> dict:
    return {
        "start": datetime(year, 1, 1, tzinfo=SH),
        "end": datetime(year + 1, 1, 1, tzinfo=SH),
        "start_date": date(year, 1, 1),
        "end_date": date(year + 1, 1, 1),
        "year_start": date(year, 1, 1),
        "year_end": date(year + 1, 1, 1),
        "year": year,
        "prefix": f"{root.path}%",
        "root": root.pk,
        "child_index": root.path.count("/") + 1,
        "threshold": settings.KEPU["LARGE_EVENT_THRESHOLD"],
    }


def largest_subdistrict(root: Area, year: int) -> Area | None:
    """The direct child of ``root`` holding the most events of the year: the subdistrict slice measured."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.id FROM places_area c JOIN places_area a ON a.path LIKE c.path || '%%' "
            "JOIN events_event e ON e.area_id = a.id WHERE c.parent_id = %s "
            "AND e.starts_at >= %s AND e.starts_at < %s GROUP BY c.id ORDER BY count(*) DESC LIMIT 1",
            [root.pk, datetime(year, 1, 1, tzinfo=SH), datetime(year + 1, 1, 1, tzinfo=SH)],
        )
        row = cursor.fetchone()
    return Area.objects.get(pk=row[0]) if row else None


def detail_get_ms(client: APIClient, runs: int) -> tuple[str, float]:
    """The yardstick of the same run: one published event's detail page, as the same user."""
    url = detail_url()

    def call():
        response = client.get(url)
        assert response.status_code == 200, response.content[:300]

    return url, timed(call, runs * 4)


def measure_slice(client: APIClient, root: Area, year: int, runs: int) -> dict[str, dict[str, float]]:
    """Every endpoint of one slice next to its hand-written SQL, after checking they agree."""
    params = slice_params(root, year)
    urls = endpoint_urls(year, root.pk)
    check_same_figures(client, urls, params)
    print(f"{'endpoint':<30}{'API median ms':>15}{'SQL median ms':>15}{'ratio':>8}")
    rows = {}
    for name, (url, query) in urls.items():
        if name == "public" and root.parent_id is not None:
            continue  # the home page's figures are district-wide only

        def call(url=url, query=query):
            cache.clear()  # the public summary is cached; measure the work, not the cache
            response = client.get(url, query)
            assert response.status_code == 200, (url, response.status_code, response.content[:300])

        def raw(sql=SQL[name]):
            # The same session settings as the endpoints (see kepu.stats.selectors.aggregate_session).
            with aggregate_session(), connection.cursor() as cursor:
                cursor.execute(sql, params)
                cursor.fetchall()

        api_ms, sql_ms = timed(call, runs), timed(raw, runs)
        rows[name] = {"api_ms": api_ms, "sql_ms": sql_ms, "ratio": api_ms / sql_ms if sql_ms else float("inf")}
        print(f"{name:<30}{api_ms:>15.1f}{sql_ms:>15.1f}{rows[name]['ratio']:>8.2f}")
    return rows


# The endpoints the issue of scale is about: each is compared with a detail GET and across scales.
HEADLINE = ("summary", "timeseries", "reports/annual")
# The order of one run's calls with a partner, and of every other run (who goes first takes turns).
PAIRED_ORDER = ("api", "partner_api", "detail", "partner_detail")
SWAPPED_ORDER = ("partner_api", "api", "partner_detail", "detail")


def detail_url() -> str:
    event = Event.objects.filter(status="approved").order_by("starts_at").values_list("pk", flat=True).last()
    return f"/api/v1/events/{event or Event.objects.values_list('pk', flat=True).first()}/"


def timed_get(client: APIClient, url: str, query: dict | None = None) -> float:
    """Ms of one GET with an empty cache (the cache would answer the repeats otherwise)."""
    cache.clear()
    started = time.perf_counter()
    response = client.get(url, query or {})
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    return elapsed * 1000


class Partner:
    """This script in ``--serve`` mode on another database (another scale), timing the calls it is sent one
    at a time: the two scales' calls then alternate within milliseconds, as each call does with its detail
    GET, instead of being timed by two runs seconds apart under whatever load each met."""

    def __init__(self, database_url: str, year: int, subdistrict: int | None):
        arguments = [sys.executable, __file__, "--serve", "--year", str(year)]
        if subdistrict:
            arguments.append(f"--subdistrict={subdistrict}")
        self.process = subprocess.Popen(  # noqa: S603 - this very script, fixed arguments
            arguments,
            env={**os.environ, "DATABASE_URL": database_url},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.figures = json.loads(self._read())  # its database's size, once it is ready

    def _read(self) -> str:
        line = self.process.stdout.readline() if self.process.stdout else ""
        if not line:
            sys.exit("the partner process ended early")
        return line

    def get(self, label: str, name: str) -> float:
        """Ms of the partner's call ``name`` ("detail" for the detail GET) of slice ``label``."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps([label, name]) + "\n")
        self.process.stdin.flush()
        return float(self._read())

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(30)


def serve(client: APIClient, slices: dict[str, Area], year: int, ready: dict) -> None:
    """``--serve``: one JSON line when ready, then the ms of each call asked for on stdin, one per line."""
    detail = detail_url()
    urls = {label: endpoint_urls(year, area.pk) for label, area in slices.items()}
    print(json.dumps(ready), flush=True)
    for line in sys.stdin:
        label, name = json.loads(line)
        ms = timed_get(client, detail) if name == "detail" else timed_get(client, *urls[label][name])
        print(ms, flush=True)


def measure_headline(
    client: APIClient, slices: dict[str, Area], year: int, runs: int, partner: Partner | None = None
) -> tuple[dict[str, dict], dict[str, dict]]:
    """Median ms of each headline endpoint and of the detail GET timed alternately with it; with a partner,
    the same for the partner's database, its calls interleaved with these."""
    detail = detail_url()
    mine: dict[str, dict] = {}
    theirs: dict[str, dict] = {}

    def entry(api: list[float], yardstick: list[float]) -> dict:
        api_ms, detail_ms = statistics.median(api), statistics.median(yardstick)
        return {"api_ms": api_ms, "detail_ms": detail_ms, "ratio": api_ms / detail_ms}

    def cells(e: dict) -> str:
        return f"{e['api_ms']:>10.1f}{e['detail_ms']:>12.1f}{e['ratio']:>14.2f}"

    for label, area in slices.items():
        urls = endpoint_urls(year, area.pk)
        mine[label], theirs[label] = {}, {}
        for name in HEADLINE:
            url, query = urls[name]
            samples: dict[str, list[float]] = {"api": [], "detail": [], "partner_api": [], "partner_detail": []}
            for run in range(runs + 1):  # the first round warms up
                order = SWAPPED_ORDER if run % 2 else PAIRED_ORDER
                for key in (k for k in order if partner or not k.startswith("partner")):
                    if key == "api":
                        ms = timed_get(client, url, query)
                    elif key == "detail":
                        ms = timed_get(client, detail)
                    elif partner is not None:
                        ms = partner.get(label, "detail" if key == "partner_detail" else name)
                    if run:
                        samples[key].append(ms)
            mine[label][name] = entry(samples["api"], samples["detail"])
            line = f"{label + ' ' + name:<36}{cells(mine[label][name])}"
            if partner:
                theirs[label][name] = entry(samples["partner_api"], samples["partner_detail"])
                line += f"  {cells(theirs[label][name])}"
            print(line, flush=True)
    return mine, theirs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="Timed runs per endpoint and query (median shown).")
    parser.add_argument("--year", type=int, help="Year to measure (default: the year with the most events).")
    parser.add_argument("--prepare", type=int, metavar="N", help="Bulk-create N events first (empty database only).")
    parser.add_argument("--json", metavar="PATH", help="Also write the figures to PATH (scripts/bench.py reads it).")
    parser.add_argument("--subdistrict", type=int, metavar="ID", help="The subdistrict slice (default: the busiest).")
    parser.add_argument(
        "--headline", action="store_true", help="Only the headline endpoints, each next to the detail GET."
    )
    parser.add_argument(
        "--pair",
        metavar="DATABASE_URL",
        help="With --headline: time the same calls on this database too, interleaved with these (another scale).",
    )
    parser.add_argument("--serve", action="store_true", help="Time the calls a --pair run sends on stdin.")
    args = parser.parse_args()
    settings.DEBUG = False

    if args.prepare:
        if Event.objects.exists():
            sys.exit("--prepare only fills an empty database; this one already has events.")
        prepare(args.prepare)
    if not Event.objects.exists():
        sys.exit(
            "The database has no events. Seed it first (manage.py seed_demo --scale 1), or run this "
            "script with --prepare N on an empty database."
        )

    root = Area.objects.filter(parent__isnull=True).order_by("path").first()
    user = User.objects.filter(role=Role.STAFF, staff_area=root).first() or User(role=Role.ADMIN, is_superuser=True)
    if args.year:
        year = args.year
    else:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT extract(year FROM starts_at AT TIME ZONE 'Asia/Shanghai')::int AS y FROM "
                "events_event GROUP BY y ORDER BY count(*) DESC LIMIT 1"
            )
            year = cursor.fetchone()[0]
    client = APIClient()
    client.force_authenticate(user=user)
    with connection.cursor() as cursor:
        cursor.execute("SELECT (SELECT count(*) FROM events_event), (SELECT count(*) FROM events_registration)")
        n_events, n_registrations = cursor.fetchone()
    slices = {"district": root}
    sub = Area.objects.get(pk=args.subdistrict) if args.subdistrict else largest_subdistrict(root, year)
    if sub is not None:
        slices["subdistrict"] = sub
    figures: dict = {"events": n_events, "registrations": n_registrations, "year": year, "slices": {}}
    figures["subdistrict"] = sub.pk if sub else None
    if args.serve:
        serve(client, slices, year, {"events": n_events, "registrations": n_registrations})
        return
    print(
        f"Database: {n_events:,} events, {n_registrations:,} registrations; year {year}, "
        f"{args.runs} runs each, PostgreSQL {connection.pg_version // 10000}."
    )
    if args.headline:
        partner = Partner(args.pair, year, figures["subdistrict"]) if args.pair else None
        header = f"{'slice / endpoint':<36}{'API ms':>10}{'detail ms':>12}{'× detail GET':>14}"
        if partner:
            header += f"  {'paired API':>10}{'detail ms':>12}{'× detail GET':>14}"
            print(
                f"Paired with {partner.figures['events']:,} events, {partner.figures['registrations']:,} registrations."
            )
        print(header)
        try:
            figures["headline"], paired = measure_headline(client, slices, year, args.runs, partner)
        finally:
            if partner:
                partner.close()
        if partner:
            figures["paired"] = {**partner.figures, "headline": paired}
        if args.json:
            Path(args.json).write_text(json.dumps(figures, indent=1))
        return
    for label, area in slices.items():
        print(f"\n{label}: {area.name} (area {area.pk})")
        figures["slices"][label] = measure_slice(client, area, year, args.runs)
    url, detail_ms = detail_get_ms(client, args.runs)
    figures["detail_ms"] = detail_ms
    print(f"\nyardstick: GET {url} median {detail_ms:.1f} ms")
    print(f"{'slice / endpoint':<36}{'API ms':>10}{'× detail GET':>14}  (goal <= 3)")
    for label, rows in figures["slices"].items():
        for name in HEADLINE:
            print(f"{label + ' ' + name:<36}{rows[name]['api_ms']:>10.1f}{rows[name]['api_ms'] / detail_ms:>14.1f}")
    worst = {label: max(r["ratio"] for r in rows.values()) for label, rows in figures["slices"].items()}
    print(
        "Worst ratio to SQL (goal <= 1.5): "
        + ", ".join(f"{label} {value:.2f}" for label, value in worst.items())
        + f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs."
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
