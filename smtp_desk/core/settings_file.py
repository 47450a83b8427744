"""The settings file ``settings.json``: the sending account, without the password.

See :mod:`smtp_desk.core.json_file` for the versioning and atomic-write rules. The password
is not a setting: it lives in the OS credential store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from smtp_desk.core.account import FIELDS, AccountDraft
from smtp_desk.core.json_file import VersionedJson

__all__ = ["FORMAT", "VERSION", "Settings", "load_settings", "save_settings"]

FORMAT = "smtp-desk-settings"
VERSION = 1
_FILE = VersionedJson(FORMAT, VERSION, "settings file")


@dataclass(frozen=True)
class Settings:
    """Everything in the settings file. ``account`` is None until the form is first saved.

    The account is kept as a draft: a hand-edited file with, say, a mistyped port still
    loads, so the form can show what is wrong and the office can correct it there.
    """

    account: AccountDraft | None = None


def load_settings(path: Path) -> Settings:
    """The settings in ``path``; empty settings when the file does not exist yet."""
    data = _FILE.load(path)
    if data is None:
        return Settings()
    raw = _FILE.group(path, data, "account")
    if raw is None:
        return Settings()
    return Settings(account=AccountDraft(**_FILE.strings(path, raw, FIELDS, "account")))


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically, refusing to replace a file this version cannot read."""
    load_settings(path)  # a file we cannot fully read is the office's to fix, not ours
    content = {} if settings.account is None else {"account": settings.account.as_dict()}
    _FILE.save(path, content)
