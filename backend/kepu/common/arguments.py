"""Explicit keyword arguments for update services: a field left out is ``UNSET``, not ``None``.

An update service lists every field it may change as a keyword argument defaulting to ``UNSET``,
so its signature says what it accepts and mypy checks each type; ``given`` keeps the ones passed.
"""

import enum
from typing import Any, Final, Literal, TypeVar, Union


class Unset(enum.Enum):
    UNSET = "unset"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET

T = TypeVar("T")
Maybe = Union[T, Literal[Unset.UNSET]]  # noqa: UP007 (a generic alias needs Union on Python 3.11)


def given(**values: Any) -> dict[str, Any]:
    """The keyword arguments that were passed (those not ``UNSET``), for ``assign_changes``."""
    return {name: value for name, value in values.items() if value is not UNSET}
