"""Where SMTP Desk keeps its files: one data folder per user.

The folder comes from platformdirs (``%LOCALAPPDATA%\\SMTP Desk`` on Windows,
``~/Library/Application Support/SMTP Desk`` on macOS, ``~/.local/share/smtp-desk`` on
Linux) unless the environment variable ``SMTP_DESK_HOME`` names another one, which is how
tests, portable installs and several societies on one PC choose theirs.

What belongs to the person rather than to one society (the list of recent societies the
window's File menu shows) is kept apart, in :func:`config_folder`: platformdirs' per-user
config folder, or the one ``SMTP_DESK_CONFIG`` names (tests).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

__all__ = [
    "CONFIG_ENV",
    "HOME_ENV",
    "DataFolder",
    "config_folder",
    "data_folder",
    "default_data_folder",
]

HOME_ENV = "SMTP_DESK_HOME"
CONFIG_ENV = "SMTP_DESK_CONFIG"


@dataclass(frozen=True)
class DataFolder:
    """The files of one data folder. Nothing is created until :meth:`ensure` is called."""

    root: Path

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def register_file(self) -> Path:
        """The SQLite register: members, bills, receipts, imported PDFs."""
        return self.root / "register.db"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "smtp-desk.log"

    def ensure(self) -> DataFolder:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        return self


def data_folder() -> DataFolder:
    """The data folder for this user, honouring ``SMTP_DESK_HOME``."""
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        return DataFolder(Path(override).expanduser().resolve())
    return default_data_folder()


def default_data_folder() -> DataFolder:
    """The per-user data folder platformdirs gives, whatever ``SMTP_DESK_HOME`` says."""
    return DataFolder(Path(platformdirs.user_data_dir(_app_name(), appauthor=False)))


def config_folder() -> Path:
    """The per-user folder for what belongs to no one society (nothing is created here);
    ``SMTP_DESK_CONFIG`` names another one."""
    override = os.environ.get(CONFIG_ENV, "").strip()
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_config_dir(_app_name(), appauthor=False))


def _app_name() -> str:
    return "SMTP Desk" if sys.platform in ("win32", "darwin") else "smtp-desk"
