"""A computer with no password store (a Linux server without a keyring, a locked-down PC).

There the settings are saved without the password, which is kept nowhere: ``smtp-desk test``
and ``smtp-desk send`` take it with ``--password-stdin`` at each run, for that run only.
:data:`NO_STORE` is the one sentence that says so;
:func:`~smtp_desk.core.account_store.save_account` with ``password_each_run`` saves the
settings then, minus the password.
"""

from __future__ import annotations

import logging

from smtp_desk.core.account import AccountDraft, SignInMethod
from smtp_desk.core.secret_store import SecretStore

__all__ = ["NO_STORE", "NO_STORE_RUN", "needs_password_each_run"]

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
