"""Runs a batch in a QThread and reports through signals; never touches a widget."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QThread, Signal

from smtp_desk.core.batch import Batch, run_batch
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.outbox import now_utc
from smtp_desk.core.sender import SendOptions
from smtp_desk.core.store import StoreError

__all__ = ["SendWorker"]

log = logging.getLogger(__name__)


class SendWorker(QObject):
    """Signals:
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
        self.qthread = QThread()
        self.moveToThread(self.qthread)
        self.qthread.started.connect(self.run)
        direct = Qt.ConnectionType.DirectConnection  # end the thread's loop at once
        self.finished.connect(self.qthread.quit, direct)
        self.failed.connect(self.qthread.quit, direct)

    def start(self) -> None:
        self.qthread.start()

    def pause(self) -> None:
        """Stop after the message being sent; the rest stays to send later."""
        self._pause = True

    def cancel(self) -> None:
        """Stop within a second; a message already handed over gets its answer first."""
        self.canceller.cancel(grace=0.7)

    def run(self) -> None:
        try:
            result = run_batch(
                self._batch,
                who="window",
                options=self._options,
                on_progress=self.progress.emit,
                should_stop=lambda: self._pause,
                canceller=self.canceller,
                clock=self._clock,
            )
        except SmtpDeskError as exc:  # another run holds the folder, the register is locked …
            started = "stopped" if isinstance(exc, StoreError) else "did not start"
            self.failed.emit(f"Sending {started}: {exc}")
            return
        except Exception:  # reported to the person; the outbox keeps its state
            log.debug("The run stopped unexpectedly", exc_info=True)
            self.failed.emit(
                "Sending stopped because of an unexpected problem; nothing was lost (the "
                "register keeps every member's state). Press Start to continue; if it happens "
                "again, send the log file to whoever supports SMTP Desk."
            )
            return
        self.finished.emit(result)
