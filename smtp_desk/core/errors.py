"""Errors whose text is written for the person at the desk.

One base, :class:`SmtpDeskError`; each mail error also inherits the standard-library type
that a caller who knows nothing of SMTP Desk would catch for it (as aiosmtplib does:
``SMTPServerDisconnected(SMTPException, ConnectionError)``). What to *do* about an error is
not decided here: :func:`smtp_desk.core.diagnosis.diagnose` maps these to advice.

A base is given only where catching the standard type would be right. :class:`Unconfirmed`
has none on purpose: as a ``ConnectionError`` a generic "connection trouble, try again"
handler would send the message twice. :class:`Cancelled` is not an ``InterruptedError``
(an ``OSError`` that callers retry, and that every ``except OSError`` would take for
trouble on the wire) but the standard "the operation was cancelled".
"""

import smtplib
from concurrent.futures import CancelledError

__all__ = [
    "AddressUnsupported",
    "Cancelled",
    "OAuthProblem",
    "PlaintextPasswordRefused",
    "SettingsError",
    "SignInUnavailable",
    "SmtpDeskError",
    "StartTlsUnavailable",
    "TokenRefused",
    "Unconfirmed",
]


class SmtpDeskError(Exception):
    """Base class: ``str(error)`` is a sentence a clerk can act on.

    Raw technical detail (exception chains, paths) belongs in the log, not in the message.
    """


class SettingsError(SmtpDeskError):
    """The settings file cannot be read, or must not be overwritten."""


class Cancelled(SmtpDeskError, CancelledError):
    """The person stopped the operation."""


class Unconfirmed(SmtpDeskError):
    """The message was handed to the server but its answer never came: it may have been
    accepted. Such a message is not sent again without a person's decision."""


class AddressUnsupported(SmtpDeskError, ValueError):
    """None of the message's addresses can be given to this server (letters outside plain
    English, and the server does not offer SMTPUTF8). Raised before anything is sent."""


class StartTlsUnavailable(SmtpDeskError, ConnectionError):
    """The server did not offer STARTTLS although encryption was chosen: the connection
    cannot be made the way it must be, and nothing was sent in plain text."""


class PlaintextPasswordRefused(SmtpDeskError, PermissionError):
    """SMTP Desk refused to send the password over an unencrypted connection."""


class SignInUnavailable(SmtpDeskError, PermissionError):
    """No usable secret for this account right now (none saved, the store is locked …):
    signing in is not possible, so it is not attempted."""


class OAuthProblem(SignInUnavailable):
    """Signing in with Microsoft or Google did not give a usable token: not signed in yet,
    the sign-in expired or was revoked, consent is missing, the sign-in service cannot be
    reached … ``category`` is the :class:`~smtp_desk.core.categories.DiagnosisCategory`
    value that explains it, ``detail`` the service's own words (for the log)."""

    def __init__(self, category: str, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.category = category
        self.detail = detail or message


class TokenRefused(SmtpDeskError, smtplib.SMTPAuthenticationError):
    """The mail server refused an OAuth2 access token (``AUTH XOAUTH2``). ``challenge`` is
    the server's error challenge (its 334 JSON, e.g. ``{"status":"401", …}``), and
    ``clock_skew`` how far this PC's clock was from the sign-in service's when the token
    was issued (seconds, None when unknown)."""

    def __init__(
        self, code: int, message: bytes, *, challenge: str = "", clock_skew: float | None = None
    ) -> None:
        smtplib.SMTPAuthenticationError.__init__(self, code, message)
        self.challenge = challenge
        self.clock_skew = clock_skew
