"""Restoring a copy of the register (the copies themselves: :mod:`smtp_desk.core.backup_copies`).

Restoring refuses while a run holds the sending lock, and holds it itself meanwhile; it
checks the chosen copy with ``PRAGMA integrity_check``, keeps the register as it is as a
"before-restore" copy (even a damaged one, byte for byte when SQLite cannot read it), then
writes the copy into the register with the backup API (one transaction: anyone reading
sees the register before or after, never half). A register SQLite cannot open at all is
replaced as a file instead (``os.replace``), with its stale journal removed first. Before
asking, :func:`forgotten_messages` counts what a restore would make SMTP Desk forget.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from smtp_desk.core.backup_copies import (
    KEEP,
    Backup,
    BackupError,
    backup_register,
    checked_copy,
    prune,
    sqlite_uri,
    verify_sqlite,
)
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import translate
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_lock import RunLock, RunLockHeld
from smtp_desk.core.store import SCHEMA_VERSION
from smtp_desk.core.store_errors import RegisterDamaged, storage_error

__all__ = ["Restored", "check_backup", "forgotten_messages", "restore_backup"]

log = logging.getLogger(__name__)

_HANDED_OVER = ("sent", "unconfirmed", "sending")  # states of a message that may have arrived


@dataclass(frozen=True)
class Restored:
    """What a restore did: the copy now in the register, and where the old register went."""

    backup: Backup
    saved: Backup | None  # the register as it was (None: there was no register)

    def __str__(self) -> str:
        back = translate(
            "backup_restore", "The register is back as it was on {when} ({why})."
        ).format(when=self.backup.when, why=self.backup.why)
        if self.saved is None:
            return back
        kept = translate("backup_restore", "The register as it was is kept as {name}.")
        return f"{back} {kept.format(name=self.saved.name)}"


def forgotten_messages(folder: DataFolder, backup: Backup) -> int | None:
    """How many messages the register records as handed to the provider (or perhaps) that
    ``backup`` does not: restoring it forgets them, and sending the same documents again
    would mail those members twice. None when the register cannot be read."""
    try:
        now = _handed_over(folder.register_file, mode="rw")
        then = _handed_over(backup.path, mode="ro")
    except (sqlite3.Error, OSError):
        return None
    return len(now - then)


def restore_backup(folder: DataFolder, backup: Backup, *, who: str = "command") -> Restored:
    """Make ``backup`` the register again (see the module's description). Refused while a
    run is sending from this data folder. Raises :class:`BackupError`."""
    try:
        with RunLock(folder.root, who=who):
            check_backup(backup)
            try:
                saved = backup_register(folder, "before-restore", keep=None, damaged_too=True)
            except BackupError as exc:
                raise BackupError(
                    translate(
                        "backup_restore",
                        "The register as it is could not be kept as a backup first, so "
                        "nothing was restored: {error}",
                    ).format(error=exc)
                ) from exc
            try:
                _replace_register(backup.path, folder.register_file)
            except (SmtpDeskError, sqlite3.Error, OSError) as exc:
                # Both ways are all or nothing: the register is as it was.
                if saved:
                    text = translate(
                        "backup_restore",
                        "{reason} So {backup} was not restored; the register is as it was "
                        "(it is kept as {name} too).",
                    )
                else:
                    text = translate(
                        "backup_restore",
                        "{reason} So {backup} was not restored; the register is as it was.",
                    )
                reason = _reason(exc, folder.register_file)
                raise BackupError(
                    text.format(reason=reason, backup=backup, name=saved.name if saved else "")
                ) from exc
    except RunLockHeld as exc:
        if exc.holder:
            text = translate(
                "backup_restore",
                "A backup cannot be restored while a run is sending from this data folder "
                "({holder}). Wait for it to finish, or pause it, then try again; nothing "
                "was changed.",
            )
        else:
            text = translate(
                "backup_restore",
                "A backup cannot be restored while a run is sending from this data folder. "
                "Wait for it to finish, or pause it, then try again; nothing was changed.",
            )
        raise BackupError(text.format(holder=exc.holder)) from None
    except OSError as exc:  # the sending lock itself cannot be taken
        raise BackupError(
            translate("backup_restore", "{reason} So {backup} was not restored.").format(
                reason=_reason(exc, folder.register_file), backup=backup
            )
        ) from exc
    restored = Restored(backup, saved)
    log.info("%s", restored)
    prune(folder, keep=KEEP)
    return restored


def _reason(exc: BaseException, register: Path) -> str:
    """The sentence for what stood in the way of a restore."""
    if isinstance(exc, SmtpDeskError):
        return str(exc)
    error = storage_error(exc, register)
    if error is not None:
        return str(error)
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    where = exc.filename if isinstance(exc, OSError) and exc.filename else register.parent
    return translate("backup_restore", "{where} could not be written ({error}).").format(
        where=where, error=detail
    )


def check_backup(backup: Backup) -> None:
    """Raise :class:`BackupError` unless ``backup`` passes ``PRAGMA integrity_check`` and
    is a register this SMTP Desk can open."""
    try:
        db = sqlite3.connect(sqlite_uri(backup.path, "ro"), uri=True)
        try:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
        finally:
            db.close()
        verify_sqlite(backup.path, pragma="integrity_check")
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            translate(
                "backup_restore",
                "{backup} ({name}) is damaged or unreadable ({error}), so it was not "
                "restored; choose another one.",
            ).format(backup=backup, name=backup.name, error=exc)
        ) from exc
    if not 1 <= version <= SCHEMA_VERSION:
        raise BackupError(
            translate(
                "backup_restore",
                "{backup} ({name}) is not a register this SMTP Desk can use (schema "
                "{version}); choose another one.",
            ).format(backup=backup, name=backup.name, version=version)
        )


def _replace_register(source: Path, register: Path) -> None:
    if register.exists():
        try:
            _write_into(source, register)
            return
        except sqlite3.Error as exc:
            error = storage_error(exc, register)
            if error is not None and not isinstance(error, RegisterDamaged):
                raise error from exc  # busy, full, read-only: replacing the file fails too
            log.warning("The register cannot take the copy (%s); its file is replaced.", exc)
    _replace_file(source, register)


def _write_into(source: Path, register: Path) -> None:
    """The backup API from the copy into the register: one transaction, under SQLite's
    locks, so a program reading the register sees it before or after, never half."""
    src = sqlite3.connect(sqlite_uri(source, "ro"), uri=True)
    try:
        dst = sqlite3.connect(register, timeout=10, isolation_level=None)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _replace_file(source: Path, register: Path) -> None:
    """For a register SQLite cannot open: a checked copy next to it, its journal removed (it
    belongs to the unreadable file and must not be replayed onto the copy), then
    ``os.replace``."""
    partial = register.with_name(f".{register.name}.restoring")
    try:
        checked_copy(source, partial)
        for journal in ("-wal", "-shm", "-journal"):
            register.with_name(register.name + journal).unlink(missing_ok=True)
        os.replace(partial, register)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def _handed_over(path: Path, *, mode: str) -> set[str]:
    db = sqlite3.connect(sqlite_uri(path, mode), uri=True, timeout=10)
    try:
        marks = ", ".join("?" * len(_HANDED_OVER))
        rows = db.execute(
            f"SELECT message_id FROM items WHERE state IN ({marks})",  # noqa: S608 (fixed text)
            _HANDED_OVER,
        )
        return {row[0] for row in rows}
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return set()  # a register from before the outbox
        raise
    finally:
        db.close()
