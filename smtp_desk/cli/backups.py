"""``smtp-desk backups`` (the copies of the register, newest first) and
``smtp-desk backups restore NAME`` / ``--latest``.

restore exits 0 when the register is back as the copy was, 1 when it was refused (a run is
sending, the copy is damaged, messages sent since would be forgotten without ``--yes``), 2
for a name that is no backup.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from smtp_desk.core.backups import (
    KEEP,
    Backup,
    BackupError,
    backups_folder,
    check_backup,
    find_backup,
    forgotten_messages,
    list_backups,
    restore_backup,
)
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import DataFolder, data_folder

__all__ = ["add_parser"]


def add_parser(commands: Any) -> None:
    backups = commands.add_parser(
        "backups",
        help="list the copies of the register (one is made before each import and run)",
        description=f"The copies of the register, newest first; the newest {KEEP} are kept.",
    )
    backups.add_argument("--json", action="store_true", help="one JSON object on stdout")
    backups.set_defaults(run=run_list)
    actions = backups.add_subparsers(dest="action", metavar="ACTION")
    restore = actions.add_parser(
        "restore",
        help="make a backup the register again (the register as it is is kept as a backup)",
        description="Make a backup the register again; the register as it is now is kept as "
        "a backup first. Refused while a run is sending, for a damaged copy, or when messages "
        "sent since the copy was made would be forgotten (unless --yes). Exit 0 restored, 1 "
        "refused, 2 no such backup.",
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("name", nargs="?", help="the backup's file name, as listed")
    which.add_argument(
        "--latest", action="store_true", help="the newest backup that is not damaged"
    )
    restore.add_argument(
        "--yes",
        action="store_true",
        help="restore even if messages were sent after the backup was made",
    )
    restore.set_defaults(run=run_restore)


def _size(backup: Backup) -> str:
    return f"{backup.size / 1_000_000:.1f} MB"


def run_list(args: argparse.Namespace) -> int:
    folder = data_folder()
    found = list_backups(folder)
    if args.json:
        print(
            json.dumps(
                {
                    "folder": str(backups_folder(folder)),
                    "keep": KEEP,
                    "backups": [
                        {
                            "name": b.name,
                            "made": b.made.isoformat(),
                            "reason": b.reason,
                            "size": b.size,
                        }
                        for b in found
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    if not found:
        print("No backups yet: a copy of the register is made before each import and each run.")
        return 0
    print(f"Backups in {backups_folder(folder)} (newest first; the newest {KEEP} are kept):")
    for backup in found:
        print(f"  {backup.name}  {backup.when}  {backup.why}  {_size(backup)}")
    print("Restore one with 'smtp-desk backups restore NAME' (or --latest).")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    folder = data_folder().ensure()
    setup_logging(folder.log_file)
    if args.latest:
        backup = _latest_healthy(folder)
        if backup is None:
            return _refused("there is no backup to restore (or every one is damaged).")
    else:
        try:
            backup = find_backup(folder, args.name)
        except BackupError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    forgotten = forgotten_messages(folder, backup)
    if forgotten and not args.yes:
        return _refused(
            f"{forgotten} message(s) were sent after {backup} was made: restoring it makes "
            "SMTP Desk forget them, and sending the same documents again would mail those "
            "members twice. Run again with --yes to restore it anyway."
        )
    try:
        restored = restore_backup(folder, backup, who="command")
    except BackupError as exc:
        return _refused(str(exc))
    print(restored)
    return 0


def _latest_healthy(folder: DataFolder) -> Backup | None:
    """The newest backup that passes SQLite's integrity check (a damaged one is said)."""
    for backup in list_backups(folder):
        try:
            check_backup(backup)
        except BackupError as exc:
            print(f"Skipped: {exc}", file=sys.stderr)
            continue
        return backup
    return None


def _refused(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1
