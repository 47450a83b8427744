"""Runs a batch in a QThread and reports through signals; never touches a widget."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal

from smtp_desk.core.batch import Batch, run_batch
from smtp_desk.core.sender import SendOptions
from smtp_desk.core.transport import Canceller

__all__ = ["SendWorker"]


class SendWorker(QObject):
    """Signals:
    progress(object): a :class:`~smtp_desk.core.sender.Progress` after every item.
    finished(object): the :class:`~smtp_desk.core.sender.RunResult`.
    failed(str): the run could not go on (the reason, for the person).
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, batch: Batch, options: SendOptions | None = None) -> None:
        super().__init__()
        self._batch = batch
        self._options = options
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
                options=self._options,
                on_progress=self.progress.emit,
                should_stop=lambda: self._pause,
                canceller=self.canceller,
            )
        except Exception as exc:  # reported to the person; the outbox keeps its state
            self.failed.emit(f"The run stopped: {exc}")
            return
        self._batch.password = ""
        self.finished.emit(result)
