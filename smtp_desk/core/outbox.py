"""The durable outbox: runs and items in the register, changed one transaction at a time.

A **run** is one document kind for one period, with the subject and text it was started
with. An **item** is one document for one member (all the member's addresses in one
message) with a Message-ID made once and kept for every attempt (the records are in
:mod:`smtp_desk.core.outbox_records`, the reading in :mod:`smtp_desk.core.outbox_queries`).

pending → sending → sent | failed | deferred | unconfirmed | skipped | cancelled.
"sending" is committed before the message is handed to the server and "sent" right after
the server's 250, so a crash in between leaves "sending", which :meth:`Outbox.recover`
turns into "unconfirmed": never sent again automatically; a person decides.

Every time kept here (a run's ``created``, an item's ``changed``, ``sent_at`` and
``next_attempt``) is an instant (:mod:`smtp_desk.core.instants`): an aware datetime stored
as ISO 8601 in UTC with its offset; a naive time is the PC's local time (:func:`as_utc`).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from email.utils import make_msgid

from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.instants import as_utc, now_utc, stamp
from smtp_desk.core.outbox_queries import OutboxReader
from smtp_desk.core.outbox_records import Item, ItemSpec, ItemState, Preparation, RunState
from smtp_desk.core.store import Store

__all__ = [
    "Item",
    "ItemState",
    "Outbox",
    "as_utc",
    "now_utc",
    "retry_delay",
]

_UNCONFIRMED = (
    "The connection broke just after {flat}'s message was handed to the provider, so it may "
    "have arrived: ask the member or look in the account's Sent folder, then mark it sent or "
    "to be sent again (it is never resent on its own)."
)

_STOPPED = (
    "SMTP Desk stopped (closed, killed or the PC lost power) just as {flat}'s message was "
    "being handed to the provider, so it may have arrived: ask the member or look in the "
    "account's Sent folder, then mark it arrived or to be sent again (it is never resent on "
    "its own)."
)


class Outbox(OutboxReader):
    """Runs and items; every method that changes something is one transaction."""

    def __init__(self, store: Store, *, domain: str) -> None:
        super().__init__(store)
        self._domain = domain or None

    # ----- runs ---------------------------------------------------------------------------

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
        language: str = "en",
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
                    "INSERT INTO runs (kind, period, created, subject, body, language) VALUES "
                    "(?, ?, ?, ?, ?, ?)",
                    (kind, period, stamp(now), subject, body, language),
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
                self._add_item(db, run_id, spec, now, changed=spec.document in documents)
                preparation.added += 1
        return preparation

    def _add_item(
        self, db: sqlite3.Connection, run_id: int, spec: ItemSpec, now: datetime, *, changed: bool
    ) -> None:
        """One new item in ``prepare``'s transaction; a ``changed`` document's old version
        is not sent (cancelled while it still waits)."""
        if changed:
            db.execute(
                "UPDATE items SET state = 'cancelled', changed = ? WHERE run = ? AND "
                "document = ? AND state IN ('pending', 'deferred')",
                (stamp(now), run_id, spec.document),
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
                stamp(now),
                "" if spec.recipients else "no_email",
            ),
        )

    def set_run_state(self, run_id: int, state: RunState) -> None:
        with self._store.transaction() as db:
            db.execute("UPDATE runs SET state = ? WHERE id = ?", (state.value, run_id))

    # ----- items --------------------------------------------------------------------------

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
                (state.value, stamp(now), *fields.values(), item_id, *only_from),
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
            sent_at=stamp(now),
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
            next_attempt=stamp(retry_at),
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
        server: it becomes "unconfirmed" and is never resent without a person's word (or
        the Sent folder's). Its time stays the moment it was handed over — what the Sent
        folder's settling goes by — not ``now``, when the crash was noticed."""
        del now
        with self._store.transaction() as db:
            rows = db.execute("SELECT id, flat FROM items WHERE state = 'sending'").fetchall()
            for item_id, flat in rows:
                db.execute(
                    "UPDATE items SET state = 'unconfirmed', category = 'unconfirmed', "
                    "reply = 'the program stopped while this message was being sent', "
                    "reason = ? WHERE id = ?",
                    (_STOPPED.format(flat=flat), item_id),
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
                sent_at=stamp(now),
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

    def settle_from_mailbox(self, item: Item, *, found_in: str, now: datetime) -> bool:
        """An unconfirmed item settled by the account's Sent folder: found there (its copy
        is in ``found_in``) it was sent, when it was handed over; not found, it waits to be
        sent again. False when the item is no longer unconfirmed (someone settled it)."""
        if found_in:
            return self._move(
                item.id,
                ItemState.SENT,
                now,
                only_from=(ItemState.UNCONFIRMED,),
                sent_at=stamp(item.changed),
                reply=f"confirmed from the Sent folder ({found_in})",
                category="",
                reason="",
            )
        return self._move(
            item.id,
            ItemState.PENDING,
            now,
            only_from=(ItemState.UNCONFIRMED,),
            next_attempt=None,
            reply="not in the Sent folder: to be sent again",
            category="",
            reason="",
        )

    def record_bounces(self, bounces: list[tuple[int, str, str, str]]) -> list[int]:
        """Bounces matched to items, all in one transaction: ``(item id, address, reason,
        line)`` with a BounceReason's value and the line said about that address. The
        item's state stays what it is (the server did accept the message); an address
        already recorded on the item is left as it was, so reading a bounce again changes
        nothing. Which of ``bounces`` (their places in it) were newly recorded: decided in
        the transaction, so of two readers at once only one finds a bounce new."""
        added: list[int] = []
        with self._store.transaction() as db:
            for place, (item_id, address, reason, line) in enumerate(bounces):
                row = db.execute(
                    "SELECT bounce, bounce_detail FROM items WHERE id = ?", (item_id,)
                ).fetchone()
                if row is None:
                    continue
                lines = [entry for entry in str(row[1]).split("\n") if entry]
                if any(entry.startswith(f"{address}: ") for entry in lines):
                    continue
                lines.append(line)
                db.execute(
                    "UPDATE items SET bounce = ?, bounce_detail = ? WHERE id = ?",
                    (row[0] or reason, "\n".join(lines), item_id),
                )
                added.append(place)
        return added

    def retry_failed(self, run_id: int, now: datetime) -> int:
        with self._store.transaction() as db:
            cursor = db.execute(
                "UPDATE items SET state = 'pending', attempts = 0, next_attempt = NULL, "
                "reason = '', changed = ? WHERE run = ? AND state = 'failed'",
                (stamp(now), run_id),
            )
        return cursor.rowcount


def retry_delay(attempts: int, *, base: timedelta, jitter: float) -> timedelta:
    """Exponential backoff: base, 2×base, 4×base … with ``jitter`` (0–1) spread."""
    delay: timedelta = base * (2 ** max(attempts - 1, 0)) * (1 + jitter)
    return delay
