"""History: the dispatch register of everything ever sent, searchable, exportable; a
member sent only at some of their addresses stands out as "sent (partly)"."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.dispatch_register import HEADERS, register_rows
from smtp_desk.core.paths import DataFolder

__all__ = ["HEADERS", "HistoryPage"]

_REFUSED = HEADERS.index("Refused")
_STATUS = HEADERS.index("Status")


class HistoryPage(QWidget):
    def __init__(self, *, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_page")
        self._folder = folder
        self._rows: list[list[str]] = []
        self.search = QLineEdit(self, placeholderText="Search flat, name, address, Message-ID…")
        self.search.setAccessibleName("Search the register")
        self.export_button = QPushButton("&Export CSV…", self)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>History</h2>", self))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self._show)
        self.export_button.clicked.connect(self._on_export_clicked)

    def refresh(self) -> None:
        self._rows = [row.cells() for row in register_rows(self._folder)]
        self._show()

    def visible_rows(self) -> list[list[str]]:
        words = self.search.text().lower().split()
        return [r for r in self._rows if all(any(w in cell.lower() for cell in r) for w in words)]

    def export(self, path: Path) -> int:
        rows = self.visible_rows()
        with path.open("w", newline="", encoding="utf-8-sig") as out:
            writer = csv.writer(out)
            writer.writerow(HEADERS)
            writer.writerows(rows)
        return len(rows)

    def _show(self, *_args: object) -> None:
        rows = self.visible_rows()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = QTableWidgetItem(value)
                if row[_REFUSED] and c in (_STATUS, _REFUSED):
                    cell.setForeground(QColor("#a15c00"))
                    cell.setToolTip(row[_REFUSED])
                self.table.setItem(r, c, cell)
        self.table.setSortingEnabled(True)
        self.count.setText(f"{len(rows)} of {len(self._rows)} message(s)")

    def _on_export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export the register", "register.csv", "CSV (*.csv)"
        )
        if name:
            self.export(Path(name))
