"""What other apps add to the statistics: sections of the yearly return (the survey's personnel and venue
tables) and rules of the demonstration-community scorecard (a gallery refreshed six times a year).

The statistics app does not import the apps whose figures it reports here: each registers its section
from its ``AppConfig.ready()``. A section gives the JSON block of the report (``build``) and the tables
of its files (``tables``); sections come first in the files, in the survey's order (``position``), before
the activity, funding and materials tables of this app.
"""

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.utils.functional import Promise

from kepu.common.spreadsheets import Table

from .filters import StatsFilter


@dataclass(frozen=True)
class ReturnSection:
    key: str  # the report's JSON key
    position: int  # the survey's order: personnel 10, venues 20
    build: Callable[[StatsFilter], dict]
    tables: Callable[[dict, str], list[Table]]


_SECTIONS: dict[str, ReturnSection] = {}


def register_return_section(section: ReturnSection) -> None:
    """Add (or replace, by key) a section of the yearly return."""
    _SECTIONS[section.key] = section


def return_sections() -> list[ReturnSection]:
    return sorted(_SECTIONS.values(), key=lambda s: (s.position, s.key))


@dataclass(frozen=True)
class ScorecardRule:
    """A demonstration-community rule on figures another app keeps (a gallery refreshed six times a year).

    ``values(f, community_ids)`` answers each community's value in one query (missing: 0); a community
    passes when its value reaches ``required()``, read from the settings at each call; 0 leaves the rule
    out of the scorecard."""

    key: str
    required: Callable[[], int]
    values: Callable[[StatsFilter, list[int]], dict[int, int]]
    label: str | Promise  # the column of the exported scorecard (a lazy translation)


_RULES: dict[str, ScorecardRule] = {}


def register_scorecard_rule(rule: ScorecardRule) -> None:
    _RULES[rule.key] = rule


def scorecard_rules() -> list[ScorecardRule]:
    return sorted(_RULES.values(), key=lambda r: r.key)


def count_under_communities(paths: Iterable[str], community_ids: list[int]) -> dict[int, int]:
    """How many of the rows whose area has these paths lie in or under each community: the tally of a
    scorecard rule counted in Python over one query's area paths."""
    wanted = set(community_ids)
    counts: Counter[int] = Counter()
    for path in paths:
        counts.update(pk for pk in (int(part) for part in path.strip("/").split("/")) if pk in wanted)
    return dict(counts)
