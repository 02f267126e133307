"""SMS verification codes for registration, sign-in and password reset.

- A code is six random digits, kept only as an HMAC keyed by ``SECRET_KEY`` (a copy of the table
  reveals no code), valid ``KEPU["SMS_CODE_MINUTES"]`` minutes for ``KEPU["SMS_CODE_TRIES"]`` tries,
  used once; asking again replaces the code of that number and purpose.
- Every request for a code sends one SMS to the number and answers the same, account or not: the
  number's owner learns from the text whether an account exists (a code, or a note that there is
  none / already one), whoever typed the number learns nothing. No code goes to a number that could
  not use it, so none can sign in to an account that does not exist or register a number twice.
- How often codes are asked for is limited in the API (``kepu.accounts.throttles``): per number, per
  client address and site-wide.
"""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from kepu.common.errors import ServiceBusy
from kepu.notifications.gateways import GatewayError, RetryableGatewayError, get_sms_gateway

from .models import CodePurpose, PhoneCode, User

RECORDS_KEPT = timedelta(days=1)


def _digest(*, phone: str, purpose: str, code: str) -> str:
    message = f"{purpose}:{phone}:{code}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def _minutes() -> int:
    return int(settings.KEPU["SMS_CODE_MINUTES"])


def _text(*, purpose: str, code: str, has_account: bool) -> str:
    minutes = _minutes()
    if purpose == CodePurpose.REGISTER and has_account:
        return _(
            "[Kepu] This mobile number already has an account. Sign in, or reset the password with an SMS code. "
            "If you did not ask for this, ignore this message."
        )
    if purpose != CodePurpose.REGISTER and not has_account:
        return _(
            "[Kepu] No account uses this mobile number; register first to use it. "
            "If you did not ask for this, ignore this message."
        )
    texts = {
        CodePurpose.REGISTER: ngettext(
            "[Kepu] Your registration code is %(code)s, valid for %(minutes)d minute. Do not share it.",
            "[Kepu] Your registration code is %(code)s, valid for %(minutes)d minutes. Do not share it.",
            minutes,
        ),
        CodePurpose.LOGIN: ngettext(
            "[Kepu] Your sign-in code is %(code)s, valid for %(minutes)d minute. Do not share it.",
            "[Kepu] Your sign-in code is %(code)s, valid for %(minutes)d minutes. Do not share it.",
            minutes,
        ),
        CodePurpose.RESET: ngettext(
            "[Kepu] Your password reset code is %(code)s, valid for %(minutes)d minute. Do not share it.",
            "[Kepu] Your password reset code is %(code)s, valid for %(minutes)d minutes. Do not share it.",
            minutes,
        ),
    }
    return texts[CodePurpose(purpose)] % {"code": code, "minutes": minutes}


def phone_code_send(*, phone: str, purpose: str) -> PhoneCode:
    """Record a new code for ``phone`` and ``purpose`` (replacing the previous one) and send the SMS
    the number should get. A provider that cannot take the message makes the code unusable and
    answers 503, the same for every number."""
    now = timezone.now()
    code = f"{secrets.randbelow(10**6):06d}"
    with transaction.atomic():
        PhoneCode.objects.filter(created_at__lt=now - RECORDS_KEPT).delete()
        PhoneCode.objects.filter(phone=phone, purpose=purpose, used_at__isnull=True).delete()
        has_account = User.objects.filter(phone=phone, is_active=True).exists()
        record = PhoneCode.objects.create(
            phone=phone,
            purpose=purpose,
            code_hash=_digest(phone=phone, purpose=purpose, code=code),
            created_at=now,
            expires_at=now + timedelta(minutes=_minutes()),
        )
    try:
        get_sms_gateway().send(
            phone, _text(purpose=purpose, code=code, has_account=has_account), f"phone-code:{record.pk}"
        )
    except (GatewayError, RetryableGatewayError) as exc:
        PhoneCode.objects.filter(pk=record.pk).update(used_at=timezone.now())
        raise ServiceBusy(_("The SMS could not be sent just now. Try again in a minute.")) from exc
    return record


def phone_code_redeem(*, phone: str, purpose: str, code: str) -> None:
    """Use up the code sent to ``phone`` for ``purpose``, or raise a ``ValidationError`` on ``code``.

    Must run outside any transaction of the caller's: a wrong try is counted (committed) even though
    the request fails, and the row lock makes two concurrent tries count twice and a code redeem once.
    """
    tries = int(settings.KEPU["SMS_CODE_TRIES"])
    with transaction.atomic():
        record = (
            PhoneCode.objects.select_for_update()
            .filter(phone=phone, purpose=purpose, used_at__isnull=True)
            .order_by("-created_at")
            .first()
        )
        now = timezone.now()
        if record is None:
            message = _("Ask for a verification code first.")
        elif record.expires_at <= now:
            message = _("The verification code has expired. Ask for a new one.")
        elif record.attempts >= tries:
            message = _("Too many wrong codes. Ask for a new one.")
        elif hmac.compare_digest(record.code_hash, _digest(phone=phone, purpose=purpose, code=code.strip())):
            record.used_at = now
            record.save(update_fields=["used_at"])
            return
        else:
            record.attempts += 1
            record.save(update_fields=["attempts"])
            left = tries - record.attempts
            message = (
                ngettext(
                    "The verification code is wrong; %(left)d try left.",
                    "The verification code is wrong; %(left)d tries left.",
                    left,
                )
                % {"left": left}
                if left
                else _("Too many wrong codes. Ask for a new one.")
            )
    raise ValidationError({"code": [message]})
