"""Sign in with Microsoft (or Google): the account's :class:`~smtp_desk.core.signin.SignIn`
when it uses OAuth2, and the flows that sign a person in.

* :meth:`OAuthSignIn.credentials` is what a connection asks for as it signs in: a current
  access token, refreshed silently (and the rolled refresh token written back to the
  credential store), as :attr:`~smtp_desk.core.signin.Mechanism.XOAUTH2` credentials. It
  never waits for a person: when the sign-in is missing, expired or revoked it raises an
  :class:`~smtp_desk.core.errors.OAuthProblem` whose category says "Sign in again".
* :meth:`OAuthSignIn.start_device_flow` / :meth:`finish_device_flow` are the device-code
  sign-in (a code typed at microsoft.com/devicelogin on any device): the command line's
  ``smtp-desk signin``, and the window's fallback when no browser opens.
* :meth:`OAuthSignIn.sign_in_with_browser` opens the system browser on the service's
  sign-in page with a loopback redirect (the window's usual way).

Tokens are kept only in the OS credential store (:class:`~smtp_desk.core.token_vault.
TokenVault`), one entry per account.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from smtp_desk.core.account import AccountSettings, SignInMethod
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.errors import OAuthProblem
from smtp_desk.core.i18n import translate
from smtp_desk.core.oauth_apps import OAuthApp, oauth_app
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.signin import Credentials, Mechanism, SignIn, StoredPassword
from smtp_desk.core.token_vault import TokenVault

__all__ = [
    "BROWSER_TIMEOUT",
    "DeviceCode",
    "OAuthSignIn",
    "SignedIn",
    "printable",
    "sign_in_for",
]

BROWSER_TIMEOUT = 300.0  # seconds to finish signing in in the browser

Reply = dict[str, Any]


class TokenClient(Protocol):
    """One identity service's flows (:class:`~smtp_desk.core.oauth_microsoft.
    MicrosoftClient`, :class:`~smtp_desk.core.oauth_google.GoogleClient`)."""

    service: str

    def silent(self, user: str) -> Reply: ...
    def start_device_flow(self) -> Reply: ...
    def finish_device_flow(self, flow: Reply, cancelled: Callable[[], bool]) -> Reply: ...
    def with_browser(self, user: str, timeout: float) -> Reply: ...
    def signed_in(self, user: str) -> bool: ...
    def forget(self, user: str) -> None: ...
    def drop_other_accounts(self, user: str) -> None: ...


@dataclass(frozen=True)
class DeviceCode:
    """What the person is shown: open ``verification_uri`` and type ``user_code``."""

    user_code: str
    verification_uri: str
    message: str
    expires_in: int
    flow: Reply = field(repr=False, compare=False)


@dataclass(frozen=True)
class SignedIn:
    """A finished sign-in: who, with which service, and how long the token lasts."""

    user: str
    service: str
    valid_for: int

    def __str__(self) -> str:
        """What the person is told (in the window's language)."""
        return translate(
            "oauth",
            "Signed in to {service} as {user} (token valid for {minutes} min; it is "
            "renewed automatically).",
        ).format(service=self.service, user=self.user, minutes=self.valid_for // 60)


class OAuthSignIn:
    """The account's sign-in with Microsoft or Google. Holds no token between calls."""

    def __init__(self, account: AccountSettings, store: SecretStore) -> None:
        if not account.sign_in.is_oauth:
            raise ValueError("this account signs in with a password")
        self.user = account.user
        self.app: OAuthApp = oauth_app(account)
        vault = TokenVault(store)
        self._client: TokenClient = _client(self.app, vault, account.token_name)

    @property
    def service(self) -> str:
        return self.app.service

    def credentials(self) -> Credentials:
        self._require_client()
        reply = self._client.silent(self.user)
        return Credentials(
            self.user,
            str(reply["access_token"]),
            Mechanism.XOAUTH2,
            service=self.service,
            valid_for=max(_int(reply.get("expires_in")) or 0, 0),
            clock_skew=clock_skew(reply),
        )

    def signed_in(self) -> bool:
        """Whether a sign-in is kept for this account (it may still have expired)."""
        return self._client.signed_in(self.user)

    def start_device_flow(self) -> DeviceCode:
        self._require_client()
        flow = self._client.start_device_flow()
        return DeviceCode(
            user_code=str(flow["user_code"]),
            verification_uri=str(flow.get("verification_uri") or flow.get("verification_url")),
            message=str(flow.get("message") or ""),
            expires_in=max(_int(flow.get("expires_in")) or 900, 0),
            flow=flow,
        )

    def finish_device_flow(
        self, code: DeviceCode, cancelled: Callable[[], bool] = lambda: False
    ) -> SignedIn:
        """Wait (polling) until the code is entered, refused or expired."""
        return self._finished(self._client.finish_device_flow(code.flow, cancelled))

    def sign_in_with_browser(self, timeout: float = BROWSER_TIMEOUT) -> SignedIn:
        self._require_client()
        return self._finished(self._client.with_browser(self.user, timeout))

    def sign_out(self) -> None:
        self._client.forget(self.user)

    def _finished(self, reply: Reply) -> SignedIn:
        who = signed_in_user(reply)
        if who.lower() != self.user.lower():
            self._client.drop_other_accounts(self.user)
            shown = printable(who) or "an account the service did not name"
            raise OAuthProblem(
                DiagnosisCategory.OAUTH_WRONG_ACCOUNT.value,
                f"you signed in as {shown}, but the User ID is {self.user}: sign in with "
                f"{self.user}, or change the User ID",
                detail=f"{self.service}: signed in as {shown!r}, expected {self.user}",
            )
        return SignedIn(self.user, self.service, max(_int(reply.get("expires_in")) or 0, 0))

    def _require_client(self) -> None:
        if not self.app.client_id:
            raise OAuthProblem(
                DiagnosisCategory.OAUTH_NOT_SET_UP.value,
                f"no client ID is set for Sign in with {self.service}",
            )


def sign_in_for(account: AccountSettings, store: SecretStore) -> SignIn:
    """How ``account`` signs in: its saved password, or its Microsoft/Google sign-in."""
    if account.sign_in.is_oauth:
        return OAuthSignIn(account, store)
    return StoredPassword(account.user, account.secret_name, store)


def signed_in_user(reply: Reply) -> str:
    claims = reply.get("id_token_claims")
    if not isinstance(claims, dict):
        return ""
    return str(claims.get("preferred_username") or claims.get("email") or "")


def clock_skew(reply: Reply) -> float | None:
    """The sign-in service's clock minus this PC's, from a freshly issued ID token's
    ``iat`` (None for a token from the cache, which carries no new ID token)."""
    claims = reply.get("id_token_claims")
    if reply.get("token_source") == "cache" or not isinstance(claims, dict):
        return None
    issued = claims.get("iat")
    if not isinstance(issued, int | float):
        return None
    return float(issued) - time.time()


def _int(value: object) -> int | None:
    try:
        return int(float(value)) if value is not None else None  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def printable(text: str) -> str:
    """``text`` without control or format characters (a service's words shown to a person
    must not drive the terminal or hide what they say)."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C").strip()


def _client(app: OAuthApp, vault: TokenVault, entry: str) -> TokenClient:
    if app.method is SignInMethod.MICROSOFT:
        from smtp_desk.core.oauth_microsoft import MicrosoftClient

        return MicrosoftClient(app, vault, entry)
    from smtp_desk.core.oauth_google import GoogleClient

    return GoogleClient(app, vault, entry)
