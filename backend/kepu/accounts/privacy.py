"""The privacy policy people agree to at registration: its version and its text in each language.

The text lives beside this module (``privacy/<language>.md``: ``#`` title, ``##`` sections, paragraphs
apart by a blank line). A change of wording that changes what people agree to gets a new ``VERSION``:
registrations record the version they agreed to, and a form showing an older one is refused.
"""

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from django.utils import translation

VERSION = "2026-12-01"
EFFECTIVE = date(2026, 12, 1)
FOLDER = Path(__file__).resolve().parent / "privacy"
DEFAULT_LANGUAGE = "zh-hans"


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class PrivacyPolicy:
    version: str
    effective: date
    language: str
    title: str
    introduction: list[str]
    sections: list[Section]


@cache
def _load(language: str) -> PrivacyPolicy:
    title = ""
    introduction: list[str] = []
    sections: list[Section] = []
    for block in (FOLDER / f"{language}.md").read_text(encoding="utf-8").split("\n\n"):
        text = block.strip()
        if text.startswith("## "):
            sections.append(Section(heading=text[3:].strip()))
        elif text.startswith("# "):
            title = text[2:].strip()
        elif text:
            (sections[-1].paragraphs if sections else introduction).append(" ".join(text.split("\n")))
    return PrivacyPolicy(VERSION, EFFECTIVE, language, title, introduction, sections)


def privacy_policy(*, language: str | None = None) -> PrivacyPolicy:
    """The policy in ``language`` (the active one by default), Chinese when there is no such text."""
    wanted = (language or translation.get_language() or DEFAULT_LANGUAGE).lower()
    if not (FOLDER / f"{wanted}.md").is_file():
        wanted = DEFAULT_LANGUAGE
    return _load(wanted)
