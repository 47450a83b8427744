"""The Test connection part of the Email Credentials page: live steps, the diagnosis, a
suggested fix, and the test statement. The test runs off the GUI thread (the background
contract of :mod:`smtp_desk.gui.worker`); the form stays usable and Cancel stops it within a
second. The step under way ticks in the list (:class:`~smtp_desk.gui.credentials_step_clock.
StepClock`), so a long wait is seen to be alive; "Use these settings" takes the suggested fix
and tests again at once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.connection_test import ConnectionReport, run_test
from smtp_desk.core.i18n import translate
from smtp_desk.core.mailbox import mailbox_of
from smtp_desk.core.sample_statement import statement_for_test_email
from smtp_desk.core.session import DEFAULT_TIMEOUT
from smtp_desk.core.signin import SignIn
from smtp_desk.core.steps import StepReport
from smtp_desk.core.transcript import Transcript
from smtp_desk.core.troubleshooting import topic_for
from smtp_desk.core.wording_store import test_email_wording
from smtp_desk.gui.credentials_step_clock import StepClock
from smtp_desk.gui.troubleshooting import show_troubleshooting
from smtp_desk.gui.worker import Operation, Task

__all__ = ["AccountSource", "ConnectionTestPanel", "ConnectionTestWorker", "NotYet"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NotYet:
    """The test waits for the page first (the settings are being looked up); the page
    starts it again when they are in. ``text`` says so, in grey."""

    text: str


# What the page hands over: the account to test and how it signs in (the password just
# typed, or the saved one read when the test signs in), why it cannot be tested, or that
# it will be in a moment.
AccountSource = Callable[[], "tuple[AccountSettings, SignIn] | str | NotYet"]


class ConnectionTestWorker(QObject):
    """One connection test, run through the background contract; lives on the GUI thread.

    Signals:
        step(object): a :class:`StepReport`, as each step ends.
        transcript(str): a line of the SMTP conversation (password hidden).
        finished(object): the :class:`ConnectionReport`.
    """

    step = Signal(object)
    transcript = Signal(str)
    finished = Signal(object)

    def __init__(
        self,
        account: AccountSettings,
        sign_in: SignIn,
        *,
        send_to: str,
        folder: Path,
        show_transcript: bool,
        timeout: float,
    ) -> None:
        super().__init__()
        self._account = account
        self._sign_in: SignIn | None = sign_in  # a typed password is dropped after the run
        self._send_to = send_to
        self._folder = folder
        self._show_transcript = show_transcript
        self._timeout = timeout
        self.canceller = Canceller()
        self.operation: Operation[ConnectionReport] = Operation(
            self._run,
            on_done=self.finished.emit,
            on_failed=self._on_operation_failed,
            on_progress=self._on_operation_progress,
            on_cancel=self.canceller.cancel,
        )

    def start(self) -> None:
        self.operation.start()

    def _run(self, task: Task) -> ConnectionReport:
        """Off the GUI thread: steps and transcript lines are reported as progress."""
        society = ""
        attachment = None
        wording = None
        if self._send_to:
            attachment, society = statement_for_test_email(self._folder)
            wording = test_email_wording(self._folder)
        assert self._sign_in is not None, "a worker runs one test"
        try:
            return run_test(
                self._account,
                sign_in=self._sign_in,
                send_to=self._send_to,
                attachment=(lambda: attachment) if attachment is not None else None,
                society_name=society,
                wording=wording,
                timeout=self._timeout,
                on_step=task.report,
                transcript=Transcript(lambda line: task.report(_Line(line)))
                if self._show_transcript
                else None,
                canceller=self.canceller,
            )
        finally:
            self._sign_in = None

    def _on_operation_progress(self, value: object) -> None:
        if isinstance(value, _Line):
            self.transcript.emit(value.text)
        else:
            self.step.emit(value)

    def _on_operation_failed(self, error: Exception) -> None:
        raise error  # as before: a fault in the test itself is a program fault

    def cancel(self) -> None:
        self.operation.cancel()

    def wait(self, ms: int) -> bool:
        return self.operation.wait(ms)


@dataclass(frozen=True)
class _Line:
    """A transcript line among the reported steps."""

    text: str


class ConnectionTestPanel(QGroupBox):
    """Buttons, live step list and the verdict.

    Signals:
        use_suggestion(int, str): the person accepted the proposed port and security (the
            test then runs again, on the form as it is after this signal).
        save_requested(): the person chose to save after a passing test.
        running_changed(bool): a test started or ended.
    """

    use_suggestion = Signal(int, str)
    save_requested = Signal()
    running_changed = Signal(bool)

    def __init__(
        self,
        source: AccountSource,
        *,
        folder: Path,
        has_unsaved: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("connection_test_panel", "Test"), parent)
        self.setObjectName("connection_test")
        self._source = source
        self._has_unsaved = has_unsaved
        self._folder = folder
        self.timeout = DEFAULT_TIMEOUT
        self._worker: ConnectionTestWorker | None = None
        self.report: ConnectionReport | None = None
        self._outdated = ""  # the sign-in or settings changed while the test ran
        self._sent = False  # the last test sent the statement (Use these settings repeats it)

        self.test_button = QPushButton(translate("connection_test_panel", "Test &connection"), self)
        self.send_button = QPushButton(
            translate("connection_test_panel", "Sen&d test statement to"), self
        )
        self.send_to = QLineEdit(self)
        self.send_to.setObjectName("send_to")
        self.send_to.setAccessibleName(translate("connection_test_panel", "Send test statement to"))
        self.cancel_button = QPushButton(translate("connection_test_panel", "Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.show_conversation = QCheckBox(
            translate("connection_test_panel", "Show SMTP conversation in the log"), self
        )
        self.steps = QListWidget(self)
        self.steps.setObjectName("test_steps")
        self.steps.setAccessibleName(translate("connection_test_panel", "Test steps"))
        self.steps.setMaximumHeight(170)
        # a step's warning is a long sentence: wrapped to the list's width, never cut off
        self.steps.setWordWrap(True)
        self.steps.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clock = StepClock(self.steps, self)
        self.verdict = QLabel(self, wordWrap=True)
        self.verdict.setObjectName("diagnosis")
        self.verdict.linkActivated.connect(lambda topic: show_troubleshooting(self, topic))
        self.verdict.hide()
        self.use_button = QPushButton(
            translate("connection_test_panel", "Use these settings"), self
        )
        self.use_button.hide()
        self.save_button = QPushButton(
            translate("connection_test_panel", "Save these settings"), self
        )
        self.save_button.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.send_to, 1)
        buttons.addWidget(self.cancel_button)
        actions = QHBoxLayout()
        actions.addWidget(self.use_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.show_conversation)
        layout.addWidget(self.steps)
        layout.addWidget(self.verdict)
        layout.addLayout(actions)

        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.save_button.clicked.connect(self.save_requested)

    @property
    def running(self) -> bool:
        return self._worker is not None

    @property
    def sends(self) -> bool:
        """The test last asked for sends the test statement."""
        return self._sent

    def set_default_recipient(self, address: str) -> None:
        self.send_to.setPlaceholderText(
            address or translate("connection_test_panel", "your own address")
        )

    def start(self, *, send: bool) -> bool:
        """Start a test (and send the statement when ``send``); False if it cannot run."""
        if self.running:
            return False
        self._sent = send
        source = self._source()
        if isinstance(source, NotYet):
            self.verdict.setText(f'<span style="color:#57606a">{escape(source.text)}</span>')
            self.verdict.show()
            return False
        if isinstance(source, str):
            why = translate("connection_test_panel", "<b>Cannot test yet:</b> {reason}")
            self._show_verdict(why.format(reason=escape(source)), error=True)
            return False
        account, sign_in = source
        send_to = (self.send_to.text().strip() or account.from_email) if send else ""
        self.clock.stop()
        self.steps.clear()
        self.report = None
        self._outdated = ""
        self.verdict.hide()
        self.use_button.hide()
        self.save_button.hide()
        what = f"sending a test statement to {send_to}" if send else "no message is sent"
        log.info(
            "Connection test started: %s port %d (%s); %s",
            account.host,
            account.port,
            account.security.label,
            what,
        )
        worker = ConnectionTestWorker(
            account,
            sign_in,
            send_to=send_to,
            folder=self._folder,
            show_transcript=self.show_conversation.isChecked(),
            timeout=self.timeout,
        )
        worker.step.connect(self._on_worker_step)
        worker.transcript.connect(self._on_worker_transcript)
        worker.finished.connect(self._on_worker_finished)
        self._worker = worker
        self._set_running(True)
        self.clock.start(
            security=account.security,
            send=send,
            timeout=self.timeout,
            mailbox=mailbox_of(account) is not None,
        )
        worker.start()
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            log.info("Connection test: cancelling…")
            self._worker.cancel()

    def mark_outdated(self, why: str) -> None:
        """The settings or the sign-in changed: the last result (if any) no longer stands,
        and ``why`` says so in its place (under it, for a test still running)."""
        if self.running:
            self._outdated = why
            return
        if self.report is None and not self.verdict.isVisible():
            return
        self.report = None
        self.steps.clear()
        self.use_button.hide()
        self.save_button.hide()
        self.verdict.setText(f'<span style="color:#57606a">{escape(why)}</span>')
        self.verdict.show()

    def wait(self, ms: int = 5000) -> None:
        """Block until the test's work ends (for closing the window)."""
        if self._worker is not None:
            self._worker.wait(ms)

    # ----- slots --------------------------------------------------------------------------

    def _on_test_button_clicked(self) -> None:
        self.start(send=False)

    def _on_send_button_clicked(self) -> None:
        self.start(send=True)

    def _on_use_button_clicked(self) -> None:
        if self.report is not None and self.report.suggestion is not None:
            suggestion = self.report.suggestion
            self.use_suggestion.emit(suggestion.port, suggestion.security.value)
            if self.start(send=self._sent):  # the proof, without another click
                self.cancel_button.setFocus()  # before this button hides: focus stays here
            self.use_button.hide()

    def _on_worker_step(self, step: StepReport) -> None:
        self.clock.step_ended(step)
        self.steps.addItem(str(step))
        if step.warning:
            self.steps.addItem(f"   ⚠ {step.warning}")
        self.steps.scrollToBottom()
        log.info("Test: %s", step)

    def _on_worker_transcript(self, line: str) -> None:
        log.info("SMTP %s", line)

    def _on_worker_finished(self, report: ConnectionReport) -> None:
        self.clock.stop()
        self._show_report(report)
        if self._outdated:  # a result of what was there when it started
            self.report = None
            self.use_button.hide()
            self.save_button.hide()
            outdated = f'<br><span style="color:#57606a">{escape(self._outdated)}</span>'
            self.verdict.setText(self.verdict.text() + outdated)
        # The background contract kept the worker's operation alive until this delivery,
        # on the GUI thread: no QObject is left to another thread's garbage collector.
        self._worker = None
        self._set_running(False)

    def _show_report(self, report: ConnectionReport) -> None:
        self.report = report
        if report.ok:
            text = _passed(report)
            self._show_verdict(text, error=False)
            log.info("Connection test passed.")
            for step in report.warnings:
                log.warning("%s: %s", step.label, step.warning)
            self.save_button.setVisible(self._has_unsaved())
            return
        d = report.diagnosis
        assert d is not None
        cancelled = d.category is DiagnosisCategory.CANCELLED
        help_words = translate("connection_test_panel", "Help on this problem")
        help_link = "" if cancelled else f'<br><a href="{topic_for(d.category)}">{help_words}</a>'
        verdict = translate(
            "connection_test_panel",
            "✗ <b>{title}.</b><br>{cause}<br><b>What to do:</b> {action}",
        )
        self._show_verdict(
            verdict.format(title=escape(d.title), cause=escape(d.cause), action=escape(d.action))
            + help_link,
            error=not cancelled,
        )
        level = logging.INFO if d.category is DiagnosisCategory.CANCELLED else logging.WARNING
        detail = f" ({d.detail})" if d.detail else ""
        log.log(level, "Connection test: %s. %s%s", d.title, d.action, detail)
        self.use_button.setVisible(report.suggestion is not None)

    # ----- helpers ------------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        self.test_button.setEnabled(not running)
        self.send_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.running_changed.emit(running)

    def _show_verdict(self, html: str, *, error: bool) -> None:
        colour = "#cf222e" if error else "#1a7f37"
        self.verdict.setText(f'<span style="color:{colour}">{html}</span>')
        self.verdict.show()


def _passed(report: ConnectionReport) -> str:
    """The verdict of a passing test; a mailbox that cannot be read is a warning under it."""
    sent = any(step.name == "data" for step in report.steps)
    if not report.warnings:
        return (
            translate(
                "connection_test_panel",
                "✓ <b>Everything works.</b> The server accepted the sign-in, "
                "and the test statement was sent.",
            )
            if sent
            else translate(
                "connection_test_panel",
                "✓ <b>Everything works.</b> The server accepted the sign-in, "
                "the sender and the recipient.",
            )
        )
    text = (
        translate(
            "connection_test_panel",
            "✓ <b>Sending works.</b> The server accepted the sign-in, and the test "
            "statement was sent. But the mailbox cannot be read:",
        )
        if sent
        else translate(
            "connection_test_panel",
            "✓ <b>Sending works.</b> The server accepted the sign-in, the sender and the "
            "recipient. But the mailbox cannot be read:",
        )
    )
    warnings = "".join(
        f'<br><span style="color:#9a6700">⚠ {escape(step.warning)}</span>'
        for step in report.warnings
    )
    return text + warnings
