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


CATALOGUE: dict[str, Advice] = {
    "dns_not_found": Advice(
        "The mail server's name was not found",
        "The SMTP host is misspelt, or this computer is not connected to the internet.",
        "Check the SMTP host (for Gmail it is smtp.gmail.com) and that websites open on "
        "this computer.",
        transient=True,
    ),
    "connection_refused": Advice(
        "The mail server refused the connection",
        "Nothing answers on this port of the server: the port is wrong, or a firewall or "
        "antivirus on this computer blocks it.",
        "Use port 587 (STARTTLS) or 465 (SSL/TLS) as your provider says; if they are right, "
        "allow SMTP Desk in the firewall or antivirus.",
    ),
    "timeout": Advice(
        "The mail server did not answer in time",
        "A firewall, antivirus or the internet provider blocks this port (port 25 is "
        "blocked by most providers), or the network is very slow.",
        "Use port 587 with STARTTLS (or 465 with SSL/TLS) and try again; if it still "
        "fails, ask whoever manages the office network to allow outgoing SMTP.",
        transient=True,
    ),
    "tls_mode_mismatch": Advice(
        "The security setting does not match the port",
        "The server speaks a different kind of encryption on this port (SSL/TLS versus STARTTLS).",
        "Use the suggested port and security, then test again.",
    ),
    "tls_failed": Advice(
        "The secure connection could not be set up",
        "The server and this computer could not agree on encryption (an old server, or "
        "something on the network interfering).",
        "Check the port and security setting with your provider; if they are right, ask "
        "the provider whether the server supports TLS 1.2 or newer.",
    ),
    "certificate_untrusted": Advice(
        "The mail server's certificate is not trusted",
        "The certificate is self-signed, expired, or replaced on the way by antivirus or "
        "a network filter; or this computer's clock is wrong.",
        'Check the computer\'s date and time; turn off "email scanning" or "SSL '
        'scanning" in the antivirus; or ask the provider for the correct host name.',
    ),
    "certificate_name_mismatch": Advice(
        "The certificate belongs to a different server name",
        "The SMTP host was typed as an IP address or a different name than the one the "
        "server's certificate is issued for.",
        "Use the provider's exact host name (for example smtp.gmail.com), not an IP "
        "address or your website's name.",
    ),
    "starttls_unavailable": Advice(
        "The server does not offer encryption (STARTTLS)",
        "This server or port does not support STARTTLS, or something on the network "
        "removed it. SMTP Desk did not send your password.",
        "Use port 465 with SSL/TLS, or the provider's STARTTLS port (usually 587).",
    ),
    "auth_failed": Advice(
        "The user ID or password was not accepted",
        "The password is wrong or was changed, or the user ID is not the full address.",
        "Re-enter the password (did someone change it recently?) and use the full email "
        "address as user ID.",
    ),
    "app_password_required": Advice(
        "This account needs an App Password",
        "The provider does not accept the normal account password from programs.",
        "Turn on 2-Step Verification for the account, create an App Password and paste "
        "it into the Password field.",
    ),
    "auth_disabled_by_provider": Advice(
        "The provider has switched off password sign-in for SMTP",
        "The mailbox or organisation does not allow programs to sign in with a password "
        "(SMTP AUTH is disabled).",
        "Ask your IT administrator to enable SMTP AUTH (authenticated SMTP) for this mailbox.",
    ),
    "encryption_required": Advice(
        "The server requires an encrypted connection",
        "Signing in needs SSL/TLS or STARTTLS, and the connection is not encrypted.",
        "Choose SSL/TLS (port 465) or STARTTLS (port 587).",
    ),
    "auth_not_offered": Advice(
        "The server does not offer sign-in",
        "This server or port does not accept a user ID and password (it may be a relay "
        "for a different network, or sign-in is allowed only after encryption).",
        "Check the host and port with your provider, and choose SSL/TLS or STARTTLS.",
    ),
    "sender_rejected": Advice(
        "The server refused the From address",
        "The From address is not this account's address or one of its verified aliases.",
        "Set From email to the signed-in mailbox, or add the address as a verified "
        "sender / alias with your provider.",
    ),
    "recipient_rejected": Advice(
        "The server refused the recipient's address",
        "The address does not exist, is misspelt, or the receiving server refused it.",
        "Check the email address for typing mistakes.",
    ),
    "address_invalid": Advice(
        "The member's email address is not valid",
        "The provider says this is not a usable email address: usually a typing mistake "
        "(a missing @, a space, a dot in the wrong place).",
        "Correct the member's email and send again.",
    ),
    "address_malformed": Advice(
        "The member's email address is not an email address",
        "It has no @, a space, a line break or other characters no address can have, so "
        "SMTP Desk did not give it to the provider.",
        "Correct the member's email and send again.",
    ),
    "mailbox_unavailable": Advice(
        "The member's mailbox does not exist",
        "No mailbox has this address, or it has been closed or disabled.",
        "Check the address with the member, correct it and send again.",
    ),
    "mailbox_full": Advice(
        "The member's mailbox is full",
        "The member's mailbox has no room left for new mail.",
        "Ask the member to make room in the mailbox, then press Retry failed.",
    ),
    "address_unsupported": Advice(
        "The provider cannot take this address",
        "The address has letters outside plain English (for example josé@example.in), "
        "and the provider's server does not accept such addresses (it lacks SMTPUTF8).",
        "Ask the member for another address, written in plain English letters.",
    ),
    "document_failed": Advice(
        "The member's document could not be made",
        "Something in this member's details does not fit the document (for example a "
        "field too long for the page).",
        "Fix the member's details and send again; the other members are sent as usual.",
    ),
    "document_missing": Advice(
        "The member's PDF file is missing",
        "The PDF imported for this member is no longer in SMTP Desk's data folder (it was "
        "moved or deleted).",
        "Import the PDF folder again (Members page), then send again.",
    ),
    "document_withdrawn": Advice(
        "The member's document is no longer in the register",
        "The bills or receipts were imported again without this member's document after "
        "the run began.",
        "Import the document again if it should still be sent, then send again.",
    ),
    "password_missing": Advice(
        "No password is saved for this account",
        "The password is not in the computer's password store: it was never saved, was "
        "removed, or the store is locked — or this computer has no password store, and a "
        "password is kept only until SMTP Desk closes.",
        "Open Email Credentials, type the password, press Save, then Start again.",
    ),
    "quota_exceeded": Advice(
        "The daily sending limit has been reached",
        "The account has sent as many messages as the provider allows in 24 hours.",
        "Stop for now and continue after the 24-hour window; for more, use a "
        "professional sending service.",
        transient=True,
    ),
    "message_too_large": Advice(
        "The message is too large for the server",
        "The attachment makes the email larger than the provider accepts.",
        "Make the PDF smaller (fewer pages or a smaller logo).",
    ),
    "throttled": Advice(
        "The server asked to try again later",
        "The provider is busy or is slowing down an account that sends a lot.",
        "Nothing to change: wait a few minutes and try again.",
        transient=True,
    ),
    "policy_rejected": Advice(
        "The server refused the message by policy",
        "The provider's rules blocked it: often the From domain's SPF/DKIM/DMARC records "
        "do not allow this server to send for it.",
        "Send only as the signed-in account; the domain's administrator should check "
        "its SPF, DKIM and DMARC records.",
    ),
    "disconnected": Advice(
        "The server closed the connection unexpectedly",
        "The connection dropped, or the server closed it (a wrong port or security "
        "setting often looks like this).",
        "Test again; if it keeps happening, check the port and security setting.",
        transient=True,
    ),
    "cancelled": Advice(
        "The test was cancelled",
        "It was stopped before it finished.",
        "Run the test again when ready.",
    ),
    "unknown": Advice(
        "The mail server reported a problem",
        "The server gave an answer SMTP Desk does not recognise.",
        "Read the server's reply in the log; if it is unclear, send it to your provider.",
    ),
}

RUN_STOPPING: frozenset[str] = frozenset(
    {
        "auth_failed",
        "app_password_required",
        "auth_disabled_by_provider",
        "encryption_required",
        "auth_not_offered",
        "certificate_untrusted",
        "certificate_name_mismatch",
        "starttls_unavailable",
        "dns_not_found",
        "connection_refused",
        "tls_mode_mismatch",
        "tls_failed",
        "sender_rejected",
        "password_missing",
    }
)
"""Categories that no other member can succeed past: the account, the connection or the
From address is wrong, and that is the same for everyone. A run stops at the first of
these instead of failing or deferring each member in turn. (``quota_exceeded`` also ends
a run, but the members wait for the limit to pass rather than for a fix.)"""

# Provider-specific words where the provider's documentation is more helpful.
_PROVIDER_ADVICE: dict[tuple[str, str], Advice] = {
    ("auth_failed", "google"): replace(
        CATALOGUE["auth_failed"],
        cause="Gmail accepts only an App Password from programs, not your normal Gmail "
        "password; or the App Password was revoked or mistyped.",
        action="Turn on 2-Step Verification, create an App Password (16 letters) at "
        "myaccount.google.com/apppasswords and paste it into the Password field.",
    ),
    ("app_password_required", "google"): replace(
        CATALOGUE["app_password_required"],
        cause="Gmail requires an App Password for programs (534 5.7.9).",
        action="Turn on 2-Step Verification first, then create an App Password (16 "
        "letters, shown as four groups of four) at myaccount.google.com/apppasswords and "
        "paste it into the Password field.",
    ),
    ("auth_failed", "yahoo"): replace(
        CATALOGUE["auth_failed"],
        action="Create an app password in Yahoo Account Security and paste it into the "
        "Password field; the normal Yahoo password is refused.",
    ),
    ("auth_failed", "zoho"): replace(
        CATALOGUE["auth_failed"],
        action="If two-factor sign-in is on, create an application-specific password in "
        "Zoho Accounts > Security and use it here.",
    ),
    ("auth_failed", "sendgrid"): replace(
        CATALOGUE["auth_failed"],
        action="The user ID must be the word 'apikey' and the password an API key with "
        "Mail Send permission.",
    ),
    ("auth_failed", "ses"): replace(
        CATALOGUE["auth_failed"],
        action="Use the SES SMTP credentials created for this region (not the AWS access "
        "key or secret key).",
    ),
    ("auth_disabled_by_provider", "microsoft"): replace(
        CATALOGUE["auth_disabled_by_provider"],
        cause="Microsoft 365 has SMTP AUTH switched off for this mailbox or the whole "
        "organisation (new organisations and Security Defaults have it off; Microsoft is "
        "turning it off by default for everyone from the end of December 2026).",
        action="Ask your IT administrator to enable 'Authenticated SMTP' for this mailbox "
        "in the Microsoft 365 admin centre (Users > Mail > Manage email apps).",
    ),
    ("auth_not_offered", "microsoft"): replace(
        CATALOGUE["auth_not_offered"],
        cause="The server accepts only OAuth2 sign-in, not a password (Outlook.com has "
        "worked this way since September 2024; Microsoft 365 when SMTP AUTH is off).",
        action="For Outlook.com addresses use another provider for sending; for Microsoft "
        "365 ask the IT administrator to enable SMTP AUTH for this mailbox.",
    ),
    ("sender_rejected", "microsoft"): replace(
        CATALOGUE["sender_rejected"],
        cause="Microsoft 365 refuses a From address other than the mailbox without "
        "'Send As' permission (SendAsDenied).",
        action="Set From email to the mailbox you sign in with, or ask the administrator "
        "to grant 'Send As' for the From address.",
    ),
    ("quota_exceeded", "google"): replace(
        CATALOGUE["quota_exceeded"],
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

    category: str
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
    category: str, *, preset: str = "", code: int | None = None, text: str = "", detail: str = ""
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


def classify_reply(code: int, text: str, *, stage: str) -> str:
    """The category of an SMTP error reply; ``stage`` is greeting, auth, mail, rcpt or data."""
    enhanced = enhanced_code(text) or ""
    lowered = text.lower()
    if stage in ("rcpt", "data") and (
        enhanced in ("5.2.2", "4.2.2") or (code == 552 and stage == "rcpt" and not enhanced)
    ):  # the member's storage quota ("over quota"), not the account's sending quota
        return "mailbox_full"
    if enhanced == "5.4.5" or _account_quota(lowered, stage):
        return "quota_exceeded"
    if stage in ("rcpt", "data") and "quota" in lowered:
        return "mailbox_full"  # "Recipient mailbox quota exceeded": the member's, not ours
    if stage == "auth":
        if code == 534 or enhanced == "5.7.9" or "application-specific password" in lowered:
            return "app_password_required"
        if enhanced in ("5.7.139", "5.7.30") or "basic authentication is not supported" in lowered:
            return "auth_disabled_by_provider"
        if code == 538 or enhanced == "5.7.11":
            return "encryption_required"
        if code in (454, 432) or code // 100 == 4:
            return "throttled"
        if code == 530:
            return "encryption_required"
        return "auth_failed"
    if code // 100 == 4:
        return "throttled"
    if code == 530 or enhanced == "5.7.57":
        return "auth_failed"  # "client not authenticated": the sign-in did not happen
    if enhanced in ("5.3.4", "5.2.3") or (code in (552, 523) and stage == "data"):
        return "message_too_large"
    if stage == "mail":
        return "sender_rejected"
    if stage == "rcpt":
        return _recipient_refusal(code, enhanced, lowered)
    if enhanced in ("5.7.1", "5.7.26", "5.7.0", "5.7.23", "5.7.25") or code == 554:
        return "policy_rejected"
    return "unknown"


_SENDING_QUOTA = ("sending quota", "sending limit", "daily user", "daily limit", "per day")


def _account_quota(lowered: str, stage: str) -> bool:
    """Whether a reply's words say the *account's* sending limit is reached. At RCPT and
    DATA "quota" or "limit exceeded" usually means the member's mailbox or the message size
    (one member's trouble), so there only words about sending count."""
    if stage in ("rcpt", "data"):
        return any(words in lowered for words in _SENDING_QUOTA)
    return "quota" in lowered or "limit exceeded" in lowered


def _recipient_refusal(code: int, enhanced: str, lowered: str) -> str:
    """A permanent refusal at RCPT: what is wrong with the member's address, if it says."""
    if "sender address rejected" in lowered:
        return "sender_rejected"  # Postfix checks the From address at RCPT (553 5.7.1)
    if enhanced == "5.1.3":
        return "address_invalid"
    if enhanced in ("5.1.0", "5.1.1", "5.1.10", "5.2.1"):
        return "mailbox_unavailable"
    if enhanced.startswith("5.7."):
        return "recipient_rejected"  # the provider's rules (relaying, spam), not the address
    if code in (501, 553):
        return "address_invalid"
    if code == 550 and not enhanced:
        return "mailbox_unavailable"
    return "recipient_rejected"


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
            return make("recipient_rejected", preset=preset, detail="no recipient was accepted")
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
        category = "throttled"
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
        return make("starttls_unavailable", preset=preset, detail=detail)
    if isinstance(error, PlaintextPasswordRefused):
        return make("encryption_required", preset=preset, detail=detail)
    if isinstance(error, SignInUnavailable):
        return make("password_missing", preset=preset, detail=detail)
    if (isinstance(error, smtplib.SMTPNotSupportedError) and "smtputf8" in detail.lower()) or (
        isinstance(error, UnicodeEncodeError) and stage in ("mail", "rcpt")
    ):
        # an address with letters outside plain English, and a server without SMTPUTF8
        return make("address_unsupported", preset=preset, detail=detail)
    if isinstance(error, smtplib.SMTPNotSupportedError) or (
        stage == "auth" and "authentication method" in detail
    ):  # no AUTH at all, or only methods SMTP Desk does not use (e.g. OAuth2 only)
        return make("auth_not_offered", preset=preset, detail=detail)
    if isinstance(error, socket.gaierror):
        return make("dns_not_found", preset=preset, detail=detail)
    if isinstance(error, ssl.SSLCertVerificationError):
        category = (
            "certificate_name_mismatch"
            if getattr(error, "verify_code", None) == 62
            or "hostname mismatch" in detail.lower()
            or "ip address mismatch" in detail.lower()
            else "certificate_untrusted"
        )
        return make(category, preset=preset, detail=detail)
    if isinstance(error, ssl.SSLError):
        return make("tls_failed", preset=preset, detail=detail)
    if isinstance(error, ConnectionRefusedError):
        return make("connection_refused", preset=preset, detail=detail)
    if isinstance(error, TimeoutError | socket.timeout):
        return make("timeout", preset=preset, detail=detail)
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(
        error.__context__, TimeoutError
    ):
        return make("timeout", preset=preset, detail=detail)  # smtplib's word for a timeout
    if isinstance(error, smtplib.SMTPServerDisconnected | ConnectionError | EOFError):
        if stage == "tls":  # the server hung up on the handshake: it would not agree on TLS
            return make("tls_failed", preset=preset, detail=detail)
        return make("disconnected", preset=preset, detail=detail)
    return make("unknown", preset=preset, detail=detail)
