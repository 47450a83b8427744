"""File > Restore a backup…: the copies of the register, newest first, to choose one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.backups import KEEP, Backup
from smtp_desk.core.i18n import translate

__all__ = ["RestoreDialog"]


class RestoreDialog(QDialog):
    """The backups with when each was made and before what; Restore accepts the dialog with
    the selected one (:meth:`chosen`), the newest being selected to begin with. Asking to
    confirm, and restoring, are the window's."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(translate("restore_dialog", "Restore a backup"))
        self._backups = backups
        intro = QLabel(
            translate(
                "restore_dialog",
                "A copy of the register (members, bills, receipts, what was sent) is made before "
                "each import and each run; the newest {keep} are kept. Choose the one to go back "
                "to; the register as it is now is kept as a backup too.",
            ).format(keep=KEEP),
            self,
            wordWrap=True,
        )
        self.table = QTableWidget(len(backups), 3, self)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels(
            [
                translate("restore_dialog", "Made"),
                translate("restore_dialog", "Before"),
                translate("restore_dialog", "Size"),
            ]
        )
        self.table.setAccessibleName(translate("restore_dialog", "Backups, newest first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, backup in enumerate(backups):
            made = QTableWidgetItem(backup.when)
            made.setToolTip(backup.name)
            size = QTableWidgetItem(f"{backup.size / 1_000_000:.1f} MB")
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((made, QTableWidgetItem(backup.why), size)):
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(translate("restore_dialog", "&Restore…"), self)
        self.restore_button.setObjectName("restore")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.table.itemDoubleClicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(520, 360)
        if backups:
            self.table.selectRow(0)
        self.table.setFocus()
        self._on_table_selection_changed()

    def chosen(self) -> Backup | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self._backups[min(rows)] if rows else None

    def _on_table_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)
