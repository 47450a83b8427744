"""The settings file: non-secret settings, versioned, human-readable JSON.

The file names its format and version. A file from a newer SMTP Desk, or one this version
cannot understand, is refused with a message that says so and is never overwritten: the
office may be running two versions, and the newer one's settings must survive. Writes are
atomic (a temporary file renamed over the old one), so a power cut leaves the old file or
the new one, never half of each.

The password is not a setting: it lives in the OS credential store.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smtp_desk.core.account import FIELDS, AccountDraft
from smtp_desk.core.errors import SettingsError

__all__ = ["FORMAT", "VERSION", "Settings", "load_settings", "save_settings"]

FORMAT = "smtp-desk-settings"
VERSION = 1


@dataclass(frozen=True)
class Settings:
    """Everything in the settings file. ``account`` is None until the form is first saved.

    The account is kept as a draft: a hand-edited file with, say, a mistyped port still
    loads, so the form can show what is wrong and the office can correct it there.
    """

    account: AccountDraft | None = None


def load_settings(path: Path) -> Settings:
    """The settings in ``path``; empty settings when the file does not exist yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        raise SettingsError(f"The settings file {path} cannot be read ({exc.strerror}).") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SettingsError(
            f"The settings file {path} is damaged (line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg}). It was left as it is; fix it in a text editor or move it away "
            "to start afresh."
        ) from exc
    _check_header(path, data)
    return Settings(account=_account_from(path, data.get("account")))


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically, refusing to replace a file this version cannot read."""
    load_settings(path)  # raises for a newer or damaged file, which must not be replaced
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if settings.account is not None:
        data["account"] = settings.account.as_dict()
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as tmp:
            tmp.write(text)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _check_header(path: Path, data: object) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SettingsError(
            f"{path} is not an SMTP Desk settings file. It was left as it is; "
            "move it away to start afresh."
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SettingsError(f"The settings file {path} has no valid version number.")
    if version > VERSION:
        raise SettingsError(
            f"The settings file {path} was written by a newer SMTP Desk (settings version "
            f"{version}; this program understands up to {VERSION}). Nothing was changed. "
            "Install the newer SMTP Desk again, or use another data folder."
        )
    if version < 1:
        raise SettingsError(f"The settings file {path} has an unknown version {version}.")


def _account_from(path: Path, raw: object) -> AccountDraft | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise SettingsError(f"In {path}, 'account' must be a group of settings.")
    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        raise SettingsError(
            f"In {path}, the account has unknown setting(s): {', '.join(unknown)}. "
            "It was left as it is; correct the name or remove the line."
        )
    return AccountDraft(**{n: "" if raw[n] is None else str(raw[n]) for n in FIELDS if n in raw})
