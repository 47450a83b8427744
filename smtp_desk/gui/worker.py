"""Background work with one contract, the window's only way to do slow work.

An :class:`Operation` is a callable run off the GUI thread. It never touches a widget; it may
report progress (``task.report(value)``) and look whether it was asked to stop
(``task.cancelled``: cancelling is cooperative). Its result, its exception and its progress
are delivered on the GUI thread, to ``on_done``, ``on_failed`` and ``on_progress``. The
handle can ``cancel()`` and ``wait()``. :func:`run_in_background` is the short form for work
that neither reports nor stops early.

The handle is a plain Python object: the one QObject involved (:class:`_Bridge`) lives on
the GUI thread for the program's life, so Python's garbage collector never deletes a QObject
from a worker thread (that has crashed PySide). An operation is kept alive until its result
is delivered, and gives up every reference to the page's callbacks there, on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal

__all__ = ["Operation", "Task", "run_in_background"]

T = TypeVar("T")

_live: set[Operation[Any]] = set()  # started and not delivered yet
_MAX_THREADS = 16  # a run, a connection test, a prepare and refreshes never wait for each other


class Task(Protocol):
    """What the work sees of its operation (from the worker thread)."""

    @property
    def cancelled(self) -> bool: ...

    def report(self, value: object) -> None: ...


class _Bridge(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues, this object calls back.

    Signals:
        progress(object, object): the operation and a value it reported.
        done(object, object): the operation and its result.
        failed(object, object): the operation and the exception it raised.
    """

    progress = Signal(object, object)
    done = Signal(object, object)
    failed = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(_MAX_THREADS)
        self.progress.connect(self._on_progress)
        self.done.connect(self._on_done)
        self.failed.connect(self._on_failed)

    def _on_progress(self, operation: Operation[Any], value: object) -> None:
        operation._deliver_progress(value)

    def _on_done(self, operation: Operation[Any], result: object) -> None:
        operation._deliver(result, None)

    def _on_failed(self, operation: Operation[Any], error: object) -> None:
        assert isinstance(error, Exception)
        operation._deliver(None, error)


_bridge: _Bridge | None = None


def _the_bridge() -> _Bridge:
    global _bridge
    if _bridge is None:
        app = QCoreApplication.instance()
        assert app is not None and app.thread() == QThread.currentThread(), "on the GUI thread"
        _bridge = _Bridge()
        _bridge.setParent(app)  # deleted with the application, after every pool thread ended
    return _bridge


class _Runnable(QRunnable):
    def __init__(self, operation: Operation[Any]) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._execute()


class Operation(Generic[T]):
    """One piece of work off the GUI thread; callbacks on the GUI thread.

    ``work(task)`` returns the result for ``on_done`` or raises for ``on_failed``;
    ``task.report(value)`` reaches ``on_progress``; ``cancel()`` sets ``task.cancelled``
    and calls ``on_cancel`` (from the GUI thread: e.g. a core ``Canceller``).
    """

    def __init__(
        self,
        work: Callable[[Task], T],
        *,
        on_done: Callable[[T], None],
        on_failed: Callable[[Exception], None],
        on_progress: Callable[[Any], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        self._work: Callable[[Task], T] | None = work
        self._on_done: Callable[[T], None] | None = on_done
        self._on_failed: Callable[[Exception], None] | None = on_failed
        self._on_progress = on_progress
        self._on_cancel = on_cancel
        self._cancel = threading.Event()
        self._ended = threading.Event()
        self._started = False
        self._delivered = False

    # ----- from the GUI thread ----------------------------------------------------------------

    def start(self) -> Operation[T]:
        assert not self._started, "an operation runs once"
        self._started = True
        bridge = _the_bridge()
        _live.add(self)
        bridge.pool.start(_Runnable(self))
        return self

    @property
    def running(self) -> bool:
        """Started and its result not delivered yet."""
        return self._started and not self._delivered

    def cancel(self) -> None:
        """Ask the work to stop; it decides when (cooperative)."""
        if self._delivered or self._cancel.is_set():
            return
        self._cancel.set()
        if self._on_cancel is not None:
            self._on_cancel()

    def wait(self, ms: int = 5000) -> bool:
        """Block until the work has returned (its callback comes later, from the event loop)."""
        return self._ended.wait(ms / 1000) if self._started else True

    # ----- Task: from the worker thread -------------------------------------------------------

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, value: object) -> None:
        _emit(_the_bridge_for_worker().progress, self, value)

    def _execute(self) -> None:
        bridge = _the_bridge_for_worker()
        try:
            assert self._work is not None
            result = self._work(self)
        except Exception as exc:  # handed to the GUI thread, which decides what to say
            _emit(bridge.failed, self, exc)
        else:
            _emit(bridge.done, self, result)
        finally:
            self._ended.set()

    # ----- delivery, on the GUI thread --------------------------------------------------------

    def _deliver_progress(self, value: object) -> None:
        if not self._delivered and self._on_progress is not None:
            self._on_progress(value)

    def _deliver(self, result: object, error: Exception | None) -> None:
        self._ended.wait()  # the worker let go of everything before the page's refs go here
        on_done, on_failed = self._on_done, self._on_failed
        self._delivered = True
        self._work = self._on_done = self._on_failed = None
        self._on_progress = self._on_cancel = None
        _live.discard(self)
        if error is not None:
            assert on_failed is not None
            on_failed(error)
        else:
            assert on_done is not None
            on_done(result)  # type: ignore[arg-type]


def _emit(signal: Any, operation: Operation[Any], value: object) -> None:
    """Hand ``value`` to the GUI thread; when the program is closing and the bridge is
    already being deleted (the pool waits for this very thread), there is nobody to tell."""
    with suppress(RuntimeError):  # "Signal source has been deleted": the program is ending
        signal.emit(operation, value)


def _the_bridge_for_worker() -> _Bridge:
    assert _bridge is not None, "started on the GUI thread first"
    return _bridge


def run_in_background(
    operation: Callable[[], T],
    *,
    on_done: Callable[[T], None],
    on_failed: Callable[[Exception], None],
) -> Operation[T]:
    """Run ``operation`` off the GUI thread; call back on the GUI thread; the handle."""
    return Operation(lambda _task: operation(), on_done=on_done, on_failed=on_failed).start()
