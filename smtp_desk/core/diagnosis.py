"""What went wrong with a mail server, in words a clerk can act on.

The advice for each category (headline, cause, action, whether waiting may help) is the
catalogue in :mod:`smtp_desk.core.advice`. :func:`diagnose` turns an exception
(smtplib's, the socket's, ssl's, or one of :mod:`smtp_desk.core.errors`, raised by the
session) into a :class:`Diagnosis`, with advice specific to the
provider where the provider's own documentation says something more useful (Gmail App
Passwords, Microsoft's SMTP AUTH switch …). Raw technical detail stays in ``detail`` for
the log and tooltips: the server's reply as received, or the error's own short words, never
a Python class name. :data:`RUN_STOPPING` names the categories that end a whole run at once;
it and :data:`CATALOGUE` are also importable from here.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from dataclasses import dataclass

from smtp_desk.core.advice import CATALOGUE, RUN_STOPPING, Advice, advice_for, in_words
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.errors import (
    OAuthProblem,
    PlaintextPasswordRefused,
    SignInUnavailable,
    StartTlsUnavailable,
    TokenRefused,
    Unconfirmed,
)
from smtp_desk.core.i18n import translate

__all__ = [
    "CATALOGUE",
    "RUN_STOPPING",
    "Advice",
    "Diagnosis",
    "DiagnosisCategory",
    "classify_reply",
    "diagnose",
    "enhanced_code",
    "make",
    "stops_run",
]

_ENHANCED = re.compile(r"\b([245]\.\d{1,3}\.\d{1,3})\b")


@dataclass(frozen=True)
class Diagnosis:
    """A failure explained. ``str()`` is the clerk's text; ``detail`` is for the log (the
    server's or the error's own words, never translated)."""

    category: DiagnosisCategory
    title: str
    cause: str
    action: str
    transient: bool
    smtp_code: int | None = None
    enhanced_code: str | None = None
    detail: str = ""

    def __str__(self) -> str:
        return translate("diagnosis", "{title}. {cause} What to do: {action}").format(
            title=self.title, cause=self.cause, action=self.action
        )

    def as_json(self) -> dict[str, object]:
        return {
            "category": self.category,
            "title": self.title,
            "cause": self.cause,
            "action": self.action,
            "transient": self.transient,
            "smtp_code": self.smtp_code,
            "enhanced_code": self.enhanced_code,
            "detail": self.detail,
        }


def enhanced_code(text: str) -> str | None:
    """The RFC 3463 status code in a server reply (``5.7.8``), if any."""
    found = _ENHANCED.search(text)
    return found.group(1) if found else None


def make(
    category: DiagnosisCategory,
    *,
    preset: str = "",
    code: int | None = None,
    text: str = "",
    detail: str = "",
) -> Diagnosis:
    """A diagnosis of ``category`` with provider-aware advice, in the window's language
    (English where none is installed: the command line and ``--json``); a 4xx reply is
    transient whatever the category (the server itself says a later try may work)."""
    advice = advice_for(category, preset)
    return Diagnosis(
        category=category,
        title=in_words(advice.title),
        cause=in_words(advice.cause),
        action=in_words(advice.action),
        transient=advice.transient or (code is not None and code // 100 == 4),
        smtp_code=code,
        enhanced_code=enhanced_code(text),
        detail=detail or text,
    )


def stops_run(diagnosis: Diagnosis) -> bool:
    """Whether this failure ends the whole run (see :data:`RUN_STOPPING`)."""
    return diagnosis.category in RUN_STOPPING


def _reply_text(message: object) -> str:
    if isinstance(message, bytes):
        return message.decode("utf-8", "replace")
    return str(message)


def classify_reply(code: int, text: str, *, stage: str) -> DiagnosisCategory:
    """The category of an SMTP error reply; ``stage`` is greeting, auth, mail, rcpt or data."""
    enhanced = enhanced_code(text) or ""
    lowered = text.lower()
    if stage in ("rcpt", "data") and (
        enhanced in ("5.2.2", "4.2.2") or (code == 552 and stage == "rcpt" and not enhanced)
    ):  # the member's storage quota ("over quota"), not the account's sending quota
        return DiagnosisCategory.MAILBOX_FULL
    if enhanced == "5.4.5" or _account_quota(lowered, stage):
        return DiagnosisCategory.QUOTA_EXCEEDED
    if stage in ("rcpt", "data") and "quota" in lowered:
        return (
            DiagnosisCategory.MAILBOX_FULL
        )  # "Recipient mailbox quota exceeded": the member's, not ours
    if stage == "auth":
        if code == 534 or enhanced == "5.7.9" or "application-specific password" in lowered:
            return DiagnosisCategory.APP_PASSWORD_REQUIRED
        if enhanced in ("5.7.139", "5.7.30") or "basic authentication is not supported" in lowered:
            return DiagnosisCategory.AUTH_DISABLED_BY_PROVIDER
        if code == 538 or enhanced == "5.7.11":
            return DiagnosisCategory.ENCRYPTION_REQUIRED
        if code in (454, 432) or code // 100 == 4:
            return DiagnosisCategory.THROTTLED
        if code == 530:
            return DiagnosisCategory.ENCRYPTION_REQUIRED
        return DiagnosisCategory.AUTH_FAILED
    if code // 100 == 4:
        return DiagnosisCategory.THROTTLED
    if code == 530 or enhanced == "5.7.57":
        return (
            DiagnosisCategory.AUTH_FAILED
        )  # "client not authenticated": the sign-in did not happen
    if enhanced in ("5.3.4", "5.2.3") or (code in (552, 523) and stage == "data"):
        return DiagnosisCategory.MESSAGE_TOO_LARGE
    if stage == "mail":
        return DiagnosisCategory.SENDER_REJECTED
    if stage == "rcpt":
        return _recipient_refusal(code, enhanced, lowered)
    if enhanced in ("5.7.1", "5.7.26", "5.7.0", "5.7.23", "5.7.25") or code == 554:
        return DiagnosisCategory.POLICY_REJECTED
    return DiagnosisCategory.UNKNOWN


_SENDING_QUOTA = ("sending quota", "sending limit", "daily user", "daily limit", "per day")


def _account_quota(lowered: str, stage: str) -> bool:
    """Whether a reply's words say the *account's* sending limit is reached. At RCPT and
    DATA "quota" or "limit exceeded" usually means the member's mailbox or the message size
    (one member's trouble), so there only words about sending count."""
    if stage in ("rcpt", "data"):
        return any(words in lowered for words in _SENDING_QUOTA)
    return "quota" in lowered or "limit exceeded" in lowered


def _recipient_refusal(code: int, enhanced: str, lowered: str) -> DiagnosisCategory:
    """A permanent refusal at RCPT: what is wrong with the member's address, if it says."""
    if "sender address rejected" in lowered:
        return (
            DiagnosisCategory.SENDER_REJECTED
        )  # Postfix checks the From address at RCPT (553 5.7.1)
    if enhanced == "5.1.3":
        return DiagnosisCategory.ADDRESS_INVALID
    if enhanced in ("5.1.0", "5.1.1", "5.1.10", "5.2.1"):
        return DiagnosisCategory.MAILBOX_UNAVAILABLE
    if enhanced.startswith("5.7."):
        return (
            DiagnosisCategory.RECIPIENT_REJECTED
        )  # the provider's rules (relaying, spam), not the address
    if code in (501, 553):
        return DiagnosisCategory.ADDRESS_INVALID
    if code == 550 and not enhanced:
        return DiagnosisCategory.MAILBOX_UNAVAILABLE
    return DiagnosisCategory.RECIPIENT_REJECTED


# What to write when an error has no words of its own (``str(TimeoutError())`` is empty).
_SILENT: tuple[tuple[type[BaseException], str], ...] = (
    (TimeoutError, "timed out"),
    (smtplib.SMTPServerDisconnected, "the connection was closed"),
    (ConnectionError, "the connection was closed"),
    (EOFError, "the connection was closed"),
)


def _technical(error: BaseException) -> str:
    """The error's own short words for ``detail``, without its Python class name."""
    text = str(error).strip()
    if isinstance(error, ssl.SSLCertVerificationError):
        verify = getattr(error, "verify_message", None)  # absent unless set by the ssl module
        if verify and verify not in text:
            text = f"{text} ({verify})" if text else str(verify)
    if text:
        return text
    return next((words for kind, words in _SILENT if isinstance(error, kind)), "no detail given")


def _refusal(
    error: smtplib.SMTPRecipientsRefused | smtplib.SMTPResponseException, *, stage: str, preset: str
) -> Diagnosis:
    """A server's refusal, by its reply; ``detail`` is the reply as received."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        if not error.recipients:
            return make(
                DiagnosisCategory.RECIPIENT_REJECTED,
                preset=preset,
                detail="no recipient was accepted",
            )
        code, message = next(iter(error.recipients.values()))
        text = _reply_text(message)
        return make(
            classify_reply(code, text, stage="rcpt"),
            preset=preset,
            code=code,
            text=text,
            detail=f"{code} {text}".strip(),
        )
    code, text = error.smtp_code, _reply_text(error.smtp_error)
    if isinstance(error, smtplib.SMTPSenderRefused):
        stage = "mail"
    elif isinstance(error, smtplib.SMTPAuthenticationError):
        stage = "auth"
    elif isinstance(error, smtplib.SMTPDataError):
        stage = "data"
    category = classify_reply(code, text, stage=stage)
    if code == 421 or (stage == "greeting" and code // 100 == 4):
        category = DiagnosisCategory.THROTTLED
    return make(category, preset=preset, code=code, text=text, detail=f"{code} {text}".strip())


CLOCK_TOLERANCE = 300.0  # seconds between this PC's clock and the sign-in service's


def _token_refusal(error: TokenRefused, *, preset: str) -> Diagnosis:
    """The server refused an OAuth2 token (after its 334 error challenge, if any)."""
    code, text = error.smtp_code, _reply_text(error.smtp_error)
    detail = f"{code} {text}".strip()
    if error.challenge:
        detail += f" (token error: {error.challenge})"
    if enhanced_code(text) in ("5.7.139", "5.7.30"):
        category = DiagnosisCategory.MAILBOX_SMTP_AUTH_DISABLED
    elif error.clock_skew is not None and abs(error.clock_skew) > CLOCK_TOLERANCE:
        category = DiagnosisCategory.CLOCK_WRONG
        detail += (
            f"; this PC's clock differs from the sign-in service's by {error.clock_skew:+.0f} s"
        )
    elif code // 100 == 4:
        category = DiagnosisCategory.THROTTLED
    else:
        category = DiagnosisCategory.TOKEN_REFUSED
    return make(category, preset=preset, code=code, text=text, detail=detail)


def diagnose(error: BaseException, *, stage: str, preset: str = "") -> Diagnosis:
    """Explain ``error`` raised at ``stage`` (resolve, connect, tls, greeting, ehlo, auth,
    mail, rcpt, data, quit). ``detail`` is the server's reply as received for a refusal,
    else the error's own words. An :class:`~smtp_desk.core.errors.Unconfirmed` message is
    explained by the error underneath it (the drop or the timeout)."""
    if isinstance(error, Unconfirmed) and error.__cause__ is not None:
        return diagnose(error.__cause__, stage=stage, preset=preset)
    if isinstance(error, OAuthProblem):
        return make(DiagnosisCategory(error.category), preset=preset, detail=error.detail)
    if isinstance(error, TokenRefused):
        return _token_refusal(error, preset=preset)
    if isinstance(error, smtplib.SMTPRecipientsRefused | smtplib.SMTPResponseException):
        return _refusal(error, stage=stage, preset=preset)
    detail = _technical(error)
    return make(_error_category(error, stage=stage, detail=detail), preset=preset, detail=detail)


def _error_category(error: BaseException, *, stage: str, detail: str) -> DiagnosisCategory:
    """The category of an error that is not a server's reply; ``detail`` its own words."""
    if isinstance(error, StartTlsUnavailable):
        return DiagnosisCategory.STARTTLS_UNAVAILABLE
    if isinstance(error, PlaintextPasswordRefused):
        return DiagnosisCategory.ENCRYPTION_REQUIRED
    if isinstance(error, SignInUnavailable):
        return DiagnosisCategory.PASSWORD_MISSING
    if (isinstance(error, smtplib.SMTPNotSupportedError) and "smtputf8" in detail.lower()) or (
        isinstance(error, UnicodeEncodeError) and stage in ("mail", "rcpt")
    ):
        # an address with letters outside plain English, and a server without SMTPUTF8
        return DiagnosisCategory.ADDRESS_UNSUPPORTED
    if isinstance(error, smtplib.SMTPNotSupportedError) or (
        stage == "auth" and "authentication method" in detail
    ):  # no AUTH at all, or only methods SMTP Desk does not use (e.g. OAuth2 only)
        return DiagnosisCategory.AUTH_NOT_OFFERED
    if isinstance(error, socket.gaierror):
        return DiagnosisCategory.DNS_NOT_FOUND
    if isinstance(error, ssl.SSLCertVerificationError):
        lowered = detail.lower()
        if (
            getattr(error, "verify_code", None) == 62
            or "hostname mismatch" in lowered
            or "ip address mismatch" in lowered
        ):
            return DiagnosisCategory.CERTIFICATE_NAME_MISMATCH
        return DiagnosisCategory.CERTIFICATE_UNTRUSTED
    if isinstance(error, ssl.SSLError):
        return DiagnosisCategory.TLS_FAILED
    if isinstance(error, ConnectionRefusedError):
        return DiagnosisCategory.CONNECTION_REFUSED
    if isinstance(error, TimeoutError | socket.timeout):
        return DiagnosisCategory.TIMEOUT
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(
        error.__context__, TimeoutError
    ):
        return DiagnosisCategory.TIMEOUT  # smtplib's word for a timeout
    if isinstance(error, smtplib.SMTPServerDisconnected | ConnectionError | EOFError):
        if stage == "tls":  # the server hung up on the handshake: it would not agree on TLS
            return DiagnosisCategory.TLS_FAILED
        return DiagnosisCategory.DISCONNECTED
    return DiagnosisCategory.UNKNOWN
