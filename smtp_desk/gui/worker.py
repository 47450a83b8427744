"""Background work with one contract: the operation runs off the GUI thread and never
touches a widget; its result (or its exception) is delivered on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

__all__ = ["run_in_background"]

_running: set[_Delivery] = set()  # kept alive until their result is delivered


class _Delivery(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues, this object calls back.

    Signals:
        finished(object): the operation's result.
        failed(object): the exception it raised.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self, on_done: Callable[[Any], None], on_failed: Callable[[Exception], None]
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_failed = on_failed
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed_signal)

    def _on_finished(self, result: object) -> None:
        _running.discard(self)
        self._on_done(result)

    def _on_failed_signal(self, error: object) -> None:
        _running.discard(self)
        assert isinstance(error, Exception)
        self._on_failed(error)


class _Task(QRunnable):
    def __init__(self, operation: Callable[[], object], delivery: _Delivery) -> None:
        super().__init__()
        self._operation = operation
        self._delivery = delivery

    def run(self) -> None:
        try:
            result = self._operation()
        except Exception as exc:  # handed to the GUI thread, which decides what to say
            self._delivery.failed.emit(exc)
        else:
            self._delivery.finished.emit(result)


def run_in_background(
    operation: Callable[[], object],
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> None:
    """Run ``operation`` on Qt's thread pool; call back on the GUI thread."""
    delivery = _Delivery(on_done, on_failed)
    _running.add(delivery)
    QThreadPool.globalInstance().start(_Task(operation, delivery))
