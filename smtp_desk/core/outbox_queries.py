"""Reading the outbox: runs, items, what is due, counts and sent times.

:class:`OutboxReader` only reads; :class:`~smtp_desk.core.outbox.Outbox` adds the changes,
one transaction each.
"""

from __future__ import annotations

import json
from datetime import datetime

from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.instants import as_utc, instant, stamp
from smtp_desk.core.outbox_records import (
    ITEM_COLUMNS,
    RUN_COLUMNS,
    Item,
    ItemState,
    Run,
    item_from_row,
    run_from_row,
)
from smtp_desk.core.store import Store

__all__ = ["OutboxReader"]

# failures that mean the member's address itself needs correcting
_ADDRESS_CATEGORIES = (
    DiagnosisCategory.ADDRESS_INVALID,
    DiagnosisCategory.ADDRESS_MALFORMED,
    DiagnosisCategory.MAILBOX_UNAVAILABLE,
    DiagnosisCategory.RECIPIENT_REJECTED,
    DiagnosisCategory.ADDRESS_UNSUPPORTED,
)


class OutboxReader:
    """Runs and items as the register holds them now."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._db = store.connection

    # ----- runs ---------------------------------------------------------------------------

    def run(self, kind: str, period: str) -> Run | None:
        row = self._db.execute(
            f"SELECT {RUN_COLUMNS} FROM runs WHERE kind = ? AND period = ?",  # noqa: S608 (fixed column names)
            (kind, period),
        ).fetchone()
        return None if row is None else run_from_row(row)

    def runs(self) -> list[Run]:
        return [
            run_from_row(r)
            for r in self._db.execute(f"SELECT {RUN_COLUMNS} FROM runs ORDER BY id")  # noqa: S608 (fixed column names)
        ]

    def run_by_id(self, run_id: int) -> Run:
        row = self._db.execute(
            f"SELECT {RUN_COLUMNS} FROM runs WHERE id = ?",  # noqa: S608 (fixed column names)
            (run_id,),
        ).fetchone()
        return run_from_row(row)

    # ----- items --------------------------------------------------------------------------

    def items(self, run_id: int | None = None, *, states: tuple[ItemState, ...] = ()) -> list[Item]:
        sql = f"SELECT {ITEM_COLUMNS} FROM items"  # noqa: S608 (fixed column names)
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
        return [item_from_row(row) for row in self._db.execute(sql + " ORDER BY id", args)]

    def item(self, item_id: int) -> Item | None:
        row = self._db.execute(
            f"SELECT {ITEM_COLUMNS} FROM items WHERE id = ?",  # noqa: S608 (fixed column names)
            (item_id,),
        ).fetchone()
        return None if row is None else item_from_row(row)

    def due(self, run_id: int, now: datetime, *, limit: int = -1) -> list[Item]:
        """Items to send now, oldest first: pending, and deferred ones whose time has come
        (at most ``limit``; the sender looks only a few ahead)."""
        rows = self._db.execute(
            f"SELECT {ITEM_COLUMNS} FROM items WHERE run = ? AND (state = 'pending' OR "  # noqa: S608 (fixed column names)
            "(state = 'deferred' AND next_attempt <= ?)) ORDER BY id LIMIT ?",
            (run_id, stamp(now), limit),
        )
        return [item_from_row(row) for row in rows]

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
        latest attempt of every document, and those whose mail came back later (a bounce
        in the inbox): the addresses the office should correct."""
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
        bounced = self._db.execute(
            "SELECT flat, bounce_detail FROM items WHERE bounce_detail != '' ORDER BY changed"
        )
        for flat, detail in bounced:
            for line in str(detail).split("\n"):
                address, colon, words = line.partition(": ")
                if colon and address:
                    found.setdefault(flat, {})[address] = words
        return found

    def sent_times(self, since: datetime) -> list[datetime]:
        """When messages were sent since ``since``, over all runs, oldest first (for the
        rolling limits): also the times later than now, which a clock that was ahead
        recorded (:func:`~smtp_desk.core.limits.in_window` leaves them out of a limit)."""
        since = as_utc(since)
        times = (
            instant(row[0])
            for row in self._db.execute(
                "SELECT sent_at FROM items WHERE state = 'sent' AND sent_at >= ? ORDER BY sent_at",
                (stamp(since),),
            )
        )
        return sorted(t for t in times if t >= since)  # exact, also for a naive leftover
