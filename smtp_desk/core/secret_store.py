"""The password's only home: the operating system's credential store, through keyring.

Entries are kept under the service name :data:`SERVICE` ("SMTP Desk") with the entry name
``<user ID>@<SMTP host>`` (see :attr:`AccountSettings.secret_name`), so they can be found
in Windows Credential Manager, the macOS Keychain or the desktop keyring.

When no usable store exists (a Linux PC without a keyring daemon, a locked store), the
password is kept in this process's memory for the session only and :attr:`SecretStore.status`
says so in plain words. SMTP Desk never writes a password to disk itself, and refuses
keyring back ends that would (plain-text files).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import StrEnum

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["SERVICE", "SecretStore", "StoreStatus", "Where"]

SERVICE = "SMTP Desk"

log = logging.getLogger(__name__)

# Back ends that are no credential store: nothing, failure, or files on disk.
_NOT_A_STORE = ("keyring.backends.fail.", "keyring.backends.null.")
_ON_DISK = ("keyrings.alt", "plaintext")

_FRIENDLY = {
    "WinVaultKeyring": QT_TRANSLATE_NOOP("secret_store", "Windows Credential Manager"),
    "keyring.backends.macOS.Keyring": QT_TRANSLATE_NOOP("secret_store", "the macOS Keychain"),
    "keyring.backends.SecretService.Keyring": QT_TRANSLATE_NOOP(
        "secret_store", "the desktop keyring (Secret Service)"
    ),
    "keyring.backends.libsecret.Keyring": QT_TRANSLATE_NOOP(
        "secret_store", "the desktop keyring (libsecret)"
    ),
    "DBusKeyring": QT_TRANSLATE_NOOP("secret_store", "KDE Wallet"),
}
# What went wrong with the store (kept in English for the log; shown through translate).
_UNREADABLE = QT_TRANSLATE_NOOP("secret_store", "the password store could not be read")
_REFUSED = QT_TRANSLATE_NOOP("secret_store", "the password store refused to save it")
_NO_STORE = QT_TRANSLATE_NOOP(
    "secret_store", "this computer has no password store that SMTP Desk can use"
)


class Where(StrEnum):
    """Where a password ended up after saving."""

    CREDENTIAL_STORE = "credential store"
    SESSION = "this session only"


@dataclass(frozen=True)
class StoreStatus:
    usable: bool
    description: str  # a sentence for the status bar or ``configure --show``

    def __str__(self) -> str:
        return self.description


def _qualified(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _is_real_store(backend: KeyringBackend) -> bool:
    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        return bool(chained) and all(_is_real_store(b) for b in chained)
    name = _qualified(backend)
    if name.startswith(_NOT_A_STORE):
        return False
    return not any(hint in name.lower() for hint in _ON_DISK)


def _friendly_name(backend: KeyringBackend) -> str:
    if isinstance(backend, ChainerBackend) and backend.backends:
        backend = backend.backends[0]
    name = _qualified(backend)
    friendly = _FRIENDLY.get(name) or _FRIENDLY.get(type(backend).__name__)
    return translate("secret_store", friendly) if friendly else name


@dataclass
class SecretStore:
    """Get and put the account password.

    ``backend`` defaults to keyring's choice for this computer; tests pass their own.
    """

    backend: KeyringBackend | None = None
    _session: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _failure: str = field(default="", init=False)

    def __post_init__(self) -> None:
        if self.backend is None:
            self.backend = keyring.get_keyring()

    @property
    def _store(self) -> KeyringBackend | None:
        if self._failure or self.backend is None or not _is_real_store(self.backend):
            return None
        return self.backend

    @property
    def status(self) -> StoreStatus:
        if self._store is not None and self.backend is not None:
            return StoreStatus(
                True,
                translate("secret_store", "Passwords are kept in {store}.").format(
                    store=_friendly_name(self.backend)
                ),
            )
        reason = translate("secret_store", self._failure or _NO_STORE)
        return StoreStatus(
            False,
            translate(
                "secret_store",
                "Passwords cannot be saved: {reason}. A password you enter is kept only "
                "until SMTP Desk closes, and must be entered again next time.",
            ).format(reason=reason),
        )

    def get(self, name: str) -> str | None:
        """The password for entry ``name``, or None when none is kept."""
        if name in self._session:
            return self._session[name]
        store = self._store
        if store is None:
            return None
        try:
            value = store.get_password(SERVICE, name)
        except Exception as exc:  # any back-end failure: the program must go on
            self._fail(_UNREADABLE, exc)
            return None
        return value if isinstance(value, str) else None

    def has(self, name: str) -> bool:
        return self.get(name) is not None

    def put(self, name: str, password: str) -> Where:
        """Keep the password; in the credential store if at all possible."""
        store = self._store
        if store is not None:
            try:
                store.set_password(SERVICE, name, password)
            except Exception as exc:  # locked, denied, D-Bus gone …
                self._fail(_REFUSED, exc)
            else:
                self._session.pop(name, None)
                return Where.CREDENTIAL_STORE
        self._session[name] = password
        return Where.SESSION

    def remember_for_session(self, name: str, password: str) -> None:
        """Keep a password in memory only (the practice server's, made for this session)."""
        self._session[name] = password

    def delete(self, name: str) -> None:
        """Forget the password for ``name`` wherever it is kept; no error if absent."""
        self._session.pop(name, None)
        store = self._store
        if store is None:
            return
        try:
            store.delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as exc:
            log.warning("Could not remove an old password from the store: %s", type(exc).__name__)

    def _fail(self, what: str, exc: Exception) -> None:
        # The exception class is enough for the log; its text could echo what was stored.
        log.warning("Password store problem: %s (%s)", what, type(exc).__name__)
        self._failure = what
