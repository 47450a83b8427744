"""Where SMTP Desk keeps its files: one data folder per user.

The folder comes from platformdirs (``%LOCALAPPDATA%\\SMTP Desk`` on Windows,
``~/Library/Application Support/SMTP Desk`` on macOS, ``~/.local/share/smtp-desk`` on
Linux) unless the environment variable ``SMTP_DESK_HOME`` names another one, which is how
tests, portable installs and several societies on one PC choose theirs.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

__all__ = ["HOME_ENV", "DataFolder", "data_folder"]

HOME_ENV = "SMTP_DESK_HOME"


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
    app = "SMTP Desk" if sys.platform in ("win32", "darwin") else "smtp-desk"
    return DataFolder(Path(platformdirs.user_data_dir(app, appauthor=False)))
