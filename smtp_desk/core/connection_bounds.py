"""What bounds a connection test: the person's Cancel, the whole test's deadline, and a
mismatch found by the probes while the server is still silent.

:class:`TestStopper` is the :class:`~smtp_desk.core.canceller.Canceller` the test's
session watches. It cuts the session when the person cancels (the window's canceller,
linked), when the test's time is up, or when a probe finds that the server speaks the
other kind of encryption; :attr:`reason` tells the test which, so it can say "cancelled",
"no answer within 15 s" or "use SSL/TLS on port 465".
"""

from __future__ import annotations

import smtplib
import socket
import threading
import time
from enum import StrEnum

from smtp_desk.core.canceller import Canceller

__all__ = ["StopReason", "TestStopper"]


class StopReason(StrEnum):
    NONE = ""
    CANCELLED = "cancelled"
    DEADLINE = "deadline"
    MISMATCH = "mismatch"


class TestStopper(Canceller):
    """A canceller cut by the person (``parent``), the deadline, or :meth:`stop`."""

    __test__ = False  # not a pytest test class, despite its name

    def __init__(self, parent: Canceller | None, timeout: float) -> None:
        super().__init__()
        self._parent = parent
        self.reason = StopReason.NONE
        self.deadline = time.monotonic() + timeout
        self._timer = threading.Timer(timeout, self.stop, (StopReason.DEADLINE,))
        self._timer.daemon = True
        self._timer.start()

    @property
    def cancelled(self) -> bool:
        if self._parent is not None and self._parent.cancelled:
            self.reason = self.reason or StopReason.CANCELLED
            return True
        return self._cancelled

    def left(self) -> float:
        """Seconds until the deadline (never negative)."""
        return max(self.deadline - time.monotonic(), 0.0)

    def watch(self, item: socket.socket | smtplib.SMTP) -> None:
        super().watch(item)
        if self._parent is not None:
            self._parent.watch(item)

    def stop(self, reason: StopReason) -> None:
        """Cut the session for ``reason`` (the first reason given is kept)."""
        if not self.reason:
            self.reason = reason
        self.cancel()

    def finish(self) -> None:
        """The test is over: the deadline no longer applies."""
        self._timer.cancel()
