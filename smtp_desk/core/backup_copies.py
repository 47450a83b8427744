"""Copies of the register: one before each import and each run, the newest ten kept.

A copy is made with SQLite's online backup API (a consistent picture even while another
program reads or writes), checked with ``PRAGMA quick_check``, written under a temporary
name and only then given its own: ``backups/register-20261112T044530.123456Z-before-import.db``
(the time it was made, in UTC, so names sort by age whatever the PC's time zone; the
reason). A copy identical to the newest one is not kept twice, so ten failed attempts at an
import do not push the useful copies out.

Why ten: a month's work is about four imports (members, bills, receipts, PDFs) and two or
three runs (bills, receipts, a resumed run), so ten copies reach back over the whole last
month-end, far enough to undo a wrong import noticed days later; a register of 5,000
members is a few MB, so ten copies cost tens of MB.

A backup that cannot be made (the disk is short of space, the folder cannot be written) is
logged as a warning and never stops the import or run it was for: the register itself is
untouched by a failed copy. A copy is not attempted when the free space would not also
leave room for the work that follows.

Restoring one is :mod:`smtp_desk.core.backup_restore`; callers import both from
:mod:`smtp_desk.core.backups`.
"""

from __future__ import annotations

import contextlib
import filecmp
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, shown_date, translate
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.store_errors import DiskFull, RegisterDamaged, storage_error

__all__ = [
    "KEEP",
    "REASONS",
    "Backup",
    "BackupError",
    "backup_or_warn",
    "backup_register",
    "backups_folder",
    "checked_copy",
    "find_backup",
    "list_backups",
    "prune",
    "sqlite_uri",
    "verify_sqlite",
]

log = logging.getLogger(__name__)

KEEP = 10
REASONS = {
    "before-import": QT_TRANSLATE_NOOP("backup_copies", "before an import"),
    "before-run": QT_TRANSLATE_NOOP("backup_copies", "before sending"),
    "before-restore": QT_TRANSLATE_NOOP("backup_copies", "before a restore"),
}
"""Why a copy was made, by the reason in its file name; in English (the log), shown through
:attr:`Backup.why`."""
_STAMP = "%Y%m%dT%H%M%S.%f"
_NAME = re.compile(r"^register-(\d{8}T\d{6}\.\d{6})Z-([a-z]+(?:-[a-z]+)*)\.db$")
_PARTIAL = ".partial"
_STALE_PARTIAL = timedelta(days=1)
_RESERVE = 20 * 1024 * 1024  # room left for the import or run that follows the copy


class BackupError(SmtpDeskError):
    """A backup could not be made, listed or restored; the text says why and what to do."""


@dataclass(frozen=True)
class Backup:
    """One copy of the register; ``made`` is in UTC."""

    path: Path
    made: datetime
    reason: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    @property
    def when(self) -> str:
        """``12 Nov 2026 10:15`` in the PC's time."""
        return shown_date(self.made.astimezone(), clock=True)

    @property
    def why(self) -> str:
        """``before an import``, in the window's language."""
        if self.reason in REASONS:
            return translate("backup_copies", REASONS[self.reason])
        return _reason_words(self.reason)

    def __str__(self) -> str:
        return translate("backup_copies", "the backup of {when} ({why})").format(
            when=self.when, why=self.why
        )


def backups_folder(folder: DataFolder) -> Path:
    return folder.root / "backups"


def list_backups(folder: DataFolder) -> list[Backup]:
    """Every backup in the data folder, newest first."""
    try:
        names = os.listdir(backups_folder(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise BackupError(
            translate(
                "backup_copies", "The backups in {folder} cannot be listed ({error})."
            ).format(folder=backups_folder(folder), error=exc.strerror)
        ) from exc
    found = []
    for name in names:
        match = _NAME.match(name)
        if match is None:
            continue
        try:
            made = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(backups_folder(folder) / name, made, match[2]))
    return sorted(found, key=lambda b: (b.made, b.name), reverse=True)


def find_backup(folder: DataFolder, name: str) -> Backup:
    """The backup called ``name`` (a file name from :func:`list_backups`)."""
    for backup in list_backups(folder):
        if backup.name == name:
            return backup
    raise BackupError(
        translate(
            "backup_copies",
            "There is no backup called {name} in {folder}; 'smtp-desk backups' lists them.",
        ).format(name=repr(name), folder=backups_folder(folder))
    )


def backup_register(
    folder: DataFolder,
    reason: str,
    *,
    keep: int | None = KEEP,
    damaged_too: bool = False,
    now: datetime | None = None,
) -> Backup | None:
    """Copy the register into the backups folder and keep the newest ``keep`` copies (None:
    remove none). Returns the copy that holds the register as it is now (the newest one
    when nothing changed since), or None when there is no register yet. A damaged register
    is refused (the good copies stay the newest) unless ``damaged_too``. Raises
    :class:`BackupError`."""
    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", reason):
        raise ValueError(f"a backup reason is lowercase words with dashes, not {reason!r}")
    register = folder.register_file
    if not register.exists():
        return None
    directory = backups_folder(folder)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            translate("backup_copies", "The folder {folder} cannot be made ({error}).").format(
                folder=directory, error=exc.strerror
            )
        ) from exc
    try:
        _check_space(register, directory)
    except OSError as exc:
        raise BackupError(
            translate(
                "backup_copies", "The free space in {folder} cannot be told ({error})."
            ).format(folder=directory, error=exc.strerror)
        ) from exc
    made = (now or datetime.now(UTC)).astimezone(UTC)
    path = directory / f"register-{made.strftime(_STAMP)}Z-{reason}.db"
    partial = path.with_name(f".{path.name}{_PARTIAL}")
    try:
        checked_copy(register, partial, damaged_too=damaged_too)
        newest = next(iter(list_backups(folder)), None)
        if newest is not None and filecmp.cmp(partial, newest.path, shallow=False):
            partial.unlink()
            log.info("The register has not changed since %s; no new copy was made.", newest)
            return newest
        os.replace(partial, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise _backup_error(exc, register, directory) from exc
        raise
    backup = Backup(path, made, reason)
    log.info("A copy of the register was made %s: %s", _reason_words(reason), path.name)
    if keep is not None:
        prune(folder, keep=keep)
    return backup


def backup_or_warn(folder: DataFolder, reason: str) -> Backup | None:
    """:func:`backup_register` for the work that follows (an import, a run), which goes on
    whatever happens here: a failure is logged as a warning."""
    what = _reason_words(reason)
    try:
        return backup_register(folder, reason)
    except BackupError as exc:
        log.warning("No backup of the register was made %s: %s It goes on without one.", what, exc)
    except Exception:  # a fault in the copying must not stop the work either
        log.warning(
            "No backup of the register was made %s (an unexpected problem, details below). "
            "It goes on without one.",
            what,
            exc_info=True,
        )
    return None


def prune(folder: DataFolder, *, keep: int = KEEP) -> None:
    """Remove all but the newest ``keep`` backups, and copies left half-made long ago."""
    for old in list_backups(folder)[keep:]:
        try:
            old.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("The old backup %s could not be removed: %s", old.name, exc.strerror)
        else:
            log.info("The old backup %s was removed (the newest %d are kept).", old.name, keep)
    limit = datetime.now().timestamp() - _STALE_PARTIAL.total_seconds()
    with contextlib.suppress(OSError):
        for partial in backups_folder(folder).glob(f".register-*{_PARTIAL}"):
            with contextlib.suppress(OSError):
                if partial.stat().st_mtime < limit:
                    partial.unlink()


# ----- copying ------------------------------------------------------------------------------


def sqlite_uri(path: Path, mode: str) -> str:
    """An SQLite URI that never creates the file (``rw``) or never writes it (``ro``)."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def checked_copy(source: Path, target: Path, *, damaged_too: bool = False) -> None:
    """A consistent, checked, self-contained copy (no journal beside it) of ``source``."""
    try:
        _sqlite_copy(source, target)
        if not damaged_too:
            verify_sqlite(target, pragma="quick_check")
    except sqlite3.Error as exc:
        if not (damaged_too and isinstance(storage_error(exc, source), RegisterDamaged)):
            raise
        log.warning("SQLite cannot read the register (%s); it is copied as it is.", exc)
        shutil.copyfile(source, target)
    with target.open("rb+") as written:
        os.fsync(written.fileno())


def _sqlite_copy(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    src = sqlite3.connect(sqlite_uri(source, "rw"), uri=True, timeout=10)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def verify_sqlite(path: Path, *, pragma: str) -> None:
    """Raise ``sqlite3.DatabaseError`` unless SQLite finds ``path`` healthy."""
    db = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        verdict = [row[0] for row in db.execute(f"PRAGMA {pragma}(3)")]
    finally:
        db.close()
    if verdict != ["ok"]:
        raise sqlite3.DatabaseError(f"database disk image is malformed: {'; '.join(verdict)}")


def _check_space(register: Path, directory: Path) -> None:
    size = sum(
        p.stat().st_size
        for p in (register, register.with_name(register.name + "-wal"))
        if p.exists()
    )
    free = _free_bytes(directory)
    if free < 2 * size + _RESERVE:
        raise BackupError(
            translate(
                "backup_copies",
                "There is not enough free space on the drive of {folder} for a copy "
                "({free} free; the copy needs {needed} and leaves room for the work that "
                "follows). Free some space.",
            ).format(folder=directory, free=_megabytes(free), needed=_megabytes(size))
        )


def _free_bytes(directory: Path) -> int:
    return shutil.disk_usage(directory).free


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _backup_error(exc: sqlite3.Error | OSError, register: Path, directory: Path) -> BackupError:
    error = storage_error(exc, register)
    if isinstance(error, DiskFull):
        return BackupError(
            translate(
                "backup_copies",
                "The drive of {folder} filled up while the copy was made (the half-made "
                "copy was removed). Free some space.",
            ).format(folder=directory)
        )
    if isinstance(error, RegisterDamaged):
        return BackupError(
            translate(
                "backup_copies",
                "The register is damaged ({error}), so no copy was made of it; the earlier "
                "backups are kept as they are.",
            ).format(error=exc)
        )
    if error is not None:
        return BackupError(str(error))
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return BackupError(
        translate("backup_copies", "The copy could not be written in {folder} ({error}).").format(
            folder=directory, error=detail
        )
    )


def _reason_words(reason: str) -> str:
    """Why a copy was made, in English (``before an import``), for the log."""
    return REASONS.get(reason, reason.replace("-", " "))
