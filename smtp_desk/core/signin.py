"""Signing in to the mail server: the secret is fetched when a connection opens, never carried.

A :class:`SignIn` answers one question, "the credentials for this account, now": the
session asks it at the moment it signs in (:mod:`smtp_desk.core.smtp_auth`), uses the
answer and drops it. Nothing that lives longer than one sign-in (a batch, a window, a
worker) holds a password, so pausing and starting a run again, or running for hours,
always signs in with what the credential store holds at that moment; and no call chain
passes a password along: it passes the :class:`SignIn`.

* :class:`StoredPassword` reads the account's password from the credential store
  (:class:`~smtp_desk.core.secret_store.SecretStore`, which also keeps a session-only
  password where no store is usable, or one given with ``--password-stdin``): sending
  runs, ``smtp-desk test``, and the Test button when no new password is typed.
* :class:`TypedPassword` is a password just typed and not saved yet (the Test button).
* :class:`smtp_desk.core.oauth.OAuthSignIn` (Sign in with Microsoft or Google) answers
  with a fresh access token and :attr:`Mechanism.XOAUTH2`, refreshing it silently when it
  is near its end; the token is fetched here too, at the moment of signing in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar, Protocol

from smtp_desk.core.errors import SignInUnavailable
from smtp_desk.core.i18n import translate
from smtp_desk.core.secret_store import SecretStore

__all__ = [
    "Credentials",
    "Mechanism",
    "SignIn",
    "StoredPassword",
    "TypedPassword",
]


class Mechanism(StrEnum):
    PASSWORD = "password"  # noqa: S105 (a mechanism name) AUTH PLAIN / LOGIN with a (app) password
    XOAUTH2 = "xoauth2"  # AUTH XOAUTH2 with an access token


@dataclass(frozen=True)
class Credentials:
    """What one sign-in sends. Made at connect time and dropped right after."""

    user: str
    secret: str = field(repr=False)
    mechanism: Mechanism = Mechanism.PASSWORD
    service: str = ""  # the sign-in service that issued a token: "Microsoft", "Google"
    valid_for: int | None = None  # seconds a token has left
    clock_skew: float | None = None  # the service's clock minus this PC's, seconds

    def describe(self) -> str:
        """The sign-in step's detail: who, and for a token how long it lasts."""
        if self.mechanism is Mechanism.PASSWORD or self.valid_for is None:
            return self.user
        minutes = max(self.valid_for // 60, 0)
        return translate("signin", "{user} — token valid for {minutes} min").format(
            user=self.user, minutes=minutes
        )


class SignIn(Protocol):
    """Gives the credentials for one account at the moment a connection signs in."""

    @property
    def user(self) -> str: ...

    @property
    def service(self) -> str:
        """The sign-in service that issues tokens ("Microsoft", "Google"); "" for a
        password."""
        ...

    def credentials(self) -> Credentials:
        """Raises :class:`~smtp_desk.core.errors.SignInUnavailable` when there is nothing
        to sign in with."""
        ...


@dataclass(frozen=True)
class StoredPassword:
    """The account's password, read from the credential store at every sign-in."""

    user: str
    entry: str  # the store's entry name (AccountSettings.secret_name)
    store: SecretStore = field(repr=False, compare=False)
    service: ClassVar[str] = ""

    def credentials(self) -> Credentials:
        secret = self.store.get(self.entry)
        if not secret:
            raise SignInUnavailable(
                f"no password is saved for {self.user}: enter it in Email Credentials and "
                "save, then start again."
            )
        return Credentials(self.user, secret)


@dataclass(frozen=True)
class TypedPassword:
    """A password in hand and not saved: typed into the form for the connection test, or
    the practice server's own (``smtp-desk self-test``)."""

    user: str
    password: str = field(repr=False)
    service: ClassVar[str] = ""

    def credentials(self) -> Credentials:
        if not self.password:
            raise SignInUnavailable("enter the password first.")
        return Credentials(self.user, self.password)
