"""A local identity provider for OAuth2 tests: Microsoft Entra ID as msal sees it, over real
HTTPS on loopback, so the real msal library (and a Google-style OAuth client) can sign in
without the internet.

What msal 1.39 asks of it (read from msal/authority.py and oauth2cli/): with
``authority=server.authority`` and ``instance_discovery=False`` msal makes no instance
discovery call; it GETs ``<authority>/v2.0/.well-known/openid-configuration`` once per
application object and then uses only ``authorization_endpoint``, ``token_endpoint``
(whose first path segment it takes as the tenant, the cache's "realm") and
``device_authorization_endpoint``. An OIDC-standard client (Google-style) finds the same
document at ``<authority>/.well-known/openid-configuration``; ``issuer`` is the authority
itself, as OIDC discovery requires of that location (msal does not check it).

Things about msal that shape this server:

* The browser sign-in asks for ``response_mode=form_post``, and msal's loopback receiver
  refuses a code in a query string (GET). So /authorize answers a form_post request the way
  Entra does, with a page whose form POSTs ``code`` and ``state`` to the redirect URI; a
  request without ``response_mode`` (Google style) gets a 302 with the code in the query.
* The id_token must carry the ``nonce`` sent to /authorize (msal checks it on the code
  flow); it need not be signed (``alg: none``), msal only decodes it. The account in msal's
  cache comes from ``client_info`` (``uid.utid`` = home_account_id) and the id_token's
  ``preferred_username``; both are sent because msal asks with ``client_info=1``.
* msal decides expiry from ``expires_in`` and its own clock, and treats an access token
  with less than 5 minutes left as expired. :meth:`OAuthServer.expire_access_tokens` makes
  tokens unacceptable to the mail server, not to msal's cache: to make msal refresh, give
  a short ``access_lifetime`` (under 300 s) or call ``acquire_token_silent(...,
  force_refresh=True)``.
* msal throttles: an HTTP 400 answer to a refresh or code grant is replayed from memory
  for 60 s to the same application object for the same request, and a 5xx without
  ``Retry-After`` blocks that request for 60 s. ``down`` therefore sends ``Retry-After: 0``
  so that a test can bring the service back; the 400s are left as Entra sends them.
* Device-flow polls sleep ``interval`` whole seconds (``slow_down`` adds 5 s each time), so
  tests set ``poll_interval = 0`` and use ``slow_down_polls`` sparingly.

Scopes and consent, as Entra keeps them: a sign-in (device code or authorization code)
records the user's consent to the API scopes it asked for, per user and client ID; a
refresh grant may ask for any consented scope (the refresh token is scope-independent) and
gets an access token for exactly those; asking for one never consented fails with
AADSTS65001 (``invalid_grant``, suberror ``consent_required``) and leaves the refresh token
usable. Every access token remembers its scopes.

A tenant where users may not consent to apps and the IT admin granted admin consent for some
scopes only (``admin_approved``, e.g. ``{SMTP_SCOPE}``): every user may use those scopes
without consenting (refreshes included); a sign-in asking for any other is refused as Entra
refuses it. In the browser the person meets "Need admin approval" and can only "Return to
the application without granting consent", which redirects with ``error=access_denied``,
``error_subcode=cancel`` and AADSTS65004 ("User declined to consent to access the app"), as
Entra's authorize endpoint does; the device code's poll answers the sign-in's error
(``policy_error``: AADSTS90094 "admin approval required", as the sign-in logs name it, or
AADSTS65001). Approving more later (``admin_approved`` grows) works at once for refresh
grants, as admin consent does in Entra.

The mail servers' view: :meth:`OAuthServer.accepts` (the SMTP test server: any current token
of the user) and the RFC 7662 introspection endpoint (``POST introspection_endpoint`` with
``token=…``; Dovecot's oauth2 passdb asks it), which calls a token active only while it is
current and carries a mailbox scope (:data:`MAILBOX_SCOPES`: IMAP.AccessAsUser.All, or
Google's https://mail.google.com/).

Use::

    with oauth_server(certs) as idp:          # certs: the tests' Certificates
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", certs.ca_file)   # msal uses requests
        app = msal.PublicClientApplication(CLIENT_ID, authority=idp.authority,
                                           instance_discovery=False)

Knobs are plain attributes and may be changed while the server runs. Nothing secret is
printed: request logging is off.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import socket
import socketserver
import ssl
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.support.smtpd import Certificates

__all__ = [
    "DEVICE_GRANT",
    "GOOGLE_MAIL_SCOPE",
    "IMAP_SCOPE",
    "MAILBOX_SCOPES",
    "SMTP_SCOPE",
    "VERIFICATION_URI",
    "OAuthServer",
    "aad_error",
    "oauth_server",
]

SMTP_SCOPE = "https://outlook.office.com/SMTP.Send"
IMAP_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All"
GOOGLE_MAIL_SCOPE = "https://mail.google.com/"
MAILBOX_SCOPES = frozenset({IMAP_SCOPE, GOOGLE_MAIL_SCOPE})  # what lets a token read mail
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
VERIFICATION_URI = "https://microsoft.com/devicelogin"
TIMEOUT = 10.0  # seconds, for every socket of the server
# Scopes that ask for the sign-in itself rather than for an API: Entra leaves them out of a
# token's "scope".
_OIDC_SCOPES = frozenset({"openid", "profile", "offline_access", "email"})
_REFRESH_DEAD = 70008
_CLAIMS = ("sub", "iss", "aud", "exp", "iat", "nbf", "name", "oid", "tid", "preferred_username")

_AAD: dict[int, tuple[str, str, str | None]] = {
    # code: (error, description after "AADSTSnnnn: ", suberror)
    50020: (
        "invalid_request",
        "User account '{user}' from identity provider 'live.com' does not exist in tenant "
        "'Green Park CHS' and cannot access the application '{client_id}'(SMTP Desk) in "
        "that tenant. The account needs to be added as an external user in the tenant "
        "first. Sign out and sign in again with a different Azure Active Directory user "
        "account.",
        None,
    ),
    50076: (
        "invalid_grant",
        "Due to a configuration change made by your administrator, or because you moved to "
        "a new location, you must use multi-factor authentication to access "
        "'https://outlook.office.com'.",
        "basic_action",
    ),
    65001: (
        "invalid_grant",
        "The user or administrator has not consented to use the application with ID "
        "'{client_id}' named 'SMTP Desk'. Send an interactive authorization request for "
        "this user and resource.",
        "consent_required",
    ),
    70008: (
        "invalid_grant",
        "The provided authorization code or refresh token has expired due to inactivity. "
        "Send a new interactive authorization request for this user and resource.",
        None,
    ),
    65004: ("access_denied", "User declined to consent to access the app.", None),
    90094: (
        "invalid_grant",
        "An administrator of Green Park CHS has set a policy that prevents you from granting "
        "SMTP Desk the permissions it is requesting. Contact an administrator of Green Park "
        "CHS, who can grant permissions to this app on your behalf.",
        None,
    ),
    700016: (
        "unauthorized_client",
        "Application with identifier '{client_id}' was not found in the directory "
        "'Green Park CHS'. This can happen if the application has not been installed by "
        "the administrator of the tenant or consented to by any user in the tenant. You "
        "may have sent your authentication request to the wrong tenant.",
        None,
    ),
    7000218: (
        "invalid_client",
        "The request body must contain the following parameter: 'client_assertion' or "
        "'client_secret'.",
        None,
    ),
}


def aad_error(
    code: int, *, client_id: str = "00000000-0000-0000-0000-000000000000", user: str = ""
) -> dict[str, Any]:
    """Entra's JSON error body for AADSTS ``code`` (50020, 50076, 65001, 65004, 70008, 90094,
    700016, 7000218), with the trace and correlation IDs Entra adds; for ``token_error``."""
    error, text, suberror = _AAD[code]
    trace, correlation = uuid.uuid4(), uuid.uuid4()
    stamp = time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime())
    body: dict[str, Any] = {
        "error": error,
        "error_description": f"AADSTS{code}: {text.format(client_id=client_id, user=user)} "
        f"Trace ID: {trace} Correlation ID: {correlation} Timestamp: {stamp}",
        "error_codes": [code],
        "timestamp": stamp,
        "trace_id": str(trace),
        "correlation_id": str(correlation),
    }
    if suberror:
        body["suberror"] = suberror
    return body


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64json(value: Mapping[str, Any]) -> str:
    return _b64url(json.dumps(value, separators=(",", ":")).encode())


def _first(values: Mapping[str, list[str]]) -> dict[str, str]:
    return {key: items[0] for key, items in values.items() if items}


_Reply = tuple[int, dict[str, str], bytes]


def _json(status: int, body: Mapping[str, Any], **headers: str) -> _Reply:
    return (
        status,
        {"Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store"} | headers,
        json.dumps(body).encode(),
    )


def _oauth_error(error: str, description: str = "", status: int = 400) -> _Reply:
    body = {"error": error}
    if description:
        body["error_description"] = description
    return _json(status, body)


@dataclass
class _Access:
    user: str
    expires: float  # server clock
    scopes: frozenset[str] = frozenset()  # the API scopes it was issued for
    revoked: bool = False


@dataclass
class _Refresh:
    user: str
    client_id: str
    scopes: list[str]


@dataclass
class _Code:
    user: str
    client_id: str
    redirect_uri: str
    scopes: list[str]
    challenge: str
    method: str
    nonce: str
    expires: float  # real clock


@dataclass
class _Device:
    client_id: str
    scopes: list[str]
    expires: float  # real clock
    polls: int = 0
    done: bool = False


@dataclass(eq=False)
class OAuthServer:
    """The identity provider's state, its knobs and what it saw. Created by
    :func:`oauth_server`; ``port`` is where it listens on 127.0.0.1 (as ``localhost``)."""

    port: int
    tenant: str = "organizations"

    # --- knobs (change them at any time) -----------------------------------------------
    user: str = "billing@greenpark.example"  # who approves every sign-in
    display_name: str = "Green Park CHS Billing"
    client_id: str | None = None  # None: any client ID; else others get AADSTS700016
    access_lifetime: int = 3600  # seconds, the token response's expires_in
    poll_interval: int = 1  # the device flow's "interval"; 0 makes msal poll at once
    device_lifetime: int = 900  # seconds until a device code expires
    pending_polls: int = 1  # device polls answered authorization_pending (after slow_down)
    slow_down_polls: int = 0  # device polls answered slow_down first (msal then waits +5 s)
    # None: the user approves; else the final error of each device flow, e.g.
    # "expired_token", "access_denied", "authorization_declined"
    device_outcome: str | None = None
    # while set: the answer (HTTP 400) to every device, refresh and code grant
    token_error: dict[str, Any] | None = None
    device_code_error: dict[str, Any] | None = None  # while set: /devicecode's answer (400)
    # while set: /authorize sends this back to the redirect URI instead of a code; only its
    # "error", "error_description" and "error_uri" travel, as in OAuth2
    authorize_error: dict[str, Any] | None = None
    clock_offset: float = 0.0  # added to the server's clock (iat/nbf/exp, expiries)
    # True: every endpoint answers 503 {"error": "temporarily_unavailable"} with
    # Retry-After: 0 (msal raises msal.exceptions.MsalServiceError("HTTP Error: 503"))
    down: bool = False
    # The tenant's consent policy. None: users may consent to what a sign-in asks for. A
    # set of API scopes: users may not consent to apps, and an administrator approved
    # exactly these for every user and client (a sign-in asking for more is refused)
    admin_approved: set[str] | None = None
    policy_error: int = 90094  # the device poll's answer to a refused sign-in (or 65001)

    # --- what it saw -------------------------------------------------------------------
    requests: list[tuple[str, str | None]] = field(default_factory=list)  # (path, grant)
    authorize_requests: list[dict[str, str]] = field(default_factory=list)  # query params
    device_polls: int = 0
    refresh_grants: int = 0
    code_grants: int = 0
    refresh_scopes: list[frozenset[str]] = field(default_factory=list)  # API scopes asked
    introspections: list[bool] = field(default_factory=list)  # each answer's "active"
    policy_refusals: int = 0  # sign-ins refused by the tenant's consent policy

    tenant_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _access: dict[str, _Access] = field(default_factory=dict, repr=False)
    _refresh: dict[str, _Refresh] = field(default_factory=dict, repr=False)
    _codes: dict[str, _Code] = field(default_factory=dict, repr=False)
    _every_refresh: set[str] = field(default_factory=set, repr=False)
    _devices: dict[str, _Device] = field(default_factory=dict, repr=False)
    # (user lowercased, client ID) -> the API scopes the user consented to
    _consent: dict[tuple[str, str], set[str]] = field(default_factory=dict, repr=False)

    # --- addresses ---------------------------------------------------------------------
    @property
    def authority(self) -> str:
        """msal's ``authority`` (and the Google-style discovery base)."""
        return f"https://localhost:{self.port}/{self.tenant}"

    @property
    def issuer(self) -> str:
        return self.authority

    @property
    def authorization_endpoint(self) -> str:
        return f"{self.authority}/oauth2/v2.0/authorize"

    @property
    def token_endpoint(self) -> str:
        return f"{self.authority}/oauth2/v2.0/token"

    @property
    def device_authorization_endpoint(self) -> str:
        return f"{self.authority}/oauth2/v2.0/devicecode"

    @property
    def revocation_endpoint(self) -> str:
        return f"{self.authority}/oauth2/v2.0/revoke"

    @property
    def introspection_endpoint(self) -> str:
        """RFC 7662 token introspection (POST ``token=…``), for the IMAP server."""
        return f"{self.authority}/oauth2/v2.0/introspect"

    # --- assertions and actions --------------------------------------------------------
    def now(self) -> float:
        """The server's clock: the real one plus ``clock_offset``."""
        return time.time() + self.clock_offset

    @property
    def issued(self) -> dict[str, float]:
        """Every access token issued so far and its expiry (server clock)."""
        with self._lock:
            return {token: entry.expires for token, entry in self._access.items()}

    def token_valid(self, token: str) -> bool:
        """Issued here, not revoked and not expired (by the server's clock)."""
        with self._lock:
            entry = self._access.get(token)
            return entry is not None and not entry.revoked and entry.expires > self.now()

    def who(self, token: str) -> str | None:
        """The user an access token was issued to, valid or not."""
        with self._lock:
            entry = self._access.get(token)
            return entry.user if entry else None

    def accepts(self, user: str, token: str) -> bool:
        """What a mail server checks for ``AUTH XOAUTH2``: a valid token issued to ``user``
        (case-insensitively); fits ``Behaviour(xoauth2=...)``."""
        owner = self.who(token)
        return owner is not None and owner.lower() == user.lower() and self.token_valid(token)

    def scopes_of(self, token: str) -> frozenset[str]:
        """The API scopes an access token was issued for (empty if unknown)."""
        with self._lock:
            entry = self._access.get(token)
            return entry.scopes if entry else frozenset()

    def consented(self, user: str, client_id: str) -> frozenset[str]:
        """The API scopes ``user`` may use with ``client_id``: those the user consented to,
        and those an administrator approved for everyone."""
        with self._lock:
            return frozenset(self._consent.get((user.lower(), client_id), set())) | frozenset(
                self.admin_approved or ()
            )

    def _refused_by_policy(self, scopes: list[str]) -> bool:
        """Whether the tenant's policy refuses a sign-in asking for ``scopes`` (API scopes
        beyond those an administrator approved; users may not consent to more)."""
        approved = self.admin_approved
        if approved is None:
            return False
        refused = any(s not in _OIDC_SCOPES and s not in approved for s in scopes)
        if refused:
            with self._lock:
                self.policy_refusals += 1
        return refused

    def refresh_tokens_issued(self) -> set[str]:
        """Every refresh token handed out so far, revoked and rolled ones included (to scan
        files and output for leaks)."""
        with self._lock:
            return set(self._every_refresh)

    def revoke_refresh_tokens(self) -> None:
        """Every refresh token so far stops working (AADSTS70008), as after a password reset
        or an administrator's "revoke sessions"."""
        with self._lock:
            self._refresh.clear()

    def revoke_access_tokens(self) -> None:
        with self._lock:
            for entry in self._access.values():
                entry.revoked = True

    def expire_access_tokens(self) -> None:
        """Every access token so far is past its expiry (for the mail server; see the module
        notes for msal's own view)."""
        with self._lock:
            for entry in self._access.values():
                entry.expires = min(entry.expires, self.now() - 1)

    # --- the endpoints -----------------------------------------------------------------
    def answer(self, method: str, path: str, query: dict[str, str], form: dict[str, str]) -> _Reply:
        """The HTTP answer to one request (called from the server's threads)."""
        with self._lock:
            self.requests.append((path, form.get("grant_type")))
        if self.down:
            return _json(
                503,
                {"error": "temporarily_unavailable", "error_description": "Service down."},
                **{"Retry-After": "0"},
            )
        base = f"/{self.tenant}"
        route = path[len(base) :] if path.startswith(base + "/") else ""
        if method == "GET" and route in (
            "/v2.0/.well-known/openid-configuration",
            "/.well-known/openid-configuration",
        ):
            return _json(200, self._discovery())
        if method == "GET" and route == "/discovery/v2.0/keys":
            return _json(200, {"keys": []})
        if method == "GET" and route == "/oauth2/v2.0/authorize":
            return self._authorize(query)
        if method == "POST" and route == "/oauth2/v2.0/devicecode":
            return self._device_code(form)
        if method == "POST" and route == "/oauth2/v2.0/token":
            return self._token(form)
        if method == "POST" and route == "/oauth2/v2.0/revoke":
            return self._revoke(form)
        if method == "POST" and route == "/oauth2/v2.0/introspect":
            return self._introspect(form)
        return _oauth_error("invalid_request", f"No such endpoint: {method} {path}", 404)

    def _discovery(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": self.authorization_endpoint,
            "token_endpoint": self.token_endpoint,
            "device_authorization_endpoint": self.device_authorization_endpoint,
            "revocation_endpoint": self.revocation_endpoint,
            "introspection_endpoint": self.introspection_endpoint,
            "jwks_uri": f"{self.authority}/discovery/v2.0/keys",
            "response_types_supported": ["code"],
            "response_modes_supported": ["query", "form_post"],
            "grant_types_supported": ["authorization_code", "refresh_token", DEVICE_GRANT],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["none"],
            "code_challenge_methods_supported": ["S256", "plain"],
            "token_endpoint_auth_methods_supported": ["none", "client_secret_post"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "claims_supported": [*_CLAIMS, "nonce"],
        }

    def _unknown_client(self, client_id: str) -> bool:
        return self.client_id is not None and client_id != self.client_id

    def _authorize(self, query: dict[str, str]) -> _Reply:
        with self._lock:
            self.authorize_requests.append(dict(query))
        redirect = query.get("redirect_uri", "")
        target = urlsplit(redirect)
        if target.scheme != "http" or target.hostname not in ("localhost", "127.0.0.1"):
            # like a real IdP: never redirect to an address it cannot vouch for
            return _oauth_error("invalid_request", "redirect_uri must be a loopback address")
        response: dict[str, str] = {}
        client_id = query.get("client_id", "")
        problem = self.authorize_error
        if problem is None and self._unknown_client(client_id):
            problem = aad_error(700016, client_id=client_id)
        if problem is None and query.get("response_type") != "code":
            problem = {"error": "unsupported_response_type"}
        if problem is None and self._refused_by_policy(query.get("scope", "").split()):
            # "Need admin approval": the person can only go back without consenting
            problem = aad_error(65004, client_id=client_id) | {
                "error_subcode": "cancel",
                "error_uri": "https://login.microsoftonline.com/error?code=65004",
            }
        if problem is not None:
            response = {
                key: str(problem[key])
                for key in ("error", "error_description", "error_uri", "error_subcode")
                if key in problem
            }
        else:
            code = secrets.token_urlsafe(32)
            with self._lock:
                self._codes[code] = _Code(
                    user=self.user,
                    client_id=client_id,
                    redirect_uri=redirect,
                    scopes=query.get("scope", "").split(),
                    challenge=query.get("code_challenge", ""),
                    method=query.get("code_challenge_method", "plain"),
                    nonce=query.get("nonce", ""),
                    expires=time.time() + 600,
                )
            response["code"] = code
            if query.get("client_info") == "1":
                response["client_info"] = self._client_info(self.user)
        if "state" in query:
            response["state"] = query["state"]
        if query.get("response_mode") == "form_post":
            return self._form_post(redirect, response)
        joiner = "&" if target.query else "?"
        return 302, {"Location": redirect + joiner + urlencode(response)}, b""

    @staticmethod
    def _form_post(action: str, fields: Mapping[str, str]) -> _Reply:
        """Entra's form_post page: a form the browser submits at once."""
        inputs = "".join(
            f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}"/>'
            for k, v in fields.items()
        )
        page = (
            "<html><head><title>Working...</title></head><body>"
            f'<form method="POST" name="hiddenform" action="{html.escape(action)}">'
            f"{inputs}<noscript><p>Script is disabled. Click Submit to continue.</p>"
            '<input type="submit" value="Submit"/></noscript></form>'
            "<script>document.forms[0].submit();</script></body></html>"
        )
        return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode()

    def _device_code(self, form: dict[str, str]) -> _Reply:
        client_id = form.get("client_id", "")
        if self.device_code_error is not None:
            return _json(400, self.device_code_error)
        if self._unknown_client(client_id):
            return _json(400, aad_error(700016, client_id=client_id))
        device_code = secrets.token_urlsafe(48)
        letters = "BCDFGHJKLMNPQRSTVWXZ"
        user_code = "".join(secrets.choice(letters) for _ in range(8))
        user_code = f"{user_code[:4]}-{user_code[4:]}"
        with self._lock:
            self._devices[device_code] = _Device(
                client_id, form.get("scope", "").split(), time.time() + self.device_lifetime
            )
        return _json(
            200,
            {
                "user_code": user_code,
                "device_code": device_code,
                "verification_uri": VERIFICATION_URI,
                "expires_in": self.device_lifetime,
                "interval": self.poll_interval,
                "message": f"To sign in, use a web browser to open the page {VERIFICATION_URI}"
                f" and enter the code {user_code} to authenticate.",
            },
        )

    def _token(self, form: dict[str, str]) -> _Reply:
        grant = form.get("grant_type", "")
        client_id = form.get("client_id", "")
        with self._lock:
            if grant == DEVICE_GRANT:
                self.device_polls += 1
            elif grant == "refresh_token":
                self.refresh_grants += 1
            elif grant == "authorization_code":
                self.code_grants += 1
            else:
                return _oauth_error("unsupported_grant_type", f"Grant type {grant!r}.")
        if self.token_error is not None:
            return _json(400, self.token_error)
        if self._unknown_client(client_id):
            return _json(400, aad_error(700016, client_id=client_id))
        info = form.get("client_info") == "1"
        if grant == DEVICE_GRANT:
            return self._device_grant(form.get("device_code", ""), client_id, info)
        if grant == "refresh_token":
            return self._refresh_grant(form, client_id, info)
        return self._code_grant(form, client_id, info)

    def _device_grant(self, device_code: str, client_id: str, info: bool) -> _Reply:
        with self._lock:
            device = self._devices.get(device_code)
            if device is None or device.done or device.client_id != client_id:
                return _oauth_error("invalid_grant", "The device code is not valid.")
            if time.time() > device.expires:
                device.done = True
                return _oauth_error("expired_token", "The device code has expired.")
            device.polls += 1
            if device.polls <= self.slow_down_polls:
                return _oauth_error("slow_down", "Polling too fast.")
            if device.polls <= self.slow_down_polls + self.pending_polls:
                return _oauth_error(
                    "authorization_pending",
                    "AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. "
                    "Continue polling.",
                )
            device.done = True
        outcome = self.device_outcome
        if outcome is not None:
            described = {
                "expired_token": "The device code has expired.",
                "access_denied": "The end user denied the authorization request.",
                "authorization_declined": "The end user denied the authorization request.",
            }
            return _oauth_error(outcome, described.get(outcome, ""))
        if self._refused_by_policy(device.scopes):
            return _json(400, aad_error(self.policy_error, client_id=client_id, user=self.user))
        self._record_consent(self.user, client_id, device.scopes)
        return _json(200, self._issue(self.user, client_id, device.scopes, info=info))

    def _record_consent(self, user: str, client_id: str, scopes: list[str]) -> None:
        """The user approved these scopes at a sign-in: kept for later refresh grants
        (not where users may not consent: the administrator's approval serves instead)."""
        if self.admin_approved is not None:
            return
        with self._lock:
            kept = self._consent.setdefault((user.lower(), client_id), set())
            kept.update(s for s in scopes if s not in _OIDC_SCOPES)

    def _refresh_grant(self, form: dict[str, str], client_id: str, info: bool) -> _Reply:
        token = form.get("refresh_token", "")
        with self._lock:
            entry = self._refresh.get(token)
        if entry is None or entry.client_id != client_id:
            return _json(400, aad_error(_REFRESH_DEAD, client_id=client_id))
        scopes = form.get("scope", "").split() or entry.scopes
        wanted = frozenset(s for s in scopes if s not in _OIDC_SCOPES)
        with self._lock:
            self.refresh_scopes.append(wanted)
        consented = self.consented(entry.user, client_id)
        if not wanted <= consented:
            # Entra: a scope the user never approved; the refresh token stays usable
            return _json(400, aad_error(65001, client_id=client_id))
        with self._lock:
            # rolling: the token is spent; a spent, revoked or unknown one is dead
            if self._refresh.pop(token, None) is None:
                return _json(400, aad_error(_REFRESH_DEAD, client_id=client_id))
        return _json(200, self._issue(entry.user, client_id, scopes, info=info))

    def _code_grant(self, form: dict[str, str], client_id: str, info: bool) -> _Reply:
        with self._lock:
            code = self._codes.pop(form.get("code", ""), None)
        if code is None or time.time() > code.expires:
            return _oauth_error(
                "invalid_grant",
                "AADSTS54005: OAuth2 Authorization code was already redeemed, please retry "
                "with a new valid code or use an existing refresh token.",
            )
        if code.client_id != client_id or code.redirect_uri != form.get("redirect_uri"):
            return _oauth_error(
                "invalid_grant",
                "AADSTS50148: The client_id or redirect_uri does not match the one used in "
                "the authorization request.",
            )
        verifier = form.get("code_verifier", "")
        if code.challenge:
            expected = (
                _b64url(hashlib.sha256(verifier.encode()).digest())
                if code.method == "S256"
                else verifier
            )
            if not secrets.compare_digest(expected, code.challenge):
                return _oauth_error(
                    "invalid_grant",
                    "AADSTS501481: The Code_Verifier does not match the code_challenge "
                    "supplied in the authorization request.",
                )
        scopes = form.get("scope", "").split() or code.scopes
        self._record_consent(code.user, client_id, code.scopes)
        body = self._issue(code.user, client_id, scopes, info=info, nonce=code.nonce)
        return _json(200, body)

    def _introspect(self, form: dict[str, str]) -> _Reply:
        """RFC 7662: active only for a current token that may read mail (a mailbox scope);
        an inactive token's answer says nothing else about it."""
        token = form.get("token", "")
        with self._lock:
            entry = self._access.get(token)
        active = (
            entry is not None and self.token_valid(token) and bool(entry.scopes & MAILBOX_SCOPES)
        )
        with self._lock:
            self.introspections.append(active)
        if not active or entry is None:
            return _json(200, {"active": False})
        return _json(
            200,
            {
                "active": True,
                "scope": " ".join(sorted(entry.scopes)),
                "username": entry.user,
                "token_type": "Bearer",
                "exp": int(entry.expires),
            },
        )

    def _revoke(self, form: dict[str, str]) -> _Reply:
        token = form.get("token", "")
        with self._lock:
            self._refresh.pop(token, None)
            if token in self._access:
                self._access[token].revoked = True
        return 200, {"Content-Type": "text/plain"}, b""

    # --- tokens ------------------------------------------------------------------------
    @staticmethod
    def _ids(user: str) -> tuple[str, str]:
        """A user's object ID and subject: stable, so msal sees one account per user."""
        oid = uuid.uuid5(uuid.NAMESPACE_URL, f"oid:{user.lower()}")
        sub = uuid.uuid5(uuid.NAMESPACE_URL, f"sub:{user.lower()}")
        return str(oid), _b64url(sub.bytes)

    def _client_info(self, user: str) -> str:
        return _b64json({"uid": self._ids(user)[0], "utid": self.tenant_id})

    def _issue(
        self, user: str, client_id: str, scopes: list[str], *, info: bool, nonce: str = ""
    ) -> dict[str, Any]:
        now = self.now()
        lifetime = self.access_lifetime
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(48)
        granted = [s for s in scopes if s not in _OIDC_SCOPES] or scopes
        with self._lock:
            self._access[access] = _Access(user, now + lifetime, frozenset(granted))
            self._refresh[refresh] = _Refresh(user, client_id, list(scopes))
            self._every_refresh.add(refresh)
        body: dict[str, Any] = {
            "token_type": "Bearer",
            "scope": " ".join(granted),
            "expires_in": lifetime,
            "ext_expires_in": lifetime,
            "access_token": access,
            "refresh_token": refresh,
        }
        if "openid" in scopes:
            oid, sub = self._ids(user)
            claims: dict[str, Any] = {
                "aud": client_id,
                "iss": self.issuer,
                "iat": int(now),
                "nbf": int(now),
                "exp": int(now) + 3600,
                "name": self.display_name,
                "oid": oid,
                "preferred_username": user,
                "sub": sub,
                "tid": self.tenant_id,
                "ver": "2.0",
            }
            if nonce:
                claims["nonce"] = nonce
            body["id_token"] = f"{_b64json({'typ': 'JWT', 'alg': 'none'})}.{_b64json(claims)}."
        if info:
            body["client_info"] = self._client_info(user)
        return body


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    timeout = TIMEOUT
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers at shutdown

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        url = urlsplit(self.path)
        form: dict[str, str] = {}
        if method == "POST":
            try:
                length = min(int(self.headers.get("Content-Length") or 0), 1 << 16)
            except ValueError:
                length = 0
            body = self.rfile.read(length).decode("utf-8", "replace")
            form = _first(parse_qs(body, keep_blank_values=True))
        query = _first(parse_qs(url.query, keep_blank_values=True))
        status, headers, payload = self.server.oauth.answer(method, url.path, query, form)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: request lines carry codes and tokens."""


class _HTTPServer(ThreadingHTTPServer):
    """TLS per connection in the connection's own thread, so a client that never finishes
    its handshake holds up nobody; every socket times out."""

    daemon_threads = True
    oauth: OAuthServer

    def __init__(self, context: ssl.SSLContext) -> None:
        self.context = context
        super().__init__(("127.0.0.1", 0), _Handler)

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)  # without HTTPServer's slow getfqdn()
        self.server_name = "localhost"
        self.server_port = int(self.server_address[1])

    def finish_request(self, request: Any, client_address: Any) -> None:
        plain = cast(socket.socket, request)
        plain.settimeout(TIMEOUT)
        try:
            secure = self.context.wrap_socket(plain, server_side=True)
        except OSError:  # a failed handshake, including ssl.SSLError
            return
        try:
            _Handler(secure, client_address, self)
        finally:
            secure.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a client hanging up mid-answer is not the server's problem."""


@contextmanager
def oauth_server(certs: Certificates, *, tenant: str = "organizations") -> Iterator[OAuthServer]:
    """The identity provider on https://localhost:<free port>/<tenant>, with a certificate
    from the tests' CA, until the block ends."""
    httpd = _HTTPServer(certs.server_context("localhost", "127.0.0.1"))
    server = OAuthServer(port=int(httpd.server_address[1]), tenant=tenant)
    httpd.oauth = server
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(TIMEOUT)
