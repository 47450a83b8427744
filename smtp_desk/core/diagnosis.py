"""What went wrong with a mail server, in words a clerk can act on.

:data:`CATALOGUE` is the one table of categories: a stable id, a headline, the likely
cause and what to do, and whether waiting may help. :func:`diagnose` turns an exception
(smtplib's, the socket's, ssl's, or one of :mod:`smtp_desk.core.errors`, raised by the
session) into a :class:`Diagnosis`, with advice specific to the
provider where the provider's own documentation says something more useful (Gmail App
Passwords, Microsoft's SMTP AUTH switch …). Raw technical detail stays in ``detail`` for
the log and tooltips: the server's reply as received, or the error's own short words, never
a Python class name. :data:`RUN_STOPPING` names the categories that end a whole run at once.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from dataclasses import dataclass, replace

from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.errors import (
    PlaintextPasswordRefused,
    SignInUnavailable,
    StartTlsUnavailable,
    Unconfirmed,
)

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
class Advice:
    title: str
    cause: str
    action: str
    transient: bool = False


CATALOGUE: dict[DiagnosisCategory, Advice] = {
    DiagnosisCategory.DNS_NOT_FOUND: Advice(
        "The mail server's name was not found",
        "The SMTP host is misspelt, or this computer is not connected to the internet.",
        "Check the SMTP host (for Gmail it is smtp.gmail.com) and that websites open on "
        "this computer.",
        transient=True,
    ),
    DiagnosisCategory.CONNECTION_REFUSED: Advice(
        "The mail server refused the connection",
        "Nothing answers on this port of the server: the port is wrong, or a firewall or "
        "antivirus on this computer blocks it.",
        "Use port 587 (STARTTLS) or 465 (SSL/TLS) as your provider says; if they are right, "
        "allow SMTP Desk in the firewall or antivirus.",
    ),
    DiagnosisCategory.TIMEOUT: Advice(
        "The mail server did not answer in time",
        "A firewall, antivirus or the internet provider blocks this port (port 25 is "
        "blocked by most providers), or the network is very slow.",
        "Use port 587 with STARTTLS (or 465 with SSL/TLS) and try again; if it still "
        "fails, ask whoever manages the office network to allow outgoing SMTP.",
        transient=True,
    ),
    DiagnosisCategory.TLS_MODE_MISMATCH: Advice(
        "The security setting does not match the port",
        "The server speaks a different kind of encryption on this port (SSL/TLS versus STARTTLS).",
        "Use the suggested port and security, then test again.",
    ),
    DiagnosisCategory.TLS_FAILED: Advice(
        "The secure connection could not be set up",
        "The server and this computer could not agree on encryption (an old server, or "
        "something on the network interfering).",
        "Check the port and security setting with your provider; if they are right, ask "
        "the provider whether the server supports TLS 1.2 or newer.",
    ),
    DiagnosisCategory.CERTIFICATE_UNTRUSTED: Advice(
        "The mail server's certificate is not trusted",
        "The certificate is self-signed, expired, or replaced on the way by antivirus or "
        "a network filter; or this computer's clock is wrong.",
        'Check the computer\'s date and time; turn off "email scanning" or "SSL '
        'scanning" in the antivirus; or ask the provider for the correct host name.',
    ),
    DiagnosisCategory.CERTIFICATE_NAME_MISMATCH: Advice(
        "The certificate belongs to a different server name",
        "The SMTP host was typed as an IP address or a different name than the one the "
        "server's certificate is issued for.",
        "Use the provider's exact host name (for example smtp.gmail.com), not an IP "
        "address or your website's name.",
    ),
    DiagnosisCategory.STARTTLS_UNAVAILABLE: Advice(
        "The server does not offer encryption (STARTTLS)",
        "This server or port does not support STARTTLS, or something on the network "
        "removed it. SMTP Desk did not send your password.",
        "Use port 465 with SSL/TLS, or the provider's STARTTLS port (usually 587).",
    ),
    DiagnosisCategory.AUTH_FAILED: Advice(
        "The user ID or password was not accepted",
        "The password is wrong or was changed, or the user ID is not the full address.",
        "Re-enter the password (did someone change it recently?) and use the full email "
        "address as user ID.",
    ),
    DiagnosisCategory.APP_PASSWORD_REQUIRED: Advice(
        "This account needs an App Password",
        "The provider does not accept the normal account password from programs.",
        "Turn on 2-Step Verification for the account, create an App Password and paste "
        "it into the Password field.",
    ),
    DiagnosisCategory.AUTH_DISABLED_BY_PROVIDER: Advice(
        "The provider has switched off password sign-in for SMTP",
        "The mailbox or organisation does not allow programs to sign in with a password "
        "(SMTP AUTH is disabled).",
        "Ask your IT administrator to enable SMTP AUTH (authenticated SMTP) for this mailbox.",
    ),
    DiagnosisCategory.ENCRYPTION_REQUIRED: Advice(
        "The server requires an encrypted connection",
        "Signing in needs SSL/TLS or STARTTLS, and the connection is not encrypted.",
        "Choose SSL/TLS (port 465) or STARTTLS (port 587).",
    ),
    DiagnosisCategory.AUTH_NOT_OFFERED: Advice(
        "The server does not offer sign-in",
        "This server or port does not accept a user ID and password (it may be a relay "
        "for a different network, or sign-in is allowed only after encryption).",
        "Check the host and port with your provider, and choose SSL/TLS or STARTTLS.",
    ),
    DiagnosisCategory.SENDER_REJECTED: Advice(
        "The server refused the From address",
        "The From address is not this account's address or one of its verified aliases.",
        "Set From email to the signed-in mailbox, or add the address as a verified "
        "sender / alias with your provider.",
    ),
    DiagnosisCategory.RECIPIENT_REJECTED: Advice(
        "The server refused the recipient's address",
        "The address does not exist, is misspelt, or the receiving server refused it.",
        "Check the email address for typing mistakes.",
    ),
    DiagnosisCategory.ADDRESS_INVALID: Advice(
        "The member's email address is not valid",
        "The provider says this is not a usable email address: usually a typing mistake "
        "(a missing @, a space, a dot in the wrong place).",
        "Correct the member's email and send again.",
    ),
    DiagnosisCategory.ADDRESS_MALFORMED: Advice(
        "The member's email address is not an email address",
        "It has no @, a space, a line break or other characters no address can have, so "
        "SMTP Desk did not give it to the provider.",
        "Correct the member's email and send again.",
    ),
    DiagnosisCategory.MAILBOX_UNAVAILABLE: Advice(
        "The member's mailbox does not exist",
        "No mailbox has this address, or it has been closed or disabled.",
        "Check the address with the member, correct it and send again.",
    ),
    DiagnosisCategory.MAILBOX_FULL: Advice(
        "The member's mailbox is full",
        "The member's mailbox has no room left for new mail.",
        "Ask the member to make room in the mailbox, then press Retry failed.",
    ),
    DiagnosisCategory.ADDRESS_UNSUPPORTED: Advice(
        "The provider cannot take this address",
        "The address has letters outside plain English (for example josé@example.in), "
        "and the provider's server does not accept such addresses (it lacks SMTPUTF8).",
        "Ask the member for another address, written in plain English letters.",
    ),
    DiagnosisCategory.DOCUMENT_FAILED: Advice(
        "The member's document could not be made",
        "Something in this member's details does not fit the document (for example a "
        "field too long for the page).",
        "Fix the member's details and send again; the other members are sent as usual.",
    ),
    DiagnosisCategory.DOCUMENT_MISSING: Advice(
        "The member's PDF file is missing",
        "The PDF imported for this member is no longer in SMTP Desk's data folder (it was "
        "moved or deleted).",
        "Import the PDF folder again (Members page), then send again.",
    ),
    DiagnosisCategory.DOCUMENT_WITHDRAWN: Advice(
        "The member's document is no longer in the register",
        "The bills or receipts were imported again without this member's document after "
        "the run began.",
        "Import the document again if it should still be sent, then send again.",
    ),
    DiagnosisCategory.PASSWORD_MISSING: Advice(
        "No password is saved for this account",
        "The password is not in the computer's password store: it was never saved, was "
        "removed, or the store is locked — or this computer has no password store, and a "
        "password is kept only until SMTP Desk closes.",
        "Open Email Credentials, type the password, press Save, then Start again.",
    ),
    DiagnosisCategory.QUOTA_EXCEEDED: Advice(
        "The daily sending limit has been reached",
        "The account has sent as many messages as the provider allows in 24 hours.",
        "Stop for now and continue after the 24-hour window; for more, use a "
        "professional sending service.",
        transient=True,
    ),
    DiagnosisCategory.MESSAGE_TOO_LARGE: Advice(
        "The message is too large for the server",
        "The attachment makes the email larger than the provider accepts.",
        "Make the PDF smaller (fewer pages or a smaller logo).",
    ),
    DiagnosisCategory.THROTTLED: Advice(
        "The server asked to try again later",
        "The provider is busy or is slowing down an account that sends a lot.",
        "Nothing to change: wait a few minutes and try again.",
        transient=True,
    ),
    DiagnosisCategory.POLICY_REJECTED: Advice(
        "The server refused the message by policy",
        "The provider's rules blocked it: often the From domain's SPF/DKIM/DMARC records "
        "do not allow this server to send for it.",
        "Send only as the signed-in account; the domain's administrator should check "
        "its SPF, DKIM and DMARC records.",
    ),
    DiagnosisCategory.DISCONNECTED: Advice(
        "The server closed the connection unexpectedly",
        "The connection dropped, or the server closed it (a wrong port or security "
        "setting often looks like this).",
        "Test again; if it keeps happening, check the port and security setting.",
        transient=True,
    ),
    DiagnosisCategory.CANCELLED: Advice(
        "The test was cancelled",
        "It was stopped before it finished.",
        "Run the test again when ready.",
    ),
    DiagnosisCategory.UNKNOWN: Advice(
        "The mail server reported a problem",
        "The server gave an answer SMTP Desk does not recognise.",
        "Read the server's reply in the log; if it is unclear, send it to your provider.",
    ),
}

RUN_STOPPING: frozenset[DiagnosisCategory] = frozenset(
    {
        DiagnosisCategory.AUTH_FAILED,
        DiagnosisCategory.APP_PASSWORD_REQUIRED,
        DiagnosisCategory.AUTH_DISABLED_BY_PROVIDER,
        DiagnosisCategory.ENCRYPTION_REQUIRED,
        DiagnosisCategory.AUTH_NOT_OFFERED,
        DiagnosisCategory.CERTIFICATE_UNTRUSTED,
        DiagnosisCategory.CERTIFICATE_NAME_MISMATCH,
        DiagnosisCategory.STARTTLS_UNAVAILABLE,
        DiagnosisCategory.DNS_NOT_FOUND,
        DiagnosisCategory.CONNECTION_REFUSED,
        DiagnosisCategory.TLS_MODE_MISMATCH,
        DiagnosisCategory.TLS_FAILED,
        DiagnosisCategory.SENDER_REJECTED,
        DiagnosisCategory.PASSWORD_MISSING,
    }
)
"""Categories that no other member can succeed past: the account, the connection or the
From address is wrong, and that is the same for everyone. A run stops at the first of
these instead of failing or deferring each member in turn. (``quota_exceeded`` also ends
a run, but the members wait for the limit to pass rather than for a fix.)"""

# Provider-specific words where the provider's documentation is more helpful.
_PROVIDER_ADVICE: dict[tuple[DiagnosisCategory, str], Advice] = {
    (DiagnosisCategory.AUTH_FAILED, "google"): replace(
        CATALOGUE[DiagnosisCategory.AUTH_FAILED],
        cause="Gmail accepts only an App Password from programs, not your normal Gmail "
        "password; or the App Password was revoked or mistyped.",
        action="Turn on 2-Step Verification, create an App Password (16 letters) at "
        "myaccount.google.com/apppasswords and paste it into the Password field.",
    ),
    (DiagnosisCategory.APP_PASSWORD_REQUIRED, "google"): replace(
        CATALOGUE[DiagnosisCategory.APP_PASSWORD_REQUIRED],
        cause="Gmail requires an App Password for programs (534 5.7.9).",
        action="Turn on 2-Step Verification first, then create an App Password (16 "
        "letters, shown as four groups of four) at myaccount.google.com/apppasswords and "
        "paste it into the Password field.",
    ),
    (DiagnosisCategory.AUTH_FAILED, "yahoo"): replace(
        CATALOGUE[DiagnosisCategory.AUTH_FAILED],
        action="Create an app password in Yahoo Account Security and paste it into the "
        "Password field; the normal Yahoo password is refused.",
    ),
    (DiagnosisCategory.AUTH_FAILED, "zoho"): replace(
        CATALOGUE[DiagnosisCategory.AUTH_FAILED],
        action="If two-factor sign-in is on, create an application-specific password in "
        "Zoho Accounts > Security and use it here.",
    ),
    (DiagnosisCategory.AUTH_FAILED, "sendgrid"): replace(
        CATALOGUE[DiagnosisCategory.AUTH_FAILED],
        action="The user ID must be the word 'apikey' and the password an API key with "
        "Mail Send permission.",
    ),
    (DiagnosisCategory.AUTH_FAILED, "ses"): replace(
        CATALOGUE[DiagnosisCategory.AUTH_FAILED],
        action="Use the SES SMTP credentials created for this region (not the AWS access "
        "key or secret key).",
    ),
    (DiagnosisCategory.AUTH_DISABLED_BY_PROVIDER, "microsoft"): replace(
        CATALOGUE[DiagnosisCategory.AUTH_DISABLED_BY_PROVIDER],
        cause="Microsoft 365 has SMTP AUTH switched off for this mailbox or the whole "
        "organisation (new organisations and Security Defaults have it off; Microsoft is "
        "turning it off by default for everyone from the end of December 2026).",
        action="Ask your IT administrator to enable 'Authenticated SMTP' for this mailbox "
        "in the Microsoft 365 admin centre (Users > Mail > Manage email apps).",
    ),
    (DiagnosisCategory.AUTH_NOT_OFFERED, "microsoft"): replace(
        CATALOGUE[DiagnosisCategory.AUTH_NOT_OFFERED],
        cause="The server accepts only OAuth2 sign-in, not a password (Outlook.com has "
        "worked this way since September 2024; Microsoft 365 when SMTP AUTH is off).",
        action="For Outlook.com addresses use another provider for sending; for Microsoft "
        "365 ask the IT administrator to enable SMTP AUTH for this mailbox.",
    ),
    (DiagnosisCategory.SENDER_REJECTED, "microsoft"): replace(
        CATALOGUE[DiagnosisCategory.SENDER_REJECTED],
        cause="Microsoft 365 refuses a From address other than the mailbox without "
        "'Send As' permission (SendAsDenied).",
        action="Set From email to the mailbox you sign in with, or ask the administrator "
        "to grant 'Send As' for the From address.",
    ),
    (DiagnosisCategory.QUOTA_EXCEEDED, "google"): replace(
        CATALOGUE[DiagnosisCategory.QUOTA_EXCEEDED],
        cause="Gmail's daily limit is reached (about 500 emails a day for a free account, "
        "2,000 for Google Workspace), counted over a rolling 24 hours.",
    ),
}

_FAMILIES = {
    "gmail": "google",
    "workspace": "google",
    "office365": "microsoft",
    "outlook": "microsoft",
    "zoho": "zoho",
    "zoho-in": "zoho",
    "yahoo": "yahoo",
    "sendgrid": "sendgrid",
    "ses": "ses",
}


@dataclass(frozen=True)
class Diagnosis:
    """A failure explained. ``str()`` is the clerk's text; ``detail`` is for the log."""

    category: DiagnosisCategory
    title: str
    cause: str
    action: str
    transient: bool
    smtp_code: int | None = None
    enhanced_code: str | None = None
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.title}. {self.cause} What to do: {self.action}"

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
    """A diagnosis of ``category`` with provider-aware advice; a 4xx reply is transient
    whatever the category (the server itself says a later try may work)."""
    family = _FAMILIES.get(preset, preset)
    advice = _PROVIDER_ADVICE.get((category, family), CATALOGUE[category])
    return Diagnosis(
        category=category,
        title=advice.title,
        cause=advice.cause,
        action=advice.action,
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


def diagnose(error: BaseException, *, stage: str, preset: str = "") -> Diagnosis:
    """Explain ``error`` raised at ``stage`` (resolve, connect, tls, greeting, ehlo, auth,
    mail, rcpt, data, quit). ``detail`` is the server's reply as received for a refusal,
    else the error's own words. An :class:`~smtp_desk.core.errors.Unconfirmed` message is
    explained by the error underneath it (the drop or the timeout)."""
    if isinstance(error, Unconfirmed) and error.__cause__ is not None:
        return diagnose(error.__cause__, stage=stage, preset=preset)
    if isinstance(error, smtplib.SMTPRecipientsRefused | smtplib.SMTPResponseException):
        return _refusal(error, stage=stage, preset=preset)
    detail = _technical(error)
    if isinstance(error, StartTlsUnavailable):
        return make(DiagnosisCategory.STARTTLS_UNAVAILABLE, preset=preset, detail=detail)
    if isinstance(error, PlaintextPasswordRefused):
        return make(DiagnosisCategory.ENCRYPTION_REQUIRED, preset=preset, detail=detail)
    if isinstance(error, SignInUnavailable):
        return make(DiagnosisCategory.PASSWORD_MISSING, preset=preset, detail=detail)
    if (isinstance(error, smtplib.SMTPNotSupportedError) and "smtputf8" in detail.lower()) or (
        isinstance(error, UnicodeEncodeError) and stage in ("mail", "rcpt")
    ):
        # an address with letters outside plain English, and a server without SMTPUTF8
        return make(DiagnosisCategory.ADDRESS_UNSUPPORTED, preset=preset, detail=detail)
    if isinstance(error, smtplib.SMTPNotSupportedError) or (
        stage == "auth" and "authentication method" in detail
    ):  # no AUTH at all, or only methods SMTP Desk does not use (e.g. OAuth2 only)
        return make(DiagnosisCategory.AUTH_NOT_OFFERED, preset=preset, detail=detail)
    if isinstance(error, socket.gaierror):
        return make(DiagnosisCategory.DNS_NOT_FOUND, preset=preset, detail=detail)
    if isinstance(error, ssl.SSLCertVerificationError):
        category = (
            DiagnosisCategory.CERTIFICATE_NAME_MISMATCH
            if getattr(error, "verify_code", None) == 62
            or "hostname mismatch" in detail.lower()
            or "ip address mismatch" in detail.lower()
            else DiagnosisCategory.CERTIFICATE_UNTRUSTED
        )
        return make(category, preset=preset, detail=detail)
    if isinstance(error, ssl.SSLError):
        return make(DiagnosisCategory.TLS_FAILED, preset=preset, detail=detail)
    if isinstance(error, ConnectionRefusedError):
        return make(DiagnosisCategory.CONNECTION_REFUSED, preset=preset, detail=detail)
    if isinstance(error, TimeoutError | socket.timeout):
        return make(DiagnosisCategory.TIMEOUT, preset=preset, detail=detail)
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(
        error.__context__, TimeoutError
    ):
        return make(
            DiagnosisCategory.TIMEOUT, preset=preset, detail=detail
        )  # smtplib's word for a timeout
    if isinstance(error, smtplib.SMTPServerDisconnected | ConnectionError | EOFError):
        if stage == "tls":  # the server hung up on the handshake: it would not agree on TLS
            return make(DiagnosisCategory.TLS_FAILED, preset=preset, detail=detail)
        return make(DiagnosisCategory.DISCONNECTED, preset=preset, detail=detail)
    return make(DiagnosisCategory.UNKNOWN, preset=preset, detail=detail)
