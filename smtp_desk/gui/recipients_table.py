"""The Send page's table: one row per member of the run, its state in words, the reason a
clerk can act on (the provider's raw reply in the tooltip). Times are the PC's local time."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from smtp_desk.core.addresses import printable
from smtp_desk.core.dispatch import Job
from smtp_desk.core.model import Member
from smtp_desk.core.outbox import Item, ItemState
from smtp_desk.core.sender import Progress

__all__ = ["RecipientsTable", "recipients_summary", "status_text"]

_STATUS = {
    ItemState.PENDING: "Waiting",
    ItemState.SENDING: "Sending…",
    ItemState.SENT: "Sent",
    ItemState.FAILED: "Failed",
    ItemState.DEFERRED: "Will retry",
    ItemState.UNCONFIRMED: "Unconfirmed",
    ItemState.SKIPPED: "No email — print copy",
    ItemState.CANCELLED: "Cancelled",
}
_PROBLEMS = (ItemState.FAILED, ItemState.UNCONFIRMED, ItemState.DEFERRED)
_WAITING = (ItemState.PENDING, ItemState.DEFERRED)
_COLUMNS = ["Flat", "Member", "Address", "Status", "Time", "Reason / reply"]
_WARN = QColor("#a15c00")
_ERROR = QColor("#b00020")


def status_text(item: Item, *, waiting_why: str = "") -> str:
    """``Waiting — daily limit``, ``Sent (partly)``, ``Will retry at 10:32`` …"""
    if item.partly:
        return "Sent (partly)"
    if item.state is ItemState.PENDING and waiting_why:
        return f"Waiting — {waiting_why}"
    if item.state is ItemState.DEFERRED and item.next_attempt is not None:
        return f"Will retry at {item.next_attempt.astimezone():%H:%M}"
    return _STATUS[item.state]


def recipients_summary(jobs: list[Job]) -> str:
    """``12 members · 11 with email (2 with two or more) · 1 print copies``, and a warning
    about an address that more than one member gave."""
    with_email = sum(1 for j in jobs if j.spec.recipients)
    two = sum(1 for j in jobs if len(j.spec.recipients) > 1)
    text = (
        f"{len(jobs)} members · {with_email} with email ({two} with two or more) · "
        f"{len(jobs) - with_email} print copies"
    )
    owners: dict[str, set[str]] = {}
    for job in jobs:
        for address in job.spec.recipients:
            owners.setdefault(address.lower(), set()).add(job.member.flat)
    shared = sorted(address for address, flats in owners.items() if len(flats) > 1)
    if shared:
        text += (
            f"<br>⚠ {len(shared)} address(es) belong to more than one member (e.g. "
            f"{shared[0]}); each member still gets their own message."
        )
    return text


def _is_problem(item: Item) -> bool:
    return item.state in _PROBLEMS or item.partly


class RecipientsTable(QTableWidget):
    """Rows keyed by item id; problems found by state, never by the words shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(_COLUMNS), parent)
        self.setObjectName("recipients")
        self.setHorizontalHeaderLabels(_COLUMNS)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self._rows: dict[int, int] = {}  # item id -> row
        self._items: dict[int, Item] = {}  # row -> the item shown there
        self._only_problems = False
        self.waiting_why = ""  # why waiting members wait ("daily limit"), when they do

    def load(self, items: list[Item], members: dict[str, Member]) -> None:
        self._rows.clear()
        self._items.clear()
        self.setRowCount(0)
        for item in items:
            if item.state is ItemState.CANCELLED and any(
                i.document == item.document and i.id != item.id for i in items
            ):
                continue  # an earlier version of a changed document
            row = self.rowCount()
            self.insertRow(row)
            self._rows[item.id] = row
            member = members.get(item.flat)
            for column, text in enumerate(
                [item.flat, member.name if member else "", "; ".join(item.recipients)]
            ):
                self.setItem(row, column, QTableWidgetItem(text))
            self.show_item(item)
        self.apply_filter()

    def show_item(self, item: Item) -> None:
        row = self._rows.get(item.id)
        if row is None:
            return
        self._items[row] = item
        when = f"{item.sent_at.astimezone():%H:%M:%S}" if item.sent_at else ""
        status = QTableWidgetItem(status_text(item, waiting_why=self.waiting_why))
        reason = QTableWidgetItem(self._reason(item))
        detail = self._detail(item)
        for cell in (status, reason):
            cell.setToolTip(detail)
            if item.state in (ItemState.FAILED, ItemState.UNCONFIRMED):
                cell.setForeground(_ERROR)
            elif _is_problem(item):
                cell.setForeground(_WARN)
        self.setItem(row, 3, status)
        self.setItem(row, 4, QTableWidgetItem(when))
        self.setItem(row, 5, reason)
        if self._only_problems:
            self.setRowHidden(row, not _is_problem(item))

    @staticmethod
    def _reason(item: Item) -> str:
        if item.partly:
            refused = ", ".join(printable(a) for a in item.refused)
            return f"Delivered, but not to {refused}: correct it on the Members page."
        if item.state is ItemState.SENT:
            return "Accepted by the provider"
        return item.reason or item.reply

    @staticmethod
    def _detail(item: Item) -> str:
        lines = [item.reason] if item.reason and item.state is not ItemState.SENT else []
        lines += [f"Details: {item.reply}"] if item.reply else []
        lines += [f"Not to {printable(a)}: {reply}" for a, reply in item.refused.items()]
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
        for row in range(self.rowCount()):
            item = self._items.get(row)
            self.setRowHidden(row, self._only_problems and not (item and _is_problem(item)))

    def shown_items(self) -> list[Item]:
        return list(self._items.values())

    def waiting(self) -> int:
        return sum(1 for i in self._items.values() if i.state in _WAITING)

    def failed(self) -> int:
        return sum(1 for i in self._items.values() if i.state is ItemState.FAILED)

    def unconfirmed(self) -> int:
        return sum(1 for i in self._items.values() if i.state is ItemState.UNCONFIRMED)

    def selected_unconfirmed(self) -> list[Item]:
        rows = sorted({index.row() for index in self.selectedIndexes()})
        chosen = [self._items[row] for row in rows if row in self._items]
        return [i for i in chosen if i.state is ItemState.UNCONFIRMED]

    def progress(self) -> tuple[int, int]:
        """(finished, to count): members with email whose sending is over, of all of them."""
        counts = Counter(i.state.value for i in self._items.values())
        progress = Progress(dict(counts), len(self._items), None, None)
        return progress.handled, progress.countable

    def row_of(self, item_id: int) -> int | None:
        return self._rows.get(item_id)
