"""Event services (writes). Every function is atomic and leaves an audit entry."""

from .door import (
    Scan,
    check_in_sync,
    registration_check_in_manually,
    registration_check_in_revert,
)
from .events import (
    event_approve,
    event_approve_batch,
    event_cancel,
    event_complete,
    event_create,
    event_mark_large_scale,
    event_reject,
    event_submit,
    event_update,
)
from .registrations import (
    SignUpResult,
    promote_waitlist,
    registration_cancel,
    registration_check_in,
    registration_create,
)
from .reports import event_create_retrospective, evidence_add, report_accept_batch, report_review, report_submit

__all__ = [
    "Scan",
    "SignUpResult",
    "check_in_sync",
    "event_approve",
    "event_approve_batch",
    "event_cancel",
    "event_complete",
    "event_create",
    "event_create_retrospective",
    "event_mark_large_scale",
    "event_reject",
    "event_submit",
    "event_update",
    "evidence_add",
    "promote_waitlist",
    "registration_cancel",
    "registration_check_in",
    "registration_check_in_manually",
    "registration_check_in_revert",
    "registration_create",
    "report_accept_batch",
    "report_review",
    "report_submit",
]
