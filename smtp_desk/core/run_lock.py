"""One sending run per data folder, across processes.

A run holds an OS advisory lock on ``sending.lock`` in the data folder (``flock`` on POSIX,
``msvcrt.locking`` on Windows). The OS frees it however the process ends (SIGKILL, power
cut), so a dead run's lock is simply free and no guess about a PID decides anything. The
file is never deleted: two runs could then lock two different files. ``sending.lock.json``
describes the holder for the refusal sentence only, and is believed only while the lock is
held. A process-wide set refuses a second lock within one process on any platform, and the
descriptor is not inherited, so a render worker cannot keep a dead run's lock alive.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, shown_date, translate

__all__ = ["Holder", "RunLock", "RunLockHeld"]

log = logging.getLogger(__name__)

LOCK_NAME = "sending.lock"
DESCRIPTION_NAME = "sending.lock.json"
_FORMAT = "smtp-desk-sending-lock"
_WHO = {
    "window": QT_TRANSLATE_NOOP("run_lock", "the SMTP Desk window (process {pid})"),
    "command": QT_TRANSLATE_NOOP("run_lock", "the command line (smtp-desk send, process {pid})"),
}
_held_here: set[str] = set()  # lock files held by this process, by normalised real path
_held_here_guard = threading.Lock()

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


@dataclass(frozen=True)
class Holder:
    """Who holds the lock: ``who`` is "window" or "command"; ``since`` is local time."""

    who: str
    pid: int
    since: datetime
    what: str = ""

    def __str__(self) -> str:
        who = translate("run_lock", _WHO[self.who]).format(pid=self.pid)
        since = shown_date(self.since, year=False, clock=True)
        if self.what:
            text = translate("run_lock", "{who} has been sending {what} since {since}")
        else:
            text = translate("run_lock", "{who} has been sending since {since}")
        return text.format(who=who, what=self.what, since=since)


class RunLockHeld(SmtpDeskError):
    """Another sending run holds the data folder; ``holder`` is None when it cannot be told."""

    def __init__(self, holder: Holder | None) -> None:
        if holder is None:
            text = translate(
                "run_lock",
                "Another sending run is using this data folder. "
                "Wait for it to finish, then try again.",
            )
        else:
            text = translate(
                "run_lock",
                "Another sending run is using this data folder: {holder}. "
                "Wait for it to finish (or stop it there), then try again.",
            )
        super().__init__(text.format(holder=holder))
        self.holder = holder

    def __reduce__(self) -> tuple[type[RunLockHeld], tuple[Holder | None]]:
        return (RunLockHeld, (self.holder,))  # args hold the sentence, not the holder


class RunLock:
    """The sending lock of the data folder at ``root``; ``acquire`` never waits."""

    def __init__(self, root: Path, *, who: str, what: str = "") -> None:
        if who not in _WHO:
            raise ValueError(f"who must be one of {sorted(_WHO)}, not {who!r}")
        self._root, self._who, self._what = root, who, what
        self._fd: int | None = None
        self._key = ""

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`RunLockHeld`. Does nothing if already held."""
        if self._fd is not None:
            return
        self._root.mkdir(parents=True, exist_ok=True)
        key = _key(self._root)
        with _held_here_guard:
            if key in _held_here:
                raise RunLockHeld(_read_description(self._root))
            _held_here.add(key)  # reserved for this object until release
        self._key = key
        try:
            self._fd = _open_locked(self._root / LOCK_NAME, create=True)
            if self._fd is None:
                raise RunLockHeld(_description_soon(self._root))
            self._describe()
        except BaseException:  # refused, or interrupted: hold nothing
            self.release()
            raise

    def release(self) -> None:
        """Give the lock back; safe to call when not held."""
        fd, self._fd, key, self._key = self._fd, None, self._key, ""
        try:
            if fd is not None:
                with contextlib.suppress(OSError):  # a stale description is ignored anyway
                    (self._root / DESCRIPTION_NAME).unlink(missing_ok=True)
                _unlock_and_close(fd)
        finally:
            with _held_here_guard:
                _held_here.discard(key)

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    @staticmethod
    def holder(root: Path) -> Holder | None:
        """Who holds the lock of ``root`` now; None when it is free (or cannot be told)."""
        if _key(root) not in _held_here:  # probe a fresh descriptor, unless held here
            try:
                fd = _open_locked(root / LOCK_NAME, create=False)
            except FileNotFoundError:
                return None
            if fd is not None:
                _unlock_and_close(fd)
                return None  # free: any description left is a dead run's
        return _read_description(root)

    def _describe(self) -> None:
        """Write who holds the lock; a failure only leaves refusals without a description."""
        since = datetime.now().isoformat(timespec="seconds")
        data = {"format": _FORMAT, "who": self._who, "pid": os.getpid(), "since": since}
        path = self._root / DESCRIPTION_NAME
        tmp = path.with_name(f".{path.name}.tmp")  # only the lock's holder writes it
        try:
            tmp.write_text(json.dumps({**data, "what": self._what}), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            log.warning("Could not describe the sending lock in %s", path, exc_info=True)
            with contextlib.suppress(OSError):  # a dead run's description must not stand in
                path.unlink(missing_ok=True)


_DESCRIBED_WITHIN = 0.5  # seconds a holder takes at most between locking and describing


def _description_soon(root: Path) -> Holder | None:
    """Who holds the lock, waiting a moment for a holder that has just taken it and not
    yet written who it is (two runs started together)."""
    deadline = time.monotonic() + _DESCRIBED_WITHIN
    while True:
        found = _read_description(root)
        if found is not None or time.monotonic() >= deadline:
            return found
        time.sleep(0.05)


def _open_locked(path: Path, *, create: bool) -> int | None:
    """A new descriptor (not inherited) holding the lock on ``path``; None if it is taken.

    A lock file deleted or replaced by someone else (a clean-up, a sync tool) while it was
    being taken would leave two holders of two files: the file locked must still be the one
    at ``path``, or it is taken again. (The outbox also refuses to let two senders claim one
    member, whatever happens to this file.)"""
    for _ in range(3):
        fd = _lock_once(path, create=create)
        if fd is None or sys.platform == "win32" or _same_file(fd, path):
            return fd
        _unlock_and_close(fd)
    return None


def _same_file(fd: int, path: Path) -> bool:
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)


def _lock_once(path: Path, *, create: bool) -> int | None:
    fd = os.open(path, os.O_RDWR | (os.O_CREAT if create else 0), 0o644)
    try:
        if sys.platform == "win32":
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # byte 0: a new descriptor starts there
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BaseException as exc:
        os.close(fd)
        if isinstance(exc, OSError) and exc.errno in (errno.EAGAIN, errno.EACCES, errno.EDEADLOCK):
            return None  # another descriptor holds it
        raise
    return fd


def _unlock_and_close(fd: int) -> None:
    try:
        if sys.platform == "win32":
            os.lseek(fd, 0, os.SEEK_SET)  # msvcrt unlocks bytes from the current position
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _key(root: Path) -> str:
    return os.path.normcase(os.path.realpath(root / LOCK_NAME))


def _read_description(root: Path) -> Holder | None:
    """The holder as described, or None when the description is missing or damaged."""
    try:
        data = json.loads((root / DESCRIPTION_NAME).read_text(encoding="utf-8"))
        who, pid, what = data["who"], data["pid"], data["what"]
        if data["format"] != _FORMAT or who not in _WHO or type(pid) is not int:
            return None
        since = datetime.fromisoformat(data["since"])
        return Holder(who=who, pid=pid, since=since, what=what if isinstance(what, str) else "")
    except (OSError, ValueError, TypeError, KeyError):
        return None
