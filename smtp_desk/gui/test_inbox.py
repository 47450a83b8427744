"""The Test inbox: what practice mode "sent", newest first, with the body and the PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.i18n import shown_date, translate
from smtp_desk.core.practice import InboxMessage, read_inbox
from smtp_desk.gui.preview import PreviewDialog, fit_to_screen
from smtp_desk.gui.register_tables import fit_columns, set_up_table

__all__ = ["TestInbox"]


class TestInbox(QWidget):
    """A window over the practice server's inbox folder."""

    __test__ = False  # not a test case, whatever its name says

    def __init__(self, inbox: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("test_inbox")
        self.setWindowTitle(
            translate("test_inbox", "Test inbox — practice (nothing here left this PC)")
        )
        self._inbox = inbox
        self.messages: list[InboxMessage] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("inbox")
        self.table.setHorizontalHeaderLabels(
            [
                translate("test_inbox", "To"),
                translate("test_inbox", "Subject"),
                translate("test_inbox", "Received"),
                translate("test_inbox", "Size"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        set_up_table(self.table, sort_column=None)  # newest first, as received
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.body = QTextBrowser(self)
        self.body.setObjectName("inbox_body")
        self.open_pdf = QPushButton(translate("test_inbox", "Open the &PDF"), self)
        self.empty = QPushButton(translate("test_inbox", "&Empty test inbox"), self)
        self.refresh_button = QPushButton(translate("test_inbox", "&Refresh"), self)
        self.count = QLabel(self)
        self.previews: list[PreviewDialog] = []
        split = QSplitter(self)
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.table)
        split.addWidget(self.body)
        buttons = QHBoxLayout()
        for widget in (self.refresh_button, self.open_pdf, self.empty):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        split.setSizes([300, 300])
        fit_to_screen(self, 960, 680)
        self.table.itemSelectionChanged.connect(self._on_table_itemSelectionChanged)
        self.open_pdf.clicked.connect(self.preview_pdf)
        self.empty.clicked.connect(self.empty_inbox)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.messages = read_inbox(self._inbox)
        self.table.setRowCount(len(self.messages))
        for row, message in enumerate(self.messages):
            for column, text in enumerate(
                [
                    message.to,
                    message.subject,
                    f"{shown_date(message.received, year=False)} {message.received:%H:%M:%S}",
                    f"{message.size / 1024:.0f} KB",
                ]
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        fit_columns(self.table)  # the subject takes the width left over
        self.count.setText(
            translate("test_inbox", "{count} message(s)").format(count=len(self.messages))
        )
        self.body.clear()
        if self.messages:
            self.table.selectRow(0)

    def current(self) -> InboxMessage | None:
        row = self.table.currentRow()
        return self.messages[row] if 0 <= row < len(self.messages) else None

    def preview_pdf(self) -> PreviewDialog | None:
        message = self.current()
        found = message.attachment() if message else None
        if found is None:
            return None
        name, content = found
        dialog = PreviewDialog(name, lambda: content, self)
        self.previews.append(dialog)
        dialog.show()
        return dialog

    def empty_inbox(self) -> None:
        for path in self._inbox.glob("*.eml"):
            path.unlink(missing_ok=True)
        self.refresh()

    def _on_table_itemSelectionChanged(self) -> None:
        message = self.current()
        if message is not None:
            self.body.setPlainText(
                translate("test_inbox", "To: {to}\nSubject: {subject}\n\n{body}").format(
                    to=message.to, subject=message.subject, body=message.body()
                )
            )
