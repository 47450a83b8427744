"""The AUTH exchange: one mechanism, tried once, with credentials fetched for it and kept
by nothing.

smtplib's ``login`` tries every mechanism the server offers in turn, so one wrong password
counts as two or three refused sign-ins at the provider (which is how an account gets
locked); :func:`sign_in_once` chooses one mechanism and tries it once. A server may echo
what it was sent in its refusal: the secret is blanked out of the reply before it becomes
a diagnosis, a log line or JSON.
"""

from __future__ import annotations

import base64
import smtplib

from smtp_desk.core.logs import REDACTED, redactor
from smtp_desk.core.signin import Mechanism, SignIn

__all__ = ["sign_in_once"]


def sign_in_once(smtp: smtplib.SMTP, sign_in: SignIn) -> None:
    """Fetch the credentials now, try them **once**, keep nothing.

    Raises :class:`smtplib.SMTPNotSupportedError` when the server offers no AUTH,
    :class:`smtplib.SMTPException` when it offers no mechanism SMTP Desk uses, the
    server's refusal, or :class:`~smtp_desk.core.errors.SignInUnavailable` from
    ``sign_in``.
    """
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    offered = smtp.esmtp_features["auth"].upper().split()
    credentials = sign_in.credentials()
    redactor.add(credentials.secret)  # the log's last line of defence knows what is sent
    try:
        if credentials.mechanism is Mechanism.XOAUTH2:
            token = f"user={credentials.user}\x01auth=Bearer {credentials.secret}\x01\x01"
            smtp.auth(
                "XOAUTH2",
                lambda challenge=None: token if challenge is None else "",
                initial_response_ok=True,
            )
            return
        mechanism = next((m for m in ("PLAIN", "LOGIN") if m in offered), None)
        if mechanism is None:
            raise smtplib.SMTPException("No suitable authentication method found.")
        smtp.user, smtp.password = credentials.user, credentials.secret
        method = smtp.auth_plain if mechanism == "PLAIN" else smtp.auth_login
        smtp.auth(mechanism, method, initial_response_ok=True)
    except smtplib.SMTPResponseException as exc:  # a server may echo what it was sent
        _scrub(exc, credentials.user, credentials.secret)
        raise
    finally:
        smtp.user = smtp.password = ""  # smtplib keeps them on the connection otherwise
        del credentials


def _scrub(error: smtplib.SMTPResponseException, user: str, secret: str) -> None:
    """Blank the secret, plain or in the base64 forms AUTH sent it, out of a server reply."""
    forms = {secret, f"\0{user}\0{secret}"}
    forms |= {base64.b64encode(form.encode()).decode("ascii") for form in list(forms)}
    text = error.smtp_error
    raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    for form in sorted(forms, key=len, reverse=True):
        raw = raw.replace(form, REDACTED)
    error.smtp_error = raw.encode("utf-8")
    error.args = (error.smtp_code, error.smtp_error)
