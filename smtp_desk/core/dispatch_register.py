"""The dispatch register: who was sent what, when, at which address, with the server's
reply. One format for the History page, ``smtp-desk register`` and their CSV and Excel
files (written by :mod:`smtp_desk.core.safe_csv`: every cell text, none a formula).

A member sent at some addresses while others were refused is "sent (partly)", with each
refused address and the provider's reply in "Refused". A message the provider accepted and
later returned undelivered (a bounce in the inbox, :mod:`smtp_desk.core.bounces`) stays
"sent"; its last column, "Bounce", says for each address why it came back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from smtp_desk.core.i18n import QT_TRANSLATE_NOOP
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import Item, ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.safe_csv import write_csv, write_xlsx
from smtp_desk.core.store import Store

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

__all__ = [
    "HEADERS",
    "RegisterRow",
    "register_rows",
    "write_register_csv",
    "write_register_xlsx",
]

HEADERS = [
    "Flat",
    "Member",
    "Addresses",
    "Kind",
    "Document",
    "Period",
    "Sent",
    "Status",
    "Refused",
    "Message-ID",
    "Reply",
    "Bounce",  # last: scripts reading the CSV by position keep working
]
# The History page shows HEADERS translated; the newest column's name is marked here.
_SHOWN_BOUNCE = QT_TRANSLATE_NOOP("history_page", "Bounce")


@dataclass(frozen=True)
class RegisterRow:
    flat: str
    member: str
    addresses: str
    kind: str
    document: str
    period: str
    sent: str  # YYYY-MM-DD HH:MM:SS, the PC's local time
    status: str  # "sent" or "sent (partly)"
    refused: str  # "address: reply; …"
    message_id: str
    reply: str
    bounce: str = ""  # "address: why it came back (the server's reply)"; "" when none did

    def cells(self) -> list[str]:
        return [
            self.flat,
            self.member,
            self.addresses,
            self.kind,
            self.document,
            self.period,
            self.sent,
            self.status,
            self.refused,
            self.message_id,
            self.reply,
            self.bounce,
        ]


def _row(item: Item, kind: str, period: str, member: str) -> RegisterRow:
    return RegisterRow(
        flat=item.flat,
        member=member,
        addresses="; ".join(item.recipients),
        kind=kind,
        document=item.document,
        period=period,
        sent=f"{item.sent_at.astimezone():%Y-%m-%d %H:%M:%S}" if item.sent_at else "",
        status="sent (partly)" if item.partly else "sent",
        refused="; ".join(f"{address}: {reply}" for address, reply in item.refused.items()),
        message_id=item.message_id,
        reply=item.reply,
        bounce="; ".join(line for line in item.bounce_detail.split("\n") if line),
    )


def register_rows(folder: DataFolder, *, period: str | None = None) -> list[RegisterRow]:
    """Every sent item (of ``period``, or of every run), newest first."""
    if not folder.register_file.exists():
        return []
    found: list[tuple[Item, str, str, str]] = []
    with Store.open(folder.register_file) as store:
        outbox = Outbox(store, domain="")
        members = store.members()
        for run in outbox.runs():
            if period is not None and run.period != period:
                continue
            for item in outbox.items(run.id, states=(ItemState.SENT,)):
                member = members.get(item.flat)
                found.append((item, run.kind, run.period, member.name if member else ""))
    # newest first by the instant, not its local text (an hour repeats when clocks go back)
    found.sort(key=lambda entry: entry[0].sent_at or _EPOCH, reverse=True)
    return [_row(*entry) for entry in found]


def write_register_csv(path: Path, rows: Iterable[RegisterRow]) -> int:
    """Write ``rows`` as a CSV for Excel; the number written. Raises
    :class:`~smtp_desk.core.safe_csv.ExportError` (the old file is left as it was)."""
    return write_csv(path, HEADERS, (row.cells() for row in rows))


def write_register_xlsx(path: Path, rows: Iterable[RegisterRow]) -> int:
    """Write ``rows`` as an Excel workbook, every cell text; the number written."""
    return write_xlsx(path, HEADERS, (row.cells() for row in rows), sheet="Register")
