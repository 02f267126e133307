"""The yearly return, line by line as the activity, funding and materials tables of 全国科普统计调查.

Each activity line counts the events of its activity types (or, for the two campaign lines, the events
recorded under that campaign, whatever their type). Most lines count sessions (次); the youth interest
groups line counts groups (个) and the open-day line the units that opened (个), both with their
person-times. An event in a campaign also counts under its type's line, and a large-scale event under
its type and under 重大科普活动, so these lines overlap; the total counts each event once.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db.models import CharField, Count, Q, Sum, Value
from django.db.models.functions import Concat, Trim
from django.utils import timezone

from kepu.events.models import ActivityType, Campaign, Mode
from kepu.materials.models import MaterialKind

from . import node_figures
from .filters import LOCAL_TZ, StatsFilter
from .labels import EN
from .per_capita import load_tree
from .sections import return_sections
from .selectors import (
    PRINTED_KINDS,
    distributions,
    funding_figures,
    held_events,
    int_sum,
    large_scale_q,
    with_attendance,
)


@dataclass(frozen=True)
class SurveyLine:
    key: str
    names: tuple[str, str]  # (中文, English)
    measure: str  # "sessions" (次), "groups" (个) or "units" (个)
    activity_types: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()


SURVEY_LINES = (
    SurveyLine("lecture", ("科普(技)讲座", "Popular science lectures"), "sessions", (ActivityType.LECTURE,)),
    SurveyLine("exhibition", ("科普(技)专题展览", "Thematic exhibitions"), "sessions", (ActivityType.EXHIBITION,)),
    SurveyLine("contest", ("科普(技)竞赛", "Science contests"), "sessions", (ActivityType.CONTEST,)),
    SurveyLine("intl_exchange", ("科普国际交流", "International exchanges"), "sessions", (ActivityType.INTL_EXCHANGE,)),
    SurveyLine(
        "youth_group", ("青少年科技兴趣小组", "Youth science interest groups"), "groups", (ActivityType.YOUTH_GROUP,)
    ),
    SurveyLine("camp", ("科技夏(冬)令营", "Science summer (winter) camps"), "sessions", (ActivityType.CAMP,)),
    SurveyLine(
        "science_week",
        ("科技活动周", "National Science and Technology Week"),
        "sessions",
        campaigns=(Campaign.SCIENCE_WEEK,),
    ),
    SurveyLine(
        "science_day",
        ("全国科普日 / 科普月", "National Science Popularization Day / Month"),
        "sessions",
        campaigns=(Campaign.SCIENCE_DAY, Campaign.SCIENCE_MONTH),
    ),
    SurveyLine("training", ("实用技术培训", "Practical technical training"), "sessions", (ActivityType.TRAINING,)),
    SurveyLine(
        "open_day",
        ("科研机构和大学向社会开放", "Research institutes and universities open to the public"),
        "units",
        (ActivityType.OPEN_DAY,),
    ),
    SurveyLine(
        "other",
        ("其他科普活动", "Other activities"),
        "sessions",
        (ActivityType.CONSULTATION, ActivityType.SHOW, ActivityType.OTHER),
    ),
)
FIGURES = ("sessions_offline", "sessions_online", "person_times_offline", "person_times_online", "large_sessions")


def _line_q(line: SurveyLine) -> Q:
    if line.campaigns:
        return Q(campaign__in=line.campaigns)
    return Q(activity_type__in=line.activity_types)


def youth_group_key() -> Concat:
    """A youth interest group is its host organization and its name: the sessions of one group share both."""
    return Concat("organization_id", Value(":"), Trim("title"), output_field=CharField())


def raw_activity_cells(f: StatsFilter) -> tuple[dict[tuple[str, str], dict[str, Any]], dict[str, int]]:
    """The activity table's cells counted from the held events, and the distinct groups and units."""
    online = Q(mode=Mode.ONLINE)
    held = with_attendance(held_events(f), f)
    cells: dict[tuple[str, str], dict[str, Any]] = {
        (r["activity_type"], r["campaign"]): dict(r)
        for r in held.values("activity_type", "campaign").annotate(
            sessions_offline=Count("id", filter=~online),
            sessions_online=Count("id", filter=online),
            person_times_offline=int_sum("venue_pt"),
            person_times_online=int_sum("online_pt"),
            large_sessions=Count("id", filter=large_scale_q()),
            large_person_times=int_sum("att", large_scale_q()),
        )
    }
    distinct = held.aggregate(
        groups=Count(youth_group_key(), distinct=True, filter=Q(activity_type=ActivityType.YOUTH_GROUP)),
        units=Count("organization_id", distinct=True, filter=Q(activity_type=ActivityType.OPEN_DAY)),
    )
    return cells, distinct


def activity_lines(f: StatsFilter, language: str) -> dict:
    """The activity table: per line sessions (a mixed event is one session at its venue), person-times at
    the venue and online, and for groups and open days the number of groups or units; in two queries."""
    if node_figures.covers_year(f):
        cells: dict[tuple[str, str], dict[str, Any]] = node_figures.activity_cells(f)
        distinct = node_figures.distinct_groups(f)
    else:
        cells, distinct = raw_activity_cells(f)
    lines: list[dict[str, Any]] = []
    for line in SURVEY_LINES:
        figures = dict.fromkeys(FIGURES[:4], 0)
        for (activity_type, campaign), row in cells.items():
            if activity_type in line.activity_types or campaign in line.campaigns:
                for k in figures:
                    figures[k] += row[k]
        sessions = figures["sessions_offline"] + figures["sessions_online"]
        count = {"sessions": sessions, "groups": distinct["groups"], "units": distinct["units"]}[line.measure]
        lines.append(
            {
                "key": line.key,
                "label": line.names[1] if language == EN else line.names[0],
                "measure": line.measure,
                "count": count,
                "sessions": sessions,
                **figures,
                "person_times": figures["person_times_offline"] + figures["person_times_online"],
            }
        )
    type_lines = [line for line in lines if line["key"] not in ("science_week", "science_day")]
    total = {k: sum(line[k] for line in type_lines) for k in FIGURES[:4]}
    total["sessions"] = total["sessions_offline"] + total["sessions_online"]
    total["person_times"] = total["person_times_offline"] + total["person_times_online"]
    large = {
        "sessions": sum(r["large_sessions"] for r in cells.values()),
        "person_times": sum(r["large_person_times"] for r in cells.values()),
    }
    return {"lines": lines, "total": total, "large_scale": large}


def material_figures(f: StatsFilter) -> dict:
    """Copies by kind: the printed ones (份) are the survey's 发放科普读物和资料; audio-visual items and kits apart."""
    by_kind = dict.fromkeys(MaterialKind.values, 0)
    if node_figures.covers(f):
        for row in node_figures.material_rows(f):
            by_kind[row["material__kind"]] += row["quantity"]
    else:
        for r in distributions(f).values("material__kind").annotate(n=Sum("quantity")):
            by_kind[r["material__kind"]] = r["n"]
    return {
        "printed": sum(by_kind[k] for k in PRINTED_KINDS),
        "audio_visual": by_kind[MaterialKind.VIDEO],
        "kits": by_kind[MaterialKind.KIT],
        "other": by_kind[MaterialKind.OTHER],
        "by_kind": by_kind,
    }


def _per_resident(amount: str, population: int | None) -> str | None:
    if not population:
        return None
    return str((Decimal(amount) / population).quantize(Decimal("0.01"), ROUND_HALF_UP))


def annual_report(f: StatsFilter, language: str) -> dict:
    """A year's return for an area: activities by survey line, large-scale activities, funding raised by
    source and spent by category, per-capita funding both ways over the year-end population, materials;
    and the sections other apps registered (``kepu.stats.sections``), under their keys."""
    activities = activity_lines(f, language)
    funding = funding_figures(f)
    population: int | None = None
    missing: list[str] = []
    if f.root is not None:
        population, missing = load_tree(f.root, f.year).population(f.root.pk)
    report = {
        "year": f.year,
        "area": {"id": f.root.pk, "name": f.root.name} if f.root else None,
        "provisional": f.provisional,
        "generated_at": timezone.now().astimezone(LOCAL_TZ).isoformat(timespec="seconds"),
        "activities": {"lines": activities["lines"], "total": activities["total"]},
        "large_scale": activities["large_scale"],
        "events_total": activities["total"]["sessions"],
        "funding": {
            "raised": funding["raised"],
            "government": funding["by_source"]["government"],
            "special": funding["by_source"]["special"],
            "donation": funding["by_source"]["donation"],
            "self_raised": funding["by_source"]["self_raised"],
            "other": funding["by_source"]["other"],
            "spent": funding["spent"],
            "spent_by_category": funding["by_category"],
        },
        "per_capita": {
            "population": population,
            "missing_population": missing,
            "per_capita_funding": _per_resident(funding["raised"], population),
            "per_capita_special_funding": _per_resident(funding["by_source"]["special"], population),
        },
        "materials": material_figures(f),
    }
    for section in return_sections():
        report[section.key] = section.build(f)
    return report
