"""The register's tables on Members & Documents: the members (all, or only those needing
care) and one period's bills with their total, plus the read-only table they are shown in.

The page reads the register off the GUI thread and hands these widgets what it read.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.model import Bill, Member
from smtp_desk.core.money import format_amount

__all__ = ["BillsTab", "MembersTab", "fill_table", "make_table"]

_FILTERS = (
    "All members",
    "No email — print copy",
    "Two or more emails",
    "Address refused by the provider",
)


def make_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    """A read-only, sortable table that selects whole rows."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSortingEnabled(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def fill_table(
    table: QTableWidget, rows: list[list[str]], *, numeric: set[int] | None = None
) -> None:
    """Show ``rows`` (the columns in ``numeric`` aligned right)."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if numeric and c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()


class MembersTab(QWidget):
    """The members, filtered by :attr:`filter`; a note on those without email and on
    addresses a provider refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: dict[str, Member] = {}
        self._refused: dict[str, dict[str, str]] = {}  # flat → address → provider's words
        self.table = make_table(self, "members", ["Flat", "Name", "Email", "Phone", "Status"])
        self.filter = QComboBox(self)
        self.filter.addItems(list(_FILTERS))
        self.filter.setAccessibleName("Show")
        self.filter.currentIndexChanged.connect(self._on_filter_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    def load(self, members: dict[str, Member], refused: dict[str, dict[str, str]]) -> None:
        self._members, self._refused = members, refused
        self._on_filter_changed(self.filter.currentIndex())

    def names(self) -> dict[str, str]:
        """Each flat's member's name."""
        return {flat: m.name for flat, m in self._members.items()}

    def _on_filter_changed(self, index: int) -> None:
        members = list(self._members.values())
        if index == 1:
            members = [m for m in members if not m.has_email]
        elif index == 2:
            members = [m for m in members if len(m.emails) > 1]
        elif index == 3:
            members = [m for m in members if self._refused_now(m)]
        fill_table(
            self.table,
            [[m.flat, m.name, "; ".join(m.emails), m.phone, self._note(m)] for m in members],
        )

    def _refused_now(self, member: Member) -> dict[str, str]:
        """The member's current addresses that a provider refused (corrected ones drop out)."""
        refused = self._refused.get(member.flat, {})
        return {a: why for a, why in refused.items() if a in member.emails}

    def _note(self, member: Member) -> str:
        if not member.has_email:
            return "no email — print copy"
        refused = self._refused_now(member)
        if refused:
            return (
                f"⚠ the provider refused {', '.join(refused)}: correct the address "
                "(the reply is in History)"
            )
        return ""


class BillsTab(QWidget):
    """One period's bills, chosen in :attr:`period`, and their total.

    Signals:
        period_changed(str): the person chose another period (the page reads its bills).
    """

    period_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = QComboBox(self)
        self.period.setAccessibleName("Bills of period")
        self.period.currentIndexChanged.connect(
            lambda _index: self.period_changed.emit(self.period.currentText())
        )
        self.table = make_table(
            self, "bills", ["Bill No", "Flat", "Member", "Charges", "Arrears", "Interest", "Total"]
        )
        self.totals = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period)
        layout.addWidget(self.table)
        layout.addWidget(self.totals)

    def set_periods(self, periods: list[str], current: str) -> None:
        """The periods to choose from, ``current`` chosen (without ``period_changed``)."""
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems(periods)
        if current:
            self.period.setCurrentText(current)
        self.period.blockSignals(False)

    def clear(self) -> None:
        fill_table(self.table, [])
        self.totals.clear()

    def load(self, bills: list[Bill], *, names: dict[str, str]) -> None:
        """The bills of the period chosen (none while no period is)."""
        if not self.period.currentText():
            self.clear()
            return
        fill_table(
            self.table,
            [
                [
                    b.number,
                    b.flat,
                    names.get(b.flat, ""),
                    format_amount(b.current_charges),
                    format_amount(b.arrears),
                    format_amount(b.interest),
                    format_amount(b.total),
                ]
                for b in bills
            ],
            numeric={3, 4, 5, 6},
        )
        total = sum((b.total for b in bills), Decimal(0))
        self.totals.setText(f"{len(bills)} bills · total payable ₹ {format_amount(total)}")
