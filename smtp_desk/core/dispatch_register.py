"""The dispatch register: who was sent what, when, at which address, with the server's
reply. One format for the History page, ``smtp-desk register`` and their CSV files.

A member sent at some addresses while others were refused is "sent (partly)", with each
refused address and the provider's reply in "Refused".
"""

from __future__ import annotations

from dataclasses import dataclass

from smtp_desk.core.outbox import Item, ItemState, Outbox
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.store import Store

__all__ = ["HEADERS", "RegisterRow", "register_rows"]

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
]


@dataclass(frozen=True)
class RegisterRow:
    flat: str
    member: str
    addresses: str
    kind: str
    document: str
    period: str
    sent: str  # YYYY-MM-DD HH:MM:SS
    status: str  # "sent" or "sent (partly)"
    refused: str  # "address: reply; …"
    message_id: str
    reply: str

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
        ]


def _row(item: Item, kind: str, period: str, member: str) -> RegisterRow:
    return RegisterRow(
        flat=item.flat,
        member=member,
        addresses="; ".join(item.recipients),
        kind=kind,
        document=item.document,
        period=period,
        sent=item.sent_at.isoformat(" ", "seconds") if item.sent_at else "",
        status="sent (partly)" if item.partly else "sent",
        refused="; ".join(f"{address}: {reply}" for address, reply in item.refused.items()),
        message_id=item.message_id,
        reply=item.reply,
    )


def register_rows(folder: DataFolder, *, period: str | None = None) -> list[RegisterRow]:
    """Every sent item (of ``period``, or of every run), newest first."""
    if not folder.register_file.exists():
        return []
    rows = []
    with Store.open(folder.register_file) as store:
        outbox = Outbox(store, domain="")
        members = store.members()
        for run in outbox.runs():
            if period is not None and run.period != period:
                continue
            for item in outbox.items(run.id, states=(ItemState.SENT,)):
                member = members.get(item.flat)
                rows.append(_row(item, run.kind, run.period, member.name if member else ""))
    return sorted(rows, key=lambda row: row.sent, reverse=True)
