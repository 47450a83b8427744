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
import json
import smtplib

from smtp_desk.core.errors import TokenRefused
from smtp_desk.core.logs import REDACTED, redactor
from smtp_desk.core.signin import Credentials, Mechanism, SignIn

__all__ = ["sign_in_once", "xoauth2_string"]


def sign_in_once(smtp: smtplib.SMTP, sign_in: SignIn) -> Credentials:
    """Fetch the credentials now, try them **once**, keep nothing.

    Returns the credentials used, for the caller's description of the step (who, and how
    long a token lasts); the caller drops them. Raises
    :class:`smtplib.SMTPNotSupportedError` when the server offers no AUTH,
    :class:`smtplib.SMTPException` when it offers no mechanism SMTP Desk uses, the
    server's refusal (:class:`~smtp_desk.core.errors.TokenRefused` for a token), or
    :class:`~smtp_desk.core.errors.SignInUnavailable` from ``sign_in``.
    """
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    offered = smtp.esmtp_features["auth"].upper().split()
    credentials = sign_in.credentials()
    redactor.add(credentials.secret)  # the log's last line of defence knows what is sent
    try:
        if credentials.mechanism is Mechanism.XOAUTH2:
            _xoauth2(smtp, credentials, offered)
            return credentials
        mechanism = next((m for m in ("PLAIN", "LOGIN") if m in offered), None)
        if mechanism is None:
            raise smtplib.SMTPException("No suitable authentication method found.")
        smtp.user, smtp.password = credentials.user, credentials.secret
        method = smtp.auth_plain if mechanism == "PLAIN" else smtp.auth_login
        smtp.auth(mechanism, method, initial_response_ok=True)
        return credentials
    except smtplib.SMTPResponseException as exc:  # a server may echo what it was sent
        _scrub(exc, credentials)
        raise
    finally:
        smtp.user = smtp.password = ""  # smtplib keeps them on the connection otherwise


def xoauth2_string(user: str, token: str) -> str:
    """The XOAUTH2 initial response before base64: ``user=…^Aauth=Bearer …^A^A``."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def _xoauth2(smtp: smtplib.SMTP, credentials: Credentials, offered: list[str]) -> None:
    """``AUTH XOAUTH2`` with the token, as its own short exchange rather than smtplib's
    loop: a refusal comes as one 334 carrying a JSON error, answered with one empty line,
    then the final reply. Whatever else the server says (more 334s, an unreadable line)
    is a refusal too, raised as :class:`~smtp_desk.core.errors.TokenRefused` so it is
    scrubbed like any refusal and explained as a token problem, never a password one."""
    if "XOAUTH2" not in offered:
        raise smtplib.SMTPException(
            "No suitable authentication method found: the server does not offer XOAUTH2."
        )
    sasl = xoauth2_string(credentials.user, credentials.secret)
    encoded = base64.b64encode(sasl.encode("utf-8")).decode("ascii")
    redactor.add(encoded)
    challenge = ""
    try:
        code, reply = smtp.docmd("AUTH", f"XOAUTH2 {encoded}")
        if code == 334:
            challenge = _challenge_text(reply)
            code, reply = smtp.docmd("")  # the empty line that asks for the final reply
    except smtplib.SMTPServerDisconnected:
        raise
    except smtplib.SMTPResponseException as exc:  # e.g. a line too long to read
        code, reply = exc.smtp_code, _as_bytes(exc.smtp_error)
    if code in (235, 503):  # 503: already signed in
        return
    raise TokenRefused(
        code, _as_bytes(reply), challenge=challenge, clock_skew=credentials.clock_skew
    )


def _as_bytes(text: bytes | str) -> bytes:
    return text if isinstance(text, bytes) else str(text).encode("utf-8", "replace")


def _challenge_text(reply: bytes) -> str:
    """The server's 334 JSON error (base64), tokens never included."""
    try:
        text = base64.b64decode(reply.strip(), validate=True).decode("utf-8", "replace")
    except ValueError:
        return "an unreadable challenge"
    try:
        data = json.loads(text)
    except ValueError:
        return text[:200]
    if not isinstance(data, dict):
        return text[:200]
    return ", ".join(f"{k}={data[k]}" for k in ("status", "schemes", "scope") if k in data)


def _scrub(error: smtplib.SMTPResponseException, credentials: Credentials) -> None:
    """Blank the secret, plain or in the base64 forms AUTH sent it, out of a server reply."""
    user, secret = credentials.user, credentials.secret
    forms = {secret, f"\0{user}\0{secret}", xoauth2_string(user, secret)}
    forms |= {base64.b64encode(form.encode()).decode("ascii") for form in list(forms)}
    text = error.smtp_error
    raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    for form in sorted(forms, key=len, reverse=True):
        raw = raw.replace(form, REDACTED)
    error.smtp_error = raw.encode("utf-8")
    error.args = (error.smtp_code, error.smtp_error)
    if isinstance(error, TokenRefused):
        for form in sorted(forms, key=len, reverse=True):
            error.challenge = error.challenge.replace(form, REDACTED)
        error.challenge = redactor.scrub(error.challenge)
