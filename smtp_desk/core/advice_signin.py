"""Advice for signing in with Microsoft or Google (OAuth2): part of the catalogue in
:mod:`smtp_desk.core.advice`, kept apart because each failure here has its own fix and
its own person to ask (the clerk signs in again; the IT person changes the app
registration or the mailbox)."""

from __future__ import annotations

from smtp_desk.core.advice_types import Advice
from smtp_desk.core.categories import DiagnosisCategory

__all__ = ["SIGN_IN_ADVICE", "SIGN_IN_STOPPING"]

_C = DiagnosisCategory
_SETUP_GUIDE = "the steps in Email Credentials (Set up the app registration)"

SIGN_IN_ADVICE: dict[DiagnosisCategory, Advice] = {
    _C.SIGN_IN_NEEDED: Advice(
        "Sign in again",
        "SMTP Desk is not signed in to this mailbox, or the sign-in has expired or was "
        "withdrawn (a changed password, 90 days without sending, or the IT person revoked "
        "it).",
        "Sign in again in Email Credentials (Sign in with Microsoft or Google), or run "
        "'smtp-desk signin'; then try again. Members not sent yet keep waiting.",
    ),
    _C.OAUTH_NOT_SET_UP: Advice(
        "The app registration is missing or not set up for SMTP Desk",
        "Signing in needs the society's app registration (a client ID), and it is missing, "
        "was not found in the organisation, or does not allow public-client sign-in.",
        f"Ask the society's IT person to follow {_SETUP_GUIDE}: copy the Application "
        "(client) ID into Email Credentials, and set 'Allow public client flows' to Yes.",
    ),
    _C.OAUTH_CONSENT_NEEDED: Advice(
        "An administrator must approve SMTP Desk first",
        "The organisation requires an administrator's consent before an app may send mail "
        "for a mailbox.",
        "Ask the IT administrator to grant admin consent for the app's SMTP.Send "
        "permission (Entra admin centre > App registrations > API permissions > Grant "
        "admin consent), then sign in again.",
    ),
    _C.OAUTH_WRONG_ACCOUNT: Advice(
        "A different account was used to sign in",
        "The account used does not belong to this organisation (or is a personal account "
        "on a work sign-in), or it is not the mailbox in the User ID.",
        "Sign in again with the society's mailbox shown in User ID; for an Outlook.com "
        "address set the tenant to 'consumers'.",
    ),
    _C.SIGN_IN_DECLINED: Advice(
        "The sign-in did not finish",
        "It was declined or cancelled in the browser, or the code was not entered in time.",
        "Click Sign in again and complete it in the browser within 15 minutes.",
    ),
    _C.OAUTH_UNREACHABLE: Advice(
        "The sign-in service could not be reached",
        "This computer cannot reach the Microsoft or Google sign-in service: no internet, "
        "or a firewall or proxy blocks it.",
        "Check that websites open on this computer; ask whoever manages the network to "
        "allow login.microsoftonline.com (or accounts.google.com), then try again.",
        transient=True,
    ),
    _C.CLOCK_WRONG: Advice(
        "This computer's clock is wrong",
        "The date or time on this computer differs from the sign-in service's by several "
        "minutes, so its sign-in tokens are refused.",
        "Set the date, time and time zone correctly (Windows: Settings > Time & language > "
        "Set time automatically), then try again.",
    ),
    _C.TOKEN_REFUSED: Advice(
        "The mail server refused the sign-in token",
        "The token was not accepted for this mailbox: it was issued for another account, "
        "or the permission to send mail (SMTP.Send) was removed.",
        "Sign in again with the society's mailbox; if it is refused again, ask the IT "
        "person to check the app's SMTP.Send permission.",
    ),
    _C.MAILBOX_SMTP_AUTH_DISABLED: Advice(
        "Authenticated SMTP is switched off for this mailbox",
        "Even with Sign in with Microsoft, the mailbox must allow programs to send "
        "(Authenticated SMTP), and it is switched off for this mailbox or the whole "
        "organisation.",
        "Ask the IT administrator to turn on 'Authenticated SMTP' for this mailbox "
        "(Microsoft 365 admin centre > Users > Mail > Manage email apps, or "
        "Set-CASMailbox -SmtpClientAuthenticationDisabled $false).",
    ),
}

# Every sign-in failure is the same for every member: the run stops at the first.
SIGN_IN_STOPPING: frozenset[DiagnosisCategory] = frozenset(SIGN_IN_ADVICE)
