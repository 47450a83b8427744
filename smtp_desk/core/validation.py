"""Checks of the Email Credentials form, shared by the window and the command line.

:func:`check` returns data (a list of :class:`FieldProblem`); the window shows each message
beside its field and the command line prints one line per problem. Errors block saving;
warnings are advice.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from datetime import date

from email_validator import EmailNotValidError, validate_email

from smtp_desk.core.account import (
    AccountDraft,
    AccountSettings,
    Security,
    SignInMethod,
    is_loopback_host,
    security_for_port,
)
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.imap_settings import (
    copy_problems,
    imap_defaults,
    imap_problems,
    imap_settings,
    mailbox_problems,
)
from smtp_desk.core.preset_table import Preset
from smtp_desk.core.presets import CUSTOM, preset
from smtp_desk.core.validation_signin import check_sign_in, sign_in_method
from smtp_desk.core.validation_types import FieldProblem, Severity

__all__ = [
    "GENERIC_MAIL_DOMAINS",
    "FieldProblem",
    "InvalidAccount",
    "Severity",
    "check",
    "checked_account",
    "errors_in",
    "has_control_characters",
]

# Free mailbox domains: fine for a person, less convincing as a society's sender.
GENERIC_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.in",
        "yahoo.in",
        "ymail.com",
        "rocketmail.com",
        "outlook.com",
        "outlook.in",
        "hotmail.com",
        "live.com",
        "msn.com",
        "rediffmail.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "zohomail.in",
        "zohomail.com",
        "proton.me",
        "protonmail.com",
    }
)

# Fields typed as text, with the words used for them in messages.
_LABELS = {
    "host": QT_TRANSLATE_NOOP("validation", "host name"),
    "user": QT_TRANSLATE_NOOP("validation", "user ID"),
    "from_email": QT_TRANSLATE_NOOP("validation", "From email"),
    "from_name": QT_TRANSLATE_NOOP("validation", "From name"),
    "reply_to": QT_TRANSLATE_NOOP("validation", "Reply-To"),
    "archive_bcc": QT_TRANSLATE_NOOP("validation", "archive copy"),
}
_PASSWORD_LABEL = QT_TRANSLATE_NOOP("validation", "password")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_HOST_WITH_PORT = re.compile(r"^[^:]+:\d*$")


class InvalidAccount(SmtpDeskError):
    """The draft has errors; ``problems`` names every one."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))


def has_control_characters(text: str) -> bool:
    """True when text holds CR, LF, tab or any other control/format character."""
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text)


def errors_in(problems: list[FieldProblem]) -> list[FieldProblem]:
    return [p for p in problems if p.is_error]


def check(
    draft: AccountDraft,
    *,
    password: str = "",
    password_stored: bool = False,
) -> list[FieldProblem]:
    """Every problem with the draft, errors and warnings, in form order.

    ``password`` is what was typed now (empty: keep the stored one); ``password_stored``
    says whether the credential store already holds one for this user and host.
    """
    d = draft.normalized()
    try:
        chosen = preset(d.preset)
    except KeyError:
        chosen = CUSTOM
    typed = {name: getattr(draft, name) for name in _LABELS} | {"password": password}
    garbled = {name for name, text in typed.items() if has_control_characters(text)}
    problems = [
        FieldProblem(
            name,
            translate(
                "validation",
                "The {field} contains a line break or an invisible "
                "control character; type or paste it again.",
            ).format(field=translate("validation", _LABELS.get(name, _PASSWORD_LABEL))),
        )
        for name in typed
        if name in garbled
    ]
    if "host" not in garbled:
        problems += _check_host(d.host)
    port = _parse_port(d.port, problems)
    security = _parse_security(d.security, problems)
    method = sign_in_method(d.sign_in)
    oauth = method is not None and method.is_oauth
    problems += _check_security(d.host, port, security, d.user, oauth=oauth)
    if "user" not in garbled:
        problems += _check_user(d.user, chosen)
    if not oauth and not garbled & {"user", "password"}:
        problems += _check_password(d.user, password, password_stored, chosen)
    problems += check_sign_in(d, chosen)
    for field, required in (("from_email", True), ("reply_to", False), ("archive_bcc", False)):
        if field not in garbled:
            problems += _check_address(field, getattr(d, field), required=required)
    if "from_name" not in garbled and len(d.from_name) > 100:
        problems.append(
            FieldProblem(
                "from_name", translate("validation", "Keep the From name under 100 characters.")
            )
        )
    for name in ("daily_limit", "minute_limit"):
        value = getattr(d, name)
        if value and not (value.isascii() and value.isdigit()):
            problems.append(
                FieldProblem(
                    name,
                    translate(
                        "validation",
                        "The limit is a whole number of messages (0 for "
                        "no limit), or empty for the provider's limit.",
                    ),
                )
            )
    problems += imap_problems(d.imap_host, d.imap_port, d.imap_security)
    problems += mailbox_problems(d.preset, d.imap_host)
    problems += copy_problems(d.preset, d.copy_to_sent, has_mailbox=_has_mailbox(d))
    problems += _sender_warnings(d, chosen)
    if chosen.caution:
        problems.append(
            FieldProblem("preset", translate("preset_table", chosen.caution), Severity.WARNING)
        )
    return problems


def checked_account(
    draft: AccountDraft, *, password: str = "", password_stored: bool = False
) -> AccountSettings:
    """The typed account for a draft without errors; :class:`InvalidAccount` otherwise."""
    problems = errors_in(check(draft, password=password, password_stored=password_stored))
    if problems:
        raise InvalidAccount(problems)
    d = draft.normalized()
    imap = imap_settings(d.imap_host, d.imap_port, d.imap_security)
    return AccountSettings(
        preset=d.preset,
        host=d.host,
        port=int(d.port),
        security=Security(d.security),
        user=d.user,
        from_email=d.from_email,
        from_name=d.from_name,
        reply_to=d.reply_to,
        daily_limit=int(d.daily_limit) if d.daily_limit else None,
        minute_limit=int(d.minute_limit) if d.minute_limit else None,
        daily_limit_learned=_learned_day(d.daily_limit_learned) if d.daily_limit else "",
        sign_in=sign_in_method(d.sign_in) or SignInMethod.PASSWORD,
        oauth_client_id=d.oauth_client_id,
        oauth_tenant=d.oauth_tenant,
        oauth_authority=d.oauth_authority,
        imap_host=imap.host if imap else "",
        imap_port=imap.port if imap else 0,
        imap_security=imap.security.value if imap else "",
        copy_to_sent=d.copy_to_sent == "yes",
        archive_bcc=d.archive_bcc,
    )


def _has_mailbox(d: AccountDraft) -> bool:
    return bool(d.imap_host) or imap_defaults(d.preset) is not None


def _learned_day(text: str) -> str:
    """The day a limit was learned, or "" for anything that is not a date (hand-edited)."""
    try:
        return date.fromisoformat(text).isoformat() if text else ""
    except ValueError:
        return ""


def _check_host(host: str) -> list[FieldProblem]:
    def bad(message: str) -> list[FieldProblem]:
        return [FieldProblem("host", message)]

    if not host:
        return bad(
            translate("validation", "Enter the SMTP server's name, for example smtp.gmail.com.")
        )
    if "://" in host:
        return bad(
            translate("validation", "Enter only the server name, without 'https://' or 'smtp://'.")
        )
    if any(ch.isspace() for ch in host):
        return bad(translate("validation", "The host name cannot contain spaces."))
    if "@" in host:
        return bad(
            translate(
                "validation",
                "That is an email address; the host is a server name like smtp.gmail.com.",
            )
        )
    if "/" in host or "\\" in host:
        return bad(translate("validation", "Enter only the server name, without '/' or a path."))
    if host.startswith("["):
        return bad(translate("validation", "Enter an IPv6 address without the square brackets."))
    if _HOST_WITH_PORT.match(host):
        return bad(
            translate(
                "validation", "Put the port number in the Port field, not after the host name."
            )
        )
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return []
    return _check_hostname(host)


def _check_hostname(host: str) -> list[FieldProblem]:
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_host = ""  # empty or over-long parts: reported below
    labels = ascii_host.split(".")
    if not ascii_host or len(ascii_host) > 253 or not all(map(_LABEL.match, labels)):
        return [
            FieldProblem(
                "host",
                translate(
                    "validation",
                    "A host name uses letters, digits, '-' and dots between the parts, "
                    "for example mail.yoursociety.in.",
                ),
            )
        ]
    if all(label.isdigit() for label in labels):
        return [
            FieldProblem(
                "host",
                translate("validation", "This is not a valid IP address (four numbers 0–255)."),
            )
        ]
    return []


def _parse_port(text: str, problems: list[FieldProblem]) -> int | None:
    if not text:
        problems.append(
            FieldProblem(
                "port", translate("validation", "Enter the port number, usually 587 or 465.")
            )
        )
        return None
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= 65535:
        problems.append(
            FieldProblem(
                "port",
                translate(
                    "validation",
                    "The port must be a whole number from 1 to 65535, usually 587 or 465.",
                ),
            )
        )
        return None
    return int(text)


def _parse_security(text: str, problems: list[FieldProblem]) -> Security | None:
    try:
        return Security(text)
    except ValueError:
        problems.append(
            FieldProblem(
                "security",
                translate("validation", "Choose the security: 'ssl', 'starttls' or 'none'."),
            )
        )
        return None


def _check_security(
    host: str, port: int | None, security: Security | None, user: str, *, oauth: bool
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if security is Security.NONE and oauth and not is_loopback_host(host):
        problems.append(
            FieldProblem(
                "security",
                translate(
                    "validation",
                    "Signing in with Microsoft or Google needs an encrypted connection: choose "
                    "SSL/TLS or STARTTLS.",
                ),
            )
        )
    elif security is Security.NONE:
        message = translate(
            "validation",
            "Without encryption, anyone on the network can read the bills you send. "
            "Choose SSL/TLS or STARTTLS.",
        )
        if user and not is_loopback_host(host):
            message += translate(
                "validation",
                " SMTP Desk will not send your password unencrypted, so login will fail.",
            )
        problems.append(FieldProblem("security", message, Severity.WARNING))
    usual = security_for_port(port) if port is not None else None
    if usual is not None and security not in (None, Security.NONE, usual):
        assert security is not None
        problems.append(
            FieldProblem(
                "security",
                translate(
                    "validation",
                    "Port {port} normally uses {usual}, not {chosen}; "
                    "the connection will probably fail.",
                ).format(
                    port=port,
                    usual=translate("account", usual.label),
                    chosen=translate("account", security.label),
                ),
                Severity.WARNING,
            )
        )
    return problems


def _check_user(user: str, chosen: Preset) -> list[FieldProblem]:
    provider = translate("preset_table", chosen.name)
    hint = translate("preset_table", chosen.user_hint)
    if chosen.user_fixed and user != chosen.user_fixed:
        return [
            FieldProblem(
                "user",
                translate(
                    "validation",
                    "For {provider} the user ID is literally '{user}'; "
                    "put your API key in the Password field.",
                ).format(provider=provider, user=chosen.user_fixed),
            )
        ]
    if not user:
        if chosen.is_custom:
            return []  # a relay that accepts this PC without login
        return [
            FieldProblem(
                "user", translate("validation", "Enter the user ID: {hint}.").format(hint=hint)
            )
        ]
    if chosen.user_is_address and "@" not in user:
        return [
            FieldProblem(
                "user",
                translate(
                    "validation",
                    "{provider} expects {hint} as the user ID, "
                    "for example accounts@yoursociety.in.",
                ).format(provider=provider, hint=hint),
                Severity.WARNING,
            )
        ]
    return []


def _check_password(user: str, password: str, stored: bool, chosen: Preset) -> list[FieldProblem]:
    if not password:
        if user and not stored:
            kind = translate("preset_table", chosen.password_kind)
            return [
                FieldProblem(
                    "password", translate("validation", "Enter the {kind}.").format(kind=kind)
                )
            ]
        return []
    if not user:
        return [
            FieldProblem(
                "user", translate("validation", "Enter the user ID that goes with this password.")
            )
        ]
    shape = chosen.app_password
    if shape is not None and not shape.fits(password):
        compact = len("".join(password.split()))
        return [
            FieldProblem(
                "password",
                translate(
                    "validation",
                    "{provider} usually needs a {length}-character app password here "
                    "({alphabet} only, spaces ignored); this one has {count}. If the "
                    "connection test fails, create an app password and paste it here.",
                ).format(
                    provider=translate("preset_table", chosen.name),
                    length=shape.length,
                    alphabet=translate("preset_table", shape.alphabet),
                    count=compact,
                ),
                Severity.WARNING,
            )
        ]
    return []


# The address checker's (email-validator's) common sentences, for the window's languages;
# the rarer ones, with details in them, are said as the library says them.
_ADDRESS_REASONS = (
    QT_TRANSLATE_NOOP(
        "email_validator", "The part after the @-sign is not valid. It should have a period."
    ),
    QT_TRANSLATE_NOOP("email_validator", "There must be something after the @-sign."),
    QT_TRANSLATE_NOOP("email_validator", "There must be something before the @-sign."),
    QT_TRANSLATE_NOOP("email_validator", "An email address cannot have two periods in a row."),
    QT_TRANSLATE_NOOP(
        "email_validator", "An email address cannot have a hyphen immediately after the @-sign."
    ),
    QT_TRANSLATE_NOOP("email_validator", "An email address must have an @-sign."),
    QT_TRANSLATE_NOOP("email_validator", "An email address cannot end with a period."),
    QT_TRANSLATE_NOOP(
        "email_validator", "An email address cannot have a period immediately before the @-sign."
    ),
    QT_TRANSLATE_NOOP(
        "email_validator",
        "The email address contains invalid characters before the @-sign: SPACE.",
    ),
)


def _check_address(field: str, address: str, *, required: bool) -> list[FieldProblem]:
    label = translate("validation", _LABELS[field])
    if not address:
        if required:
            return [
                FieldProblem(
                    field, translate("validation", "Enter the {field} address.").format(field=label)
                )
            ]
        return []
    try:
        validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        message = translate("validation", "This {field} address is not valid: {reason}")
        reason = translate("email_validator", str(exc))  # the library's common sentences
        return [FieldProblem(field, message.format(field=label, reason=reason))]
    return []


def _sender_warnings(d: AccountDraft, chosen: Preset) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if "@" not in d.from_email:
        return problems
    domain = d.from_email.rsplit("@", 1)[1].lower()
    if domain in GENERIC_MAIL_DOMAINS:
        problems.append(
            FieldProblem(
                "from_email",
                translate(
                    "validation",
                    "Members trust bills from the society's own domain (like "
                    "accounts@yoursociety.in) more than a free @{domain} address.",
                ).format(domain=domain),
                Severity.WARNING,
            )
        )
    if chosen.from_rule and "@" in d.user and d.user.lower() != d.from_email.lower():
        problems.append(
            FieldProblem(
                "from_email",
                translate("validation", "From differs from the user ID. {rule}").format(
                    rule=translate("preset_table", chosen.from_rule)
                ),
                Severity.WARNING,
            )
        )
    return problems
