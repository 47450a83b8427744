"""The sending account: what the Email Credentials form holds, minus the password.

Two shapes of the same thing:

* :class:`AccountDraft` is what a person typed, every field as text, possibly wrong;
  validation reads it and names the fields that need attention.
* :class:`AccountSettings` is a checked account with typed fields, which is what gets saved
  and what the mail transport uses.

The password is never part of either: it lives in the OS credential store.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, fields, replace
from enum import StrEnum

from smtp_desk.core.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "FIELDS",
    "AccountDraft",
    "AccountSettings",
    "Security",
    "SignInMethod",
    "is_loopback_host",
    "security_for_port",
]


class Security(StrEnum):
    """How the connection to the SMTP server is encrypted."""

    SSL = "ssl"  # implicit TLS from the first byte (smtplib.SMTP_SSL), usually port 465
    STARTTLS = "starttls"  # plain greeting, then STARTTLS is required, usually port 587
    NONE = "none"  # no encryption: not recommended

    @property
    def label(self) -> str:
        return _SECURITY_LABELS[self]


# English; shown through translate("account", label) (the command line prints them as is).
_SECURITY_LABELS = {
    Security.SSL: "SSL/TLS",
    Security.STARTTLS: "STARTTLS",
    Security.NONE: QT_TRANSLATE_NOOP("account", "None — not recommended"),
}


class SignInMethod(StrEnum):
    """How SMTP Desk proves it may send from the account."""

    PASSWORD = "password"  # noqa: S105 (a method name) the account's (app) password
    MICROSOFT = "microsoft"  # Sign in with Microsoft (OAuth2, XOAUTH2)
    GOOGLE = "google"  # Sign in with Google (OAuth2 with the society's own client)

    @property
    def label(self) -> str:
        return _SIGN_IN_LABELS[self]

    @property
    def is_oauth(self) -> bool:
        return self is not SignInMethod.PASSWORD


_SIGN_IN_LABELS = {
    SignInMethod.PASSWORD: QT_TRANSLATE_NOOP("account", "Password"),
    SignInMethod.MICROSOFT: "Microsoft",
    SignInMethod.GOOGLE: "Google",
}

# Ports whose encryption everybody agrees on. Any other port keeps what the user chose.
_PORT_SECURITY = {
    465: Security.SSL,
    2465: Security.SSL,
    587: Security.STARTTLS,
    25: Security.STARTTLS,
    2525: Security.STARTTLS,
    2587: Security.STARTTLS,
}


def security_for_port(port: int) -> Security | None:
    """The encryption a port conventionally uses, or None when the port says nothing."""
    return _PORT_SECURITY.get(port)


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    name = host.strip().rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, kw_only=True)
class AccountDraft:
    """The form as typed. Every field is text; ``port`` too, so "abc" can be reported."""

    preset: str = "custom"
    host: str = ""
    port: str = ""
    security: str = Security.STARTTLS.value
    user: str = ""
    from_email: str = ""
    from_name: str = ""
    reply_to: str = ""
    daily_limit: str = ""  # "" = the provider's documented limit; "0" = no limit
    minute_limit: str = ""
    # the day (YYYY-MM-DD) the daily limit was learned from the provider's quota reply;
    # "" when a person set it (editing the limit clears it)
    daily_limit_learned: str = ""
    sign_in: str = SignInMethod.PASSWORD.value
    # the app registration used to sign in with Microsoft or Google (empty: the one built
    # into this installation, if any); tenant and authority only for Microsoft
    oauth_client_id: str = ""
    oauth_tenant: str = ""
    oauth_authority: str = ""
    # the mailbox, read over IMAP to confirm sent messages and find bounces ("": not read)
    imap_host: str = ""
    imap_port: str = ""
    imap_security: str = ""
    # "yes": file a copy of each message in the mailbox's Sent folder (IMAP APPEND), for
    # servers that keep none; "" (or "no"): the server keeps its own, or none is wanted
    copy_to_sent: str = ""
    archive_bcc: str = ""  # an address every message is also sent to (not in the headers)

    def with_changes(self, **changes: str) -> AccountDraft:
        return replace(self, **changes)

    def as_dict(self) -> dict[str, str | int]:
        """The fields for a file or JSON output; a numeric port as a number."""
        out: dict[str, str | int] = {name: getattr(self, name) for name in FIELDS}
        for name in ("port", "daily_limit", "minute_limit", "imap_port"):
            value = str(out[name])
            if value.isascii() and value.isdigit():
                out[name] = int(value)
            elif not value and name != "port":
                del out[name]  # not set: the provider's limit applies
        for name in ("daily_limit_learned", *_OAUTH_FIELDS, *_IMAP_FIELDS, *_COPY_FIELDS):
            if not out.get(name):
                out.pop(name, None)
        if out["sign_in"] == SignInMethod.PASSWORD.value:
            del out["sign_in"]  # files of accounts signing in with a password stay as before
        return out

    @property
    def secret_name(self) -> str:
        """The credential-store entry this draft's password would be kept under."""
        d = self.normalized()
        return f"{d.user}@{d.host}"

    @property
    def token_name(self) -> str:
        """The credential-store entry of this draft's OAuth2 sign-in (a token cache)."""
        d = self.normalized()
        return f"{d.sign_in or SignInMethod.PASSWORD.value}-sign-in:{d.user}"

    def normalized(self) -> AccountDraft:
        """Outer spaces trimmed; host lower-cased without a trailing dot."""
        return replace(
            self,
            host=self.host.strip().rstrip(".").lower(),
            port=self.port.strip(),
            user=self.user.strip(),
            from_email=self.from_email.strip(),
            from_name=self.from_name.strip(),
            reply_to=self.reply_to.strip(),
            daily_limit=self.daily_limit.strip(),
            minute_limit=self.minute_limit.strip(),
            daily_limit_learned=self.daily_limit_learned.strip(),
            sign_in=self.sign_in.strip().lower(),
            oauth_client_id=self.oauth_client_id.strip(),
            oauth_tenant=self.oauth_tenant.strip(),
            oauth_authority=self.oauth_authority.strip().rstrip("/"),
            imap_host=self.imap_host.strip().rstrip(".").lower(),
            imap_port=self.imap_port.strip(),
            imap_security=self.imap_security.strip().lower(),
            copy_to_sent=_yes_or_empty(self.copy_to_sent),
            archive_bcc=self.archive_bcc.strip(),
        )


_OAUTH_FIELDS = ("oauth_client_id", "oauth_tenant", "oauth_authority")
_IMAP_FIELDS = ("imap_host", "imap_port", "imap_security")
_COPY_FIELDS = ("copy_to_sent", "archive_bcc")


def _yes_or_empty(text: str) -> str:
    """ "yes" stays "yes"; "no" and "" are ""; anything else is kept for the check to name."""
    word = text.strip().lower()
    return "" if word in ("", "no") else word


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(AccountDraft))


@dataclass(frozen=True, kw_only=True)
class AccountSettings:
    """A checked account. Build one with :func:`smtp_desk.core.validation.checked_account`."""

    preset: str
    host: str
    port: int
    security: Security
    user: str
    from_email: str
    from_name: str = ""
    reply_to: str = ""
    daily_limit: int | None = None  # None: the provider's documented limit; 0: no limit
    minute_limit: int | None = None
    daily_limit_learned: str = ""  # YYYY-MM-DD when the limit came from a quota reply
    sign_in: SignInMethod = SignInMethod.PASSWORD
    oauth_client_id: str = ""
    oauth_tenant: str = ""
    oauth_authority: str = ""
    imap_host: str = ""  # the mailbox's IMAP server ("": the mailbox is not read)
    imap_port: int = 0
    imap_security: str = ""  # "ssl" or "starttls"
    copy_to_sent: bool = False  # file a copy of each message in Sent over IMAP
    archive_bcc: str = ""  # an address every message is also sent to ("": none)

    @property
    def secret_name(self) -> str:
        """The entry name under which the password is kept in the credential store."""
        return self.draft().secret_name

    @property
    def token_name(self) -> str:
        """The credential-store entry of this account's OAuth2 sign-in (a token cache)."""
        return self.draft().token_name

    def draft(self) -> AccountDraft:
        return AccountDraft(
            preset=self.preset,
            host=self.host,
            port=str(self.port),
            security=self.security.value,
            user=self.user,
            from_email=self.from_email,
            from_name=self.from_name,
            reply_to=self.reply_to,
            daily_limit="" if self.daily_limit is None else str(self.daily_limit),
            minute_limit="" if self.minute_limit is None else str(self.minute_limit),
            daily_limit_learned=self.daily_limit_learned,
            sign_in=self.sign_in.value,
            oauth_client_id=self.oauth_client_id,
            oauth_tenant=self.oauth_tenant,
            oauth_authority=self.oauth_authority,
            imap_host=self.imap_host,
            imap_port=str(self.imap_port) if self.imap_host else "",
            imap_security=self.imap_security,
            copy_to_sent="yes" if self.copy_to_sent else "",
            archive_bcc=self.archive_bcc,
        )
