"""One run on the Send page: whether it may begin, the :class:`SendWorker` that sends it,
its live progress (table, bar and ETA), pause and cancel, and how it ended — the notice for
a problem, a daily limit or a moved clock, and the sentence for the status bar. The daily
limit's notice is shown from here for a prepared plan too.

The page owns one :class:`SendRun` and gives it the widgets it writes to; the page keeps its
buttons and the prepare that comes before every run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar

from smtp_desk.core.batch import Batch
from smtp_desk.core.i18n import shown_date, translate
from smtp_desk.core.limits import Plan
from smtp_desk.core.outbox import as_utc
from smtp_desk.core.sender import Progress, RunResult, SendOptions, StopReason
from smtp_desk.gui.recipients_table import RecipientsTable
from smtp_desk.gui.send_notice import SendNotice, eta_text, stop_sentence
from smtp_desk.gui.send_worker import SendWorker

__all__ = ["SendRun"]

log = logging.getLogger(__name__)


class SendRun(QObject):
    """The Send page's run, from Start (once prepared) to its end.

    Signals:
        started(): the worker was made and is about to start (the page: running).
        ended(str): the run ended; the sentence for the summary and the status bar.
    """

    started = Signal()
    ended = Signal(str)

    def __init__(
        self,
        *,
        table: RecipientsTable,
        progress: QProgressBar,
        eta: QLabel,
        notice: SendNotice,
        summary: QLabel,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._table = table
        self._progress = progress
        self._eta = eta
        self._notice = notice
        self._summary = summary
        self._clock = clock
        self.worker: SendWorker | None = None
        self._stopping = False  # Pause or Cancel was pressed: the ETA line says so

    def now(self) -> datetime:
        """The clock's time as a UTC instant (a naive one is local time)."""
        return as_utc(self._clock())

    def begin(
        self, batch: Batch, *, options: SendOptions | None, clock: Callable[[], datetime]
    ) -> None:
        """Send what waits in the prepared ``batch`` (the worker keeps ``clock``); says why
        when it cannot."""
        blocked = batch.plan.blocked_until
        if blocked is not None and self.now() < blocked:
            text = translate(
                "send_run",
                "Nothing can be sent before {when}: the daily "
                "limit is reached. The members wait and nobody gets a second copy.",
            ).format(when=shown_date(blocked.astimezone(), year=False, clock=True))
            self._summary.setText(text)
            log.info("%s", text)
            return
        if not self._table.waiting():
            self._summary.setText(
                translate("send_run", "Nothing is waiting to be sent in this run.")
            )
            return
        if self._notice.kind in ("problem", "clock"):
            self._notice.clear()
        log.info("Sending %ss for %s: %s", batch.kind, batch.period.label, batch.plan)
        self.worker = SendWorker(batch, options, clock=clock)
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self._stopping = False
        self.started.emit()
        self._eta.setText(translate("send_run", "Starting…"))
        self.worker.start()

    def pause(self) -> None:
        if self.worker is not None:
            self.worker.pause()
            self._stopping = True
            self._eta.setText(translate("send_run", "Pausing after the message being sent…"))

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self._stopping = True
            self._eta.setText(translate("send_run", "Cancelling…"))

    def show_plan(self, plan: Plan, *, sending: bool) -> None:
        """A limit notice while nothing may go now; otherwise no notice about limits."""
        blocked = plan.blocked_until
        if blocked is not None and self.now() < blocked:
            self._show_limit(plan, sending=sending)
        elif self._notice.kind == "limit":
            self._clear_limit()

    def _show_limit(self, plan: Plan, *, sending: bool) -> None:
        self._notice.show_limit(plan, sending=sending)
        self._table.set_waiting_why(translate("send_run", "daily limit"))

    def _clear_limit(self) -> None:
        self._notice.clear()
        self._table.set_waiting_why("")

    def _on_worker_progress(self, progress: Progress) -> None:
        if progress.last is not None:
            self._table.show_item(progress.last)
        self._progress.setMaximum(max(progress.countable, 1))
        self._progress.setValue(progress.handled)
        if self.worker is None or self._stopping:
            return
        problems = progress.problems
        eta = eta_text(progress.eta_seconds)
        many = translate("send_run", "{count} problem(s)").format(count=problems)
        self._eta.setText(" · ".join(x for x in (eta, many if problems else "") if x))

    def _on_worker_finished(self, result: RunResult) -> None:
        text, word = stop_sentence(result)
        if result.stopped is StopReason.PROBLEM and result.diagnosis is not None:
            self._notice.show_problem(result.diagnosis, waiting=result.waiting)
        elif result.stopped in (StopReason.DAILY_LIMIT, StopReason.QUOTA) and result.plan:
            self._show_limit(result.plan, sending=True)
        elif result.stopped is StopReason.CLOCK and result.clock_moved is not None:
            self._notice.show_clock(result.clock_moved, waiting=result.waiting)
        self._eta.setText(word)
        log.log(logging.INFO if result.complete else logging.WARNING, "%s", text)
        self._end(text)

    def _on_worker_failed(self, message: str) -> None:
        log.error("%s", message)
        self._eta.setText(translate("send_run", "Stopped"))
        self._end(message)

    def _end(self, text: str) -> None:
        # The run's operation was kept alive until this delivery (the background contract):
        # the worker is let go on the GUI thread, never by another thread's garbage collector.
        if self.worker is not None:
            self.worker.wait(2000)
        self.worker = None
        self.ended.emit(text)
