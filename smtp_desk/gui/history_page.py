"""History: the dispatch register of everything ever sent, searchable, exportable."""

from __future__ import annotations

import csv
from pathlib import Path

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

from smtp_desk.core.outbox import ItemState, Outbox
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.store import Store

__all__ = ["HEADERS", "HistoryPage", "register_rows"]

HEADERS = ["Flat", "Member", "Addresses", "Document", "Period", "Sent", "Message-ID", "Reply"]


def register_rows(folder: DataFolder) -> list[list[str]]:
    """Every sent item of every run, newest first."""
    if not folder.register_file.exists():
        return []
    rows = []
    with Store.open(folder.register_file) as store:
        outbox = Outbox(store, domain="")
        members = store.members()
        for run in outbox.runs():
            for item in outbox.items(run.id, states=(ItemState.SENT,)):
                member = members.get(item.flat)
                rows.append(
                    [
                        item.flat,
                        member.name if member else "",
                        "; ".join(item.recipients),
                        f"{run.kind} {item.document}",
                        run.period,
                        item.sent_at.isoformat(" ", "seconds") if item.sent_at else "",
                        item.message_id,
                        item.reply,
                    ]
                )
    return sorted(rows, key=lambda row: row[5], reverse=True)


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
        self._rows = register_rows(self._folder)
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
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.setSortingEnabled(True)
        self.count.setText(f"{len(rows)} of {len(self._rows)} message(s)")

    def _on_export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export the register", "register.csv", "CSV (*.csv)"
        )
        if name:
            self.export(Path(name))
