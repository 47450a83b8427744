"""The sample society bundled with SMTP Desk (Crystal Heights CHS, 60 flats in wings A and
B, April–November 2026), for practice, previews and tests.

The files are ordinary CSV in ``resources/sample/``; this reader trusts them (they ship
with the program). Importing the office's own files, with full checking, is the import
module's job.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib.resources import files

from smtp_desk.core.model import (
    Bill,
    ChargeLine,
    Member,
    PaymentMode,
    Period,
    Receipt,
    Statement,
)
from smtp_desk.core.society import PROFILE_FIELDS, SocietyProfile

__all__ = ["SampleSociety", "sample_society"]

_BILL_FIELDS = {
    "Bill No",
    "Flat",
    "Bill Date",
    "Due Date",
    "Period",
    "Arrears",
    "Interest",
    "Total",
}


@dataclass(frozen=True)
class SampleSociety:
    profile: SocietyProfile
    logo: bytes
    members: dict[str, Member]
    bills: tuple[Bill, ...]
    receipts: tuple[Receipt, ...]
    opening: dict[str, Decimal]  # balance on 1 April 2026

    @property
    def latest_period(self) -> Period:
        return max(bill.period for bill in self.bills)

    def bill(self, flat: str, period: Period | None = None) -> Bill:
        period = period or self.latest_period
        return next(b for b in self.bills if b.flat == flat and b.period == period)

    def receipt(self, flat: str) -> Receipt:
        """The flat's latest receipt."""
        return max((r for r in self.receipts if r.flat == flat), key=lambda r: r.date)

    def statement(self, flat: str, period: Period | None = None) -> Statement:
        period = period or Period.months(min(b.period for b in self.bills), self.latest_period)
        return Statement.from_ledger(
            flat,
            period,
            bills=self.bills,
            receipts=self.receipts,
            statement_date=period.end,
            opening_before=self.opening.get(flat, Decimal("0")),
        )


def _rows(name: str) -> list[dict[str, str]]:
    text = (files("smtp_desk.resources.sample") / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@cache
def sample_society() -> SampleSociety:
    folder = files("smtp_desk.resources.sample")
    raw = json.loads((folder / "society.json").read_text(encoding="utf-8"))["society"]
    profile = SocietyProfile(**{k: v for k, v in raw.items() if k in PROFILE_FIELDS})
    members = {
        row["Flat"]: Member(
            flat=row["Flat"],
            name=row["Name"],
            emails=tuple(e.strip() for e in row["Email"].split(";") if e.strip()),
            phone=row["Phone"],
        )
        for row in _rows("members.csv")
    }
    bills = tuple(
        Bill(
            number=row["Bill No"],
            flat=row["Flat"],
            bill_date=date.fromisoformat(row["Bill Date"]),
            due_date=date.fromisoformat(row["Due Date"]),
            period=Period.parse(row["Period"]),
            charges=tuple(
                ChargeLine(head, Decimal(value))
                for head, value in row.items()
                if head not in _BILL_FIELDS and Decimal(value) != 0
            ),
            arrears=Decimal(row["Arrears"]),
            interest=Decimal(row["Interest"]),
        )
        for row in _rows("bills.csv")
    )
    receipts = tuple(
        Receipt(
            number=row["Receipt No"],
            flat=row["Flat"],
            date=date.fromisoformat(row["Date"]),
            amount=Decimal(row["Amount"]),
            mode=PaymentMode(row["Mode"]),
            cheque_number=row["Cheque No"],
            cheque_date=date.fromisoformat(row["Cheque Date"]) if row["Cheque Date"] else None,
            bank=row["Bank"],
            reference=row["Reference"],
            against=tuple(b for b in row["Against Bill"].split(";") if b),
        )
        for row in _rows("receipts.csv")
    )
    opening = {
        row["Flat"]: Decimal(row["Opening Balance"]) for row in _rows("opening-balances.csv")
    }
    return SampleSociety(
        profile=profile,
        logo=(folder / profile.logo).read_bytes(),
        members=members,
        bills=bills,
        receipts=receipts,
        opening=opening,
    )
