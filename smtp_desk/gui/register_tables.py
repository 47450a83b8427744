"""The register's tables on Members & Documents: the members (all, or only those needing
care) and one period's bills with their total, plus the read-only table they are shown in
and how every table of the window reads well: sorted by flat in a society's order (B-9
before B-10) with the header's arrow saying so, columns as wide as their content but none
taking the whole width (a longer text is elided, its whole in the tooltip).

The page reads the register off the GUI thread and hands these widgets what it read.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

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

from smtp_desk.core.flat_order import flat_sort_key
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.model import Bill, Member
from smtp_desk.core.money import format_amount

__all__ = [
    "BillsTab",
    "MembersTab",
    "SortItem",
    "amount_key",
    "fill_table",
    "fit_columns",
    "make_table",
    "set_up_table",
]

WIDEST = 260  # px: no column starts wider than this; its text is elided, whole in the tooltip
_LAST = 160  # px: a stretched last column starts no wider, then takes the width left over
_LONG = 24  # characters: a cell longer than this carries its text as a tooltip too

Key = Callable[[str], Any]  # a column's sort key, from a cell's text


class SortItem(QTableWidgetItem):
    """A cell that sorts by :attr:`key` (a flat in the society's order, an amount by its
    value, any other text without case) instead of by its text."""

    def __init__(self, text: str, key: Any = None) -> None:
        super().__init__(text)
        self.key: Any = text.casefold() if key is None else key
        if len(text) > _LONG:
            self.setToolTip(text)

    def set(self, text: str, key: Any = None) -> None:
        """Show ``text`` (sorting by ``key``); a sorted table moves the row if it must."""
        self.key = text.casefold() if key is None else key
        self.setText(text)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, SortItem):
            return bool(self.key < other.key)
        return super().__lt__(other)


def amount_key(text: str) -> Decimal:
    """``3,350.00`` as a number (an empty or odd cell sorts first)."""
    try:
        return Decimal(text.replace(",", "")) if text else Decimal(-1)
    except InvalidOperation:
        return Decimal(-1)


def set_up_table(table: QTableWidget, *, sort_column: int | None) -> None:
    """Read-only, one line a row (a longer text elided), sorted ascending by
    ``sort_column`` (None: not sortable) with the header's arrow there."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    if sort_column is not None:
        table.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)


def fit_columns(
    table: QTableWidget, *, widest: int = WIDEST, narrow: dict[int, int] | None = None
) -> None:
    """Each column as wide as its content (and header), none wider than ``widest`` (the
    columns in ``narrow``: than the width given there); a stretched last column gets the
    width the others leave, however long its text."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    for column in range(table.columnCount()):
        limit = (narrow or {}).get(column, widest)
        if column == last and header.stretchLastSection():
            limit = _LAST  # its least: the header stretches it over what is left
        if header.sectionSize(column) > limit:
            header.resizeSection(column, limit)


_FILTERS = (
    QT_TRANSLATE_NOOP("register_tables", "All members"),
    QT_TRANSLATE_NOOP("register_tables", "No email — print copy"),
    QT_TRANSLATE_NOOP("register_tables", "Two or more emails"),
    QT_TRANSLATE_NOOP("register_tables", "Address refused by the provider"),
)
REFUSED_FILTER = len(_FILTERS) - 1  # "Address refused by the provider": bounced, refused


def make_table(
    parent: QWidget, name: str, headers: list[str], *, sort_column: int, stretch: bool = True
) -> QTableWidget:
    """A read-only table that selects whole rows, sorted by ``sort_column``; ``stretch``:
    the last column takes the width left over."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    set_up_table(table, sort_column=sort_column)
    table.horizontalHeader().setStretchLastSection(stretch)
    return table


def fill_table(
    table: QTableWidget,
    rows: list[list[str]],
    *,
    numeric: set[int] | None = None,
    keys: dict[int, Key] | None = None,
) -> None:
    """Show ``rows`` in the table's sort order: the columns in ``numeric`` aligned right
    and sorted by value, those in ``keys`` sorted by that key of their text."""
    sort_by = {c: amount_key for c in numeric or ()} | (keys or {})
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            key = sort_by.get(c)
            item = SortItem(value, key(value) if key else None)
            if numeric and c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    fit_columns(table)


class MembersTab(QWidget):
    """The members, filtered by :attr:`filter`; a note on those without email and on
    addresses a provider refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: dict[str, Member] = {}
        self._refused: dict[str, dict[str, str]] = {}  # flat → address → provider's words
        self.table = make_table(
            self,
            "members",
            [
                translate("register_tables", "Flat"),
                translate("register_tables", "Name"),
                translate("register_tables", "Email"),
                translate("register_tables", "Phone"),
                translate("register_tables", "Status"),
            ],
            sort_column=0,
        )
        self.filter = QComboBox(self)
        self.filter.addItems([translate("register_tables", f) for f in _FILTERS])
        self.filter.setAccessibleName(translate("register_tables", "Show"))
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
            keys={0: flat_sort_key},
        )

    def _refused_now(self, member: Member) -> dict[str, str]:
        """The member's current addresses that a provider refused (corrected ones drop out)."""
        refused = self._refused.get(member.flat, {})
        return {a: why for a, why in refused.items() if a in member.emails}

    def _note(self, member: Member) -> str:
        if not member.has_email:
            return translate("register_tables", "no email — print copy")
        refused = self._refused_now(member)
        if refused:
            return translate(
                "register_tables",
                "⚠ the provider refused {addresses}: correct the address (the reply is in History)",
            ).format(addresses=", ".join(refused))
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
        self.period.setAccessibleName(translate("register_tables", "Bills of period"))
        self.period.currentIndexChanged.connect(
            lambda _index: self.period_changed.emit(self.period.currentText())
        )
        self.table = make_table(
            self,
            "bills",
            [
                translate("register_tables", "Bill No"),
                translate("register_tables", "Flat"),
                translate("register_tables", "Member"),
                translate("register_tables", "Charges"),
                translate("register_tables", "Arrears"),
                translate("register_tables", "Interest"),
                translate("register_tables", "Total"),
            ],
            sort_column=1,
            stretch=False,
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
            keys={0: flat_sort_key, 1: flat_sort_key},  # bill numbers are B-9, B-10 too
        )
        total = sum((b.total for b in bills), Decimal(0))
        self.totals.setText(
            translate("register_tables", "{count} bills · total payable ₹ {total}").format(
                count=len(bills), total=format_amount(total)
            )
        )
