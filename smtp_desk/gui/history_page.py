"""History: the dispatch register of everything ever sent, searchable, exportable (CSV or
Excel, every cell text); a member sent only at some of their addresses stands out as "sent
(partly)". Sorted by flat (newest first within a flat) unless the clerk sorts otherwise;
a long address, Message-ID or reply is elided, whole in its tooltip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.dispatch_register import (
    HEADERS,
    RegisterRow,
    write_register_csv,
    write_register_xlsx,
)
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.flat_order import flat_sort_key
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.kinds import KINDS, DocumentKind
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.register import register_rows
from smtp_desk.core.safe_csv import ExportError
from smtp_desk.gui.register_tables import SortItem, fit_columns, set_up_table
from smtp_desk.gui.worker import run_in_background

__all__ = ["HEADERS", "HistoryPage"]

_FLAT = HEADERS.index("Flat")
_REFUSED = HEADERS.index("Refused")
_STATUS = HEADERS.index("Status")
_BOUNCE = HEADERS.index("Bounce")
# px at most (the whole text in the tooltip), so more of the register fits the width
_KIND = HEADERS.index("Kind")
_STATUS_WORDS = {
    "sent": QT_TRANSLATE_NOOP("history_page", "sent"),
    "sent (partly)": QT_TRANSLATE_NOOP("history_page", "sent (partly)"),
}


def _shown_cell(column: int, value: str) -> str:
    """A cell as the window shows it: the kind and the status in the window's language
    (the register and its exports keep the English words scripts read)."""
    if column == _KIND and value in {str(k) for k in KINDS}:
        return translate("kinds", KINDS[DocumentKind(value)].label)
    if column == _STATUS and value in _STATUS_WORDS:
        return translate("history_page", _STATUS_WORDS[value])
    return value


_NARROW = {HEADERS.index(h): 200 for h in ("Member", "Addresses", "Message-ID", "Refused")}
# The register's column names (HEADERS, kept in English in the files exported), as shown
_SHOWN_HEADERS = (
    QT_TRANSLATE_NOOP("history_page", "Flat"),
    QT_TRANSLATE_NOOP("history_page", "Member"),
    QT_TRANSLATE_NOOP("history_page", "Addresses"),
    QT_TRANSLATE_NOOP("history_page", "Kind"),
    QT_TRANSLATE_NOOP("history_page", "Document"),
    QT_TRANSLATE_NOOP("history_page", "Period"),
    QT_TRANSLATE_NOOP("history_page", "Sent"),
    QT_TRANSLATE_NOOP("history_page", "Status"),
    QT_TRANSLATE_NOOP("history_page", "Refused"),
    QT_TRANSLATE_NOOP("history_page", "Message-ID"),
    QT_TRANSLATE_NOOP("history_page", "Reply"),
)


class HistoryPage(QWidget):
    """The dispatch register, read off the GUI thread (:mod:`smtp_desk.gui.worker`).

    Signals:
        refreshed(): the rows read by :meth:`refresh` are shown.
        failed(object): the register could not be read (a SmtpDeskError, to be said).
        bounces_requested(): the person asked to read the bounces now.
    """

    refreshed = Signal()
    failed = Signal(object)
    bounces_requested = Signal()

    def __init__(self, *, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_page")
        self._folder = folder
        self._rows: list[RegisterRow] = []
        self._reading = 0  # the latest read of the register; older answers are dropped
        self.search = QLineEdit(
            self,
            placeholderText=translate("history_page", "Search flat, name, address, Message-ID…"),
        )
        self.search.setAccessibleName(translate("history_page", "Search the register"))
        self.export_button = QPushButton(translate("history_page", "&Export…"), self)
        self.export_button.setToolTip(
            translate("history_page", "Save the rows shown as CSV or as an Excel workbook")
        )
        self.bounces_button = QPushButton(translate("history_page", "Check for &bounces"), self)
        self.bounces_button.setObjectName("history_bounces")
        self.bounces_button.setToolTip(
            translate("history_page", "Read the mailbox now for bills that came back undelivered")
        )
        self.bounced_only = QCheckBox(translate("history_page", "&Only bills that came back"), self)
        self.bounced_only.setObjectName("history_bounced_only")
        self.bounces_status = QLabel(self, wordWrap=True)
        self.bounces_status.setObjectName("history_bounces_status")
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels([translate("history_page", h) for h in HEADERS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        set_up_table(self.table, sort_column=_FLAT)
        self.table.horizontalHeader().setStretchLastSection(True)  # the reply: what is left
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.bounced_only)
        top.addWidget(self.bounces_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("history_page", "<h2>History</h2>"), self))
        layout.addLayout(top)
        layout.addWidget(self.bounces_status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self._show)
        self.bounced_only.toggled.connect(self._show)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.bounces_button.clicked.connect(self._on_bounces_button_clicked)
        self.bounces_status.hide()

    def refresh(self) -> None:
        """Read the register in the background; the latest refresh wins."""
        self._reading += 1
        reading, folder = self._reading, self._folder

        def done(rows: list[RegisterRow]) -> None:
            if reading == self._reading:
                self._rows = rows
                self._show()
                fit_columns(self.table, narrow=_NARROW)  # not while searching: nothing jumps
                self.refreshed.emit()

        def failed(error: Exception) -> None:
            if reading != self._reading:
                return
            if not isinstance(error, SmtpDeskError):
                raise error  # a program fault, as when reading ran on this thread
            self.failed.emit(error)

        run_in_background(lambda: register_rows(folder), on_done=done, on_failed=failed)

    def say_bounces(self, text: str, *, reading: bool = False) -> None:
        """What reading the bounces found (or that it is under way: ``reading``, and the
        button waits)."""
        self.bounces_button.setEnabled(not reading)
        self.bounces_status.setText(text)
        self.bounces_status.setVisible(bool(text))

    def show_bounced(self) -> None:
        """Only the bills that came back, with their Bounce column in view (the bounce
        notice's "See in History")."""
        self.search.clear()
        self.bounced_only.setChecked(True)
        self._show()

    def _on_bounces_button_clicked(self) -> None:
        self.bounces_requested.emit()

    def visible_rows(self) -> list[list[str]]:
        return [row.cells() for row in self._visible()]

    def export(self, path: Path) -> int:
        """Write the rows shown to ``path``: an Excel workbook for a ``.xlsx`` name, CSV
        otherwise; the number written. Raises ExportError (the old file is kept)."""
        write = write_register_xlsx if path.suffix.lower() == ".xlsx" else write_register_csv
        return write(path, self._visible())

    def _visible(self) -> list[RegisterRow]:
        words = self.search.text().lower().split()
        bounced_only = self.bounced_only.isChecked()
        return [
            row
            for row in self._rows
            if all(any(w in cell.lower() for cell in row.cells()) for w in words)
            and (not bounced_only or row.cells()[_BOUNCE])
        ]

    def _show(self, *_args: object) -> None:
        rows = self.visible_rows()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):  # newest first: so within a flat once sorted
            for c, value in enumerate(row):
                shown = _shown_cell(c, value)
                cell = SortItem(shown, (flat_sort_key(value), r) if c == _FLAT else None)
                if row[_REFUSED] and c in (_STATUS, _REFUSED):
                    cell.setForeground(QColor("#a15c00"))
                    cell.setToolTip(row[_REFUSED])
                if row[_BOUNCE] and c in (_STATUS, _BOUNCE):
                    cell.setForeground(QColor("#a15c00"))
                    cell.setToolTip(row[_BOUNCE])
                self.table.setItem(r, c, cell)
        self.table.setSortingEnabled(True)
        first = self.table.item(0, _BOUNCE) if self.bounced_only.isChecked() else None
        if first is not None:  # why they came back: in view
            self.table.scrollToItem(first)
        self.count.setText(
            translate("history_page", "{shown} of {total} message(s)").format(
                shown=len(rows), total=len(self._rows)
            )
        )

    def _on_export_clicked(self) -> None:
        excel = translate("history_page", "Excel workbook (*.xlsx)")
        title = translate("history_page", "Export the register")
        name, kind = QFileDialog.getSaveFileName(
            self, title, "register.csv", f"CSV (*.csv);;{excel}"
        )
        if not name:
            return
        path = Path(name)
        if kind == excel and path.suffix.lower() != ".xlsx":
            path = path.with_name(f"{path.name}.xlsx")
        try:
            self.export(path)
        except ExportError as exc:
            QMessageBox.warning(self, title, str(exc))
