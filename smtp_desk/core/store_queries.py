"""The register's queries: members, bills, receipts and imported PDFs, read and written.

:class:`RegisterQueries` is the half of :class:`~smtp_desk.core.store.Store` that knows the
tables (the other half opens the file, migrates it and runs transactions). Reading methods
use the store's connection; writing methods are static and take the connection a
:meth:`Store.transaction` yields, so every change is one transaction. Money is stored as
decimal text, so nothing is ever rounded through a float.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from smtp_desk.core.model import Bill, ChargeLine, Member, PaymentMode, Period, Receipt

__all__ = ["RegisterQueries", "StoredDocument"]


@dataclass(frozen=True)
class StoredDocument:
    kind: str
    period: str
    flat: str
    file: str  # relative to the data folder
    original_name: str
    sha256: str
    size: int


class RegisterQueries:
    """Reads and writes of the register's own tables (the outbox keeps its tables itself)."""

    _db: sqlite3.Connection

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
            RegisterQueries.put_document(db, document)
        return old
