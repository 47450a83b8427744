"""Copies of the register: one before each import and each run, the newest ten kept, and
restoring one. The names callers use, from two modules of one idea each:

- :mod:`smtp_desk.core.backup_copies`: making a copy (SQLite's online backup API, checked,
  written under a temporary name, not kept twice when nothing changed), listing and
  pruning them. :func:`backup_or_warn` is the call for work that must go on regardless.
- :mod:`smtp_desk.core.backup_restore`: restoring one, under the sending lock, after
  keeping the register as it is as a "before-restore" copy.
"""

from __future__ import annotations

from smtp_desk.core.backup_copies import (
    KEEP,
    REASONS,
    Backup,
    BackupError,
    backup_or_warn,
    backup_register,
    backups_folder,
    find_backup,
    list_backups,
    prune,
)
from smtp_desk.core.backup_restore import (
    Restored,
    check_backup,
    forgotten_messages,
    restore_backup,
)

__all__ = [
    "KEEP",
    "REASONS",
    "Backup",
    "BackupError",
    "Restored",
    "backup_or_warn",
    "backup_register",
    "backups_folder",
    "check_backup",
    "find_backup",
    "forgotten_messages",
    "list_backups",
    "prune",
    "restore_backup",
]
