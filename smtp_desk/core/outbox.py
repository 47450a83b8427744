"""The durable outbox: runs and items in the register, changed one transaction at a time.

A **run** is one document kind for one period, with the subject and text it was started
with. An **item** is one document for one member (all the member's addresses in one
message) with a Message-ID made once and kept for every attempt.

pending → sending → sent | failed | deferred | unconfirmed | skipped | cancelled.
"sending" is committed before the message is handed to the server and "sent" right after
the server's 250, so a crash in between leaves "sending", which :meth:`Outbox.recover`
turns into "unconfirmed": never sent again automatically; a person decides.

Every time kept here (a run's ``created``, an item's ``changed``, ``sent_at`` and
``next_attempt``) is an instant: an aware datetime stored as ISO 8601 in UTC with its
offset (``2026-11-30T04:40:00+00:00``), so stored times sort and compare as text and the
PC's time zone or summer time never shifts them. A time given without a zone (naive), or
a naive one read back from a register the migration to schema 4 missed, is the PC's local
time (:func:`as_utc`). People see local time: format ``moment.astimezone()``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import make_msgid
from enum import StrEnum
from typing import Any

from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.store import Store

__all__ = [
    "Item",
    "ItemSpec",
    "ItemState",
    "Outbox",
    "Preparation",
    "Run",
    "RunState",
    "as_utc",
    "now_utc",
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


@dataclass
class Preparation:
    """What starting (or resuming) a run found."""

    run: Run
    created: bool
    added: int = 0
    waiting_confirmation: list[ItemSpec] = field(default_factory=list)  # new or changed


_UNCONFIRMED = (
    "The connection broke just after {flat}'s message was handed to the provider, so it may "
    "have arrived: ask the member or look in the account's Sent folder, then mark it sent or "
    "to be sent again (it is never resent on its own)."
)

# failures that mean the member's address itself needs correcting
_ADDRESS_CATEGORIES = (
    DiagnosisCategory.ADDRESS_INVALID,
    DiagnosisCategory.ADDRESS_MALFORMED,
    DiagnosisCategory.MAILBOX_UNAVAILABLE,
    DiagnosisCategory.RECIPIENT_REJECTED,
    DiagnosisCategory.ADDRESS_UNSUPPORTED,
)

_STOPPED = (
    "SMTP Desk stopped (closed, killed or the PC lost power) just as {flat}'s message was "
    "being handed to the provider, so it may have arrived: ask the member or look in the "
    "account's Sent folder, then mark it arrived or to be sent again (it is never resent on "
    "its own)."
)

_COLUMNS = (
    "id, run, flat, document, recipients, message_id, content_hash, state, attempts, "
    "next_attempt, changed, sent_at, reply, category, reason, refused"
)


def now_utc() -> datetime:
    """The clock the core uses by default: now, as an aware UTC instant."""
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC instant; a naive one is taken as the PC's local time."""
    return moment.astimezone(UTC)


def _stamp(moment: datetime) -> str:
    """How an instant is stored: ISO 8601 in UTC with the offset."""
    return as_utc(moment).isoformat()


def _instant(text: str) -> datetime:
    return as_utc(datetime.fromisoformat(text))


def _time(text: str | None) -> datetime | None:
    return _instant(text) if text else None


def _run(row: tuple[Any, ...]) -> Run:
    run_id, kind, period, created, subject, body, state = row
    return Run(run_id, kind, period, _instant(created), subject, body, RunState(state))


def _item(row: tuple[Any, ...]) -> Item:
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
        _time(next_attempt),
        _instant(changed),
        _time(sent_at),
        reply,
        category,
        reason,
        json.loads(refused or "{}"),
    )


class Outbox:
    """Runs and items; every method that changes something is one transaction."""

    def __init__(self, store: Store, *, domain: str) -> None:
        self._store = store
        self._db = store.connection
        self._domain = domain or None

    # ----- runs ---------------------------------------------------------------------------

    def run(self, kind: str, period: str) -> Run | None:
        row = self._db.execute(
            "SELECT id, kind, period, created, subject, body, state FROM runs "
            "WHERE kind = ? AND period = ?",
            (kind, period),
        ).fetchone()
        return None if row is None else _run(row)

    def runs(self) -> list[Run]:
        return [
            _run(r)
            for r in self._db.execute(
                "SELECT id, kind, period, created, subject, body, state FROM runs ORDER BY id"
            )
        ]

    def prepare(
        self,
        kind: str,
        period: str,
        specs: list[ItemSpec],
        *,
        subject: str,
        body: str,
        now: datetime,
        accept_changes: bool = False,
    ) -> Preparation:
        """Start the run for ``kind`` and ``period``, or resume it.

        On a new run every item is added. On an existing run, items already there are
        kept as they are (sent ones are never sent again); a document that is new or whose
        content changed is added only with ``accept_changes`` (otherwise it is listed in
        ``waiting_confirmation``).
        """
        with self._store.transaction() as db:
            existing = self.run(kind, period)  # inside: two processes may prepare at once
            if existing is None:
                cursor = db.execute(
                    "INSERT INTO runs (kind, period, created, subject, body) VALUES "
                    "(?, ?, ?, ?, ?)",
                    (kind, period, _stamp(now), subject, body),
                )
                run_id = int(cursor.lastrowid or 0)
            else:
                run_id = existing.id
                db.execute("UPDATE runs SET state = ? WHERE id = ?", (RunState.OPEN.value, run_id))
            known = {
                (row[0], row[1]): ItemState(row[2])
                for row in db.execute(
                    "SELECT document, content_hash, state FROM items WHERE run = ?", (run_id,)
                )
            }
            documents = {document for document, _ in known}
            preparation = Preparation(self.run_by_id(run_id), existing is None)
            for spec in specs:
                if (spec.document, spec.content_hash) in known:
                    continue
                if existing is not None and not accept_changes:
                    preparation.waiting_confirmation.append(spec)
                    continue
                if spec.document in documents:  # changed: the old version is not sent
                    db.execute(
                        "UPDATE items SET state = 'cancelled', changed = ? WHERE run = ? AND "
                        "document = ? AND state IN ('pending', 'deferred')",
                        (_stamp(now), run_id, spec.document),
                    )
                state = ItemState.PENDING if spec.recipients else ItemState.SKIPPED
                db.execute(
                    "INSERT INTO items (run, flat, document, recipients, message_id, "
                    "content_hash, state, changed, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        run_id,
                        spec.flat,
                        spec.document,
                        json.dumps(list(spec.recipients)),
                        make_msgid(domain=self._domain),
                        spec.content_hash,
                        state.value,
                        _stamp(now),
                        "" if spec.recipients else "no_email",
                    ),
                )
                preparation.added += 1
        return preparation

    def run_by_id(self, run_id: int) -> Run:
        row = self._db.execute(
            "SELECT id, kind, period, created, subject, body, state FROM runs WHERE id = ?",
            (run_id,),
        ).fetchone()
        return _run(row)

    def set_run_state(self, run_id: int, state: RunState) -> None:
        with self._store.transaction() as db:
            db.execute("UPDATE runs SET state = ? WHERE id = ?", (state.value, run_id))

    # ----- items --------------------------------------------------------------------------

    def items(self, run_id: int | None = None, *, states: tuple[ItemState, ...] = ()) -> list[Item]:
        sql = f"SELECT {_COLUMNS} FROM items"  # noqa: S608 (fixed column names)
        args: list[object] = []
        where = []
        if run_id is not None:
            where.append("run = ?")
            args.append(run_id)
        if states:
            where.append(f"state IN ({', '.join('?' * len(states))})")
            args.extend(s.value for s in states)
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_item(row) for row in self._db.execute(sql + " ORDER BY id", args)]

    def item(self, item_id: int) -> Item | None:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM items WHERE id = ?", (item_id,)).fetchone()  # noqa: S608 (fixed column names)
        return None if row is None else _item(row)

    def due(self, run_id: int, now: datetime, *, limit: int = -1) -> list[Item]:
        """Items to send now, oldest first: pending, and deferred ones whose time has come
        (at most ``limit``; the sender looks only a few ahead)."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM items WHERE run = ? AND (state = 'pending' OR "  # noqa: S608 (fixed column names)
            "(state = 'deferred' AND next_attempt <= ?)) ORDER BY id LIMIT ?",
            (run_id, _stamp(now), limit),
        )
        return [_item(row) for row in rows]

    def next_retry(self, run_id: int) -> datetime | None:
        times = [
            i.next_attempt
            for i in self.items(run_id, states=(ItemState.DEFERRED,))
            if i.next_attempt
        ]
        return min(times) if times else None

    def counts(self, run_id: int) -> dict[str, int]:
        counts = {state.value: 0 for state in ItemState}
        for state, number in self._db.execute(
            "SELECT state, count(*) FROM items WHERE run = ? GROUP BY state", (run_id,)
        ):
            counts[state] = number
        return counts

    def refused_addresses(self) -> dict[str, dict[str, str]]:
        """Per flat, the addresses a provider refused (address → plain words), from the
        latest attempt of every document: the addresses the office should correct."""
        found: dict[str, dict[str, str]] = {}
        marks = ", ".join("?" * len(_ADDRESS_CATEGORIES))
        sql = (
            "SELECT flat, recipients, refused, state, category, reply FROM items WHERE "  # noqa: S608 (placeholders only)
            "(state = 'sent' AND refused != '{}') OR (state = 'failed' AND category IN "
            f"({marks})) ORDER BY changed"
        )
        rows = self._db.execute(sql, _ADDRESS_CATEGORIES)
        for flat, recipients, refused, state, _category, reply in rows:
            addresses = (
                json.loads(refused)
                if ItemState(state) is ItemState.SENT
                else dict.fromkeys(json.loads(recipients), reply)
            )
            found.setdefault(flat, {}).update(addresses)
        return found

    def sent_times(self, since: datetime) -> list[datetime]:
        """When messages were sent since ``since``, over all runs, oldest first (for the
        rolling limits): also the times later than now, which a clock that was ahead
        recorded (:func:`~smtp_desk.core.limits.in_window` leaves them out of a limit)."""
        since = as_utc(since)
        times = (
            _instant(row[0])
            for row in self._db.execute(
                "SELECT sent_at FROM items WHERE state = 'sent' AND sent_at >= ? ORDER BY sent_at",
                (_stamp(since),),
            )
        )
        return sorted(t for t in times if t >= since)  # exact, also for a naive leftover

    def _move(
        self,
        item_id: int,
        state: ItemState,
        now: datetime,
        *,
        only_from: tuple[ItemState, ...] = (),
        **fields: object,
    ) -> bool:
        """One item to ``state``; with ``only_from``, only if it is in one of those states
        now (False otherwise: someone else moved it)."""
        sets = ", ".join(f"{name} = ?" for name in fields)
        guard = f" AND state IN ({', '.join('?' * len(only_from))})" if only_from else ""
        with self._store.transaction() as db:
            cursor = db.execute(
                f"UPDATE items SET state = ?, changed = ?{', ' if sets else ''}{sets} "  # noqa: S608 (fixed column names)
                f"WHERE id = ?{guard}",
                (state.value, _stamp(now), *fields.values(), item_id, *only_from),
            )
        return cursor.rowcount == 1

    def mark_sending(self, item: Item, now: datetime) -> bool:
        """Claim the item for sending; False when it is no longer waiting (another sender
        took it: it must not be sent from here)."""
        return self._move(
            item.id,
            ItemState.SENDING,
            now,
            only_from=(ItemState.PENDING, ItemState.DEFERRED),
            attempts=item.attempts + 1,
        )

    def mark_sent(
        self, item: Item, now: datetime, reply: str, *, refused: dict[str, str] | None = None
    ) -> None:
        """Accepted by the server; ``refused``: addresses refused while others were taken."""
        self._move(
            item.id,
            ItemState.SENT,
            now,
            sent_at=_stamp(now),
            reply=reply,
            category="",
            reason="",
            refused=json.dumps(refused or {}, ensure_ascii=False),
            next_attempt=None,
        )

    def mark_failed(
        self,
        item: Item,
        now: datetime,
        reply: str,
        category: DiagnosisCategory,
        *,
        reason: str = "",
    ) -> None:
        self._move(
            item.id,
            ItemState.FAILED,
            now,
            reply=reply,
            category=category,
            reason=reason,
            next_attempt=None,
        )

    def mark_deferred(
        self,
        item: Item,
        now: datetime,
        retry_at: datetime,
        reply: str,
        category: DiagnosisCategory,
        *,
        attempts: int,
        reason: str = "",
    ) -> None:
        self._move(
            item.id,
            ItemState.DEFERRED,
            now,
            next_attempt=_stamp(retry_at),
            reply=reply,
            category=category,
            reason=reason,
            attempts=attempts,
        )

    def mark_unconfirmed(self, item: Item, now: datetime, reply: str) -> None:
        self._move(
            item.id,
            ItemState.UNCONFIRMED,
            now,
            reply=reply,
            category="unconfirmed",
            reason=_UNCONFIRMED.format(flat=item.flat),
        )

    def put_back(self, item: Item, now: datetime) -> None:
        """Not handed over after all (stopped, or a refusal before DATA that is not the
        member's): waiting again, the attempt not counted. ``item`` is as it was before
        :meth:`mark_sending`."""
        self._move(item.id, ItemState.PENDING, now, attempts=item.attempts)

    def recover(self, now: datetime) -> int:
        """After a crash: "sending" means the message may or may not have reached the
        server: it becomes "unconfirmed" and is never resent without a person's word."""
        with self._store.transaction() as db:
            rows = db.execute("SELECT id, flat FROM items WHERE state = 'sending'").fetchall()
            for item_id, flat in rows:
                db.execute(
                    "UPDATE items SET state = 'unconfirmed', category = 'unconfirmed', "
                    "changed = ?, reply = 'the program stopped while this message was being "
                    "sent', reason = ? WHERE id = ?",
                    (_stamp(now), _STOPPED.format(flat=flat), item_id),
                )
        return len(rows)

    def resolve(self, item_id: int, *, sent: bool, now: datetime) -> Item:
        """A person's decision on an unconfirmed (or failed) item."""
        item = self.item(item_id)
        if item is None:
            raise KeyError(f"there is no item {item_id}")
        if sent:
            self._move(
                item_id,
                ItemState.SENT,
                now,
                sent_at=_stamp(now),
                reply="marked as sent by the office",
                category="",
                reason="",
            )
        else:
            self._move(
                item_id,
                ItemState.PENDING,
                now,
                next_attempt=None,
                reply="to be sent again",
                category="",
                reason="",
            )
        result = self.item(item_id)
        assert result is not None
        return result

    def retry_failed(self, run_id: int, now: datetime) -> int:
        with self._store.transaction() as db:
            cursor = db.execute(
                "UPDATE items SET state = 'pending', attempts = 0, next_attempt = NULL, "
                "reason = '', changed = ? WHERE run = ? AND state = 'failed'",
                (_stamp(now), run_id),
            )
        return cursor.rowcount


def retry_delay(attempts: int, *, base: timedelta, jitter: float) -> timedelta:
    """Exponential backoff: base, 2×base, 4×base … with ``jitter`` (0–1) spread."""
    delay: timedelta = base * (2 ** max(attempts - 1, 0)) * (1 + jitter)
    return delay
