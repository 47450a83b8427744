"""The society's register in one SQLite file: members, bills, receipts, imported PDFs.

WAL mode, foreign keys on, a schema version in ``PRAGMA user_version`` with forward
migrations; a database from a newer SMTP Desk is refused and never touched. Money is
stored as decimal text, so nothing is ever rounded through a float. Every change is one
transaction (:meth:`Store.transaction`), which always ends: committed, or rolled back (a
connection that cannot even roll back is closed and opened again), so the long-lived window
never keeps a transaction open.

Storage trouble is said in sentences: an ``sqlite3`` error (or a full disk) leaving
:meth:`Store.open` or a ``with Store.open(…)`` block becomes a :class:`StoreError` that says
what happened and what to do (a damaged file, a full disk, a register another program keeps
busy, a read-only folder). Inside the block errors keep their ``sqlite3`` type, so code that
expects a constraint error still sees one; a constraint error itself is a fault of the
program, not of the disk, and is never dressed up as one.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from smtp_desk.core.model import Bill, ChargeLine, Member, PaymentMode, Period, Receipt
from smtp_desk.core.store_errors import (
    RESTORE_ADVICE,
    RegisterDamaged,
    StoreError,
    storage_error,
)

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "StoredDocument"]

log = logging.getLogger(__name__)

_MIGRATIONS: list[str] = [
    # 1: the register
    """
    CREATE TABLE members (
        flat TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE member_emails (
        flat TEXT NOT NULL REFERENCES members(flat) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        email TEXT NOT NULL,
        PRIMARY KEY (flat, position)
    );
    CREATE TABLE bills (
        number TEXT PRIMARY KEY,
        flat TEXT NOT NULL REFERENCES members(flat),
        period TEXT NOT NULL,
        bill_date TEXT NOT NULL,
        due_date TEXT NOT NULL,
        arrears TEXT NOT NULL,
        interest TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX bills_by_period ON bills(period, flat);
    CREATE TABLE bill_charges (
        bill TEXT NOT NULL REFERENCES bills(number) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        head TEXT NOT NULL,
        amount TEXT NOT NULL,
        PRIMARY KEY (bill, position)
    );
    CREATE TABLE receipts (
        number TEXT PRIMARY KEY,
        flat TEXT NOT NULL REFERENCES members(flat),
        date TEXT NOT NULL,
        amount TEXT NOT NULL,
        mode TEXT NOT NULL,
        cheque_number TEXT NOT NULL DEFAULT '',
        cheque_date TEXT,
        bank TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        against TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX receipts_by_flat ON receipts(flat, date);
    CREATE TABLE documents (
        kind TEXT NOT NULL,
        period TEXT NOT NULL,
        flat TEXT NOT NULL REFERENCES members(flat),
        file TEXT NOT NULL,
        original_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        PRIMARY KEY (kind, period, flat)
    );
    """,
    # 2: the outbox
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        period TEXT NOT NULL,
        created TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'open',
        UNIQUE (kind, period)
    );
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        run INTEGER NOT NULL REFERENCES runs(id),
        flat TEXT NOT NULL,
        document TEXT NOT NULL,
        recipients TEXT NOT NULL,
        message_id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt TEXT,
        changed TEXT NOT NULL,
        sent_at TEXT,
        reply TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        UNIQUE (run, document, content_hash)
    );
    CREATE INDEX items_by_state ON items(run, state);
    CREATE INDEX items_sent_at ON items(sent_at);
    """,
    # 3: plain-words reasons and per-address refusals
    """
    ALTER TABLE items ADD COLUMN reason TEXT NOT NULL DEFAULT '';
    ALTER TABLE items ADD COLUMN refused TEXT NOT NULL DEFAULT '{}';
    """,
    # 4: the outbox's times as UTC instants with their offset (2026-11-30T04:40:00+00:00).
    # Until now they were naive, the PC's local time; each is converted with the time zone
    # the PC is set to NOW (SQLite's 'utc' applies that zone's rules for the value's date).
    # Caveat: if the PC's time zone was changed since, or the register came from a PC in
    # another zone, those old times are off by the difference (and an hour repeated when
    # summer time ends is read as one of the two). Values already with an offset, and text
    # that is no time at all, are left as they are; a naive one missed here is still read
    # as local time (smtp_desk.core.outbox.as_utc).
    """
    UPDATE items SET changed = strftime('%Y-%m-%dT%H:%M:%S', substr(changed, 1, 19), 'utc')
        || substr(changed, 20) || '+00:00'
    WHERE rtrim(substr(changed, 20), '.0123456789') = ''
        AND strftime('%s', substr(changed, 1, 19)) IS NOT NULL;
    UPDATE items SET sent_at = strftime('%Y-%m-%dT%H:%M:%S', substr(sent_at, 1, 19), 'utc')
        || substr(sent_at, 20) || '+00:00'
    WHERE rtrim(substr(sent_at, 20), '.0123456789') = ''
        AND strftime('%s', substr(sent_at, 1, 19)) IS NOT NULL;
    UPDATE items SET next_attempt = strftime('%Y-%m-%dT%H:%M:%S', substr(next_attempt, 1, 19),
        'utc') || substr(next_attempt, 20) || '+00:00'
    WHERE rtrim(substr(next_attempt, 20), '.0123456789') = ''
        AND strftime('%s', substr(next_attempt, 1, 19)) IS NOT NULL;
    UPDATE runs SET created = strftime('%Y-%m-%dT%H:%M:%S', substr(created, 1, 19), 'utc')
        || substr(created, 20) || '+00:00'
    WHERE rtrim(substr(created, 20), '.0123456789') = ''
        AND strftime('%s', substr(created, 1, 19)) IS NOT NULL
    """,
]
SCHEMA_VERSION = len(_MIGRATIONS)


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=10, isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        db.close()
        raise
    return db


@dataclass(frozen=True)
class StoredDocument:
    kind: str
    period: str
    flat: str
    file: str  # relative to the data folder
    original_name: str
    sha256: str
    size: int


class Store:
    """The register. Open with :meth:`open`; use as a context manager to close."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (or create) the register, bringing its schema up to date. Raises
        :class:`StoreError` with the sentence for whatever stands in the way."""
        db: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = _connect(path)
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"The register {path} was written by a newer SMTP Desk (schema {version}; "
                    f"this program knows up to {SCHEMA_VERSION}). Nothing was changed. Install "
                    "the newer SMTP Desk again, or use another data folder.",
                    path,
                )
            db.execute("PRAGMA journal_mode = WAL")
            store = cls(db, path)
            store._migrate(version)
        except BaseException as exc:
            if db is not None:
                db.close()
            error = storage_error(exc, path, doing="opened")
            if error is None or error is exc:
                raise
            raise error from exc
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, _kind: type[BaseException] | None, exc: BaseException | None, _tb: object
    ) -> None:
        """Close; storage trouble leaving the block is said as a :class:`StoreError`."""
        self.close()
        error = None if exc is None else storage_error(exc, self.path)
        if error is not None and error is not exc:
            raise error from exc

    def close(self) -> None:
        self._db.close()

    def check(self) -> None:
        """A quick look at every page (``PRAGMA quick_check``, linear in the register's size):
        raises :class:`RegisterDamaged` when something is wrong, before a command relies
        on what it reads or writes a decision into a damaged file."""
        try:
            verdict = [row[0] for row in self._db.execute("PRAGMA quick_check(3)")]
        except sqlite3.Error as exc:
            error = storage_error(exc, self.path)
            if error is None:
                raise
            raise error from exc
        if verdict != ["ok"]:
            raise RegisterDamaged(
                f"The register {self.path} is damaged and cannot be used "
                f"({'; '.join(verdict)}). {RESTORE_ADVICE}",
                self.path,
            )

    @property
    def connection(self) -> sqlite3.Connection:
        """For the sibling modules of the core (the outbox) that keep their own tables."""
        return self._db

    def _migrate(self, version: int) -> None:
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                for statement in _MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing change. It always ends: when the body or the COMMIT fails,
        what is left of the transaction is rolled back, and the error raised is the one
        that happened (never "cannot rollback")."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException:
            self._end_failed_transaction()
            raise

    def _end_failed_transaction(self) -> None:
        """Roll back, unless SQLite already did (it does on a full disk); a connection that
        cannot roll back is closed (which rolls back) and opened again."""
        if not self._db.in_transaction:
            return
        try:
            self._db.execute("ROLLBACK")
        except sqlite3.Error:
            log.warning("The register could not roll back; it is opened again", exc_info=True)
            self._reopen()

    def _reopen(self) -> None:
        try:
            self._db.close()
        except sqlite3.Error:
            log.warning("The register's connection did not close cleanly", exc_info=True)
        try:
            self._db = _connect(self.path)
        except sqlite3.Error:  # the next use says what is wrong; the first error stands
            log.warning("The register could not be opened again", exc_info=True)

    # ----- reading ------------------------------------------------------------------------

    def members(self) -> dict[str, Member]:
        emails: dict[str, list[str]] = {}
        for flat, email in self._db.execute(
            "SELECT flat, email FROM member_emails ORDER BY flat, position"
        ):
            emails.setdefault(flat, []).append(email)
        return {
            flat: Member(flat, name, tuple(emails.get(flat, ())), phone, bool(active))
            for flat, name, phone, active in self._db.execute(
                "SELECT flat, name, phone, active FROM members ORDER BY flat"
            )
        }

    def flats(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT flat FROM members")}

    def periods(self) -> list[str]:
        return [
            row[0]
            for row in self._db.execute("SELECT DISTINCT period FROM bills ORDER BY period DESC")
        ]

    def bill_count(self, period: str) -> int:
        return int(
            self._db.execute("SELECT count(*) FROM bills WHERE period = ?", (period,)).fetchone()[0]
        )

    def bills(self, period: str | None = None) -> list[Bill]:
        charges: dict[str, list[ChargeLine]] = {}
        query = "SELECT bill, head, amount FROM bill_charges ORDER BY bill, position"
        for number, head, amount in self._db.execute(query):
            charges.setdefault(number, []).append(ChargeLine(head, Decimal(amount)))
        sql = "SELECT number, flat, period, bill_date, due_date, arrears, interest, note FROM bills"
        rows = self._db.execute(
            sql + (" WHERE period = ? ORDER BY flat" if period else " ORDER BY period, flat"),
            (period,) if period else (),
        )
        return [
            Bill(
                number,
                flat,
                date.fromisoformat(bill_date),
                date.fromisoformat(due_date),
                Period.parse(key),
                tuple(charges.get(number, ())),
                Decimal(arrears),
                Decimal(interest),
                note,
            )
            for number, flat, key, bill_date, due_date, arrears, interest, note in rows
        ]

    def receipts(self) -> list[Receipt]:
        rows = self._db.execute(
            "SELECT number, flat, date, amount, mode, cheque_number, cheque_date, bank, "
            "reference, against FROM receipts ORDER BY date, number"
        )
        return [
            Receipt(
                number=row[0],
                flat=row[1],
                date=date.fromisoformat(row[2]),
                amount=Decimal(row[3]),
                mode=PaymentMode(row[4]),
                cheque_number=row[5],
                cheque_date=date.fromisoformat(row[6]) if row[6] else None,
                bank=row[7],
                reference=row[8],
                against=tuple(json.loads(row[9])),
            )
            for row in rows
        ]

    def receipt_numbers(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT number FROM receipts")}

    def bill_numbers(self, *, outside: Iterable[str] = ()) -> set[str]:
        """Bill numbers already stored, except in the periods named by ``outside``."""
        skip = set(outside)
        return {
            number
            for number, period in self._db.execute("SELECT number, period FROM bills")
            if period not in skip
        }

    def documents(self, kind: str, period: str) -> list[StoredDocument]:
        """The imported PDFs of one kind and period."""
        rows = self._db.execute(
            "SELECT kind, period, flat, file, original_name, sha256, size FROM documents "
            "WHERE kind = ? AND period = ? ORDER BY flat",
            (kind, period),
        )
        return [StoredDocument(*row) for row in rows]

    # ----- writing (inside a transaction) --------------------------------------------------

    @staticmethod
    def put_members(
        db: sqlite3.Connection,
        members: Iterable[Member],
        *,
        emails: bool = True,
        phone: bool = True,
    ) -> None:
        """Add or update members. ``emails``/``phone`` False keeps the stored ones (the
        file had no such column: silence is not "delete")."""
        upsert = (
            "INSERT INTO members (flat, name, phone, active) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(flat) DO UPDATE SET name = excluded.name, active = excluded.active"
        )
        for member in members:
            db.execute(
                upsert + (", phone = excluded.phone" if phone else ""),
                (member.flat, member.name, member.phone, int(member.active)),
            )
            if not emails:
                continue
            db.execute("DELETE FROM member_emails WHERE flat = ?", (member.flat,))
            db.executemany(
                "INSERT INTO member_emails (flat, position, email) VALUES (?, ?, ?)",
                [(member.flat, n, email) for n, email in enumerate(member.emails)],
            )

    @staticmethod
    def replace_bills(
        db: sqlite3.Connection, periods: Iterable[str], bills: Iterable[Bill]
    ) -> None:
        for period in periods:
            db.execute("DELETE FROM bills WHERE period = ?", (period,))
        for bill in bills:
            db.execute(
                "INSERT INTO bills (number, flat, period, bill_date, due_date, arrears, "
                "interest, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    bill.number,
                    bill.flat,
                    bill.period.key,
                    bill.bill_date.isoformat(),
                    bill.due_date.isoformat(),
                    str(bill.arrears),
                    str(bill.interest),
                    bill.note,
                ),
            )
            db.executemany(
                "INSERT INTO bill_charges (bill, position, head, amount) VALUES (?, ?, ?, ?)",
                [
                    (bill.number, n, line.head, str(line.amount))
                    for n, line in enumerate(bill.charges)
                ],
            )

    @staticmethod
    def put_receipts(db: sqlite3.Connection, receipts: Iterable[Receipt]) -> None:
        db.executemany(
            "INSERT OR REPLACE INTO receipts (number, flat, date, amount, mode, cheque_number,"
            " cheque_date, bank, reference, against) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r.number,
                    r.flat,
                    r.date.isoformat(),
                    str(r.amount),
                    r.mode.value,
                    r.cheque_number,
                    r.cheque_date.isoformat() if r.cheque_date else None,
                    r.bank,
                    r.reference,
                    json.dumps(list(r.against)),
                )
                for r in receipts
            ],
        )

    @staticmethod
    def put_document(db: sqlite3.Connection, document: StoredDocument) -> None:
        db.execute(
            "INSERT OR REPLACE INTO documents (kind, period, flat, file, original_name, sha256,"
            " size) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                document.kind,
                document.period,
                document.flat,
                document.file,
                document.original_name,
                document.sha256,
                document.size,
            ),
        )

    @staticmethod
    def replace_documents(
        db: sqlite3.Connection, kind: str, period: str, documents: Iterable[StoredDocument]
    ) -> set[str]:
        """Make ``documents`` the only imported PDFs of ``kind`` and ``period`` (a flat not
        among them has none any more); the files the replaced rows named are returned."""
        old = {
            row[0]
            for row in db.execute(
                "SELECT file FROM documents WHERE kind = ? AND period = ?", (kind, period)
            )
        }
        db.execute("DELETE FROM documents WHERE kind = ? AND period = ?", (kind, period))
        for document in documents:
            if (document.kind, document.period) != (kind, period):
                raise ValueError(f"{document.file} is not a {kind} PDF for {period}")
            Store.put_document(db, document)
        return old
