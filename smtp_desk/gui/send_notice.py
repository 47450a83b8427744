"""The Send page's notice: why a run stopped and what to do — a problem no member can get
past (with a button to Email Credentials), a daily limit (how many wait, from when, and
whether to continue by itself) or the PC's clock moved during the run, each with "Help on
this problem" (its troubleshooting topic) — and the words for a run's progress and its
end. Times are shown in the PC's local time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.diagnosis import Diagnosis
from smtp_desk.core.limits import Plan
from smtp_desk.core.outbox import ItemState, as_utc
from smtp_desk.core.sender import RunResult, StopReason, clock_moved_text
from smtp_desk.core.troubleshooting import topic_for
from smtp_desk.gui.troubleshooting import show_troubleshooting

__all__ = ["SendNotice", "eta_text", "stop_sentence"]

_PROBLEM_STYLE = "#send_notice { background: #fdecea; border: 1px solid #b00020; }"
_LIMIT_STYLE = "#send_notice { background: #fff4e0; border: 1px solid #bf5700; }"
_CHECK_MS = 30_000  # how often a daily limit's wait is checked


class SendNotice(QFrame):
    """Hidden until a run stops on a problem, a limit or a moved clock; :attr:`kind` says
    which.

    Signals:
        continue_due(): a daily limit's wait is over and "Continue automatically" is
            ticked. Repeated at every check until the notice is cleared, so a start that
            could not begin (the command line was sending) is tried again.
    """

    continue_due = Signal()

    def __init__(self, *, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_notice")
        self.kind = ""  # "", "problem", "limit" or "clock"
        self.help_topic = ""  # the troubleshooting topic about it
        self._clock = clock
        self._continue_at: datetime | None = None
        self._check = QTimer(self)
        self._check.setInterval(_CHECK_MS)
        self._check.timeout.connect(self._on_check_timeout)
        self.text = QLabel(self, wordWrap=True)
        self.text.setObjectName("send_notice_text")
        self.help_button = QPushButton("Help on this pro&blem", self)
        self.help_button.setObjectName("send_notice_help")
        self.help_button.setToolTip("What causes it and how to fix it, to read or to send on")
        self.help_button.clicked.connect(self._on_help_button_clicked)
        self.credentials_button = QPushButton("Open &Email Credentials", self)
        self.auto_continue = QCheckBox("Continue automatically when allowed", self)
        self.auto_continue.setToolTip("Keep SMTP Desk open; it goes on by itself at that time.")
        self.auto_continue.setChecked(True)
        self.auto_continue.toggled.connect(self._on_auto_continue_toggled)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.help_button)
        row.addWidget(self.credentials_button)
        row.addWidget(self.auto_continue)
        self.clear()

    def show_problem(self, diagnosis: Diagnosis, *, waiting: int) -> None:
        self._stop_waiting()
        self.kind = "problem"
        self.help_topic = topic_for(diagnosis.category)
        self.setStyleSheet(_PROBLEM_STYLE)
        self.text.setText(
            f"<b>Sending stopped: {diagnosis.title}.</b> {diagnosis.cause}<br>"
            f"<b>What to do:</b> {diagnosis.action}<br>"
            f"The {waiting} member(s) not sent yet are waiting; press Start when it is fixed. "
            "Nobody will get a second copy."
        )
        self.credentials_button.show()
        self.auto_continue.hide()
        self.show()

    def show_clock(self, moved: timedelta, *, waiting: int) -> None:
        """The run stopped because the PC's clock moved by ``moved`` while it ran."""
        self._stop_waiting()
        self.kind = "clock"
        self.help_topic = topic_for(DiagnosisCategory.CLOCK_WRONG)
        self.setStyleSheet(_PROBLEM_STYLE)
        self.text.setText(
            f"<b>Sending stopped: {clock_moved_text(moved)}.</b> The daily limit is counted "
            "by the times in the register, so a wrong clock could send more than the "
            "provider allows.<br><b>What to do:</b> check the PC's date, time and time zone, "
            f"then press Start. The {waiting} member(s) not sent yet are waiting; nobody will "
            "get a second copy."
        )
        self.credentials_button.hide()
        self.auto_continue.hide()
        self.show()

    def show_limit(self, plan: Plan, *, sending: bool) -> None:
        """``sending``: someone asked to send (Start, or a run stopped here), so the notice
        offers to go on by itself; a limit only looked at (Prepare) does not, unless it
        already did."""
        self.kind = "limit"
        self.help_topic = topic_for(DiagnosisCategory.QUOTA_EXCEEDED)
        self.setStyleSheet(_LIMIT_STYLE)
        when = f"{plan.later_from.astimezone():%d %b at %H:%M}" if plan.later_from else "tomorrow"
        spread = ""
        if plan.more_days:
            rest = plan.later - plan.next_batch
            days = "day" if plan.more_days == 1 else f"{plan.more_days} days"
            spread = f" ({plan.next_batch} then, the other {rest} over the {days} after)"
        if plan.quota_reached or not plan.daily:
            allows = "The provider refused more for now."
        elif plan.learned:
            allows = f"The provider allows {plan.daily:,} a day (learned from its reply)."
        else:
            allows = f"Your account allows {plan.daily:,} a day."
        self.text.setText(
            f"<b>Daily limit reached.</b> {plan.later} member(s) wait; they can go from "
            f"{when}{spread}. {allows} Nobody will get a second copy."
        )  # a clock warning of the plan's is in the page's summary, with the plan
        self.credentials_button.hide()
        if sending or self._continue_at is not None:
            self._continue_at = plan.later_from
        self.auto_continue.setVisible(self._continue_at is not None)
        self._on_auto_continue_toggled(self.auto_continue.isChecked())
        self.show()

    def clear(self) -> None:
        self._stop_waiting()
        self.kind = ""
        self.help_topic = ""
        self.text.clear()
        self.hide()

    def set_check_interval(self, ms: int) -> None:
        self._check.setInterval(ms)

    def _stop_waiting(self) -> None:
        self._continue_at = None
        self._check.stop()

    def _on_help_button_clicked(self) -> None:
        show_troubleshooting(self, self.help_topic)

    def _on_check_timeout(self) -> None:
        if self._continue_at is not None and as_utc(self._clock()) >= self._continue_at:
            self.continue_due.emit()

    def _on_auto_continue_toggled(self, checked: bool) -> None:
        if checked and self._continue_at is not None:
            self._check.start()
        else:
            self._check.stop()


def eta_text(seconds: float | None) -> str:
    """The time left, as the progress line says it ("" when not known yet)."""
    if not seconds:
        return ""
    if seconds < 60:
        return "less than a minute left"
    return f"about {seconds / 60:.0f} min left"


_WORDS = {  # the register's states in the treasurer's words, in the order they matter
    ItemState.SENT: "sent",
    ItemState.FAILED: "failed",
    ItemState.UNCONFIRMED: "unconfirmed",
    ItemState.DEFERRED: "to retry",
    ItemState.PENDING: "waiting",
    ItemState.SENDING: "being sent",
    ItemState.SKIPPED: "print copies (no email)",
    ItemState.CANCELLED: "withdrawn",
}


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(
        f"{counts[state]} {word}" for state, word in _WORDS.items() if counts.get(state)
    )


def stop_sentence(result: RunResult) -> tuple[str, str]:
    """How a run ended: the sentence for the summary and status bar, and the word for the
    progress line (``Done``, ``Paused``, ``Stopped — daily limit`` …)."""
    counts = _counts_text(result.counts)
    stopped = result.stopped
    if stopped is StopReason.PROBLEM and result.diagnosis is not None:
        return f"Sending stopped: {result.diagnosis.title}. {counts}.", "Stopped"
    if stopped in (StopReason.DAILY_LIMIT, StopReason.QUOTA) and result.plan is not None:
        return f"Daily limit reached: {counts}. {result.plan}", "Stopped — daily limit"
    if stopped is StopReason.CLOCK and result.clock_moved is not None:
        return (
            f"Sending stopped: {clock_moved_text(result.clock_moved)}. {counts}. Check the "
            "PC's date and time, then press Start."
        ), "Stopped — clock changed"
    if stopped is StopReason.THROTTLED:
        reason = result.diagnosis.title if result.diagnosis else "the provider is busy"
        return (
            f"Sending stopped: {reason}; the provider kept asking to try again later. "
            f"{counts}. Press Start in a few minutes."
        ), "Stopped"
    waiting = result.waiting
    if stopped in (StopReason.PAUSED, StopReason.CANCELLED) and waiting:  # else: all went
        word = "Paused" if stopped is StopReason.PAUSED else "Cancelled"
        after = (
            "Press Start to continue."
            if stopped is StopReason.PAUSED
            else "Nothing is lost: press Start to continue."
        )
        return f"{word}: {counts}. {after}", word
    text = f"Run done: {counts}."
    if result.partly:
        text += (
            f" {len(result.partly)} member(s) were sent only at some addresses: "
            "see the Members page."
        )
    attention = result.problems
    return text, f"Done — {attention} need attention" if attention else "Done"
