"""Copies of the register: one before each import and each run, the newest ten kept, and
restoring one.

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

Restoring refuses while a run holds the sending lock, and holds it itself meanwhile; it
checks the chosen copy with ``PRAGMA integrity_check``, keeps the register as it is as a
"before-restore" copy (even a damaged one, byte for byte when SQLite cannot read it), then
writes the copy into the register with the backup API (one transaction: anyone reading
sees the register before or after, never half). A register SQLite cannot open at all is
replaced as a file instead (``os.replace``), with its stale journal removed first.
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
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_lock import RunLock, RunLockHeld
from smtp_desk.core.store import SCHEMA_VERSION
from smtp_desk.core.store_errors import DiskFull, RegisterDamaged, storage_error

__all__ = [
    "KEEP",
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
    "restore_backup",
]

log = logging.getLogger(__name__)

KEEP = 10
REASONS = {
    "before-import": "before an import",
    "before-run": "before sending",
    "before-restore": "before a restore",
}
_STAMP = "%Y%m%dT%H%M%S.%f"
_NAME = re.compile(r"^register-(\d{8}T\d{6}\.\d{6})Z-([a-z]+(?:-[a-z]+)*)\.db$")
_PARTIAL = ".partial"
_STALE_PARTIAL = timedelta(days=1)
_RESERVE = 20 * 1024 * 1024  # room left for the import or run that follows the copy
_HANDED_OVER = ("sent", "unconfirmed", "sending")  # states of a message that may have arrived


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
        return f"{self.made.astimezone():%d %b %Y %H:%M}"

    @property
    def why(self) -> str:
        """``before an import``."""
        return REASONS.get(self.reason, self.reason.replace("-", " "))

    def __str__(self) -> str:
        return f"the backup of {self.when} ({self.why})"


@dataclass(frozen=True)
class Restored:
    """What a restore did: the copy now in the register, and where the old register went."""

    backup: Backup
    saved: Backup | None  # the register as it was (None: there was no register)

    def __str__(self) -> str:
        kept = (
            f" The register as it was is kept as {self.saved.name}."
            if self.saved is not None
            else ""
        )
        return f"The register is back as it was on {self.backup.when} ({self.backup.why}).{kept}"


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
            f"The backups in {backups_folder(folder)} cannot be listed ({exc.strerror})."
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
        f"There is no backup called {name!r} in {backups_folder(folder)}; "
        "'smtp-desk backups' lists them."
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
        raise BackupError(f"The folder {directory} cannot be made ({exc.strerror}).") from exc
    try:
        _check_space(register, directory)
    except OSError as exc:
        raise BackupError(
            f"The free space in {directory} cannot be told ({exc.strerror})."
        ) from exc
    made = (now or datetime.now(UTC)).astimezone(UTC)
    path = directory / f"register-{made.strftime(_STAMP)}Z-{reason}.db"
    partial = path.with_name(f".{path.name}{_PARTIAL}")
    try:
        _copy(register, partial, damaged_too=damaged_too)
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
    log.info("A copy of the register was made %s: %s", backup.why, path.name)
    if keep is not None:
        prune(folder, keep=keep)
    return backup


def backup_or_warn(folder: DataFolder, reason: str) -> Backup | None:
    """:func:`backup_register` for the work that follows (an import, a run), which goes on
    whatever happens here: a failure is logged as a warning."""
    what = REASONS.get(reason, reason.replace("-", " "))
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
                    f"The register as it is could not be kept as a backup first, so nothing "
                    f"was restored: {exc}"
                ) from exc
            try:
                _replace_register(backup.path, folder.register_file)
            except (SmtpDeskError, sqlite3.Error, OSError) as exc:
                # Both ways are all or nothing: the register is as it was.
                kept = f" (it is kept as {saved.name} too)" if saved else ""
                raise BackupError(
                    f"{_reason(exc, folder.register_file)} So {backup} was not restored; the "
                    f"register is as it was{kept}."
                ) from exc
    except RunLockHeld as exc:
        holder = f" ({exc.holder})" if exc.holder else ""
        raise BackupError(
            f"A backup cannot be restored while a run is sending from this data folder"
            f"{holder}. Wait for it to finish, or pause it, then try again; nothing was "
            "changed."
        ) from None
    except OSError as exc:  # the sending lock itself cannot be taken
        raise BackupError(
            f"{_reason(exc, folder.register_file)} So {backup} was not restored."
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
    return f"{where} could not be written ({detail})."


# ----- copying ------------------------------------------------------------------------------


def _uri(path: Path, mode: str) -> str:
    """An SQLite URI that never creates the file (``rw``) or never writes it (``ro``)."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def _copy(source: Path, target: Path, *, damaged_too: bool = False) -> None:
    """A consistent, checked, self-contained copy (no journal beside it) of ``source``."""
    try:
        _sqlite_copy(source, target)
        if not damaged_too:
            _verify(target, pragma="quick_check")
    except sqlite3.Error as exc:
        if not (damaged_too and isinstance(storage_error(exc, source), RegisterDamaged)):
            raise
        log.warning("SQLite cannot read the register (%s); it is copied as it is.", exc)
        shutil.copyfile(source, target)
    with target.open("rb+") as written:
        os.fsync(written.fileno())


def _sqlite_copy(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    src = sqlite3.connect(_uri(source, "rw"), uri=True, timeout=10)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _verify(path: Path, *, pragma: str) -> None:
    """Raise ``sqlite3.DatabaseError`` unless SQLite finds ``path`` healthy."""
    db = sqlite3.connect(_uri(path, "ro"), uri=True)
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
            f"There is not enough free space on the drive of {directory} for a copy "
            f"({_megabytes(free)} free; the copy needs {_megabytes(size)} and leaves room "
            "for the work that follows). Free some space."
        )


def _free_bytes(directory: Path) -> int:
    return shutil.disk_usage(directory).free


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _backup_error(exc: sqlite3.Error | OSError, register: Path, directory: Path) -> BackupError:
    error = storage_error(exc, register)
    if isinstance(error, DiskFull):
        return BackupError(
            f"The drive of {directory} filled up while the copy was made (the half-made "
            "copy was removed). Free some space."
        )
    if isinstance(error, RegisterDamaged):
        return BackupError(
            f"The register is damaged ({exc}), so no copy was made of it; the earlier "
            "backups are kept as they are."
        )
    if error is not None:
        return BackupError(str(error))
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return BackupError(f"The copy could not be written in {directory} ({detail}).")


# ----- restoring ----------------------------------------------------------------------------


def check_backup(backup: Backup) -> None:
    """Raise :class:`BackupError` unless ``backup`` passes ``PRAGMA integrity_check`` and
    is a register this SMTP Desk can open."""
    try:
        db = sqlite3.connect(_uri(backup.path, "ro"), uri=True)
        try:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
        finally:
            db.close()
        _verify(backup.path, pragma="integrity_check")
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            f"{backup} ({backup.name}) is damaged or unreadable ({exc}), so it was not "
            "restored; choose another one."
        ) from exc
    if not 1 <= version <= SCHEMA_VERSION:
        raise BackupError(
            f"{backup} ({backup.name}) is not a register this SMTP Desk can use (schema "
            f"{version}); choose another one."
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
    src = sqlite3.connect(_uri(source, "ro"), uri=True)
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
        _copy(source, partial)
        for journal in ("-wal", "-shm", "-journal"):
            register.with_name(register.name + journal).unlink(missing_ok=True)
        os.replace(partial, register)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def _handed_over(path: Path, *, mode: str) -> set[str]:
    db = sqlite3.connect(_uri(path, mode), uri=True, timeout=10)
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
