"""Storage trouble with the register, said in sentences: what happened and what to do.

:func:`storage_error` turns an ``sqlite3`` error (or a full disk) into a :class:`StoreError`
by SQLite's result code: a damaged file (restore a backup), a full disk (free space; the
failed change was rolled back), a register another program keeps busy, a read-only folder,
a drive that failed. Constraint and programming errors are faults of SMTP Desk, not of the
disk, and are left as they are (the command line says "unexpected" and logs the traceback).
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "RESTORE_ADVICE",
    "DiskFull",
    "RegisterBusy",
    "RegisterDamaged",
    "RegisterReadOnly",
    "StoreError",
    "disk_full_sentence",
    "storage_error",
]


class StoreError(SmtpDeskError):
    """The register cannot be used (newer version, damaged, locked); ``path`` is its file."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class RegisterDamaged(StoreError):
    """The file is not a healthy SQLite database: restore a backup."""


class DiskFull(StoreError):
    """The disk (or the register's size limit) is full; what failed was rolled back."""


class RegisterBusy(StoreError):
    """Another program kept the register locked longer than the wait."""


class RegisterReadOnly(StoreError):
    """The register, or its folder, may not be written."""


RESTORE_ADVICE = QT_TRANSLATE_NOOP(
    "store_errors",
    "Restore the latest backup: File > Restore a backup… in the window, or "
    "'smtp-desk backups restore --latest'.",
)
"""In English; ``translate("store_errors", RESTORE_ADVICE)`` where a person reads it."""
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT}
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
# Without an SQLite code (raised by hand, or by an older module): known words of SQLite's.
_WORDS = (
    ("malformed", sqlite3.SQLITE_CORRUPT),
    ("not a database", sqlite3.SQLITE_NOTADB),
    ("disk is full", sqlite3.SQLITE_FULL),
    ("is locked", sqlite3.SQLITE_BUSY),
    ("readonly", sqlite3.SQLITE_READONLY),
    ("unable to open", sqlite3.SQLITE_CANTOPEN),
    ("disk i/o error", sqlite3.SQLITE_IOERR),
)
# Faults of the program, not of the disk: they keep their type (and a traceback in the log).
_PROGRAM_FAULTS = (
    sqlite3.IntegrityError,
    sqlite3.ProgrammingError,
    sqlite3.InterfaceError,
    sqlite3.NotSupportedError,
    sqlite3.DataError,
)


def disk_full_sentence(where: Path) -> str:
    return translate(
        "store_errors",
        "The disk is full: free some space on the drive of {where}, then try again; "
        "nothing was lost.",
    ).format(where=where)


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()
    return next((c for words, c in _WORDS if words in text), None)


def storage_error(exc: BaseException, path: Path, *, doing: str = "used") -> StoreError | None:
    """The sentence for storage trouble with the register at ``path``, or None when ``exc``
    is not storage trouble (a fault of the program, or a file other than the register)."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return DiskFull(disk_full_sentence(path.parent), path)
        if exc.errno in _READ_ONLY_ERRNOS and doing == "opened":
            return RegisterReadOnly(_read_only_sentence(path), path)
        return None
    if not isinstance(exc, sqlite3.Error) or isinstance(exc, _PROGRAM_FAULTS):
        return None
    code = _primary_code(exc)
    if code in _DAMAGED:
        return RegisterDamaged(_damaged_sentence(path, doing, exc), path)
    if code == sqlite3.SQLITE_FULL:
        return DiskFull(disk_full_sentence(path.parent), path)
    if code in _BUSY:
        return RegisterBusy(
            translate(
                "store_errors",
                "Another program is using the register {path} (another SMTP Desk window or "
                "command, a backup or sync program) and kept it busy. Wait until it has "
                "finished, or close it, then try again; nothing was changed.",
            ).format(path=path),
            path,
        )
    if code in _READ_ONLY:
        return RegisterReadOnly(_read_only_sentence(path), path)
    if code == sqlite3.SQLITE_IOERR:
        return StoreError(
            translate(
                "store_errors",
                "The register {path} could not be read or written ({error}): the drive it is "
                "on had a problem (a USB stick or network drive that went away, a failing "
                "disk). Check the drive, then try again; if it keeps happening, {restore}",
            ).format(path=path, error=exc, restore=_restore_advice(lowered=True)),
            path,
        )
    return StoreError(_failed_sentence(path, doing, exc), path)


def _damaged_sentence(path: Path, doing: str, exc: BaseException) -> str:
    if doing == "opened":
        text = translate(
            "store_errors", "The register {path} is damaged and cannot be opened ({error})."
        )
    elif doing == "used":
        text = translate(
            "store_errors", "The register {path} is damaged and cannot be used ({error})."
        )
    else:  # not said in the window
        text = f"The register {{path}} is damaged and cannot be {doing} ({{error}})."
    return f"{text.format(path=path, error=exc)} {_restore_advice()}"


def _failed_sentence(path: Path, doing: str, exc: BaseException) -> str:
    if doing == "opened":
        text = translate(
            "store_errors",
            "The register {path} could not be opened ({error}). Try again; if it keeps "
            "happening, {restore}",
        )
    elif doing == "used":
        text = translate(
            "store_errors",
            "The register {path} could not be used ({error}). Try again; if it keeps "
            "happening, {restore}",
        )
    else:  # not said in the window
        text = (
            f"The register {{path}} could not be {doing} ({{error}}). Try again; if it keeps "
            "happening, {restore}"
        )
    return text.format(path=path, error=exc, restore=_restore_advice(lowered=True))


def _restore_advice(*, lowered: bool = False) -> str:
    """:data:`RESTORE_ADVICE` in the window's language; ``lowered`` to follow a comma."""
    text = translate("store_errors", RESTORE_ADVICE)
    return _lower(text) if lowered else text


def _read_only_sentence(path: Path) -> str:
    return translate(
        "store_errors",
        "The register {path} cannot be written: the file or its folder is read-only, or "
        "belongs to another user. Allow changes to the folder (or choose another data "
        "folder with SMTP_DESK_HOME), then try again; nothing was changed.",
    ).format(path=path)


def _lower(sentence: str) -> str:
    return sentence[:1].lower() + sentence[1:]
