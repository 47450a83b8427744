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
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, shown_date, translate
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
        self.help_button = QPushButton(translate("send_notice", "Help on this pro&blem"), self)
        self.help_button.setObjectName("send_notice_help")
        self.help_button.setToolTip(
            translate("send_notice", "What causes it and how to fix it, to read or to send on")
        )
        self.help_button.clicked.connect(self._on_help_button_clicked)
        self.credentials_button = QPushButton(
            translate("send_notice", "Open &Email Credentials"), self
        )
        self.auto_continue = QCheckBox(
            translate("send_notice", "Continue automatically when allowed"), self
        )
        self.auto_continue.setToolTip(
            translate("send_notice", "Keep SMTP Desk open; it goes on by itself at that time.")
        )
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
            translate(
                "send_notice",
                "<b>Sending stopped: {title}.</b> {cause}<br>"
                "<b>What to do:</b> {action}<br>"
                "The {waiting} member(s) not sent yet are waiting; press Start when it is fixed. "
                "Nobody will get a second copy.",
            ).format(
                title=diagnosis.title,
                cause=diagnosis.cause,
                action=diagnosis.action,
                waiting=waiting,
            )
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
            translate(
                "send_notice",
                "<b>Sending stopped: {moved}.</b> The daily limit is counted "
                "by the times in the register, so a wrong clock could send more than the "
                "provider allows.<br><b>What to do:</b> check the PC's date, time and time zone, "
                "then press Start. The {waiting} member(s) not sent yet are waiting; nobody will "
                "get a second copy.",
            ).format(moved=clock_moved_text(moved), waiting=waiting)
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
        if plan.later_from:
            local = plan.later_from.astimezone()
            when = translate("send_notice", "{date} at {time}").format(
                date=shown_date(local, year=False), time=f"{local:%H:%M}"
            )
        else:
            when = translate("send_notice", "tomorrow")
        spread = ""
        if plan.more_days:
            rest = plan.later - plan.next_batch
            if plan.more_days == 1:
                spread = translate(
                    "send_notice", " ({first} then, the other {rest} over the day after)"
                ).format(first=plan.next_batch, rest=rest)
            else:
                spread = translate(
                    "send_notice", " ({first} then, the other {rest} over the {days} days after)"
                ).format(first=plan.next_batch, rest=rest, days=plan.more_days)
        if plan.quota_reached or not plan.daily:
            allows = translate("send_notice", "The provider refused more for now.")
        elif plan.learned:
            allows = translate(
                "send_notice", "The provider allows {daily} a day (learned from its reply)."
            ).format(daily=f"{plan.daily:,}")
        else:
            allows = translate("send_notice", "Your account allows {daily} a day.").format(
                daily=f"{plan.daily:,}"
            )
        self.text.setText(
            translate(
                "send_notice",
                "<b>Daily limit reached.</b> {later} member(s) wait; they can go from "
                "{when}{spread}. {allows} Nobody will get a second copy.",
            ).format(later=plan.later, when=when, spread=spread, allows=allows)
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
        return translate("send_notice", "less than a minute left")
    return translate("send_notice", "about {minutes} min left").format(
        minutes=f"{seconds / 60:.0f}"
    )


_WORDS = {  # the register's states in the treasurer's words, in the order they matter
    ItemState.SENT: QT_TRANSLATE_NOOP("send_notice", "sent"),
    ItemState.FAILED: QT_TRANSLATE_NOOP("send_notice", "failed"),
    ItemState.UNCONFIRMED: QT_TRANSLATE_NOOP("send_notice", "unconfirmed"),
    ItemState.DEFERRED: QT_TRANSLATE_NOOP("send_notice", "to retry"),
    ItemState.PENDING: QT_TRANSLATE_NOOP("send_notice", "waiting"),
    ItemState.SENDING: QT_TRANSLATE_NOOP("send_notice", "being sent"),
    ItemState.SKIPPED: QT_TRANSLATE_NOOP("send_notice", "print copies (no email)"),
    ItemState.CANCELLED: QT_TRANSLATE_NOOP("send_notice", "withdrawn"),
}


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(
        f"{counts[state]} {translate('send_notice', word)}"
        for state, word in _WORDS.items()
        if counts.get(state)
    )


def stop_sentence(result: RunResult) -> tuple[str, str]:
    """How a run ended: the sentence for the summary and status bar, and the word for the
    progress line (``Done``, ``Paused``, ``Stopped — daily limit`` …)."""
    counts = _counts_text(result.counts)
    stopped = result.stopped
    if stopped is StopReason.PROBLEM and result.diagnosis is not None:
        return translate("send_notice", "Sending stopped: {title}. {counts}.").format(
            title=result.diagnosis.title, counts=counts
        ), translate("send_notice", "Stopped")
    if stopped in (StopReason.DAILY_LIMIT, StopReason.QUOTA) and result.plan is not None:
        return translate("send_notice", "Daily limit reached: {counts}. {plan}").format(
            counts=counts, plan=result.plan
        ), translate("send_notice", "Stopped — daily limit")
    if stopped is StopReason.CLOCK and result.clock_moved is not None:
        return translate(
            "send_notice",
            "Sending stopped: {moved}. {counts}. Check the PC's date and time, then press Start.",
        ).format(moved=clock_moved_text(result.clock_moved), counts=counts), translate(
            "send_notice", "Stopped — clock changed"
        )
    if stopped is StopReason.THROTTLED:
        reason = (
            result.diagnosis.title
            if result.diagnosis
            else translate("send_notice", "the provider is busy")
        )
        return translate(
            "send_notice",
            "Sending stopped: {reason}; the provider kept asking to try again later. "
            "{counts}. Press Start in a few minutes.",
        ).format(reason=reason, counts=counts), translate("send_notice", "Stopped")
    waiting = result.waiting
    if stopped in (StopReason.PAUSED, StopReason.CANCELLED) and waiting:  # else: all went
        if stopped is StopReason.PAUSED:
            word = translate("send_notice", "Paused")
            text = translate("send_notice", "Paused: {counts}. Press Start to continue.")
        else:
            word = translate("send_notice", "Cancelled")
            text = translate(
                "send_notice", "Cancelled: {counts}. Nothing is lost: press Start to continue."
            )
        return text.format(counts=counts), word
    text = translate("send_notice", "Run done: {counts}.").format(counts=counts)
    if result.partly:
        text += translate(
            "send_notice",
            " {count} member(s) were sent only at some addresses: see the Members page.",
        ).format(count=len(result.partly))
    for line in result.copies.lines():  # the Sent-folder and archive copies: told, not failed
        text += " " + line
    attention = result.problems
    if attention:
        return text, translate("send_notice", "Done — {count} need attention").format(
            count=attention
        )
    return text, translate("send_notice", "Done")
