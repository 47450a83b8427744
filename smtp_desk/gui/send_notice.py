"""The Send page's notice: why a run stopped and what to do — a problem no member can get
past (with a button to Email Credentials), or a daily limit (how many wait, from when,
and whether to continue by itself)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from smtp_desk.core.diagnosis import Diagnosis
from smtp_desk.core.limits import Plan

__all__ = ["SendNotice"]

_PROBLEM_STYLE = "#send_notice { background: #fdecea; border: 1px solid #b00020; }"
_LIMIT_STYLE = "#send_notice { background: #fff4e0; border: 1px solid #bf5700; }"


class SendNotice(QFrame):
    """Hidden until a run stops on a problem or a limit; :attr:`kind` says which."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_notice")
        self.kind = ""  # "", "problem" or "limit"
        self.text = QLabel(self, wordWrap=True)
        self.text.setObjectName("send_notice_text")
        self.credentials_button = QPushButton("Open &Email Credentials", self)
        self.auto_continue = QCheckBox("Continue automatically when allowed", self)
        self.auto_continue.setToolTip("Keep SMTP Desk open; it goes on by itself at that time.")
        self.auto_continue.setChecked(True)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.credentials_button)
        row.addWidget(self.auto_continue)
        self.clear()

    def show_problem(self, diagnosis: Diagnosis, *, waiting: int) -> None:
        self.kind = "problem"
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

    def show_limit(self, plan: Plan) -> None:
        self.kind = "limit"
        self.setStyleSheet(_LIMIT_STYLE)
        when = f"{plan.later_from:%d %b at %H:%M}" if plan.later_from else "tomorrow"
        self.text.setText(
            f"<b>Daily limit reached.</b> {plan.later} member(s) wait; they can go from "
            f"{when}. {plan}"
        )
        self.credentials_button.hide()
        self.auto_continue.show()
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self.text.clear()
        self.hide()
