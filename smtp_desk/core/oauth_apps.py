"""The app registrations SMTP Desk signs in through, and where each identity service lives.

Signing in with Microsoft or Google needs an *app registration* (a client ID) made once by
the society's IT person, or built into the installer by whoever distributes SMTP Desk.
SMTP Desk ships **no borrowed ID**: :func:`built_in_client` reads
``resources/oauth_clients.json``, which a distributor adds when building the installer
(``{"microsoft": {"client_id": "…"}, "google": {"client_id": "…"}}``); otherwise the
account's own ``oauth_client_id`` is used.

:func:`oauth_app` turns an account into an :class:`OAuthApp`: the client ID, the authority
(Microsoft: ``https://login.microsoftonline.com/<tenant>``, or a full URL for private clouds
and tests) and the scopes.

Scopes, by :class:`TokenPurpose`: signing in asks consent for sending *and* reading the
mailbox at once (Microsoft: ``SMTP.Send`` and ``IMAP.AccessAsUser.All``; Google's
``https://mail.google.com/`` covers both), so one sign-in serves both. A token is then asked
for one purpose only: sending asks for ``SMTP.Send`` alone, so a sign-in made before the
mailbox was read (consent for SMTP only) keeps sending; the mailbox asks for
``IMAP.AccessAsUser.All`` alone, and a missing consent fails there, not in sending.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files

from smtp_desk.core.account import AccountSettings, SignInMethod
from smtp_desk.core.i18n import translate

__all__ = [
    "GOOGLE_AUTHORITY",
    "GOOGLE_MAIL_SCOPE",
    "MICROSOFT_IMAP_SCOPE",
    "MICROSOFT_LOGIN",
    "MICROSOFT_SMTP_SCOPE",
    "OAuthApp",
    "TokenPurpose",
    "built_in_client",
    "default_tenant",
    "is_guid",
    "oauth_app",
    "tenant_problem",
]

MICROSOFT_LOGIN = "https://login.microsoftonline.com"
MICROSOFT_SMTP_SCOPE = "https://outlook.office.com/SMTP.Send"
MICROSOFT_IMAP_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All"
GOOGLE_AUTHORITY = "https://accounts.google.com"
GOOGLE_MAIL_SCOPE = "https://mail.google.com/"

_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_DOMAIN = re.compile(r"^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I)
_TENANT_WORDS = ("organizations", "consumers", "common")


class TokenPurpose(StrEnum):
    """What an access token is for: each asks for its own scope."""

    SEND = "send"  # SMTP: sending the bills
    MAILBOX = "mailbox"  # IMAP: reading the Sent folder and the bounces


@dataclass(frozen=True)
class OAuthApp:
    """One account's way to an access token: which service, which app, which scopes."""

    method: SignInMethod
    client_id: str
    authority: str  # Microsoft: the msal authority; Google: the issuer (discovery base)
    send_scopes: tuple[str, ...]
    mailbox_scopes: tuple[str, ...]
    built_in: bool = False  # the client ID came with the installation

    @property
    def service(self) -> str:
        """The identity service's name for messages: "Microsoft" or "Google"."""
        return self.method.label

    @property
    def sign_in_scopes(self) -> tuple[str, ...]:
        """What a sign-in asks consent for: every purpose's scopes, each once."""
        return tuple(dict.fromkeys((*self.send_scopes, *self.mailbox_scopes)))

    def scopes_for(self, purpose: TokenPurpose) -> tuple[str, ...]:
        """The scopes a token for ``purpose`` is asked with (silently, after signing in)."""
        return self.mailbox_scopes if purpose is TokenPurpose.MAILBOX else self.send_scopes


def is_guid(text: str) -> bool:
    return _GUID.match(text.strip()) is not None


def default_tenant(preset: str) -> str:
    """Outlook.com addresses are personal Microsoft accounts; everything else is a work
    (Microsoft 365) account."""
    return "consumers" if preset == "outlook" else "organizations"


def tenant_problem(tenant: str) -> str:
    """Why ``tenant`` cannot be a Microsoft tenant, or "" when it can."""
    if not tenant or tenant.lower() in _TENANT_WORDS or is_guid(tenant):
        return ""
    if _DOMAIN.match(tenant):
        return ""
    return translate(
        "oauth_apps",
        "The tenant is 'organizations' (work accounts), 'consumers' (Outlook.com), "
        "'common', the organisation's tenant ID (a GUID) or its domain (yoursociety.in).",
    )


@cache
def _built_in() -> dict[str, dict[str, str]]:
    try:
        text = (files("smtp_desk.resources") / "oauth_clients.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(k): {str(a): str(b) for a, b in v.items()}
        for k, v in data.items()
        if isinstance(v, dict)
    }


def built_in_client(method: SignInMethod, key: str = "client_id") -> str:
    """The client ID (or, for Google, ``client_secret``) built into this installation for
    ``method``, or ""."""
    return _built_in().get(method.value, {}).get(key, "").strip()


def oauth_app(account: AccountSettings) -> OAuthApp:
    """The app registration and authority for an account that signs in with OAuth2."""
    method = account.sign_in
    own = account.oauth_client_id
    client_id = own or built_in_client(method)
    if method is SignInMethod.MICROSOFT:
        tenant = account.oauth_tenant or default_tenant(account.preset)
        authority = account.oauth_authority or f"{MICROSOFT_LOGIN}/{tenant}"
        send: tuple[str, ...] = (MICROSOFT_SMTP_SCOPE,)
        mailbox: tuple[str, ...] = (MICROSOFT_IMAP_SCOPE,)
    else:
        authority = account.oauth_authority or GOOGLE_AUTHORITY
        send = mailbox = (GOOGLE_MAIL_SCOPE,)
    return OAuthApp(
        method,
        client_id,
        authority.rstrip("/"),
        send_scopes=send,
        mailbox_scopes=mailbox,
        built_in=not own,
    )
