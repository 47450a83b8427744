"""The window reads bounces by itself: a few seconds after it opens, and some minutes after
each run ends (:data:`AFTER_RUN_MS`: bounces come back minutes after the bills leave, so once
after a minute and again after ten), and when the person asks (Check for Bounces).

Each read runs off the GUI thread through the background contract (:mod:`~smtp_desk.gui.
worker`) and is :func:`~smtp_desk.core.bounce_check.check_bounces`: nothing happens without a
mailbox or a bill sent lately; a mailbox that cannot be read is said once in the log and the
status bar — never a dialog, never tried again until the next occasion. One read at a time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from smtp_desk.core.bounce_check import BounceCheck, check_bounces
from smtp_desk.core.errors import Cancelled, SmtpDeskError
from smtp_desk.core.i18n import translate
from smtp_desk.core.instants import now_utc
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.gui.worker import Operation, Task

__all__ = ["AFTER_RUN_MS", "START_MS", "BounceWatch"]

log = logging.getLogger(__name__)

START_MS = 3_000  # after the window opens: it is shown and has read what it needs first
AFTER_RUN_MS = (60_000, 600_000)  # after a run ends: a minute, then ten
TIMEOUT = 10.0  # seconds for the mailbox to answer a window's read
_POLL = 0.1  # seconds between looks whether the window closed during a read


class BounceWatch(QObject):
    """When to read bounces, and reading them one at a time.

    Signals:
        found(object): the list of :class:`~smtp_desk.core.bounces.BouncedMember` a read
            newly recorded (never empty).
        said(str): a sentence for the status bar: what a read the person asked for found,
            or why a read could not be done.
        ended(object): a read ended, with its :class:`BounceCheck`, or the
            :class:`~smtp_desk.core.errors.SmtpDeskError` that stopped it.
    """

    found = Signal(object)
    said = Signal(str)
    ended = Signal(object)

    def __init__(
        self,
        *,
        folder: DataFolder,
        secrets: SecretStore,
        sending: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._secrets = secrets
        self._sending = sending  # a run is sending: its end brings a read
        self.timeout = TIMEOUT
        self._reading: Operation[BounceCheck] | None = None
        self._asked = False  # the read under way (or the next) was asked for by the person
        self._stopped = False
        self.start_timer = self._timer(START_MS)
        self.after_run_timers = [self._timer(ms) for ms in AFTER_RUN_MS]

    def _timer(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self._on_timer_timeout)
        return timer

    @property
    def reading(self) -> bool:
        return self._reading is not None

    def start(self) -> None:
        """The window is open: read in a few seconds."""
        self.start_timer.start()

    def run_ended(self) -> None:
        """A run ended: read after each of :data:`AFTER_RUN_MS` (a later run starts over)."""
        for timer in self.after_run_timers:
            timer.start()

    def read_now(self) -> None:
        """The person asked: read now (or let the read under way answer), and say what was
        found."""
        self._asked = True
        if self._reading is None:
            self._read()

    def stop(self) -> None:
        """The window closes: no more reads; a read under way is let go (it ends by itself:
        the mailbox is only read and its result recorded in one transaction) and is not
        said, and the program does not wait for it to exit."""
        self._stopped = True
        for timer in (self.start_timer, *self.after_run_timers):
            timer.stop()
        if self._reading is not None:
            self._reading.cancel()  # the program need not wait for a slow mailbox to exit

    def wait(self, ms: int) -> None:
        """Block until a read under way has returned (tests)."""
        if self._reading is not None:
            self._reading.wait(ms)

    def _on_timer_timeout(self) -> None:
        if self._reading is None and not self._sending():
            self._read()

    def _read(self) -> None:
        folder, secrets, timeout = self._folder, self._secrets, self.timeout
        self._reading = Operation(
            lambda task: _let_go_on_close(
                lambda: check_bounces(folder, now=now_utc(), secrets=secrets, timeout=timeout),
                task,
            ),
            on_done=self._on_read,
            on_failed=self._on_read_failed,
        ).start()

    def _take_asked(self) -> bool | None:
        """The read ended: whether the person asked for it; None when no one listens."""
        self._reading = None
        asked, self._asked = self._asked, False
        if self._stopped or not shiboken6.isValid(self):
            return None
        return asked

    def _on_read(self, check: BounceCheck) -> None:
        asked = self._take_asked()
        if asked is None:
            return
        report = check.report
        if report is None:
            log.debug("Bounces not read: %s", check.skipped)
            if asked:
                self.said.emit(check.skipped)
        else:
            if report.new:
                self.found.emit(list(report.new))
            if asked or report.new:
                self.said.emit(_result(check))
        self.ended.emit(check)

    def _on_read_failed(self, error: Exception) -> None:
        asked = self._take_asked()
        if isinstance(error, Cancelled):  # let go as the window closed: nothing to say
            return
        if not isinstance(error, SmtpDeskError):
            raise error  # a program fault: the read says every trouble it can expect
        log.warning("Bounces were not read: %s", error)
        if asked is None:
            return
        self.said.emit(
            translate(
                "bounce_watch", "Bounces could not be read: {problem}. Nothing was changed."
            ).format(problem=error)
        )
        self.ended.emit(error)


def _result(check: BounceCheck) -> str:
    """What a read found, in one sentence."""
    assert check.report is not None
    report = check.report
    since = report.since.isoformat()
    if report.new:
        return translate(
            "bounce_watch", "Bounces read since {since}: {count} bill(s) newly came back."
        ).format(since=since, count=len(report.new))
    if report.delayed:
        return translate(
            "bounce_watch",
            "No new bounces since {since}; {count} bill(s) delayed, the mail server still trying.",
        ).format(since=since, count=len(report.delayed))
    return translate("bounce_watch", "No new bounces since {since}.").format(since=since)


def _let_go_on_close(read: Callable[[], BounceCheck], task: Task) -> BounceCheck:
    """``read`` on a thread of its own that the program never waits for at exit (a mailbox
    that does not answer holds it up to its timeout); the background work waits for it
    unless cancelled (the window closes), and then ends at once."""
    outcome: list[BounceCheck | BaseException] = []
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append(read())
        except BaseException as exc:  # handed over below, as if raised here
            outcome.append(exc)
        finally:
            done.set()

    threading.Thread(target=run, name="bounce-read", daemon=True).start()
    while not done.wait(_POLL):
        if task.cancelled:
            raise Cancelled("the window closed")
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result
