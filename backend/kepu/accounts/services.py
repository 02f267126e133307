"""Writes on accounts: sign-up, sign-in, profile changes and the anonymisation of personal data."""

from datetime import datetime, timedelta
from typing import Any

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework.authtoken.models import Token

from kepu.common.arguments import UNSET, Maybe, given
from kepu.common.audit import assign_changes, audit_record
from kepu.common.errors import Conflict
from kepu.notifications.models import Notification
from kepu.places.models import Area, Membership

from . import privacy
from .limits import forget_failures, signin_refusal
from .models import CodePurpose, Language, PhoneCode, PrivacyConsent, Role, User
from .phone_codes import phone_code_redeem
from .selectors import user_upcoming_registrations


class LockedOut(Exception):
    """Too many failed sign-ins: the attempt must wait ``retry_after`` seconds (``kepu.accounts.limits``)."""

    def __init__(self, message: str, retry_after: int | None = None):
        super().__init__(message)
        self.retry_after = retry_after or int(settings.AXES_COOLOFF_TIME.total_seconds())


def lockout_message() -> str:
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60) if settings.AXES_COOLOFF_TIME else 0
    if minutes:
        return _("Too many failed sign-in attempts for this account. Try again in %(minutes)d minutes.") % {
            "minutes": minutes
        }
    return _("Too many failed sign-in attempts for this account. Ask an administrator to unlock it.")


def user_authenticate(*, request: HttpRequest, phone: str, password: str) -> User:
    """Check a phone + password through Django's backends, django-axes first.

    ``request`` must be the Django ``HttpRequest`` (not DRF's wrapper): axes records the failure on it
    and flags it as locked out. Raises ``LockedOut`` or a ``ValidationError`` with one message that does
    not tell which of phone and password was wrong. An account (or the site) waiting out its delay is
    refused before the password is tried, so a refused attempt is no guess.
    """
    refusal = signin_refusal(request=request, phone=phone)
    if refusal is not None:
        raise LockedOut(refusal.message, refusal.retry_after)
    user = authenticate(request=request, phone=phone, password=password)
    if getattr(request, "axes_locked_out", False):
        raise LockedOut(lockout_message())
    if user is None:
        raise ValidationError(_("The mobile number or the password is wrong."))
    return user


def user_register(
    *,
    phone: str,
    code: str,
    name: str,
    password: str,
    privacy_policy_version: str,
    email: str = "",
    language: str = Language.ZH_HANS,
) -> User:
    """Create a resident account for the owner of ``phone`` (proved by the SMS ``code``), recording their
    consent to ``privacy_policy_version`` of the privacy policy.

    The order keeps the enumeration-safety of ``kepu.accounts.phone_codes``: the policy version and
    the password are checked before the code is used up (a weak password costs no code), and whether
    the number has an account is said only after the code proved the number is the caller's. The
    phone's uniqueness is made true by the database's unique index (a concurrent duplicate ends in the
    same message)."""
    if privacy_policy_version != privacy.VERSION:
        raise ValidationError(
            {"privacy_policy_version": [_("The privacy policy has changed. Read the current version and agree again.")]}
        )
    user = User(phone=phone, name=name, email=email, language=language, role=Role.RESIDENT)
    try:
        validate_password(password, user=user)
    except ValidationError as exc:
        raise ValidationError({"password": exc.messages}) from exc
    phone_code_redeem(phone=phone, purpose=CodePurpose.REGISTER, code=code)
    user.set_password(password)
    return _user_create(user=user, policy_version=privacy_policy_version)


@transaction.atomic
def _user_create(*, user: User, policy_version: str) -> User:
    taken = ValidationError({"phone": [_("An account with this mobile number already exists.")]})
    if User.objects.filter(phone=user.phone).exists():
        raise taken
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError as exc:
        raise taken from exc
    PrivacyConsent.objects.create(user=user, policy_version=policy_version)
    audit_record(
        actor=user, action="user.registered", target=user, changes={"role": user.role, "privacy_policy": policy_version}
    )
    return user


def _no_such_code() -> ValidationError:
    return ValidationError({"code": [_("The verification code is wrong or has expired. Ask for a new one.")]})


def user_authenticate_by_code(*, phone: str, code: str) -> User:
    """The account of ``phone`` once its owner typed the sign-in code sent to it. A number without an
    (active) account never gets a code, and answers as a wrong code would."""
    phone_code_redeem(phone=phone, purpose=CodePurpose.LOGIN, code=code)
    user = User.objects.filter(phone=phone, is_active=True).first()
    if user is None:
        raise _no_such_code()
    return user


def user_reset_password(*, phone: str, code: str, new_password: str) -> User:
    """Set a new password for the owner of ``phone`` (proved by the reset code). Every session and API
    token of the account ends, and its failed sign-ins are forgotten so the owner can sign in at once.
    The new password is checked first, the same way for every number, so a weak one costs no code."""
    try:
        validate_password(new_password, user=User(phone=phone))
    except ValidationError as exc:
        raise ValidationError({"new_password": exc.messages}) from exc
    phone_code_redeem(phone=phone, purpose=CodePurpose.RESET, code=code)
    with transaction.atomic():
        user = User.objects.select_for_update().filter(phone=phone, is_active=True).first()
        if user is None:
            raise _no_such_code()
        user.set_password(new_password)
        user.save(update_fields=["password"])
        Token.objects.filter(user=user).delete()
        audit_record(actor=user, action="user.password_recovered", target=user)
    forget_failures(phone=phone)
    axes_reset(username=phone)
    return user


@transaction.atomic
def user_update_profile(
    *, user: User, name: Maybe[str] = UNSET, language: Maybe[str] = UNSET, email: Maybe[str] = UNSET
) -> User:
    """Change the person's own name, language or email (nothing that grants rights)."""
    changes = assign_changes(user, given(name=name, language=language, email=email))
    if not changes:
        return user
    user.full_clean(exclude=["password", "staff_area"])
    user.save(update_fields=list(changes))
    # Names and addresses are personal data: the trail says what changed, not the values.
    audit_record(actor=user, action="user.profile_updated", target=user, changes={"fields": sorted(changes)})
    return user


@transaction.atomic
def user_change_password(*, user: User, old_password: str, new_password: str) -> User:
    """Change the password after checking the current one. Other sessions end (their auth hash no longer
    matches) and API tokens are revoked, so a stolen session or token stops working."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if not user.check_password(old_password):
        raise ValidationError({"old_password": [_("The current password is wrong.")]})
    try:
        validate_password(new_password, user=user)
    except ValidationError as exc:
        raise ValidationError({"new_password": exc.messages}) from exc
    user.set_password(new_password)
    user.save(update_fields=["password"])
    Token.objects.filter(user=user).delete()
    audit_record(actor=user, action="user.password_changed", target=user)
    return user


@transaction.atomic
def token_for(*, user: User) -> Token:
    token, _created = Token.objects.get_or_create(user=user)
    return token


def _anonymise(user: User, *, reason: str, by: User | None) -> None:
    old_phone = user.phone
    user.name = ""
    user.phone = f"deleted-{user.pk}"
    user.email = ""
    # A new (unusable) password hash also invalidates every session of the account: Django checks the
    # session's auth hash against it on each request; an inactive user is refused by the backend too.
    user.set_unusable_password()
    user.is_active = False
    user.anonymised_at = timezone.now()
    if user.role == Role.ORGANIZER:
        user.role = Role.RESIDENT
    user.save()
    Token.objects.filter(user=user).delete()
    Membership.objects.filter(user=user).delete()
    Notification.objects.filter(recipient=user).delete()
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username=old_phone).delete()
    PhoneCode.objects.filter(phone=old_phone).delete()
    audit_record(actor=by, action="user.anonymised", target=user, changes={"reason": reason})


@transaction.atomic
def user_anonymise(*, user: User, by: User | None, reason: str) -> User:
    """Wipe a person's personal data on an administrator's request (their registrations stay, anonymous).
    Idempotent: someone already anonymised is left as is."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.anonymised_at is None:
        _anonymise(user, reason=reason, by=by)
    return user


@transaction.atomic
def user_delete_own_account(*, user: User, password: str) -> User:
    """The person deletes their account: personal data is wiped, registrations stay (anonymous) so the
    statistics keep their counts. Refused while they hold sign-ups for events still to come, so that
    no seat stays taken by nobody; they cancel those first."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if not user.check_password(password):
        raise ValidationError({"password": [_("The password is wrong.")]})
    upcoming = list(user_upcoming_registrations(user=user).values_list("event__title", flat=True)[:10])
    if upcoming:
        raise Conflict(
            _("Cancel your sign-ups for upcoming events first: %(events)s.") % {"events": "、".join(upcoming)}
        )
    _anonymise(user, reason="deleted by the person", by=user)
    return user


def residents_past_retention(*, cutoff: datetime) -> QuerySet[User]:
    """Residents whose every registration is on an event that ended before ``cutoff`` and who have not
    signed in (nor joined) since: their personal data has served its purpose."""
    return (
        User.objects.filter(role=Role.RESIDENT, anonymised_at__isnull=True, date_joined__lt=cutoff)
        .filter(Q(last_login__isnull=True) | Q(last_login__lt=cutoff))
        .filter(registrations__isnull=False)
        .exclude(registrations__event__ends_at__gte=cutoff)
        .distinct()
    )


def users_anonymise_expired(*, now: datetime | None = None, batch_size: int = 500) -> int:
    """Anonymise every resident past the retention period (``KEPU["RETENTION_DAYS"]``); returns how many.

    Idempotent: anonymised people are skipped, and each person is re-checked under a row lock in their
    own transaction, so a sign-in or a new sign-up racing the task keeps them untouched.
    """
    cutoff = (now or timezone.now()) - timedelta(days=settings.KEPU["RETENTION_DAYS"])
    done = 0
    after = 0
    while True:
        ids = list(
            residents_past_retention(cutoff=cutoff)
            .filter(pk__gt=after)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not ids:
            return done
        after = ids[-1]
        for pk in ids:
            with transaction.atomic():
                user = User.objects.select_for_update().get(pk=pk)
                if residents_past_retention(cutoff=cutoff).filter(pk=pk).exists():
                    _anonymise(user, reason="retention period over", by=None)
                    done += 1


# Association staff accounts, kept by administrators ---------------------------------------------------


def _set_checked_password(user: User, password: str) -> None:
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ValidationError({"password": exc.messages}) from exc
    user.set_password(password)


@transaction.atomic
def staff_appoint(*, phone: str, name: str, staff_area: Area, by: User, password: str = "") -> User:
    """Make a person association staff of ``staff_area``: a new account, or an existing one of a
    resident. Organizers act through their organizations and are not made staff while they have one."""
    user = User.objects.select_for_update().filter(phone=phone).first()
    if user is None:
        if not password:
            raise ValidationError({"password": [_("A new account needs a first password.")]})
        user = User(phone=phone, name=name, role=Role.STAFF, staff_area=staff_area)
        _set_checked_password(user, password)
        user.full_clean(exclude=["password"])
        try:
            with transaction.atomic():
                user.save()
        except IntegrityError as exc:
            raise ValidationError({"phone": [_("This mobile number is already registered.")]}) from exc
        audit_record(
            actor=by, action="staff.appointed", target=user, changes={"staff_area": staff_area.pk, "new_account": True}
        )
        return user
    if user.role in (Role.STAFF, Role.ADMIN):
        raise ValidationError({"phone": [_("This person is already association staff or an administrator.")]})
    if Membership.objects.filter(user=user).exists():
        raise ValidationError({"phone": [_("This person is an organizer; end their organizer memberships first.")]})
    old_role = user.role
    user.role = Role.STAFF
    user.staff_area = staff_area
    if name:
        user.name = name
    if password:
        _set_checked_password(user, password)
    user.save()
    audit_record(
        actor=by,
        action="staff.appointed",
        target=user,
        changes={"role": (old_role, Role.STAFF), "staff_area": staff_area.pk},
    )
    return user


@transaction.atomic
def staff_update(
    *,
    user: User,
    by: User,
    name: Maybe[str] = UNSET,
    staff_area: Maybe[Area] = UNSET,
    is_active: Maybe[bool] = UNSET,
    password: str = "",
) -> User:
    """Change a staff member's name, area or whether the account may sign in; set a new password."""
    user = User.objects.select_for_update().get(pk=user.pk)
    changes: dict[str, Any] = dict(assign_changes(user, given(name=name, staff_area=staff_area, is_active=is_active)))
    if password:
        _set_checked_password(user, password)
        changes["password_reset"] = True
    if not changes:
        return user
    user.full_clean(exclude=["password"])
    user.save()
    if "is_active" in changes and not user.is_active:
        Token.objects.filter(user=user).delete()
    audit_record(actor=by, action="staff.updated", target=user, changes=changes)
    return user


@transaction.atomic
def staff_revoke(*, user: User, by: User) -> User:
    """The person is no longer association staff: a resident again, with their account and history."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.role != Role.STAFF:
        raise Conflict(_("This person is not association staff."))
    old_area = user.staff_area_id
    user.role = Role.RESIDENT
    user.staff_area = None
    user.save(update_fields=["role", "staff_area"])
    audit_record(
        actor=by,
        action="staff.revoked",
        target=user,
        changes={"role": (Role.STAFF, Role.RESIDENT), "staff_area": (old_area, None)},
    )
    return user
