"""A computer with no password store (a Linux server without a keyring, a locked-down PC).

There the settings are saved without the password, which is kept nowhere: ``smtp-desk test``
and ``smtp-desk send`` take it with ``--password-stdin`` at each run, for that run only.
:data:`NO_STORE` is the one sentence that says so; :func:`save_settings_only` saves the
settings as :func:`~smtp_desk.core.account_store.save_account` does, minus the password.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from smtp_desk.core.account import AccountDraft, AccountSettings, SignInMethod
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import load_settings, save_settings
from smtp_desk.core.validation import checked_account

__all__ = ["NO_STORE", "NO_STORE_RUN", "needs_password_each_run", "save_settings_only"]

log = logging.getLogger(__name__)

NO_STORE = (
    "This computer has no password store: the settings are saved; give the password with "
    "--password-stdin at each run (test, send)."
)
NO_STORE_RUN = (
    "this computer has no password store, so no password is kept for {user}: give it with "
    "--password-stdin (for example: smtp-desk {command} --password-stdin < password-file)."
)


def needs_password_each_run(draft: AccountDraft, store: SecretStore) -> bool:
    """True when ``draft`` signs in with a password that this computer cannot keep: no
    usable password store, and none given for this session."""
    password_sign_in = draft.sign_in in ("", SignInMethod.PASSWORD.value)
    return (
        password_sign_in
        and bool(draft.user.strip())
        and not store.status.usable
        and not store.has(draft.secret_name)
    )


def save_settings_only(draft: AccountDraft, *, folder: DataFolder) -> AccountSettings:
    """Check the draft (a password is not required: there is nowhere to keep one) and write
    the settings file. Raises :class:`~smtp_desk.core.validation.InvalidAccount` or
    :class:`~smtp_desk.core.errors.SettingsError`; nothing is changed then."""
    account = checked_account(draft, password_stored=True)
    current = load_settings(folder.settings_file)
    save_settings(folder.settings_file, replace(current, account=account.draft()))
    log.info(
        "Email credentials saved without a password (no password store on this computer): "
        "%s port %d, user %s, from %s",
        account.host,
        account.port,
        account.user or "(none)",
        account.from_email,
    )
    return account
