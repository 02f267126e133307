"""Funding records to and from spreadsheets (XLSX or CSV).

The export is itself an import file: a line with the record's number (编号) updates that record, a line
without one adds a record. Nothing here writes; ``parse_funding`` returns the rows to import or every
bad line with the column and the reason.
"""

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import models
from django.utils import translation
from django.utils.translation import gettext as _

from kepu.accounts.policies import staff_covers_area
from kepu.common.tabular import TableFileError, header_index, read_table, write_csv, write_xlsx
from kepu.places.imports import AreaIndex, ParseResult, record_problems

from .models import Direction, FundingRecord, FundingSource, SpendingCategory
from .permissions import visible_funding_q

MAX_AMOUNT = Decimal("999999999999.99")

HEADER_ALIASES = {
    "id": {"id", "编号", "记录编号"},
    "date": {"date", "日期"},
    "direction": {"direction", "收支", "类型"},
    "amount": {"amount", "金额", "金额（元）", "金额(元)", "amount (yuan)"},
    "area_code": {"area_code", "区划代码", "代码"},
    "area_name": {"area_name", "area", "区域", "名称", "地区"},
    "parent_name": {"parent_name", "parent", "上级", "上级区划"},
    "source": {"source", "来源", "经费来源"},
    "is_special": {"is_special", "special", "专项经费", "科普专项经费", "是否专项"},
    "category": {"category", "支出类别", "类别", "使用类别"},
    "purpose": {"purpose", "用途", "说明"},
}
EXPORT_COLUMNS = [
    "id",
    "date",
    "direction",
    "amount",
    "area_code",
    "area_name",
    "parent_name",
    "source",
    "is_special",
    "category",
    "purpose",
    "event",
    "attachments",
]
EXPORT_HEADERS = {
    "zh-hans": {
        "id": "编号",
        "date": "日期",
        "direction": "收支",
        "amount": "金额（元）",
        "area_code": "区划代码",
        "area_name": "区域",
        "parent_name": "上级",
        "source": "来源",
        "is_special": "专项经费",
        "category": "支出类别",
        "purpose": "用途",
        "event": "关联活动",
        "attachments": "附件数",
    },
    "en": {name: name for name in EXPORT_COLUMNS},
}
YES = {"1", "true", "yes", "y", "是", "√", "✓"}
NO = {"", "0", "false", "no", "n", "否"}


def _choice_lookup(choices: type[models.TextChoices]) -> dict[str, str]:
    """Key, Chinese label and English label -> key (case-insensitive)."""
    lookup = {value.lower(): value for value in choices.values}
    for language in ("zh-hans", "en"):
        with translation.override(language):
            lookup.update({str(label).lower(): value for value, label in choices.choices})
    return lookup


def _parse_date(raw: str) -> tuple[date | None, str | None]:
    text = raw.strip()
    match = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T ].*)?", text)
    if not text:
        return None, _("This field is required.")
    if match:
        try:
            return date(*(int(part) for part in match.groups())), None
        except ValueError:
            pass
    return None, _("“%(value)s” is not a date (write it as 2025-03-31).") % {"value": text[:40]}


def _parse_amount(raw: str) -> tuple[Decimal | None, str | None]:
    text = re.sub(r"[\s,，¥￥元]", "", raw)
    if not text:
        return None, _("This field is required.")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None, _("“%(value)s” is not an amount of yuan.") % {"value": raw[:40]}
    if not amount.is_finite() or amount <= 0 or amount > MAX_AMOUNT:
        return None, _("The amount must be greater than zero and at most %(max)s.") % {"max": MAX_AMOUNT}
    if amount != amount.quantize(Decimal("0.01")):
        return None, _("At most two decimal places (fen).")
    return amount.quantize(Decimal("0.01")), None


def _rule_errors(fields: dict[str, Any]) -> dict[str, list[str]]:
    """The survey's rules (``funding_validate``) as line errors."""
    from django.core.exceptions import ValidationError

    from .services import funding_validate

    try:
        funding_validate(
            direction=fields["direction"],
            amount=fields["amount"],
            source=fields["source"],
            is_special=fields["is_special"],
            category=fields["category"],
        )
    except ValidationError as exc:
        return {key: [str(message) for message in messages] for key, messages in exc.message_dict.items()}
    return {}


def parse_funding(data: bytes, *, user) -> ParseResult:
    """Validate every line; raises ``TableFileError`` when the file itself is unusable."""
    table = read_table(data)
    columns = header_index(table.header, HEADER_ALIASES)
    present = set(columns.values())
    missing = [name for name in ("date", "amount") if name not in present]
    if "area_code" not in present and "area_name" not in present:
        missing.append("area_code / area_name")
    if missing:
        raise TableFileError(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})

    directions, sources, categories = (
        _choice_lookup(Direction),
        _choice_lookup(FundingSource),
        _choice_lookup(SpendingCategory),
    )
    # Money raised and spent as the national survey words them, besides our own labels.
    directions.update({"收入": Direction.INCOME, "筹集": Direction.INCOME, "支出": Direction.EXPENDITURE})
    index = AreaIndex()
    ids = set()
    for _line, cells in table.rows:
        position = next((p for p, name in columns.items() if name == "id"), None)
        if position is not None and position < len(cells) and cells[position].isdigit():
            ids.add(int(cells[position]))
    editable = {record.pk: record for record in FundingRecord.objects.filter(visible_funding_q(user), pk__in=ids)}
    result = ParseResult()
    seen_ids: dict[int, int] = {}
    for line, cells in table.rows:
        values = dict.fromkeys(HEADER_ALIASES, "")
        for position, column in columns.items():
            if position < len(cells):
                values[column] = cells[position]
        errors: dict[str, list[str]] = {}
        record = None
        if values["id"]:
            record = editable.get(int(values["id"])) if values["id"].isdigit() else None
            if record is None:
                errors["id"] = [_("No funding record #%(id)s in your area.") % {"id": values["id"][:20]}]
            elif record.pk in seen_ids:
                errors["id"] = [_("Line %(line)d already changes this record.") % {"line": seen_ids[record.pk]}]
            else:
                seen_ids[record.pk] = line
        day, problem = _parse_date(values["date"])
        if problem:
            errors["date"] = [problem]
        amount, problem = _parse_amount(values["amount"])
        if problem:
            errors["amount"] = [problem]
        area, area_errors = index.find(
            code=values["area_code"], name=values["area_name"], parent_name=values["parent_name"]
        )
        errors.update(area_errors)
        if area is not None and not staff_covers_area(user, area):
            errors["area_name"] = [_("%(name)s is outside your area.") % {"name": area.name}]
        source = sources.get(values["source"].lower(), None) if values["source"] else ""
        if source is None:
            errors["source"] = [_("Unknown source “%(value)s”.") % {"value": values["source"][:40]}]
        category = categories.get(values["category"].lower(), None) if values["category"] else ""
        if category is None:
            errors["category"] = [_("Unknown spending category “%(value)s”.") % {"value": values["category"][:40]}]
        direction = directions.get(values["direction"].lower()) if values["direction"] else None
        if values["direction"] and direction is None:
            errors["direction"] = [_("Write 收入 (raised) or 支出 (spent).")]
        elif direction is None:
            direction = Direction.EXPENDITURE if category else Direction.INCOME
        special = values["is_special"].strip().lower()
        if special not in YES | NO:
            errors["is_special"] = [_("Write 是 or 否.")]
        if len(values["purpose"]) > 255:
            errors["purpose"] = [_("At most 255 characters.")]
        fields = {
            "direction": direction,
            "amount": amount,
            "date": day,
            "area": area,
            "source": source or "",
            "is_special": special in YES,
            "category": category or "",
            "purpose": values["purpose"],
        }
        if not errors:
            errors = _rule_errors(fields)
        if errors:
            record_problems(result, table, columns, line, errors)
        else:
            result.rows.append({"line": line, "record": record, **fields})
    return result


def funding_file(records, *, language: str, file_format: str) -> tuple[bytes, str]:
    """The records as a spreadsheet in the reader's language (labels, not keys). Returns (content, name)."""
    language = "en" if language.startswith("en") else "zh-hans"
    headers = EXPORT_HEADERS[language]
    with translation.override(language):
        yes, no = ("是", "否") if language == "zh-hans" else ("yes", "no")
        rows = [
            [
                record.pk,
                record.date,
                str(record.get_direction_display()),
                record.amount,
                record.area.code or "",
                record.area.name,
                record.area.parent.name if record.area.parent_id else "",
                str(record.get_source_display()) if record.source else "",
                yes if record.is_special else no,
                str(record.get_category_display()) if record.category else "",
                record.purpose,
                record.event.title if record.event_id else "",
                len(record.attachments.all()),
            ]
            for record in records
        ]
    header = [headers[name] for name in EXPORT_COLUMNS]
    if file_format == "csv":
        return write_csv(header, ([str(cell) if isinstance(cell, date) else cell for cell in row] for row in rows)), (
            "funding.csv"
        )
    content = write_xlsx(
        header,
        rows,
        title=_("Funding"),
        text_columns=[4],
        money_columns=[3],
        widths=[8, 12, 8, 14, 16, 16, 14, 12, 10, 14, 28, 24, 8],
    )
    return content, "funding.xlsx"


def funding_import_effects(rows: list[dict]) -> list[dict]:
    """What importing validated ``rows`` would do to each record (no query: the records came with the rows)."""
    from .services import FUNDING_FIELDS

    effects = []
    for row in rows:
        record = row["record"]
        if record is None:
            effect = "created"
        else:
            changed = any(getattr(record, name) != row[name] for name in FUNDING_FIELDS)
            effect = "updated" if changed else "unchanged"
        effects.append({**row, "effect": effect})
    return effects
