"""Sign in with Microsoft through msal's public-client flows.

The token cache is read from the credential store when a token is needed, used, written
back when msal changed it (a refresh rolls the refresh token), and cleared from memory
again: the application object outlives one sign-in (it knows the authority's endpoints),
the tokens do not.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import msal

from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.errors import Cancelled, OAuthProblem
from smtp_desk.core.oauth_apps import OAuthApp
from smtp_desk.core.oauth_http import UNREACHABLE, https_session
from smtp_desk.core.oauth_problems import problem_from_reply, unreachable
from smtp_desk.core.token_vault import TokenVault

__all__ = ["MicrosoftClient"]

log = logging.getLogger(__name__)

# msal logs a token endpoint's whole answer when it cannot read it, tokens included: its
# records go nowhere (SMTP Desk logs what matters in its own words).
_msal_log = logging.getLogger("msal")
_msal_log.addHandler(logging.NullHandler())
_msal_log.propagate = False

_POLL_SECONDS = (1, 60)  # the device flow's polling interval, whatever the service says

Reply = dict[str, Any]


class MicrosoftClient:
    """msal's PublicClientApplication for one account, its cache in the credential store."""

    service = "Microsoft"

    def __init__(self, app: OAuthApp, vault: TokenVault, entry: str) -> None:
        self._app, self._vault, self._entry = app, vault, entry
        self._cache = msal.SerializableTokenCache()
        self._msal: msal.PublicClientApplication | None = None
        self._lock = threading.Lock()

    # ----- the flows ---------------------------------------------------------------------

    def silent(self, user: str, scopes: tuple[str, ...]) -> Reply:
        """A current access token for ``user`` and ``scopes``, refreshed if it is near its
        end. The refresh token serves every scope of the resource that was consented to
        (AADSTS65001 when ``scopes`` were not: the refresh token stays as it was)."""
        with self._loaded() as pca:
            account = _account_for(pca, user)
            if account is None:
                raise OAuthProblem(
                    DiagnosisCategory.SIGN_IN_NEEDED.value,
                    f"SMTP Desk is not signed in to {user} with Microsoft yet",
                )
            reply = self._call(lambda: pca.acquire_token_silent_with_error(list(scopes), account))
        if reply is None:
            raise OAuthProblem(
                DiagnosisCategory.SIGN_IN_NEEDED.value,
                f"the Microsoft sign-in for {user} has ended",
            )
        return self._checked(reply)

    def start_device_flow(self, scopes: tuple[str, ...] | None = None) -> Reply:
        """A new code asking consent for ``scopes`` (by default, every purpose's)."""
        pca = self._pca()
        wanted = list(scopes or self._app.sign_in_scopes)
        flow = self._call(lambda: pca.initiate_device_flow(scopes=wanted))
        if "user_code" not in flow:
            raise problem_from_reply(flow, service=self.service)
        return dict(flow)

    def finish_device_flow(self, flow: Reply, cancelled: Callable[[], bool]) -> Reply:
        low, high = _POLL_SECONDS
        flow = dict(flow, interval=min(max(_whole(flow.get("interval"), 5), low), high))
        expires_at = float(_whole(flow.get("expires_at"), 0))

        def stop(_flow: Reply) -> bool:
            return cancelled() or time.time() > expires_at

        with self._loaded() as pca:
            reply = self._call(lambda: pca.acquire_token_by_device_flow(flow, exit_condition=stop))
        if cancelled():
            raise Cancelled("cancelled")
        return self._checked(reply)

    def with_browser(
        self,
        user: str,
        timeout: float,
        scopes: tuple[str, ...] | None = None,
        *,
        again: bool = False,
    ) -> Reply:
        """The browser sign-in asking consent for ``scopes`` (by default, every
        purpose's). ``again``: straight after a sign-in in the same browser, so its session
        serves and no account is asked for (the person picked one moments ago)."""
        wanted = list(scopes or self._app.sign_in_scopes)
        prompt = None if again else msal.Prompt.SELECT_ACCOUNT
        with self._loaded() as pca:
            reply = self._call(
                lambda: pca.acquire_token_interactive(
                    wanted, login_hint=user or None, prompt=prompt, timeout=timeout
                )
            )
        return self._checked(reply)

    def signed_in(self, user: str) -> bool:
        """Whether the credential store holds a sign-in for ``user`` (no network)."""
        cache = msal.SerializableTokenCache()
        if not _deserialize(cache, self._vault.load(self._entry)):
            return False
        try:
            accounts = list(cache.search(msal.TokenCache.CredentialType.ACCOUNT))
        except (AttributeError, TypeError, ValueError):
            return False  # damaged: as if not signed in (signing in again repairs it)
        return any(str(a.get("username", "")).lower() == user.lower() for a in accounts)

    def forget(self, user: str) -> None:
        """Remove ``user``'s tokens, keeping nothing of another account either."""
        self._vault.delete(self._entry)

    def drop_other_accounts(self, user: str) -> None:
        """After a sign-in with the wrong account: remove every account but ``user``."""
        with self._loaded() as pca:
            for account in pca.get_accounts():
                if str(account.get("username", "")).lower() != user.lower():
                    pca.remove_account(account)

    # ----- plumbing ----------------------------------------------------------------------

    def _pca(self) -> msal.PublicClientApplication:
        if self._msal is None:
            self._msal = self._call(
                lambda: msal.PublicClientApplication(
                    self._app.client_id,
                    authority=self._app.authority,
                    token_cache=self._cache,
                    http_client=https_session(),
                    instance_discovery=urlsplit(self._app.authority).hostname not in _LOOPBACK,
                )
            )
        return self._msal

    def _loaded(self) -> _LoadedCache:
        return _LoadedCache(self)

    def _call(self, work: Callable[[], Any]) -> Any:
        try:
            return work()
        except UNREACHABLE as exc:
            raise unreachable(self.service, exc) from None
        except msal.exceptions.MsalServiceError as exc:  # an HTTP error status (503 …)
            log.warning("Microsoft sign-in service error: %s", exc)
            raise unreachable(self.service, exc) from None
        except (TypeError, OverflowError, KeyError, json.JSONDecodeError) as exc:
            log.warning("Microsoft sign-in service answered unreadably (%s)", type(exc).__name__)
            raise OAuthProblem(
                DiagnosisCategory.OAUTH_UNREACHABLE.value,
                "the Microsoft sign-in service gave an answer that cannot be read",
                detail="Microsoft: an unreadable answer from the sign-in service (a proxy "
                "or an outage page?)",
            ) from None
        except msal.exceptions.MsalError as exc:
            raise OAuthProblem(
                DiagnosisCategory.SIGN_IN_DECLINED.value,
                "the sign-in was not finished",
                detail=f"Microsoft: {str(exc)[:200]}",
            ) from None
        except RuntimeError as exc:  # msal: no browser answered before the time ran out
            raise OAuthProblem(
                DiagnosisCategory.SIGN_IN_DECLINED.value,
                "the sign-in in the browser was not finished in time",
                detail=f"Microsoft: {str(exc)[:200]}",
            ) from None
        except ValueError as exc:  # msal: the authority's configuration could not be read
            log.warning("Microsoft sign-in configuration problem: %s", exc)
            raise OAuthProblem(
                DiagnosisCategory.OAUTH_NOT_SET_UP.value,
                "the Microsoft sign-in settings (tenant or authority) were not accepted",
                detail=f"Microsoft: {str(exc)[:300]}",
            ) from None

    def _checked(self, reply: Reply | None) -> Reply:
        if not reply or "access_token" not in reply:
            raise problem_from_reply(reply or {"error": "no_token"}, service=self.service)
        return reply


# Authorities are checked against Microsoft's list of clouds, except one on this very
# computer (a test's, or a local proxy's), which cannot be in that list.
_LOOPBACK = ("localhost", "127.0.0.1", "::1")


class _LoadedCache:
    """``with`` block: the token cache is loaded from the credential store, written back
    if msal changed it (and nobody else changed the stored one meanwhile), and emptied
    from memory at the end."""

    def __init__(self, client: MicrosoftClient) -> None:
        self._client = client
        self._loaded_text: str | None = None

    def __enter__(self) -> msal.PublicClientApplication:
        client = self._client
        client._lock.acquire()
        try:
            pca = client._pca()
            self._loaded_text = client._vault.load(client._entry)
            _deserialize(client._cache, self._loaded_text)
            try:
                pca.get_accounts()
            except (AttributeError, TypeError, ValueError, KeyError):
                client._cache.deserialize(None)  # damaged inside: start afresh
        except BaseException:
            client._lock.release()
            raise
        return pca

    def __exit__(self, *exc: object) -> None:
        client = self._client
        try:
            # written back only over what was read: a sign-out (or another program's
            # renewal) while this one talked to Microsoft is not undone
            unchanged = client._vault.load(client._entry) == self._loaded_text
            if client._cache.has_state_changed and unchanged:
                client._vault.save(client._entry, client._cache.serialize())
        finally:
            client._cache.deserialize(None)  # no token stays in memory
            client._lock.release()


def _deserialize(cache: msal.SerializableTokenCache, text: str | None) -> bool:
    """Load ``text`` into ``cache``; a damaged sign-in loads as none (False)."""
    try:
        cache.deserialize(text)
        if not isinstance(cache._cache, dict):  # valid JSON, but not a token cache
            raise ValueError("not a token cache")
    except (ValueError, TypeError):
        cache.deserialize(None)
        return False
    return bool(text)


def _whole(value: object, default: int) -> int:
    try:
        return int(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return default


def _account_for(pca: msal.PublicClientApplication, user: str) -> dict[str, Any] | None:
    wanted = user.lower()
    return next(
        (a for a in pca.get_accounts() if str(a.get("username", "")).lower() == wanted), None
    )
