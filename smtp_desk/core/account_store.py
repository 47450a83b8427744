"""Saving the sending account: settings file and credential store in one step.

The window and the command line both save through :func:`save_account`, so they check
the same rules and keep the password in the same place.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from smtp_desk.core.account import AccountDraft, AccountSettings
from smtp_desk.core.logs import redactor
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.presets import preset
from smtp_desk.core.secret_store import SecretStore, Where
from smtp_desk.core.settings_file import load_settings, save_settings
from smtp_desk.core.token_vault import TokenVault
from smtp_desk.core.validation import checked_account

__all__ = ["SaveResult", "save_account"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SaveResult:
    """What saving did; ``str()`` is the sentence for the status bar."""

    account: AccountSettings
    password: Where | None  # None: the password was left as it was

    def __str__(self) -> str:
        text = "Email credentials saved."
        if self.password is Where.CREDENTIAL_STORE:
            text += " The password is in the computer's password store."
        elif self.password is Where.SESSION:
            text += " The password could not be stored and is kept only until SMTP Desk closes."
        return text


def save_account(
    draft: AccountDraft,
    *,
    password: str,
    folder: DataFolder,
    store: SecretStore,
    password_each_run: bool = False,
) -> SaveResult:
    """Check the draft, write the settings file, then keep the password.

    ``password`` empty means "keep the stored one". ``password_each_run``: this computer
    has no password store, so none is required and none is kept (it is given to each
    ``test`` and ``send``). Raises
    :class:`~smtp_desk.core.validation.InvalidAccount` when the draft has errors and
    :class:`~smtp_desk.core.errors.SettingsError` when the settings file must not be
    replaced (written by a newer version, or damaged); nothing is changed in either case.
    """
    if password:
        redactor.add(password)
    if password_each_run:
        password = ""  # nowhere to keep it: never written anywhere
    account = checked_account(
        draft,
        password=password,
        password_stored=password_each_run or store.has(draft.secret_name),
    )
    current = load_settings(folder.settings_file)
    previous = current.account
    save_settings(folder.settings_file, replace(current, account=account.draft()))
    where = store.put(account.secret_name, password) if password else None
    if previous is not None and previous.secret_name != account.secret_name and password:
        store.delete(previous.secret_name)
    if previous is not None and previous.user.strip().lower() != account.user.lower():
        TokenVault(store).delete(previous.token_name)  # a sign-in to the old mailbox
    log.info(
        "Email credentials saved: %s, %s port %d (%s), user %s, from %s, sign-in %s%s",
        preset(account.preset).name,
        account.host,
        account.port,
        account.security.label,
        account.user or "(none)",
        account.from_email,
        account.sign_in.label,
        " (password given at each run: no password store)" if password_each_run else "",
    )
    return SaveResult(account=account, password=where)
