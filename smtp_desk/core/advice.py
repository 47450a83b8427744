"""The advice catalogue: what each diagnosis category means and what to do about it.

:data:`CATALOGUE` holds one :class:`Advice` a category (headline, likely cause, action,
whether waiting may help); :data:`PROVIDER_ADVICE` the words a provider's own documentation
makes more useful (Gmail App Passwords, Microsoft's SMTP AUTH switch …), found through
:func:`advice_for`; :data:`RUN_STOPPING` the categories that end a whole run at once.
:mod:`smtp_desk.core.diagnosis` decides the category.

The sentences are marked for translation where they are written and kept in English here
(the command line and ``--json`` show them as they are); :func:`in_words` gives one in the
window's language, as :func:`smtp_desk.core.diagnosis.make` does for each diagnosis.
"""

from __future__ import annotations

from dataclasses import replace

from smtp_desk.core.advice_signin import (
    SIGN_IN_ADVICE,
    SIGN_IN_PROVIDER_ADVICE,
    SIGN_IN_STOPPING,
)
from smtp_desk.core.advice_types import Advice
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "CATALOGUE",
    "FAMILIES",
    "PROVIDER_ADVICE",
    "RUN_STOPPING",
    "Advice",
    "advice_for",
    "in_words",
]

# The contexts the catalogue's sentences are marked in: this module's, and the sign-in
# advice's (smtp_desk.core.advice_signin), whose entries the catalogue takes in.
_CONTEXTS = ("advice", "advice_signin")


CATALOGUE: dict[DiagnosisCategory, Advice] = {
    DiagnosisCategory.DNS_NOT_FOUND: Advice(
        QT_TRANSLATE_NOOP("advice", "The mail server's name was not found"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The SMTP host is misspelt, or this computer is not connected to the internet.",
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            "Check the SMTP host (for Gmail it is smtp.gmail.com) and that websites open on "
            "this computer.",
        ),
        transient=True,
    ),
    DiagnosisCategory.CONNECTION_REFUSED: Advice(
        QT_TRANSLATE_NOOP("advice", "The mail server refused the connection"),
        QT_TRANSLATE_NOOP(
            "advice",
            "Nothing answers on this port of the server: the port is wrong, or a firewall or "
            "antivirus on this computer blocks it.",
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            "Use port 587 (STARTTLS) or 465 (SSL/TLS) as your provider says; if they are right, "
            "allow SMTP Desk in the firewall or antivirus.",
        ),
    ),
    DiagnosisCategory.TIMEOUT: Advice(
        QT_TRANSLATE_NOOP("advice", "The mail server did not answer in time"),
        QT_TRANSLATE_NOOP(
            "advice",
            "A firewall, antivirus or the internet provider blocks this port (port 25 is "
            "blocked by most providers), or the network is very slow.",
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            "Use port 587 with STARTTLS (or 465 with SSL/TLS) and try again; if it still "
            "fails, ask whoever manages the office network to allow outgoing SMTP.",
        ),
        transient=True,
    ),
    DiagnosisCategory.TLS_MODE_MISMATCH: Advice(
        QT_TRANSLATE_NOOP("advice", "The security setting does not match the port"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The server speaks a different kind of encryption on this port "
            "(SSL/TLS versus STARTTLS).",
        ),
        QT_TRANSLATE_NOOP("advice", "Use the suggested port and security, then test again."),
    ),
    DiagnosisCategory.TLS_FAILED: Advice(
        QT_TRANSLATE_NOOP("advice", "The secure connection could not be set up"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The server and this computer could not agree on encryption (an old server, or "
            "something on the network interfering).",
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            "Check the port and security setting with your provider; if they are right, ask "
            "the provider whether the server supports TLS 1.2 or newer.",
        ),
    ),
    DiagnosisCategory.CERTIFICATE_UNTRUSTED: Advice(
        QT_TRANSLATE_NOOP("advice", "The mail server's certificate is not trusted"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The certificate is self-signed, expired, or replaced on the way by antivirus or "
            "a network filter; or this computer's clock is wrong.",
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            'Check the computer\'s date and time; turn off "email scanning" or "SSL '
            'scanning" in the antivirus; or ask the provider for the correct host name.',
        ),
    ),
    DiagnosisCategory.CERTIFICATE_NAME_MISMATCH: Advice(
        QT_TRANSLATE_NOOP("advice", "The certificate belongs to a different server name"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The SMTP host was typed as an IP address or a different name than the one the "
            "server's certificate is issued for.",
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            "Use the provider's exact host name (for example smtp.gmail.com), not an IP "
            "address or your website's name.",
        ),
    ),
    DiagnosisCategory.STARTTLS_UNAVAILABLE: Advice(
        QT_TRANSLATE_NOOP("advice", "The server does not offer encryption (STARTTLS)"),
        QT_TRANSLATE_NOOP(
            "advice",
            "This server or port does not support STARTTLS, or something on the network "
            "removed it. SMTP Desk did not send your password.",
        ),
        QT_TRANSLATE_NOOP(
            "advice", "Use port 465 with SSL/TLS, or the provider's STARTTLS port (usually 587)."
        ),
    ),
    DiagnosisCategory.AUTH_FAILED: Advice(
        QT_TRANSLATE_NOOP("advice", "The user ID or password was not accepted"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The password is wrong or was changed, or the user ID is not the full address.",
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            "Re-enter the password (did someone change it recently?) and use the full email "
            "address as user ID.",
        ),
    ),
    DiagnosisCategory.APP_PASSWORD_REQUIRED: Advice(
        QT_TRANSLATE_NOOP("advice", "This account needs an App Password"),
        QT_TRANSLATE_NOOP(
            "advice", "The provider does not accept the normal account password from programs."
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            "Turn on 2-Step Verification for the account, create an App Password and paste "
            "it into the Password field.",
        ),
    ),
    DiagnosisCategory.AUTH_DISABLED_BY_PROVIDER: Advice(
        QT_TRANSLATE_NOOP("advice", "The provider has switched off password sign-in for SMTP"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The mailbox or organisation does not allow programs to sign in with a password "
            "(SMTP AUTH is disabled).",
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            "Ask your IT administrator to enable SMTP AUTH (authenticated SMTP) for this mailbox.",
        ),
    ),
    DiagnosisCategory.ENCRYPTION_REQUIRED: Advice(
        QT_TRANSLATE_NOOP("advice", "The server requires an encrypted connection"),
        QT_TRANSLATE_NOOP(
            "advice", "Signing in needs SSL/TLS or STARTTLS, and the connection is not encrypted."
        ),
        QT_TRANSLATE_NOOP("advice", "Choose SSL/TLS (port 465) or STARTTLS (port 587)."),
    ),
    DiagnosisCategory.AUTH_NOT_OFFERED: Advice(
        QT_TRANSLATE_NOOP("advice", "The server does not offer sign-in"),
        QT_TRANSLATE_NOOP(
            "advice",
            "This server or port does not accept a user ID and password (it may be a relay "
            "for a different network, or sign-in is allowed only after encryption).",
        ),
        QT_TRANSLATE_NOOP(
            "advice", "Check the host and port with your provider, and choose SSL/TLS or STARTTLS."
        ),
    ),
    DiagnosisCategory.SENDER_REJECTED: Advice(
        QT_TRANSLATE_NOOP("advice", "The server refused the From address"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The From address is not this account's address or one of its verified aliases.",
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            "Set From email to the signed-in mailbox, or add the address as a verified "
            "sender / alias with your provider.",
        ),
    ),
    DiagnosisCategory.RECIPIENT_REJECTED: Advice(
        QT_TRANSLATE_NOOP("advice", "The server refused the recipient's address"),
        QT_TRANSLATE_NOOP(
            "advice", "The address does not exist, is misspelt, or the receiving server refused it."
        ),
        QT_TRANSLATE_NOOP("advice", "Check the email address for typing mistakes."),
    ),
    DiagnosisCategory.ADDRESS_INVALID: Advice(
        QT_TRANSLATE_NOOP("advice", "The member's email address is not valid"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The provider says this is not a usable email address: usually a typing mistake "
            "(a missing @, a space, a dot in the wrong place).",
        ),
        QT_TRANSLATE_NOOP("advice", "Correct the member's email and send again."),
    ),
    DiagnosisCategory.ADDRESS_MALFORMED: Advice(
        QT_TRANSLATE_NOOP("advice", "The member's email address is not an email address"),
        QT_TRANSLATE_NOOP(
            "advice",
            "It has no @, a space, a line break or other characters no address can have, so "
            "SMTP Desk did not give it to the provider.",
        ),
        QT_TRANSLATE_NOOP("advice", "Correct the member's email and send again."),
    ),
    DiagnosisCategory.MAILBOX_UNAVAILABLE: Advice(
        QT_TRANSLATE_NOOP("advice", "The member's mailbox does not exist"),
        QT_TRANSLATE_NOOP(
            "advice", "No mailbox has this address, or it has been closed or disabled."
        ),
        QT_TRANSLATE_NOOP(
            "advice", "Check the address with the member, correct it and send again."
        ),
    ),
    DiagnosisCategory.MAILBOX_FULL: Advice(
        QT_TRANSLATE_NOOP("advice", "The member's mailbox is full"),
        QT_TRANSLATE_NOOP("advice", "The member's mailbox has no room left for new mail."),
        QT_TRANSLATE_NOOP(
            "advice", "Ask the member to make room in the mailbox, then press Retry failed."
        ),
    ),
    DiagnosisCategory.ADDRESS_UNSUPPORTED: Advice(
        QT_TRANSLATE_NOOP("advice", "The provider cannot take this address"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The address has letters outside plain English (for example josé@example.in), "
            "and the provider's server does not accept such addresses (it lacks SMTPUTF8).",
        ),
        QT_TRANSLATE_NOOP(
            "advice", "Ask the member for another address, written in plain English letters."
        ),
    ),
    DiagnosisCategory.DOCUMENT_FAILED: Advice(
        QT_TRANSLATE_NOOP("advice", "The member's document could not be made"),
        QT_TRANSLATE_NOOP(
            "advice",
            "Something in this member's details does not fit the document (for example a "
            "field too long for the page).",
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            "Fix the member's details and send again; the other members are sent as usual.",
        ),
    ),
    DiagnosisCategory.DOCUMENT_MISSING: Advice(
        QT_TRANSLATE_NOOP("advice", "The member's PDF file is missing"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The PDF imported for this member is no longer in SMTP Desk's data folder (it was "
            "moved or deleted).",
        ),
        QT_TRANSLATE_NOOP("advice", "Import the PDF folder again (Members page), then send again."),
    ),
    DiagnosisCategory.DOCUMENT_WITHDRAWN: Advice(
        QT_TRANSLATE_NOOP("advice", "The member's document is no longer in the register"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The bills or receipts were imported again without this member's document after "
            "the run began.",
        ),
        QT_TRANSLATE_NOOP(
            "advice", "Import the document again if it should still be sent, then send again."
        ),
    ),
    DiagnosisCategory.PASSWORD_MISSING: Advice(
        QT_TRANSLATE_NOOP("advice", "No password is saved for this account"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The password is not in the computer's password store: it was never saved, was "
            "removed, or the store is locked — or this computer has no password store, and a "
            "password is kept only until SMTP Desk closes.",
        ),
        QT_TRANSLATE_NOOP(
            "advice", "Open Email Credentials, type the password, press Save, then Start again."
        ),
    ),
    DiagnosisCategory.QUOTA_EXCEEDED: Advice(
        QT_TRANSLATE_NOOP("advice", "The daily sending limit has been reached"),
        QT_TRANSLATE_NOOP(
            "advice", "The account has sent as many messages as the provider allows in 24 hours."
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            "Stop for now and continue after the 24-hour window; for more, use a "
            "professional sending service.",
        ),
        transient=True,
    ),
    DiagnosisCategory.MESSAGE_TOO_LARGE: Advice(
        QT_TRANSLATE_NOOP("advice", "The message is too large for the server"),
        QT_TRANSLATE_NOOP(
            "advice", "The attachment makes the email larger than the provider accepts."
        ),
        QT_TRANSLATE_NOOP("advice", "Make the PDF smaller (fewer pages or a smaller logo)."),
    ),
    DiagnosisCategory.THROTTLED: Advice(
        QT_TRANSLATE_NOOP("advice", "The server asked to try again later"),
        QT_TRANSLATE_NOOP(
            "advice", "The provider is busy or is slowing down an account that sends a lot."
        ),
        QT_TRANSLATE_NOOP("advice", "Nothing to change: wait a few minutes and try again."),
        transient=True,
    ),
    DiagnosisCategory.POLICY_REJECTED: Advice(
        QT_TRANSLATE_NOOP("advice", "The server refused the message by policy"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The provider's rules blocked it: often the From domain's SPF/DKIM/DMARC records "
            "do not allow this server to send for it.",
        ),
        QT_TRANSLATE_NOOP(
            "advice",
            "Send only as the signed-in account; the domain's administrator should check "
            "its SPF, DKIM and DMARC records.",
        ),
    ),
    DiagnosisCategory.DISCONNECTED: Advice(
        QT_TRANSLATE_NOOP("advice", "The server closed the connection unexpectedly"),
        QT_TRANSLATE_NOOP(
            "advice",
            "The connection dropped, or the server closed it (a wrong port or security "
            "setting often looks like this).",
        ),
        QT_TRANSLATE_NOOP(
            "advice", "Test again; if it keeps happening, check the port and security setting."
        ),
        transient=True,
    ),
    DiagnosisCategory.CANCELLED: Advice(
        QT_TRANSLATE_NOOP("advice", "The test was cancelled"),
        QT_TRANSLATE_NOOP("advice", "It was stopped before it finished."),
        QT_TRANSLATE_NOOP("advice", "Run the test again when ready."),
    ),
    DiagnosisCategory.UNKNOWN: Advice(
        QT_TRANSLATE_NOOP("advice", "The mail server reported a problem"),
        QT_TRANSLATE_NOOP("advice", "The server gave an answer SMTP Desk does not recognise."),
        QT_TRANSLATE_NOOP(
            "advice",
            "Read the server's reply in the log; if it is unclear, send it to your provider.",
        ),
    ),
} | SIGN_IN_ADVICE

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
    | SIGN_IN_STOPPING
)
"""Categories that no other member can succeed past: the account, the connection or the
From address is wrong, and that is the same for everyone. A run stops at the first of
these instead of failing or deferring each member in turn. (``quota_exceeded`` also ends
a run, but the members wait for the limit to pass rather than for a fix.)"""


def _reworded(category: DiagnosisCategory, *, cause: str = "", action: str = "") -> Advice:
    """The catalogue's advice for ``category`` with its cause or action in other words."""
    advice = CATALOGUE[category]
    return replace(advice, cause=cause or advice.cause, action=action or advice.action)


# Provider-specific words where the provider's documentation is more helpful.
PROVIDER_ADVICE: dict[tuple[DiagnosisCategory, str], Advice] = {
    (DiagnosisCategory.AUTH_FAILED, "google"): _reworded(
        DiagnosisCategory.AUTH_FAILED,
        cause=QT_TRANSLATE_NOOP(
            "advice",
            "Gmail accepts only an App Password from programs, not your normal Gmail "
            "password; or the App Password was revoked or mistyped.",
        ),
        action=QT_TRANSLATE_NOOP(
            "advice",
            "Turn on 2-Step Verification, create an App Password (16 letters) at "
            "myaccount.google.com/apppasswords and paste it into the Password field.",
        ),
    ),
    (DiagnosisCategory.APP_PASSWORD_REQUIRED, "google"): _reworded(
        DiagnosisCategory.APP_PASSWORD_REQUIRED,
        cause=QT_TRANSLATE_NOOP(
            "advice", "Gmail requires an App Password for programs (534 5.7.9)."
        ),
        action=QT_TRANSLATE_NOOP(
            "advice",
            "Turn on 2-Step Verification first, then create an App Password (16 "
            "letters, shown as four groups of four) at myaccount.google.com/apppasswords and "
            "paste it into the Password field.",
        ),
    ),
    (DiagnosisCategory.AUTH_FAILED, "yahoo"): _reworded(
        DiagnosisCategory.AUTH_FAILED,
        action=QT_TRANSLATE_NOOP(
            "advice",
            "Create an app password in Yahoo Account Security and paste it into the "
            "Password field; the normal Yahoo password is refused.",
        ),
    ),
    (DiagnosisCategory.AUTH_FAILED, "zoho"): _reworded(
        DiagnosisCategory.AUTH_FAILED,
        action=QT_TRANSLATE_NOOP(
            "advice",
            "If two-factor sign-in is on, create an application-specific password in "
            "Zoho Accounts > Security and use it here.",
        ),
    ),
    (DiagnosisCategory.AUTH_FAILED, "sendgrid"): _reworded(
        DiagnosisCategory.AUTH_FAILED,
        action=QT_TRANSLATE_NOOP(
            "advice",
            "The user ID must be the word 'apikey' and the password an API key with "
            "Mail Send permission.",
        ),
    ),
    (DiagnosisCategory.AUTH_FAILED, "ses"): _reworded(
        DiagnosisCategory.AUTH_FAILED,
        action=QT_TRANSLATE_NOOP(
            "advice",
            "Use the SES SMTP credentials created for this region (not the AWS access "
            "key or secret key).",
        ),
    ),
    (DiagnosisCategory.AUTH_DISABLED_BY_PROVIDER, "microsoft"): _reworded(
        DiagnosisCategory.AUTH_DISABLED_BY_PROVIDER,
        cause=QT_TRANSLATE_NOOP(
            "advice",
            "Microsoft no longer accepts a password from programs for this mailbox "
            "(password sign-in for SMTP is off by default from the end of December 2026, and "
            "off already in new organisations and under Security Defaults).",
        ),
        action=QT_TRANSLATE_NOOP(
            "advice",
            "Switch to Sign in with Microsoft in Email Credentials (the IT person sets "
            "up the app registration once), or ask the IT administrator to allow password "
            "sign-in (SMTP AUTH) again for now.",
        ),
    ),
    (DiagnosisCategory.AUTH_NOT_OFFERED, "microsoft"): _reworded(
        DiagnosisCategory.AUTH_NOT_OFFERED,
        cause=QT_TRANSLATE_NOOP(
            "advice",
            "The server accepts only Sign in with Microsoft, not a password (Outlook.com "
            "has worked this way since September 2024; Microsoft 365 when password sign-in is "
            "off).",
        ),
        action=QT_TRANSLATE_NOOP(
            "advice", "Choose Sign in with Microsoft in Email Credentials and sign in."
        ),
    ),
    (DiagnosisCategory.SENDER_REJECTED, "microsoft"): _reworded(
        DiagnosisCategory.SENDER_REJECTED,
        cause=QT_TRANSLATE_NOOP(
            "advice",
            "Microsoft 365 refuses a From address other than the mailbox without "
            "'Send As' permission (SendAsDenied).",
        ),
        action=QT_TRANSLATE_NOOP(
            "advice",
            "Set From email to the mailbox you sign in with, or ask the administrator "
            "to grant 'Send As' for the From address.",
        ),
    ),
    (DiagnosisCategory.QUOTA_EXCEEDED, "google"): _reworded(
        DiagnosisCategory.QUOTA_EXCEEDED,
        cause=QT_TRANSLATE_NOOP(
            "advice",
            "Gmail's daily limit is reached (about 500 emails a day for a free account, "
            "2,000 for Google Workspace), counted over a rolling 24 hours.",
        ),
    ),
}

PROVIDER_ADVICE |= SIGN_IN_PROVIDER_ADVICE

FAMILIES = {
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


def advice_for(category: DiagnosisCategory, preset: str) -> Advice:
    """The advice for ``category``, in the words of the preset's provider where it has some."""
    family = FAMILIES.get(preset, preset)
    return PROVIDER_ADVICE.get((category, family), CATALOGUE[category])


def in_words(text: str) -> str:
    """A sentence of the catalogue (a title, cause or action) in the window's language;
    ``text`` itself where none is installed (the command line) or none is known."""
    for context in _CONTEXTS:
        shown = translate(context, text)
        if shown != text:
            return shown
    return text
