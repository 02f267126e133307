"""Mainland China mobile numbers: the one pattern, and how they are shown to people who may not see them."""

import re
from typing import Any

MOBILE_PATTERN = r"1[3-9]\d{9}"
MOBILE_IN_TEXT = re.compile(rf"(?<!\d){MOBILE_PATTERN}(?!\d)")


def mask_phone(phone: str) -> str:
    """138****1234: what anyone but the person and their event's organizers sees."""
    if len(phone) == 11 and phone.isdigit():
        return f"{phone[:3]}****{phone[-4:]}"
    return "****"


def mask_phones(value: Any) -> Any:
    """Mask every mobile number found in free-form data (strings, and the strings inside dicts and lists)."""
    if isinstance(value, str):
        return MOBILE_IN_TEXT.sub(lambda match: mask_phone(match.group(0)), value)
    if isinstance(value, dict):
        return {key: mask_phones(item) for key, item in value.items()}
    if isinstance(value, list):
        return [mask_phones(item) for item in value]
    return value
