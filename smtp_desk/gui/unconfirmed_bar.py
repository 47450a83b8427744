"""The Send page's bar for messages that may or may not have arrived ("unconfirmed": the
connection broke, or the program stopped, just as they were handed over). SMTP Desk never
sends them again by itself; a person asks the member or looks in the Sent folder, selects
the rows and decides here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from smtp_desk.core.i18n import translate

__all__ = ["UnconfirmedBar"]


class UnconfirmedBar(QFrame):
    """Signals:
    decided(bool): the selected rows arrived (True) or are to be sent again (False).
    check_requested(): look every unconfirmed message up in the account's Sent folder.
    """

    decided = Signal(bool)
    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unconfirmed_bar")
        self.text = QLabel(self, wordWrap=True)
        self.arrived_button = QPushButton(translate("unconfirmed_bar", "Mark as arri&ved"), self)
        self.again_button = QPushButton(translate("unconfirmed_bar", "Send a&gain"), self)
        self.check_button = QPushButton(
            translate("unconfirmed_bar", "Check the Sent &folder"), self
        )
        self.check_button.setToolTip(
            translate(
                "unconfirmed_bar",
                "Look each message up in the account's Sent folder (IMAP): found there, it "
                "was sent; not there, it goes again with the next Start.",
            )
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.arrived_button)
        row.addWidget(self.again_button)
        self.arrived_button.clicked.connect(lambda: self.decided.emit(True))
        self.again_button.clicked.connect(lambda: self.decided.emit(False))
        self.check_button.clicked.connect(self.check_requested.emit)
        self.show_count(0, selected=0)

    def show_count(self, unconfirmed: int, *, selected: int) -> None:
        """``unconfirmed`` rows in the run, ``selected`` of them chosen in the table."""
        self.setVisible(unconfirmed > 0)
        self.text.setText(
            translate(
                "unconfirmed_bar",
                "⚠ {count} message(s) may or may not have arrived: the connection broke "
                "just as they were handed over. Ask the member (or look in the account's Sent "
                "folder), select the row and say which: SMTP Desk never sends them again by "
                "itself.",
            ).format(count=unconfirmed)
        )
        for button in (self.arrived_button, self.again_button):
            button.setEnabled(selected > 0)
