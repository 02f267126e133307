"""Audit actions are named one way and each has words for the audit screen."""

import ast
import re
from pathlib import Path

import pytest
from django.utils import translation

from kepu.auditlog.actions import ACTION_LABELS, action_label
from kepu.common.audit import audit_record
from kepu.common.models import AuditEntry

BACKEND = Path(__file__).resolve().parents[2] / "backend"
PAST_TENSE = re.compile(r"^[a-z_]+\.([a-z_]+_)?[a-z]+(ed|ised)(_in)?$")


def _recorded_actions() -> set[str]:
    """Every string that the backend passes as ``action=`` to ``audit_record`` (or to a model filter of it)."""
    found: set[str] = set()
    for path in (BACKEND / "kepu").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "audit_record":
                for keyword in node.keywords:
                    if keyword.arg == "action":
                        found |= {n.value for n in ast.walk(keyword.value) if isinstance(n, ast.Constant)}
    return {value for value in found if isinstance(value, str)}


def test_every_recorded_action_has_a_label_and_is_named_in_the_past_tense():
    recorded = _recorded_actions()
    assert len(recorded) > 30
    assert recorded - set(ACTION_LABELS) == set()
    assert [action for action in ACTION_LABELS if not PAST_TENSE.match(action)] == []


def test_labels_are_translated():
    with translation.override("zh-hans"):
        chinese = action_label("event.approved")
    with translation.override("en"):
        english = action_label("event.approved")
    assert english == "Event approved"
    assert chinese != english


@pytest.mark.django_db
def test_the_audit_log_shows_each_entry_with_its_label(client_for, district_staff, organization):
    audit_record(actor=district_staff, action="organization.updated", target=organization, changes={"name": "x"})
    response = client_for(district_staff).get("/api/v1/audit/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    row = next(r for r in response.json()["results"] if r["action"] == "organization.updated")
    assert row["action_label"] == "Organization updated"
    assert AuditEntry.objects.filter(action="organization.updated").exists()
