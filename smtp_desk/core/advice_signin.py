"""Advice for signing in with Microsoft or Google (OAuth2): part of the catalogue in
:mod:`smtp_desk.core.advice`, kept apart because each failure here has its own fix and
its own person to ask (the clerk signs in again; the IT person changes the app
registration or the mailbox).

The sentences are marked for translation (context ``advice_signin``) and kept in English
here; :func:`smtp_desk.core.advice.in_words` gives them in the window's language. Each
provider's own words are written out whole, so that each can be translated."""

from __future__ import annotations

from smtp_desk.core.advice_types import Advice
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP

__all__ = ["SIGN_IN_ADVICE", "SIGN_IN_PROVIDER_ADVICE", "SIGN_IN_STOPPING"]

_C = DiagnosisCategory

SIGN_IN_ADVICE: dict[DiagnosisCategory, Advice] = {
    _C.SIGN_IN_NEEDED: Advice(
        QT_TRANSLATE_NOOP("advice_signin", "Sign in again"),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "SMTP Desk is not signed in to this mailbox: it was never signed in or was signed "
            "out, or the sign-in expired or was withdrawn (a changed password, 90 days without "
            "sending, or the IT person revoked it).",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Click Sign in in Email Credentials (on the command line: smtp-desk signin), then "
            "try again. Nothing was sent; the members not sent yet are still waiting.",
        ),
    ),
    _C.OAUTH_NOT_SET_UP: Advice(
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "The app registration is missing or not set up for SMTP Desk",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Signing in needs the society's app registration (a client ID), and it is missing, "
            "was not found in the organisation, or does not allow public-client sign-in.",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Ask the society's IT person to follow the steps in Email Credentials (Set up the "
            "app registration): copy the Application (client) ID into Email Credentials, and set "
            "'Allow public client flows' to Yes.",
        ),
    ),
    _C.OAUTH_CONSENT_NEEDED: Advice(
        QT_TRANSLATE_NOOP("advice_signin", "An administrator must approve SMTP Desk first"),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "The organisation requires an administrator's consent before an app may send mail "
            "for a mailbox.",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Ask the IT administrator to grant admin consent for the app's SMTP.Send "
            "permission (Entra admin centre > App registrations > API permissions > Grant "
            "admin consent), then sign in again.",
        ),
    ),
    _C.OAUTH_WRONG_ACCOUNT: Advice(
        QT_TRANSLATE_NOOP("advice_signin", "A different account was used to sign in"),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "The account used does not belong to this organisation (or is a personal account "
            "on a work sign-in), or it is not the mailbox in the User ID.",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Sign in again with the society's mailbox shown in User ID; for an Outlook.com "
            "address set the tenant to 'consumers'.",
        ),
    ),
    _C.SIGN_IN_DECLINED: Advice(
        QT_TRANSLATE_NOOP("advice_signin", "The sign-in did not finish"),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "It was declined or cancelled in the browser, or the code was not entered in time.",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Click Sign in again and complete it in the browser within 15 minutes.",
        ),
    ),
    _C.OAUTH_UNREACHABLE: Advice(
        QT_TRANSLATE_NOOP("advice_signin", "The sign-in service could not be reached"),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "This computer cannot reach the Microsoft or Google sign-in service: no internet, "
            "or a firewall or proxy blocks it.",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Check that websites open on this computer; ask whoever manages the network to "
            "allow login.microsoftonline.com (or accounts.google.com), then try again.",
        ),
        transient=True,
    ),
    _C.OAUTH_SERVICE_TROUBLE: Advice(
        QT_TRANSLATE_NOOP("advice_signin", "The sign-in service is having trouble"),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "The Microsoft or Google sign-in service answered, but with an error of its own "
            "(it is busy or down for a while); nothing is wrong on this computer.",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Try again in a few minutes. If it lasts for hours, check the provider's service "
            "status page.",
        ),
        transient=True,
    ),
    _C.CLOCK_WRONG: Advice(
        QT_TRANSLATE_NOOP("advice_signin", "This computer's clock is wrong"),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "The date or time on this computer differs from the sign-in service's by several "
            "minutes, so its sign-in tokens are refused.",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Set the date, time and time zone correctly (Windows: Settings > Time & language > "
            "Set time automatically), then try again.",
        ),
    ),
    _C.TOKEN_REFUSED: Advice(
        QT_TRANSLATE_NOOP("advice_signin", "The mail server refused the sign-in token"),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "The token was not accepted for this mailbox: it was issued for another account, "
            "or the permission to send mail (SMTP.Send) was removed.",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Sign in again with the society's mailbox; if it is refused again, ask the IT "
            "person to check the app's SMTP.Send permission.",
        ),
    ),
    _C.MAILBOX_SMTP_AUTH_DISABLED: Advice(
        QT_TRANSLATE_NOOP("advice_signin", "Authenticated SMTP is switched off for this mailbox"),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Even with Sign in with Microsoft, the mailbox must allow programs to send "
            "(Authenticated SMTP), and it is switched off for this mailbox or the whole "
            "organisation.",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Ask the IT administrator to turn on 'Authenticated SMTP' for this mailbox "
            "(Microsoft 365 admin centre > Users > Mail > Manage email apps, or "
            "Set-CASMailbox -SmtpClientAuthenticationDisabled $false).",
        ),
    ),
}

# Every sign-in failure is the same for every member: the run stops at the first.
SIGN_IN_STOPPING: frozenset[DiagnosisCategory] = frozenset(SIGN_IN_ADVICE)


# (category, provider family) → the words for that provider (see advice.advice_for): the
# service's name, and the addresses to allow.
SIGN_IN_PROVIDER_ADVICE: dict[tuple[DiagnosisCategory, str], Advice] = {
    (_C.OAUTH_UNREACHABLE, "microsoft"): Advice(
        SIGN_IN_ADVICE[_C.OAUTH_UNREACHABLE].title,
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "This computer cannot reach the Microsoft sign-in service: no internet, or a "
            "firewall or proxy blocks it.",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Check that websites open on this computer; ask whoever manages the network to "
            "allow login.microsoftonline.com, then try again.",
        ),
        transient=True,
    ),
    (_C.OAUTH_UNREACHABLE, "google"): Advice(
        SIGN_IN_ADVICE[_C.OAUTH_UNREACHABLE].title,
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "This computer cannot reach the Google sign-in service: no internet, or a "
            "firewall or proxy blocks it.",
        ),
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "Check that websites open on this computer; ask whoever manages the network to "
            "allow accounts.google.com and oauth2.googleapis.com, then try again.",
        ),
        transient=True,
    ),
    (_C.OAUTH_SERVICE_TROUBLE, "microsoft"): Advice(
        SIGN_IN_ADVICE[_C.OAUTH_SERVICE_TROUBLE].title,
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "The Microsoft sign-in service answered, but with an error of its own (it is busy "
            "or down for a while); nothing is wrong on this computer.",
        ),
        SIGN_IN_ADVICE[_C.OAUTH_SERVICE_TROUBLE].action,
        transient=True,
    ),
    (_C.OAUTH_SERVICE_TROUBLE, "google"): Advice(
        SIGN_IN_ADVICE[_C.OAUTH_SERVICE_TROUBLE].title,
        QT_TRANSLATE_NOOP(
            "advice_signin",
            "The Google sign-in service answered, but with an error of its own (it is busy "
            "or down for a while); nothing is wrong on this computer.",
        ),
        SIGN_IN_ADVICE[_C.OAUTH_SERVICE_TROUBLE].action,
        transient=True,
    ),
}
