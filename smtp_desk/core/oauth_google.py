"""Sign in with Google: the desktop flow (system browser, loopback redirect, PKCE) and
silent refreshes, for Gmail or Workspace with the society's own OAuth client.

Google offers no device-code sign-in for mail, so the command line opens the browser too.
A Google "Desktop app" client comes with a client secret that Google itself says is not
secret for installed apps; SMTP Desk still keeps it only in the credential store (or the
installation's built-in file), never in the settings file.

What is kept, in the credential store: ``{"user", "refresh_token", "access_token",
"expires_at"}``.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import secrets
import threading
import time
import webbrowser
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from smtp_desk.core.account import SignInMethod
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.errors import OAuthProblem
from smtp_desk.core.oauth_apps import OAuthApp, built_in_client
from smtp_desk.core.oauth_http import UNREACHABLE, https_session
from smtp_desk.core.oauth_problems import problem_from_reply, unreachable
from smtp_desk.core.token_vault import TokenVault

__all__ = ["GoogleClient", "client_secret_entry"]

Reply = dict[str, Any]
_MARGIN = 300  # renew an access token this many seconds before it ends


def client_secret_entry(client_id: str) -> str:
    """The credential-store entry holding a Google client's secret."""
    return f"google-client-secret:{client_id}"


class GoogleClient:
    service = "Google"

    def __init__(self, app: OAuthApp, vault: TokenVault, entry: str) -> None:
        self._app, self._vault, self._entry = app, vault, entry
        self._endpoints: dict[str, str] = {}
        self._lock = threading.Lock()

    def silent(self, user: str, scopes: tuple[str, ...]) -> Reply:
        """A current access token for ``user``. Google's one mail scope serves sending and
        the mailbox alike, so ``scopes`` (always that one) changes nothing."""
        with self._lock:
            kept = self._kept()
            if not kept or str(kept.get("user", "")).lower() != user.lower():
                raise OAuthProblem(
                    DiagnosisCategory.SIGN_IN_NEEDED.value,
                    f"SMTP Desk is not signed in to {user} with Google yet",
                )
            left = float(kept.get("expires_at", 0)) - time.time()
            if kept.get("access_token") and left > _MARGIN:
                return {
                    "access_token": kept["access_token"],
                    "expires_in": int(left),
                    "token_source": "cache",
                }
            loaded = self._vault.load(self._entry)
            reply = self._token(
                grant_type="refresh_token", refresh_token=str(kept.get("refresh_token", ""))
            )
            if self._vault.load(self._entry) == loaded:  # not signed out meanwhile
                self._keep(user, reply, previous=kept)
            return reply

    def start_device_flow(self, scopes: tuple[str, ...] | None = None) -> Reply:
        raise OAuthProblem(
            DiagnosisCategory.OAUTH_NOT_SET_UP.value,
            "Google offers no sign-in code for mail: sign in through the browser",
        )

    def finish_device_flow(self, flow: Reply, cancelled: Callable[[], bool]) -> Reply:
        return self.start_device_flow()

    def with_browser(
        self,
        user: str,
        timeout: float,
        scopes: tuple[str, ...] | None = None,
        *,
        again: bool = False,
    ) -> Reply:
        """The browser sign-in asking consent for ``scopes`` (by default, every purpose's:
        Google's one mail scope, so SMTP Desk never signs in again for less). ``again``
        changes nothing: Google gives a refresh token only with its consent screen."""
        wanted = scopes or self._app.sign_in_scopes
        verifier = secrets.token_urlsafe(48)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        state = secrets.token_urlsafe(16)
        with _Receiver(timeout) as receiver:
            query = urlencode(
                {
                    "client_id": self._app.client_id,
                    "redirect_uri": receiver.redirect_uri,
                    "response_type": "code",
                    "scope": " ".join(("openid", "email", *wanted)),
                    "code_challenge": challenge.decode().rstrip("="),
                    "code_challenge_method": "S256",
                    "state": state,
                    "access_type": "offline",
                    "prompt": "consent",  # else Google gives no new refresh token
                    "login_hint": user,
                }
            )
            url = f"{self._endpoint('authorization_endpoint')}?{query}"
            if not webbrowser.open(url):
                raise OAuthProblem(
                    DiagnosisCategory.SIGN_IN_DECLINED.value,
                    "no browser could be opened on this computer",
                )
            answer = receiver.wait()
        if answer.get("state") != state:
            raise OAuthProblem(DiagnosisCategory.SIGN_IN_DECLINED.value, "the sign-in was not ours")
        if "code" not in answer:
            raise problem_from_reply(answer, service=self.service)
        reply = self._token(
            grant_type="authorization_code",
            code=answer["code"],
            code_verifier=verifier,
            redirect_uri=receiver.redirect_uri,
        )
        reply["id_token_claims"] = _claims(str(reply.get("id_token", "")))
        claims = reply["id_token_claims"]
        who = str(claims.get("email") or claims.get("preferred_username") or "")
        if who and who.lower() == user.lower():
            with self._lock:
                self._keep(who, reply, previous={})
        return reply  # someone else, or nobody named: OAuthSignIn refuses it

    def signed_in(self, user: str) -> bool:
        kept = self._kept()
        return bool(kept) and str(kept.get("user", "")).lower() == user.lower()

    def forget(self, user: str) -> None:
        self._vault.delete(self._entry)

    def drop_other_accounts(self, user: str) -> None:
        if not self.signed_in(user):
            self._vault.delete(self._entry)

    # ----- plumbing ----------------------------------------------------------------------

    def _kept(self) -> Reply:
        """The kept sign-in, or {} when there is none or it is damaged."""
        text = self._vault.load(self._entry)
        try:
            data = json.loads(text) if text else {}
            if not isinstance(data, dict):
                return {}
            float(data.get("expires_at", 0))
        except (ValueError, TypeError, OverflowError):
            return {}
        return data

    def _keep(self, user: str, reply: Reply, *, previous: Reply) -> None:
        kept = {
            "user": user,
            "refresh_token": reply.get("refresh_token") or previous.get("refresh_token", ""),
            "access_token": reply["access_token"],
            "expires_at": time.time() + _lifetime(reply.get("expires_in")),
        }
        self._vault.save(self._entry, json.dumps(kept))

    def _secret(self) -> str:
        entry = client_secret_entry(self._app.client_id)
        kept = self._vault.store.get(entry)
        if kept:
            return kept
        return built_in_client(SignInMethod.GOOGLE, "client_secret") if self._app.built_in else ""

    def _token(self, **form: str) -> Reply:
        data = {"client_id": self._app.client_id, **form}
        if secret := self._secret():
            data["client_secret"] = secret
        try:
            response = https_session().post(self._endpoint("token_endpoint"), data=data)
        except UNREACHABLE as exc:
            raise unreachable(self.service, exc) from None
        try:
            reply = response.json()
        except ValueError:
            reply = {"error": "server_error", "error_description": f"HTTP {response.status_code}"}
        if not isinstance(reply, dict) or "access_token" not in reply:
            raise problem_from_reply(reply if isinstance(reply, dict) else {}, service="Google")
        return reply

    def _endpoint(self, name: str) -> str:
        if not self._endpoints:
            url = f"{self._app.authority}/.well-known/openid-configuration"
            try:
                found = https_session().get(url).json()
            except UNREACHABLE as exc:
                raise unreachable(self.service, exc) from None
            except ValueError:
                found = {}
            if not isinstance(found, dict) or not str(found.get(name, "")).startswith("https://"):
                raise OAuthProblem(
                    DiagnosisCategory.OAUTH_NOT_SET_UP.value,
                    "the Google sign-in address does not answer as Google does",
                    detail=f"Google: no https {name} at {url}",
                )
            self._endpoints = {k: str(v) for k, v in found.items() if isinstance(v, str)}
        return self._endpoints[name]


def _lifetime(value: object) -> float:
    """A token's lifetime in seconds as the service gave it, within sense (0 to a day)."""
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return 3600.0
    return min(max(seconds, 0.0), 86400.0) if seconds == seconds else 3600.0


def _claims(id_token: str) -> dict[str, Any]:
    """The ID token's claims (it came straight from the token endpoint over verified
    HTTPS, which OpenID Connect accepts in place of checking its signature)."""
    try:
        part = id_token.split(".")[1]
        data = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (IndexError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class _Receiver:
    """The loopback redirect: one HTTP request on 127.0.0.1 carrying the code."""

    def __init__(self, timeout: float) -> None:
        self._timeout = timeout
        self._answer: dict[str, str] = {}
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            timeout = 5.0  # a browser that connects and says nothing cannot hold us

            def do_GET(self) -> None:
                query = parse_qs(urlsplit(self.path).query)
                receiver._answer = {k: v[0] for k, v in query.items() if v}
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(
                    b"<html><body><h2>SMTP Desk</h2><p>Signed in. You can close this "
                    b"window and return to SMTP Desk.</p></body></html>"
                )

            def log_message(self, format: str, *args: object) -> None:
                pass  # the query holds the code: never printed

        self._server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self._server.timeout = 1.0
        self.redirect_uri = f"http://127.0.0.1:{self._server.server_address[1]}/"

    def __enter__(self) -> _Receiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.server_close()

    def wait(self) -> dict[str, str]:
        deadline = time.monotonic() + self._timeout
        while not self._answer and time.monotonic() < deadline:
            self._server.handle_request()
        if not self._answer:
            return {"error": "access_denied", "error_description": "no answer in time"}
        return self._answer
