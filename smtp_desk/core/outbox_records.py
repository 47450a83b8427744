"""What the outbox keeps: runs and items, their states, and how a register row reads.

pending → sending → sent | failed | deferred | unconfirmed | skipped | cancelled (see
:mod:`smtp_desk.core.outbox`); a run is open, paused or done.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from smtp_desk.core.instants import instant, optional_instant

__all__ = [
    "ITEM_COLUMNS",
    "RUN_COLUMNS",
    "Item",
    "ItemSpec",
    "ItemState",
    "Preparation",
    "Run",
    "RunState",
    "item_from_row",
    "run_from_row",
]


class ItemState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DEFERRED = "deferred"
    UNCONFIRMED = "unconfirmed"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"


class RunState(StrEnum):
    OPEN = "open"  # prepared, or stopped with members waiting (a limit, a problem)
    PAUSED = "paused"  # paused or cancelled by a person
    DONE = "done"  # nothing waits


@dataclass(frozen=True)
class ItemSpec:
    """What should be sent: the planner's view of one item."""

    flat: str
    document: str  # bill number, receipt number, or "statement <flat>"
    recipients: tuple[str, ...]
    content_hash: str


@dataclass(frozen=True)
class Item:
    id: int
    run: int
    flat: str
    document: str
    recipients: tuple[str, ...]
    message_id: str
    content_hash: str
    state: ItemState
    attempts: int
    next_attempt: datetime | None
    changed: datetime
    sent_at: datetime | None
    reply: str  # the server's reply as received (detail for the log, tooltip, CSV)
    category: str  # a DiagnosisCategory's value; "" when sent, "unconfirmed" after a drop
    reason: str = ""  # the plain-words sentence for a failure or deferral
    refused: dict[str, str] = field(default_factory=dict)  # address → reply, when partly sent
    bounce: str = ""  # a BounceReason's value when it came back undelivered after all
    bounce_detail: str = ""  # one line per bounced address: "address: sentence (reply)"

    @property
    def bounced(self) -> bool:
        """Accepted by the server, then returned undelivered (a bounce in the inbox)."""
        return bool(self.bounce)

    @property
    def partly(self) -> bool:
        """Sent, but some of the member's addresses were refused."""
        return self.state is ItemState.SENT and bool(self.refused)


@dataclass(frozen=True)
class Run:
    id: int
    kind: str
    period: str
    created: datetime
    subject: str
    body: str
    state: RunState
    language: str = "en"  # the members' language of subject and body (message_language)


@dataclass
class Preparation:
    """What starting (or resuming) a run found."""

    run: Run
    created: bool
    added: int = 0
    waiting_confirmation: list[ItemSpec] = field(default_factory=list)  # new or changed


ITEM_COLUMNS = (
    "id, run, flat, document, recipients, message_id, content_hash, state, attempts, "
    "next_attempt, changed, sent_at, reply, category, reason, refused, bounce, bounce_detail"
)


RUN_COLUMNS = "id, kind, period, created, subject, body, state, language"


def run_from_row(row: tuple[Any, ...]) -> Run:
    run_id, kind, period, created, subject, body, state, language = row
    return Run(run_id, kind, period, instant(created), subject, body, RunState(state), language)


def item_from_row(row: tuple[Any, ...]) -> Item:
    (
        id_,
        run,
        flat,
        document,
        recipients,
        message_id,
        content_hash,
        state,
        attempts,
        next_attempt,
        changed,
        sent_at,
        reply,
        category,
        reason,
        refused,
        bounce,
        bounce_detail,
    ) = row
    return Item(
        int(id_),
        int(run),
        flat,
        document,
        tuple(json.loads(recipients)),
        message_id,
        content_hash,
        ItemState(state),
        int(attempts),
        optional_instant(next_attempt),
        instant(changed),
        optional_instant(sent_at),
        reply,
        category,
        reason,
        json.loads(refused or "{}"),
        bounce,
        bounce_detail,
    )
