"""The society's register in one SQLite file: members, bills, receipts, imported PDFs.

WAL mode, foreign keys on, a schema version in ``PRAGMA user_version`` with forward
migrations; a database from a newer SMTP Desk is refused and never touched. The queries
of the tables themselves are :mod:`smtp_desk.core.store_queries`. Every change is one
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

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from smtp_desk.core.i18n import translate
from smtp_desk.core.store_errors import (
    RESTORE_ADVICE,
    RegisterDamaged,
    StoreError,
    storage_error,
)
from smtp_desk.core.store_queries import RegisterQueries, StoredDocument

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
    # as local time (smtp_desk.core.instants.as_utc).
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
    # 5: the language a run's messages are written in (how {period}, {due_date} read)
    """
    ALTER TABLE runs ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
    """,
    # 6: bounces: a message the server accepted came back undelivered (its BounceReason's
    # value, and per address the plain-words sentence with the server's reply)
    """
    ALTER TABLE items ADD COLUMN bounce TEXT NOT NULL DEFAULT '';
    ALTER TABLE items ADD COLUMN bounce_detail TEXT NOT NULL DEFAULT '';
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


class Store(RegisterQueries):
    """The register. Open with :meth:`open`; use as a context manager to close. The
    members, bills, receipts and documents are read and written through the methods of
    :class:`~smtp_desk.core.store_queries.RegisterQueries`."""

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
            text = translate(
                "store", "The register {path} is damaged and cannot be used ({problems})."
            ).format(path=self.path, problems="; ".join(verdict))
            raise RegisterDamaged(f"{text} {translate('store_errors', RESTORE_ADVICE)}", self.path)

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
