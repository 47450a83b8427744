"""What the window shows around the work: the welcome page, and the practice banner."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smtp_desk import APP_NAME

__all__ = ["PracticeBanner", "WelcomePage"]


class WelcomePage(QWidget):
    """The first page: what SMTP Desk does and where to begin.

    Signals:
        open_credentials: the clerk asked for the Email Credentials page.
    """

    open_credentials = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                f"<h2>{APP_NAME}</h2><p>Sends members their maintenance bills, payment "
                "receipts and statements by email.</p><p>Start with <b>System Tools &gt; "
                "Email Credentials</b> to set up the society's mail account.</p>",
                self,
                wordWrap=True,
            )
        )
        button = QPushButton("Open &Email Credentials", self)
        button.clicked.connect(lambda: self.open_credentials.emit())
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)


class PracticeBanner(QWidget):
    """The orange strip above every page in practice mode.

    Signals:
        inbox_requested: the clerk asked for the test inbox.
        back_requested: the clerk asked to go back to real work.
    """

    inbox_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practice_banner")
        self.setStyleSheet("#practice_banner { background: #bf5700; } QLabel { color: white; }")
        self.setAutoFillBackground(True)
        row = QHBoxLayout(self)
        row.addWidget(
            QLabel(
                "<b>PRACTICE</b> — no real email leaves this PC: every message "
                "goes to the test inbox. Members, bills and history here are "
                "practice copies.",
                self,
                wordWrap=True,
            ),
            1,
        )
        inbox = QPushButton("Test &inbox", self)
        inbox.clicked.connect(lambda: self.inbox_requested.emit())
        back = QPushButton("&Back to real work", self)
        back.setObjectName("back_to_real_work")
        back.clicked.connect(lambda: self.back_requested.emit())
        row.addWidget(inbox)
        row.addWidget(back)
