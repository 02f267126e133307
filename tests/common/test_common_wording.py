"""The product's own words, the same in every message catalogue: people who come along with a
resident are 同行 (never 随行 or 陪同), as the sign-up form, the door counter and the report say."""

import re
from pathlib import Path

import pytest
from django.utils import translation

REPO = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((REPO / "backend" / "kepu").glob("*/locale/zh_Hans/LC_MESSAGES/django.po"))
FRONTEND = sorted((REPO / "frontend" / "src" / "i18n" / "locales").glob("*zh-CN.ts"))
OTHER_WORDS = re.compile("随行|陪同")


def _translations(path: Path) -> list[str]:
    return re.findall(r'^msgstr(?:\[\d\])? "(.*)"$', path.read_text(encoding="utf-8"), flags=re.MULTILINE)


def test_there_are_catalogues_to_read():
    assert len(CATALOGUES) >= 8 and FRONTEND


@pytest.mark.parametrize("path", CATALOGUES + FRONTEND, ids=lambda path: str(path.relative_to(REPO)))
def test_companions_are_called_tongxing_everywhere(path):
    lines = _translations(path) if path.suffix == ".po" else path.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if OTHER_WORDS.search(line)] == []


def test_the_companion_limit_message_uses_the_product_term():
    with translation.override("zh-hans"):
        message = translation.gettext("At most %(n)d accompanying persons are allowed.") % {"n": 3}
    assert message == "每人最多可带 3 名同行人员。"
