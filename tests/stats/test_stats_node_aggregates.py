"""The node aggregates equal a recount from the raw rows after any sequence of writes, and the figures read
from them equal the figures counted from the raw rows, official and provisional, for any subtree."""

import itertools
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kepu.demo.factories import (
    AreaFactory,
    EventFactory,
    MaterialFactory,
    OrganizationFactory,
    UserFactory,
)
from kepu.events.models import (
    EventReport,
    EventStatus,
    Mode,
    Registration,
    RegistrationStatus,
    ReportStatus,
)
from kepu.funding.models import (
    Direction,
    FundingRecord,
    FundingSource,
    SpendingCategory,
)
from kepu.materials.models import Distribution, MaterialKind
from kepu.places.models import Area, AreaLevel
from kepu.places.services import area_save
from kepu.stats import node_figures
from kepu.stats.aggregate_sql import aggregates_recounted, differences
from kepu.stats.annual import raw_activity_cells
from kepu.stats.filters import StatsFilter
from kepu.stats.models import NodeMonth
from kepu.stats.selectors import (
    _event_group_rows,
    distributions,
    event_aggregates,
    funding_records,
    held_events,
    path_segment,
    registration_figures,
    with_attendance,
)

pytestmark = pytest.mark.django_db
SH = ZoneInfo("Asia/Shanghai")
_codes = itertools.count()
# Event starts: near the turn of a month and of a year, so moves cross both.
STARTS = [
    datetime(2025, 12, 31, 23, 30, tzinfo=SH),
    datetime(2026, 1, 1, 0, 30, tzinfo=SH),
    datetime(2026, 3, 5, tzinfo=SH),
]


def no_differences() -> bool:
    return not any(differences().values())


def raw_figures(f: StatsFilter) -> dict:
    """What the raw rows say, the way the selectors count them without aggregates."""
    events = with_attendance(held_events(f), f).aggregate(**event_aggregates())
    materials = {
        r["material_id"]: r["quantity"]
        for r in distributions(f).values("material_id").annotate(quantity=Sum("quantity"))
        if r["quantity"]
    }
    income = funding_records(f).filter(direction=Direction.INCOME)
    money = {
        "raised": sum((r.amount for r in income), Decimal(0)),
        "spent": sum(
            (r.amount for r in funding_records(f).filter(direction=Direction.EXPENDITURE)),
            Decimal(0),
        ),
    }
    people = registration_figures(f, held_count=0, stream=False)["participants"]
    depth = f.root.path.count("/") - 1
    children = {
        r["k"]: {k: r[k] for k in event_aggregates()}
        for r in _event_group_rows(f, {"k": path_segment("area__path", depth + 1)}, "k")
    }
    cells, distinct = raw_activity_cells(f)
    cells = {k: {n: v for n, v in c.items() if n not in ("activity_type", "campaign")} for k, c in cells.items() if c}
    return {
        "events": events,
        "children": children,
        "materials": materials,
        "money": money,
        "people": people,
        "cells": cells,
        **distinct,
    }


def kept_figures(f: StatsFilter) -> dict:
    events = node_figures.event_figures(f)
    figures = node_figures.money_figures(f)
    cells = {k: c for k, c in node_figures.activity_cells(f).items() if any(c.values())}
    child_ids = list(Area.objects.filter(parent=f.root).values_list("pk", flat=True))
    children = node_figures.figures_by_child(f, child_ids)
    return {
        "events": {k: events[k] for k in event_aggregates()},
        "children": {key: {k: row[k] for k in event_aggregates()} for key, row in children.items()},
        "materials": {r["material_id"]: r["quantity"] for r in node_figures.material_rows(f)},
        "money": {"raised": figures["raised"], "spent": figures["spent"]},
        "people": node_figures.participants(f),
        "cells": cells,
        **node_figures.distinct_groups(f),
    }


OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "sign_up",
                "check_in",
                "uncheck",
                "drop",
                "report",
                "accept",
                "return",
                "unreport",
                "complete",
                "cancel",
                "move_area",
                "move_time",
                "mark",
                "hand_out",
                "hand_out_apart",
                "change_copies",
                "drop_copies",
                "money",
                "money_of_report",
                "change_money",
                "drop_money",
                "move_subtree",
                "delete_event",
            ]
        ),
        st.integers(min_value=0, max_value=2),
        st.integers(min_value=0, max_value=3),
    ),
    max_size=30,
)


class Town:
    """A district of two subdistricts with a community each, three events, four residents, two materials."""

    def __init__(self) -> None:
        self.district = AreaFactory(level=AreaLevel.DISTRICT)
        self.subdistricts = [AreaFactory(level=AreaLevel.SUBDISTRICT, parent=self.district) for _ in range(2)]
        self.communities = [AreaFactory(level=AreaLevel.COMMUNITY, parent=s) for s in self.subdistricts]
        self.organizations = [OrganizationFactory(area=c) for c in self.communities]
        kinds = [
            ("youth_group", Mode.OFFLINE),
            ("open_day", Mode.MIXED),
            ("lecture", Mode.ONLINE),
        ]
        self.events = [
            EventFactory(
                organization=self.organizations[i % 2],
                activity_type=kind,
                mode=mode,
                starts_at=STARTS[i],
                ends_at=STARTS[i] + timedelta(hours=2),
                status=EventStatus.COMPLETED,
            )
            for i, (kind, mode) in enumerate(kinds)
        ]
        self.residents = [UserFactory() for _ in range(4)]
        self.materials = [
            MaterialFactory(kind=MaterialKind.BROCHURE),
            MaterialFactory(kind=MaterialKind.VIDEO),
        ]

    def filters(self) -> list[StatsFilter]:
        # The district, a subdistrict and the community that moves between subdistricts.
        roots = [self.district, self.subdistricts[0], self.communities[1]]
        periods = [
            (date(2025, 12, 1), date(2026, 1, 1)),
            (date(2026, 1, 1), date(2027, 1, 1)),
        ]
        return [
            StatsFilter(start_date=start, end_date=end, root=root, provisional=provisional)
            for root in roots
            for start, end in periods
            for provisional in (False, True)
        ]


def apply(town: Town, op: str, i: int, j: int) -> None:
    event = town.events[i]
    if not type(event).objects.filter(pk=event.pk).exists():
        return
    event.refresh_from_db()
    resident = town.residents[j]
    row = Registration.objects.filter(event=event, resident=resident).first()
    report = EventReport.objects.filter(event=event).first()
    if op == "sign_up" and row is None:
        Registration.objects.create(
            event=event,
            resident=resident,
            status=RegistrationStatus.CONFIRMED,
            check_in_code=f"NODE{next(_codes)}",
            companions=j % 2,
        )
    elif op == "check_in" and row is not None:
        Registration.objects.filter(pk=row.pk).update(checked_in_at=timezone.now())
    elif op == "uncheck" and row is not None:
        Registration.objects.filter(pk=row.pk).update(checked_in_at=None)
    elif op == "drop" and row is not None:
        row.delete()
    elif op == "report" and report is None:
        EventReport.objects.create(
            event=event,
            status=ReportStatus.SUBMITTED,
            checked_in=j,
            walk_ins=10 * j + (1000 if j == 3 else 0),  # 1,033 person-times: large-scale
            online_attendance=3 * j,
            attendance=14 * j + (1000 if j == 3 else 0),
            submitted_at=timezone.now(),
        )
        type(event).objects.filter(pk=event.pk).update(status=EventStatus.REPORTED)
    elif op in ("accept", "return") and report is not None:
        status = ReportStatus.ACCEPTED if op == "accept" else ReportStatus.RETURNED
        EventReport.objects.filter(pk=report.pk).update(
            status=status,
            walk_ins=report.walk_ins + j,
            attendance=report.attendance + j,
        )
    elif op == "unreport" and report is not None:
        report.delete()
    elif op == "complete":
        type(event).objects.filter(pk=event.pk).update(status=EventStatus.COMPLETED)
    elif op == "cancel":
        type(event).objects.filter(pk=event.pk).update(status=EventStatus.CANCELLED)
    elif op == "move_area":
        type(event).objects.filter(pk=event.pk).update(area=town.communities[j % 2])
    elif op == "move_time":
        type(event).objects.filter(pk=event.pk).update(
            starts_at=STARTS[j % 3], ends_at=STARTS[j % 3] + timedelta(hours=1)
        )
    elif op == "mark":
        type(event).objects.filter(pk=event.pk).update(marked_large_scale=not event.marked_large_scale)
    elif op == "hand_out":
        Distribution.objects.create(
            event=event,
            material=town.materials[j % 2],
            quantity=5 + j,
            date=date(2026, 1, 2),
            area=event.area,
        )
    elif op == "hand_out_apart":
        Distribution.objects.create(
            material=town.materials[j % 2],
            quantity=7 + j,
            date=date(2025, 12, 31) if j < 2 else date(2026, 2, 1),
            area=town.communities[i % 2],
            channel="door_to_door",
        )
    elif op == "change_copies" and (d := Distribution.objects.order_by("?").first()) is not None:
        Distribution.objects.filter(pk=d.pk).update(quantity=d.quantity + j + 1, date=date(2026, 1, 5))
    elif op == "drop_copies" and (d := Distribution.objects.order_by("pk").first()) is not None:
        d.delete()
    elif op in ("money", "money_of_report"):
        linked = op == "money_of_report" and report is not None
        FundingRecord.objects.create(
            direction=Direction.EXPENDITURE if linked or j % 2 else Direction.INCOME,
            amount=Decimal("10.50") * (j + 1),
            date=date(2025, 12, 15) if j < 2 else date(2026, 4, 1),
            area=town.communities[i % 2],
            source="" if linked or j % 2 else FundingSource.GOVERNMENT,
            is_special=j == 0 and not linked,
            category=SpendingCategory.values[0] if linked or j % 2 else "",
            event=event,
            report=report if linked else None,
        )
    elif op == "change_money" and (m := FundingRecord.objects.order_by("pk").last()) is not None:
        FundingRecord.objects.filter(pk=m.pk).update(amount=m.amount + j, date=date(2026, 1, 31))
    elif op == "drop_money" and (m := FundingRecord.objects.order_by("pk").first()) is not None:
        m.delete()
    elif op == "move_subtree":
        community = town.communities[1]
        community.refresh_from_db()
        community.parent = town.subdistricts[j % 2]
        area_save(area=community)
    elif op == "delete_event":
        event.delete()


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(operations=OPERATIONS)
def test_the_node_aggregates_equal_a_recount_and_the_raw_figures_after_any_sequence_of_writes(
    operations,
):
    with transaction.atomic():
        town = Town()
        for op, i, j in operations:
            apply(town, op, i, j)
        assert differences() == dict.fromkeys(differences(), 0)
        for f in town.filters():
            assert kept_figures(f) == raw_figures(f), (
                f.root.level,
                f.start_date,
                f.provisional,
            )
        transaction.set_rollback(True)


def test_the_rebuild_command_recounts_aggregates_that_went_wrong():
    town = Town()
    for op, i, j in [
        ("sign_up", 0, 1),
        ("check_in", 0, 1),
        ("report", 0, 2),
        ("accept", 0, 0),
        ("money", 1, 0),
    ]:
        apply(town, op, i, j)
    assert no_differences()
    NodeMonth.objects.update(attendance=999)
    assert differences()["stats_nodemonth"] > 0
    call_command("stats_rebuild", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert no_differences()


def test_a_bulk_load_with_the_triggers_off_leaves_aggregates_equal_to_a_recount():
    town = Town()
    with transaction.atomic(), aggregates_recounted():
        for op, i, j in [
            ("report", 1, 3),
            ("accept", 1, 0),
            ("sign_up", 1, 2),
            ("check_in", 1, 2),
            ("hand_out", 1, 1),
        ]:
            apply(town, op, i, j)
        assert not NodeMonth.objects.filter(flavour="o", events__gt=0).exists()  # the triggers were off
    assert no_differences()
    assert NodeMonth.objects.filter(node_id=town.district.pk, flavour="o", events=1).exists()
    apply(town, "unreport", 1, 0)  # and on again
    assert no_differences()
    assert not NodeMonth.objects.filter(node_id=town.district.pk, flavour="o", events__gt=0).exists()
