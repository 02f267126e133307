"""Every choice the API takes or returns, with its label in the active language.

The labels are the models' own (gettext, the apps' ``.po`` catalogues) and, for target audiences, the
rows of their reference table; clients show these instead of keeping label lists of their own.
"""

from django.db.models import Choices
from django.utils.translation import get_language

from kepu.accounts.models import Language, Role
from kepu.auditlog.actions import ACTION_LABELS
from kepu.events.lifecycle import EventAction, SignUpState
from kepu.events.models import (
    ActivityType,
    Audience,
    Campaign,
    EventStatus,
    EvidenceKind,
    Mode,
    RegistrationStatus,
    ReportStatus,
)
from kepu.funding.models import Direction, FundingSource, SpendingCategory
from kepu.materials.models import DistributionChannel, MaterialKind
from kepu.notifications.models import ChannelChoice, NotificationKind
from kepu.places.models import AreaLevel, Setting

Option = dict[str, str]

# The name each list goes by in the answer, and the choices it lists.
CHOICES: dict[str, type[Choices]] = {
    "activity_type": ActivityType,
    "setting": Setting,
    "mode": Mode,
    "campaign": Campaign,
    "event_status": EventStatus,
    "event_action": EventAction,
    "sign_up_state": SignUpState,
    "registration_status": RegistrationStatus,
    "report_status": ReportStatus,
    "evidence_kind": EvidenceKind,
    "material_kind": MaterialKind,
    "distribution_channel": DistributionChannel,
    "funding_source": FundingSource,
    "funding_direction": Direction,
    "spending_category": SpendingCategory,
    "area_level": AreaLevel,
    "role": Role,
    "language": Language,
    "notification_channels": ChannelChoice,
    "notification_kind": NotificationKind,
}


def _options(choices: type[Choices]) -> list[Option]:
    # The blank choice ("no campaign") is the absence of a value, not an option to offer.
    return [{"value": str(value), "label": str(label)} for value, label in choices.choices if value != ""]


def _audiences(language: str) -> list[Option]:
    english = language.startswith("en")
    return [
        {"value": key, "label": name_en if english else name_zh}
        for key, name_zh, name_en in Audience.objects.order_by("ordering", "key").values_list(
            "key", "name_zh", "name_en"
        )
    ]


def choice_catalogue() -> dict[str, list[Option]]:
    """Every list of choices, in display order, labelled in the active language (one query)."""
    language = get_language() or ""
    catalogue = {name: _options(choices) for name, choices in CHOICES.items()}
    catalogue["audience"] = _audiences(language)
    # What the audit log can be filtered by: the actions people take (not the demo seed's own entries).
    catalogue["audit_action"] = [
        {"value": action, "label": str(label)}
        for action, label in ACTION_LABELS.items()
        if not action.startswith("demo.")
    ]
    return catalogue
