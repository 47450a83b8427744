"""Sign in with Microsoft (or Google): the account's :class:`~smtp_desk.core.signin.SignIn`
when it uses OAuth2, and the flows that sign a person in.

* :meth:`OAuthSignIn.credentials` is what a connection asks for as it signs in: a current
  access token for the sign-in's :class:`~smtp_desk.core.oauth_apps.TokenPurpose` (sending,
  or reading the mailbox), refreshed silently (and the rolled refresh token written back
  to the credential store), as :attr:`~smtp_desk.core.signin.Mechanism.XOAUTH2`
  credentials. It never waits for a person: when the sign-in is missing, expired or
  revoked it raises an :class:`~smtp_desk.core.errors.OAuthProblem` whose category says
  "Sign in again". The flows below ask consent for every purpose at once.
* :meth:`OAuthSignIn.start_device_flow` / :meth:`finish_device_flow` are the device-code
  sign-in (a code typed at microsoft.com/devicelogin on any device): the command line's
  ``smtp-desk signin``, and the window's fallback when no browser opens.
* :meth:`OAuthSignIn.sign_in_with_browser` opens the system browser on the service's
  sign-in page with a loopback redirect (the window's usual way).

Sending is never lost for the mailbox's sake. Where the organisation refuses the permission
to read the mailbox (Microsoft 365 tenants whose users may not consent to apps, and whose
IT admin approved only SMTP.Send: AADSTS65001, 90094, a declined consent or
``invalid_scope``), a sign-in that asked for both signs in for sending alone:

* the browser sign-in retries at once for SMTP.Send alone (the browser is still signed in,
  so the person sees at most a page flash by);
* the code sign-in cannot (a retry is a new code to type): it says in one sentence that
  sending works once they sign in again, and notes the refusal beside the account's token
  entry (:meth:`TokenVault.sending_only`), so that the next code asks only for SMTP.Send.
  After such a sign-in SMTP Desk asks silently for the mailbox's token once: if the admin
  has approved IMAP meanwhile, the sign-in serves both and the note goes.

Every browser sign-in asks for both first, so once the admin approves, signing in again
gives both; signing out forgets the note too. A sign-in for sending alone says so
(:attr:`SignedIn.mailbox`), and the mailbox's readers keep saying, in plain words, to ask
the IT admin to also approve IMAP.AccessAsUser.All. The command line and the window both
come here: the policy exists once.

Tokens are kept only in the OS credential store (:class:`~smtp_desk.core.token_vault.
TokenVault`), one entry per account.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from smtp_desk.core.account import AccountSettings, SignInMethod
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.diagnosis import Diagnosis, diagnose
from smtp_desk.core.errors import OAuthProblem
from smtp_desk.core.i18n import translate
from smtp_desk.core.oauth_apps import OAuthApp, TokenPurpose, oauth_app
from smtp_desk.core.oauth_problems import ScopesRefused
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.signin import Credentials, Mechanism, SignIn, StoredPassword
from smtp_desk.core.token_vault import TokenVault

__all__ = [
    "BROWSER_TIMEOUT",
    "DeviceCode",
    "OAuthSignIn",
    "SendingOnlyNext",
    "SignedIn",
    "printable",
    "sign_in_diagnosis",
    "sign_in_for",
]

log = logging.getLogger(__name__)

BROWSER_TIMEOUT = 300.0  # seconds to finish signing in in the browser

Reply = dict[str, Any]


class TokenClient(Protocol):
    """One identity service's flows (:class:`~smtp_desk.core.oauth_microsoft.
    MicrosoftClient`, :class:`~smtp_desk.core.oauth_google.GoogleClient`)."""

    service: str

    def silent(self, user: str, scopes: tuple[str, ...]) -> Reply: ...
    def start_device_flow(self, scopes: tuple[str, ...] | None = None) -> Reply: ...
    def finish_device_flow(self, flow: Reply, cancelled: Callable[[], bool]) -> Reply: ...
    def with_browser(
        self,
        user: str,
        timeout: float,
        scopes: tuple[str, ...] | None = None,
        *,
        again: bool = False,
    ) -> Reply: ...
    def signed_in(self, user: str) -> bool: ...
    def forget(self, user: str) -> None: ...
    def drop_other_accounts(self, user: str) -> None: ...


@dataclass(frozen=True)
class DeviceCode:
    """What the person is shown: open ``verification_uri`` and type ``user_code``.
    ``sending_only``: the code asks consent to send alone (the organisation refused the
    mailbox's permission last time)."""

    user_code: str
    verification_uri: str
    message: str
    expires_in: int
    flow: Reply = field(repr=False, compare=False)
    sending_only: bool = False


@dataclass(frozen=True)
class SignedIn:
    """A finished sign-in: who, with which service, how long the token lasts, and whether
    it also lets SMTP Desk read the mailbox (False: the organisation approved sending only)."""

    user: str
    service: str
    valid_for: int
    mailbox: bool = True

    def __str__(self) -> str:
        """What the person is told (in the window's language)."""
        signed_in = translate(
            "oauth",
            "Signed in to {service} as {user} (token valid for {minutes} min; it is "
            "renewed automatically).",
        ).format(service=self.service, user=self.user, minutes=self.valid_for // 60)
        if self.mailbox:
            mailbox = translate(
                "oauth", "Signing in also lets SMTP Desk read the Sent folder to confirm bills."
            )
        else:
            mailbox = translate(
                "oauth",
                "Signed in for sending only: the bills can be sent, but the Sent folder "
                "cannot be read to confirm them until reading the mailbox is approved too "
                "(for your IT admin: IMAP.AccessAsUser.All).",
            )
        return f"{signed_in} {mailbox}"


class SendingOnlyNext(OAuthProblem):
    """A code sign-in that asked to send and to read the mailbox was refused for its
    permissions; the next one asks only to send. Its message is the one sentence the
    person reads; ``action`` what to do."""

    def __init__(self, service: str, *, detail: str) -> None:
        super().__init__(
            DiagnosisCategory.SIGN_IN_NEEDED.value,
            translate(
                "oauth",
                "Your organisation does not let SMTP Desk read the mailbox, so this sign-in "
                "was refused; sending works once you sign in again, because SMTP Desk will "
                "then ask only to send.",
            ),
            detail=detail,
        )
        self.action = translate(
            "oauth",
            "Sign in again with a new code (Email Credentials > Use a code instead, or "
            "smtp-desk signin). To let SMTP Desk also confirm bills from the Sent folder, "
            "ask your IT admin to approve IMAP.AccessAsUser.All for {service} sign-in.",
        ).format(service=service)


class OAuthSignIn:
    """The account's sign-in with Microsoft or Google. Holds no token between calls.

    ``purpose`` chooses the scope :meth:`credentials` asks for: sending (SMTP, the
    default) or reading the mailbox (IMAP)."""

    def __init__(
        self,
        account: AccountSettings,
        store: SecretStore,
        *,
        purpose: TokenPurpose = TokenPurpose.SEND,
    ) -> None:
        if not account.sign_in.is_oauth:
            raise ValueError("this account signs in with a password")
        self.user = account.user
        self.purpose = purpose
        self._account, self._store = account, store
        self.app: OAuthApp = oauth_app(account)
        self._vault = TokenVault(store)
        self._entry = account.token_name
        self._client: TokenClient = _client(self.app, self._vault, self._entry)

    @property
    def service(self) -> str:
        return self.app.service

    def for_purpose(self, purpose: TokenPurpose) -> OAuthSignIn:
        """The same sign-in (the same credential store) asking for ``purpose``'s token."""
        return OAuthSignIn(self._account, self._store, purpose=purpose)

    def credentials(self) -> Credentials:
        self._require_client()
        try:
            reply = self._client.silent(self.user, self.app.scopes_for(self.purpose))
        except OAuthProblem as problem:
            raise self._for_purpose(problem) from None
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

    @property
    def sending_only_next(self) -> bool:
        """Whether the next code sign-in asks only to send (the organisation refused the
        mailbox's permission at the last one)."""
        return self._can_send_alone and self._vault.sending_only(self._entry)

    def start_device_flow(self) -> DeviceCode:
        self._require_client()
        sending_only = self.sending_only_next
        scopes = self.app.send_scopes if sending_only else self.app.sign_in_scopes
        flow = self._client.start_device_flow(scopes)
        return DeviceCode(
            user_code=str(flow["user_code"]),
            verification_uri=str(flow.get("verification_uri") or flow.get("verification_url")),
            message=str(flow.get("message") or ""),
            expires_in=max(_int(flow.get("expires_in")) or 900, 0),
            flow=flow,
            sending_only=sending_only,
        )

    def finish_device_flow(
        self, code: DeviceCode, cancelled: Callable[[], bool] = lambda: False
    ) -> SignedIn:
        """Wait (polling) until the code is entered, refused or expired. A code that asked
        to send and to read the mailbox, refused for its permissions, raises
        :class:`SendingOnlyNext` (the next code asks only to send)."""
        try:
            reply = self._client.finish_device_flow(code.flow, cancelled)
        except ScopesRefused as refused:
            if code.sending_only or not self._can_send_alone:
                raise  # sending itself is not approved: an administrator must approve
            self._vault.set_sending_only(self._entry, True)
            log.info(
                "%s refused the permission to read the mailbox (%s): the next sign-in asks "
                "only to send.",
                self.service,
                refused.detail,
            )
            raise SendingOnlyNext(self.service, detail=refused.detail) from None
        return self._finished(reply, sending_only=code.sending_only, ask_mailbox=True)

    def sign_in_with_browser(self, timeout: float = BROWSER_TIMEOUT) -> SignedIn:
        """The browser sign-in for sending and reading the mailbox; refused for its
        permissions, once more at once for sending alone."""
        self._require_client()
        try:
            reply = self._client.with_browser(self.user, timeout, self.app.sign_in_scopes)
        except ScopesRefused as refused:
            if not self._can_send_alone:
                raise
            log.info(
                "%s refused the permission to read the mailbox (%s): signing in to send only.",
                self.service,
                refused.detail,
            )
            reply = self._client.with_browser(self.user, timeout, self.app.send_scopes, again=True)
            return self._finished(reply, sending_only=True, ask_mailbox=False)
        return self._finished(reply, sending_only=False, ask_mailbox=False)

    def sign_out(self) -> None:
        self._client.forget(self.user)

    @property
    def _can_send_alone(self) -> bool:
        """Whether sending asks for less than a sign-in (Microsoft: SMTP.Send alone)."""
        return self.app.send_scopes != self.app.sign_in_scopes

    def _mailbox_approved(self) -> bool:
        """After a sign-in for sending alone: whether the mailbox's token comes anyway (an
        administrator approved reading it since the refusal)."""
        try:
            self._client.silent(self.user, self.app.mailbox_scopes)
        except OAuthProblem as problem:
            log.info("Reading the mailbox is still not approved (%s).", problem.detail)
            return False
        return True

    def _for_purpose(self, problem: OAuthProblem) -> OAuthProblem:
        """The mailbox's own words when the sign-in has no consent to read it (a sign-in
        from before SMTP Desk read the mailbox, or an administrator who approved only
        sending): sending still works, so "an administrator must approve SMTP Desk" would
        mislead."""
        consent = problem.category == DiagnosisCategory.OAUTH_CONSENT_NEEDED.value
        if self.purpose is not TokenPurpose.MAILBOX or not consent:
            return problem
        if self.app.method is SignInMethod.MICROSOFT:
            message = translate(
                "oauth",
                "Sign in again (System Tools > Email Credentials > Sign in) to let SMTP Desk "
                "read the Sent folder; if your IT admin approved only SMTP.Send, ask them to "
                "also approve IMAP.AccessAsUser.All",
            )
        else:
            message = translate(
                "oauth",
                "Sign in again (System Tools > Email Credentials > Sign in) to let SMTP Desk "
                "read the Sent folder",
            )
        return OAuthProblem(problem.category, message, detail=problem.detail)

    def _finished(self, reply: Reply, *, sending_only: bool, ask_mailbox: bool) -> SignedIn:
        """The sign-in, once it is the right account's; ``sending_only``: it asked only to
        send (``ask_mailbox``: then see whether the mailbox's token comes anyway)."""
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
        mailbox = not sending_only or (ask_mailbox and self._mailbox_approved())
        if self._can_send_alone:
            self._vault.set_sending_only(self._entry, not mailbox)
        if not mailbox:
            log.info("Signed in to %s as %s to send only.", self.service, self.user)
        valid_for = max(_int(reply.get("expires_in")) or 0, 0)
        return SignedIn(self.user, self.service, valid_for, mailbox=mailbox)

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


def sign_in_diagnosis(error: Exception, *, preset: str) -> Diagnosis:
    """The words for a failed sign-in, the same on the command line and in the window: the
    category's advice, or for :class:`SendingOnlyNext` its own sentence and action."""
    diagnosis = diagnose(error, stage="auth", preset=preset)
    if isinstance(error, SendingOnlyNext):
        return replace(diagnosis, cause=str(error), action=error.action)
    return diagnosis


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
