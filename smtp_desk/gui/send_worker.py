"""Runs a batch through the background contract (:mod:`smtp_desk.gui.worker`) and reports
through signals on the GUI thread; never touches a widget."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from smtp_desk.core.batch import Batch, run_batch
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import translate
from smtp_desk.core.outbox import now_utc
from smtp_desk.core.sender import RunResult, SendOptions
from smtp_desk.core.store import StoreError
from smtp_desk.gui.worker import Operation, Task

__all__ = ["SendWorker"]

log = logging.getLogger(__name__)


class SendWorker(QObject):
    """Lives on the GUI thread; its run is an :class:`Operation`.

    Signals:
        progress(object): a :class:`~smtp_desk.core.sender.Progress` after every item.
        finished(object): the :class:`~smtp_desk.core.sender.RunResult`.
        failed(str): the run could not go on (the reason, for the person).
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        batch: Batch,
        options: SendOptions | None = None,
        *,
        clock: Callable[[], datetime] = now_utc,
    ) -> None:
        super().__init__()
        self._batch = batch  # holds no secret: the sign-in reads the store when it connects
        self._options = options
        self._clock = clock
        self._pause = False
        self.canceller = Canceller()
        self.operation: Operation[RunResult | str] = Operation(
            self._run,
            on_done=self._on_operation_done,
            on_failed=self._on_operation_failed,
            on_progress=self.progress.emit,
            on_cancel=lambda: self.canceller.cancel(grace=0.7),
        )

    def start(self) -> None:
        self.operation.start()

    def pause(self) -> None:
        """Stop after the message being sent; the rest stays to send later."""
        self._pause = True

    def cancel(self) -> None:
        """Stop within a second; a message already handed over gets its answer first."""
        self.operation.cancel()

    def wait(self, ms: int = 5000) -> bool:
        return self.operation.wait(ms)

    def _run(self, task: Task) -> RunResult | str:
        """Off the GUI thread: the result, or the sentence saying why the run stopped."""
        try:
            return run_batch(
                self._batch,
                who="window",
                options=self._options,
                on_progress=task.report,
                should_stop=lambda: self._pause,
                canceller=self.canceller,
                clock=self._clock,
            )
        except SmtpDeskError as exc:  # another run holds the folder, the register is locked …
            if isinstance(exc, StoreError):
                return translate("send_worker", "Sending stopped: {error}").format(error=exc)
            return translate("send_worker", "Sending did not start: {error}").format(error=exc)

    def _on_operation_done(self, result: RunResult | str) -> None:
        if isinstance(result, str):
            self.failed.emit(result)
        else:
            self.finished.emit(result)

    def _on_operation_failed(self, error: Exception) -> None:
        # reported to the person; the outbox keeps its state
        log.debug("The run stopped unexpectedly", exc_info=error)
        self.failed.emit(
            translate(
                "send_worker",
                "Sending stopped because of an unexpected problem; nothing was lost (the "
                "register keeps every member's state). Press Start to continue; if it happens "
                "again, send the log file to whoever supports SMTP Desk.",
            )
        )
