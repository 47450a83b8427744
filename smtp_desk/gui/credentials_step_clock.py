"""The step a connection test is waiting on, shown alive in the test's step list.

A silent server makes the test wait (for its greeting, say) up to the timeout; a list that
shows nothing moving then looks frozen. :class:`StepClock` puts the step under way at the
end of the list — "▸ Server greeting… 6 s of 15 s" — once it has lasted a second, ticks
every second, and gives way to the step's own line when it ends.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from smtp_desk.core.account import Security
from smtp_desk.core.i18n import translate
from smtp_desk.core.mailbox_step import MAILBOX_TIMEOUT
from smtp_desk.core.steps import STEP_LABELS, StepReport

__all__ = ["PROBING", "StepClock", "next_step", "running_text"]

PROBING = "probe"  # after a failure to connect: the other security settings are tried
_PROBE_AFTER = frozenset({"connect", "tls", "greeting", "ehlo"})
_AFTER = {"resolve": "connect", "greeting": "ehlo", "auth": "mail", "mail": "rcpt", "data": "quit"}


def next_step(done: StepReport, *, security: Security, send: bool, mailbox: bool = False) -> str:
    """The step that follows ``done`` ("" when the test is ending); ``mailbox``: the account's
    mailbox is read after QUIT."""
    if done.name == "quit" and done.ok:
        return "mailbox" if mailbox else ""
    if not done.ok:
        return PROBING if done.name in _PROBE_AFTER else ""
    if done.name == "connect":
        return "tls" if security is Security.SSL else "greeting"
    if done.name == "tls":  # STARTTLS's includes the second EHLO
        return "greeting" if security is Security.SSL else "auth"
    if done.name == "ehlo":
        return "tls" if security is Security.STARTTLS else "auth"
    if done.name == "rcpt":
        return "data" if send else "quit"
    return _AFTER.get(done.name, "")


def running_text(step: str, seconds: int, timeout: float) -> str:
    """ "▸ Server greeting… 6 s of 15 s"; the probing says no limit of its own."""
    if step == PROBING:
        text = translate(
            "credentials_step_clock", "▸ Trying the other security settings… {seconds} s"
        )
        return text.format(seconds=seconds)
    label = translate("steps", STEP_LABELS.get(step, step))
    if seconds <= timeout:
        text = translate("credentials_step_clock", "▸ {step}… {seconds} s of {timeout} s")
    else:
        text = translate("credentials_step_clock", "▸ {step}… {seconds} s")
    return text.format(step=label, seconds=seconds, timeout=f"{timeout:g}")


class StepClock(QObject):
    """The live line at the end of ``steps`` while a test runs."""

    def __init__(self, steps: QListWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = steps
        self._item: QListWidgetItem | None = None
        self._step = ""
        self._since = 0.0
        self._security = Security.STARTTLS
        self._send = False
        self._mailbox = False
        self._timeout = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(250)  # the seconds change on time
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def text(self) -> str:
        """The live line now ("" while the step is under a second old)."""
        return self._item.text() if self._item is not None else ""

    def start(
        self, *, security: Security, send: bool, timeout: float, mailbox: bool = False
    ) -> None:
        """A test starts: its first step is finding the server; ``mailbox``: it ends with
        the mailbox's step."""
        self._security, self._send, self._timeout = security, send, timeout
        self._mailbox = mailbox
        self._begin("resolve")
        self._timer.start()

    def step_ended(self, step: StepReport) -> None:
        """``step`` ended (its own line is added next): the clock moves to the next one."""
        self._begin(
            next_step(step, security=self._security, send=self._send, mailbox=self._mailbox)
        )

    def stop(self) -> None:
        """The test ended (or its list is about to be cleared)."""
        self._timer.stop()
        self._begin("")

    def _begin(self, step: str) -> None:
        if self._item is not None:
            row = self._steps.row(self._item)
            if row >= 0:
                self._steps.takeItem(row)
            self._item = None
        self._step = step
        self._since = time.monotonic()

    def _on_timer_timeout(self) -> None:
        seconds = int(time.monotonic() - self._since)
        if not self._step or seconds < 1:
            return  # a quick step needs no clock
        timeout = self._timeout
        if self._step == "mailbox":  # the mailbox step has its own, shorter deadline
            timeout = min(MAILBOX_TIMEOUT, timeout)
        text = running_text(self._step, seconds, timeout)
        if self._item is None:
            self._item = QListWidgetItem(text)
            self._steps.addItem(self._item)
            self._steps.scrollToBottom()
        elif self._item.text() != text:
            self._item.setText(text)
