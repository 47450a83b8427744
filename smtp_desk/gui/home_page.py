"""The home page: the month-end routine as a checklist (Email, Society Profile, Members,
Bills for the month, Send), each with its state and a button that opens the page that does
it. The states are the core's (:func:`~smtp_desk.core.checklist.checklist`), read off the GUI
thread; the window asks for a refresh when the page is shown and when work changes them.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from html import escape

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smtp_desk import APP_NAME
from smtp_desk.core.account import AccountDraft
from smtp_desk.core.checklist import Checklist, Step, checklist, record_passed_test
from smtp_desk.core.errors import SettingsError, SmtpDeskError
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.paths import DataFolder
from smtp_desk.gui.worker import Operation, run_in_background

__all__ = ["HomePage", "keep_test_day"]

log = logging.getLogger(__name__)

_STEPS = ("email", "society", "members", "bills", "send")
_TITLES = {  # shown until the checklist is read
    "email": QT_TRANSLATE_NOOP("home_page", "Email"),
    "society": QT_TRANSLATE_NOOP("home_page", "Society Profile"),
    "members": QT_TRANSLATE_NOOP("home_page", "Members"),
    "bills": QT_TRANSLATE_NOOP("home_page", "Bills"),
    "send": QT_TRANSLATE_NOOP("home_page", "Send"),
}
_DONE, _TODO = "#1a7f37", "#9a6700"


class _Row:
    """One step's widgets: its mark, title, state and button."""

    def __init__(self, key: str, parent: QWidget) -> None:
        self.mark = QLabel("○", parent)
        title = translate("home_page", _TITLES[key])
        self.title = QLabel(f"<b>{title}</b>", parent)
        self.state = QLabel(translate("home_page", "Reading…"), parent, wordWrap=True)
        self.state.setObjectName(f"home_{key}_state")
        self.button = QPushButton(parent)
        self.button.setObjectName(f"home_{key}")
        self.button.hide()
        self.page = ""

    def show(self, step: Step) -> None:
        colour = _DONE if step.done else _TODO
        self.mark.setText(f'<span style="color:{colour}">{"✓" if step.done else "○"}</span>')
        self.mark.setAccessibleName(
            translate("home_page", "done") if step.done else translate("home_page", "to do")
        )
        self.title.setText(f"<b>{escape(step.title)}</b>")
        self.state.setText(escape(step.state))
        self.button.setText(step.action.replace("&", "&&"))
        self.button.setAccessibleDescription(f"{step.title}: {step.state}")
        self.button.show()
        self.page = step.page


class HomePage(QWidget):
    """The month-end checklist.

    Signals:
        open_requested(str): a step's button was clicked; the page to open ("first_run",
            "credentials", "society", "members", "send").
        refreshed(object): a new :class:`~smtp_desk.core.checklist.Checklist` is shown.
    """

    open_requested = Signal(str)
    refreshed = Signal(object)

    def __init__(self, *, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home_page")
        self._folder = folder
        self.checklist: Checklist | None = None
        self._reading: Operation[Checklist] | None = None
        self._again = False  # asked again while reading: read once more after
        self.heading = QLabel(f"<h2>{APP_NAME}</h2>", self)
        self.heading.setObjectName("home_heading")
        self.next_label = QLabel(self, wordWrap=True)
        self.next_label.setObjectName("home_next")
        self.rows = {key: _Row(key, self) for key in _STEPS}
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(14)
        for line, row in enumerate(self.rows.values()):
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(row.mark, line, 0, top)
            grid.addWidget(row.title, line, 1, top)
            grid.addWidget(row.state, line, 2, top)
            grid.addWidget(row.button, line, 3, top)
            row.button.clicked.connect(lambda _checked=False, r=row: self._on_row_clicked(r))
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(
            QLabel(
                translate(
                    "home_page",
                    "Every month: check the email and the Society Profile, import the members "
                    "and the month's bills, then send. Each step opens its page.",
                ),
                self,
                wordWrap=True,
            )
        )
        column.addLayout(grid)
        column.addWidget(self.next_label)
        column.addStretch(1)

    def refresh(self) -> None:
        """Read the checklist again, off the GUI thread (once more after a read under way)."""
        if self._reading is not None:
            self._again = True
            return
        folder = self._folder
        self._reading = run_in_background(
            lambda: checklist(folder, now=datetime.now()),
            on_done=self._on_read,
            on_failed=self._on_read_failed,
        )

    def wait(self, ms: int = 5000) -> None:
        """Block until a read under way has returned (for closing the window)."""
        if self._reading is not None:
            self._reading.wait(ms)

    def _on_read(self, read: Checklist) -> None:
        self._reading = None
        if not shiboken6.isValid(self):
            return
        self.checklist = read
        self.heading.setText(f"<h2>{escape(read.society or APP_NAME)}</h2>")
        for step in read.steps:
            self.rows[step.key].show(step)
        for key, row in self.rows.items():
            if key not in {step.key for step in read.steps}:  # the register could not be read
                row.state.setText("—")
                row.button.hide()
        following = read.next
        self.next_label.setText(
            translate("home_page", "✓ Everything for this month is done.")
            + (" " + escape(read.attention) if read.attention else "")
            if following is None
            else translate("home_page", "Next: <b>{step}</b> — {state}").format(
                step=escape(following.title), state=escape(following.state)
            )
        )
        self.refreshed.emit(read)
        self._read_again()

    def _on_read_failed(self, error: Exception) -> None:
        self._reading = None
        if not isinstance(error, SmtpDeskError):
            raise error  # a program fault: the checklist says every trouble it can expect
        if shiboken6.isValid(self):
            self.next_label.setText(escape(str(error)))
            self._read_again()

    def _read_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def _on_row_clicked(self, row: _Row) -> None:
        if row.page:
            self.open_requested.emit(row.page)


def keep_test_day(folder: DataFolder, draft: AccountDraft) -> None:
    """Keep today as the day ``draft``'s settings passed the test (off the GUI thread); a
    record that cannot be written only costs the checklist its "tested on"."""

    def failed(error: Exception) -> None:
        if not isinstance(error, SettingsError | OSError):
            raise error
        log.warning("The day of the test was not kept: %s", error)

    today = date.today()
    run_in_background(
        lambda: record_passed_test(folder.ensure(), draft, on=today),
        on_done=lambda _none: None,
        on_failed=failed,
    )
