"""What the window shows around the work: the practice banner above every page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smtp_desk.core.i18n import translate

__all__ = ["PracticeBanner", "with_banner"]


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
        # a plain QWidget subclass paints a style sheet's background only when asked to
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self)
        row.addWidget(
            QLabel(
                translate(
                    "welcome",
                    "<b>PRACTICE</b> — no real email leaves this PC: every message "
                    "goes to the test inbox. Members, bills and history here are "
                    "practice copies.",
                ),
                self,
                wordWrap=True,
            ),
            1,
        )
        inbox = QPushButton(translate("welcome", "Test &inbox"), self)
        inbox.clicked.connect(lambda: self.inbox_requested.emit())
        back = QPushButton(translate("welcome", "&Back to real work"), self)
        back.setObjectName("back_to_real_work")
        back.clicked.connect(lambda: self.back_requested.emit())
        row.addWidget(inbox)
        row.addWidget(back)


def with_banner(pages: QWidget, banner: PracticeBanner | None) -> QWidget:
    """The window's central widget: the pages, under the practice banner in practice mode."""
    central = QWidget()
    column = QVBoxLayout(central)
    column.setContentsMargins(0, 0, 0, 0)
    if banner is not None:
        column.addWidget(banner)
    column.addWidget(pages, 1)
    return central
