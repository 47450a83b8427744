"""The Send page's table: one row per member of the run, its state in words, the reason a
clerk can act on (the provider's raw reply in the tooltip), sorted by flat in the society's
order. Times are the PC's local time."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget, QWidget

from smtp_desk.core.addresses import printable
from smtp_desk.core.dispatch import Job
from smtp_desk.core.flat_order import flat_sort_key
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.model import Member
from smtp_desk.core.outbox import Item, ItemState
from smtp_desk.core.sender import Progress
from smtp_desk.gui.register_tables import SortItem, fit_columns, set_up_table

__all__ = ["RecipientsTable", "recipients_summary", "status_text"]

_STATUS = {
    ItemState.PENDING: QT_TRANSLATE_NOOP("recipients_table", "Waiting"),
    ItemState.SENDING: QT_TRANSLATE_NOOP("recipients_table", "Sending…"),
    ItemState.SENT: QT_TRANSLATE_NOOP("recipients_table", "Sent"),
    ItemState.FAILED: QT_TRANSLATE_NOOP("recipients_table", "Failed"),
    ItemState.DEFERRED: QT_TRANSLATE_NOOP("recipients_table", "Will retry"),
    ItemState.UNCONFIRMED: QT_TRANSLATE_NOOP("recipients_table", "Unconfirmed"),
    ItemState.SKIPPED: QT_TRANSLATE_NOOP("recipients_table", "No email — print copy"),
    ItemState.CANCELLED: QT_TRANSLATE_NOOP("recipients_table", "Cancelled"),
}
_PROBLEMS = (ItemState.FAILED, ItemState.UNCONFIRMED, ItemState.DEFERRED)
_WAITING = (ItemState.PENDING, ItemState.DEFERRED)
_COLUMNS = [
    QT_TRANSLATE_NOOP("recipients_table", "Flat"),
    QT_TRANSLATE_NOOP("recipients_table", "Member"),
    QT_TRANSLATE_NOOP("recipients_table", "Address"),
    QT_TRANSLATE_NOOP("recipients_table", "Status"),
    QT_TRANSLATE_NOOP("recipients_table", "Time"),
    QT_TRANSLATE_NOOP("recipients_table", "Reason / reply"),
]
_FLAT, _STATE = 0, 3  # the columns of the flat (holding the item's id) and of the status
_NARROW = {1: 200, 2: 260, _STATE: 220}  # px at most for the member, address and status
_WARN = QColor("#a15c00")
_ERROR = QColor("#b00020")


def status_text(item: Item, *, waiting_why: str = "") -> str:
    """``Waiting — daily limit``, ``Sent (partly)``, ``Will retry at 10:32`` …"""
    if item.partly:
        return translate("recipients_table", "Sent (partly)")
    if item.state is ItemState.PENDING and waiting_why:
        return translate("recipients_table", "Waiting — {why}").format(why=waiting_why)
    if item.state is ItemState.DEFERRED and item.next_attempt is not None:
        return translate("recipients_table", "Will retry at {time}").format(
            time=f"{item.next_attempt.astimezone():%H:%M}"
        )
    return translate("recipients_table", _STATUS[item.state])


def _longest_status() -> list[str]:
    """Every status a row can show while the run goes on (the column keeps room for them)."""
    return [
        translate("recipients_table", "Will retry at {time}").format(time="00:00"),
        translate("recipients_table", "Waiting — {why}").format(
            why=translate("send_run", "daily limit")
        ),
        *(translate("recipients_table", text) for text in _STATUS.values()),
    ]


def recipients_summary(jobs: list[Job]) -> str:
    """``12 members · 11 with email (2 with two or more) · 1 print copies``, and a warning
    about an address that more than one member gave."""
    with_email = sum(1 for j in jobs if j.spec.recipients)
    two = sum(1 for j in jobs if len(j.spec.recipients) > 1)
    text = translate(
        "recipients_table",
        "{members} members · {with_email} with email ({two} with two or more) · "
        "{print} print copies",
    ).format(members=len(jobs), with_email=with_email, two=two, print=len(jobs) - with_email)
    owners: dict[str, set[str]] = {}
    for job in jobs:
        for address in job.spec.recipients:
            owners.setdefault(address.lower(), set()).add(job.member.flat)
    shared = sorted(address for address, flats in owners.items() if len(flats) > 1)
    if shared:
        text += translate(
            "recipients_table",
            "<br>⚠ {count} address(es) belong to more than one member (e.g. "
            "{address}); each member still gets their own message.",
        ).format(count=len(shared), address=shared[0])
    return text


def _is_problem(item: Item) -> bool:
    return item.state in _PROBLEMS or item.partly


class RecipientsTable(QTableWidget):
    """Rows keyed by item id, sorted by flat (B-9 before B-10) unless the clerk sorts by
    another column; problems found by state, never by the words shown. Each row's cells
    are kept and changed in place, so a row moved by sorting keeps its item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(_COLUMNS), parent)
        self.setObjectName("recipients")
        self.setHorizontalHeaderLabels([translate("recipients_table", c) for c in _COLUMNS])
        set_up_table(self, sort_column=_FLAT)
        self.horizontalHeader().setStretchLastSection(True)  # the reason: what is left
        self._cells: dict[int, list[SortItem]] = {}  # item id -> its row's cells
        self._items: dict[int, Item] = {}  # item id -> the item as last shown
        self._only_problems = False
        self.waiting_why = ""  # why waiting members wait ("daily limit"), when they do

    def load(self, items: list[Item], members: dict[str, Member]) -> None:
        shown = [
            item
            for item in items
            if not (
                item.state is ItemState.CANCELLED
                and any(i.document == item.document and i.id != item.id for i in items)
            )  # an earlier version of a changed document
        ]
        self._cells.clear()
        self._items.clear()
        self.setSortingEnabled(False)
        self.setRowCount(len(shown))
        for row, item in enumerate(shown):
            member = members.get(item.flat)
            cells = [
                SortItem(item.flat, flat_sort_key(item.flat)),
                SortItem(member.name if member else ""),
                SortItem("; ".join(item.recipients)),
                *(SortItem("") for _ in range(3)),
            ]
            cells[_FLAT].setData(Qt.ItemDataRole.UserRole, item.id)
            for column, cell in enumerate(cells):
                self.setItem(row, column, cell)
            self._cells[item.id] = cells
            self.show_item(item)
        self.setSortingEnabled(True)
        fit_columns(self, narrow=_NARROW)  # the reason gets what is left
        for column, texts in ((_STATE, _longest_status()), (_STATE + 1, ["00:00:00"])):
            room = max(self.fontMetrics().horizontalAdvance(t) for t in texts) + 16
            self.setColumnWidth(column, max(self.columnWidth(column), room))  # as it runs
        self.apply_filter()

    def show_item(self, item: Item) -> None:
        cells = self._cells.get(item.id)
        if cells is None:
            return
        self._items[item.id] = item
        status, when, reason = cells[_STATE:]
        detail = self._detail(item)
        color: QColor | None = None  # the table's own
        if item.state in (ItemState.FAILED, ItemState.UNCONFIRMED):
            color = _ERROR
        elif _is_problem(item):
            color = _WARN
        for cell in (status, reason):
            cell.setToolTip(detail)
            if color is None:
                cell.setData(Qt.ItemDataRole.ForegroundRole, None)
            else:
                cell.setForeground(color)
        # a sorted table may move the row as each cell changes: the cells go with it
        status.set(status_text(item, waiting_why=self.waiting_why))
        when.set(f"{item.sent_at.astimezone():%H:%M:%S}" if item.sent_at else "")
        reason.set(self._reason(item))
        if self._only_problems:
            self.setRowHidden(status.row(), not _is_problem(item))

    @staticmethod
    def _reason(item: Item) -> str:
        if item.partly:
            refused = ", ".join(printable(a) for a in item.refused)
            return translate(
                "recipients_table",
                "Delivered, but not to {addresses}: correct it on the Members page.",
            ).format(addresses=refused)
        if item.state is ItemState.SENT:
            return translate("recipients_table", "Accepted by the provider")
        return item.reason or item.reply

    @staticmethod
    def _detail(item: Item) -> str:
        lines = [item.reason] if item.reason and item.state is not ItemState.SENT else []
        if item.reply:
            lines.append(translate("recipients_table", "Details: {reply}").format(reply=item.reply))
        lines += [
            translate("recipients_table", "Not to {address}: {reply}").format(
                address=printable(a), reply=reply
            )
            for a, reply in item.refused.items()
        ]
        return "\n".join(lines)

    def set_waiting_why(self, why: str) -> None:
        """Say why the waiting members wait ("daily limit"), or nothing, on every row."""
        self.waiting_why = why
        for item in list(self._items.values()):
            if item.state is ItemState.PENDING:
                self.show_item(item)

    def set_only_problems(self, only: bool) -> None:
        self._only_problems = only
        self.apply_filter()

    def apply_filter(self) -> None:
        for item_id, cells in self._cells.items():
            item = self._items.get(item_id)
            hidden = self._only_problems and not (item and _is_problem(item))
            self.setRowHidden(cells[_FLAT].row(), hidden)

    def shown_items(self) -> list[Item]:
        return list(self._items.values())

    def item_at(self, row: int) -> Item | None:
        """The run's item shown in ``row`` (as the table is sorted now)."""
        cell = self.item(row, _FLAT)
        item_id = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None
        return self._items.get(item_id) if isinstance(item_id, int) else None

    def waiting(self) -> int:
        return sum(1 for i in self._items.values() if i.state in _WAITING)

    def failed(self) -> int:
        return sum(1 for i in self._items.values() if i.state is ItemState.FAILED)

    def unconfirmed(self) -> int:
        return sum(1 for i in self._items.values() if i.state is ItemState.UNCONFIRMED)

    def selected_unconfirmed(self) -> list[Item]:
        rows = sorted({index.row() for index in self.selectedIndexes()})
        chosen = [self.item_at(row) for row in rows]
        return [i for i in chosen if i is not None and i.state is ItemState.UNCONFIRMED]

    def progress(self) -> tuple[int, int]:
        """(finished, to count): members with email whose sending is over, of all of them."""
        counts = Counter(i.state.value for i in self._items.values())
        progress = Progress(dict(counts), len(self._items), None, None)
        return progress.handled, progress.countable

    def row_of(self, item_id: int) -> int | None:
        cells = self._cells.get(item_id)
        return cells[_FLAT].row() if cells else None
