"""Cancelling a mail session from another thread (the window's Cancel button).

A blocked socket call cannot be interrupted politely, so :class:`Canceller` shuts the
sockets it watches: the call in flight fails at once, and the code around it (the steps'
timing, the sender) turns that failure into :class:`~smtp_desk.core.errors.Cancelled`.
"""

from __future__ import annotations

import smtplib
import socket
import threading
from contextlib import suppress

from smtp_desk.core.errors import Cancelled

__all__ = ["Canceller"]


class Canceller:
    """Stops a running session from another thread (the GUI's Cancel button)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._watched: list[socket.socket | smtplib.SMTP] = []

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self, *, grace: float = 0.0) -> None:
        """Stop. With ``grace``, an operation in flight (a message whose answer is on its
        way) gets that many seconds to finish before the connection is cut."""
        with self._lock:
            self._cancelled = True
        if grace > 0:
            timer = threading.Timer(grace, self._cut)
            timer.daemon = True
            timer.start()
        else:
            self._cut()

    def _cut(self) -> None:
        with self._lock:
            watched = list(self._watched)
        for item in watched:
            # smtplib swaps its socket for a TLS one after STARTTLS: ask for the current one
            sock = item.sock if isinstance(item, smtplib.SMTP) else item
            if sock is None:
                continue
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def watch(self, item: socket.socket | smtplib.SMTP) -> None:
        """Shut this socket (or this smtplib session's current socket) on cancel."""
        with self._lock:
            self._watched.append(item)
        if self._cancelled:
            self.cancel()

    def check(self) -> None:
        if self._cancelled:
            raise Cancelled("cancelled")
