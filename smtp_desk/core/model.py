"""What a society's documents are about: members, bills, receipts and statements.

Plain frozen dataclasses with :class:`~decimal.Decimal` money (rounded to paise on the
way in; a float is refused). Balances are positive when the member owes the society and
negative when the member has paid in advance.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from smtp_desk.core.money import to_money

__all__ = [
    "Bill",
    "ChargeLine",
    "Member",
    "PaymentMode",
    "Period",
    "Receipt",
    "Statement",
    "StatementEntry",
    "StatementRow",
]

ZERO = Decimal("0.00")


def _set_money(obj: object, *names: str) -> None:
    for name in names:
        object.__setattr__(obj, name, to_money(getattr(obj, name)))


@dataclass(frozen=True, order=True)
class Period:
    """A run of whole months, e.g. November 2026 or April–November 2026."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"a period cannot end ({self.end}) before it starts ({self.start})")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(
            dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        )

    @classmethod
    def months(cls, first: Period, last: Period) -> Period:
        return cls(first.start, last.end)

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-11`` or ``2026-04..2026-11``."""
        first, _, last = text.strip().partition("..")
        try:
            start = cls.month(*map(int, first.split("-")))
            end = cls.month(*map(int, last.split("-"))) if last else start
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{text!r} is not a period like 2026-11 or 2026-04..2026-11") from exc
        return cls.months(start, end)

    @property
    def key(self) -> str:
        first, last = f"{self.start:%Y-%m}", f"{self.end:%Y-%m}"
        return first if first == last else f"{first}..{last}"

    @property
    def short_label(self) -> str:
        """``Nov 2026`` or ``Apr–Nov 2026``."""
        if (self.start.year, self.start.month) == (self.end.year, self.end.month):
            return f"{self.start:%b %Y}"
        if self.start.year == self.end.year:
            return f"{self.start:%b}–{self.end:%b %Y}"
        return f"{self.start:%b %Y} – {self.end:%b %Y}"

    @property
    def label(self) -> str:
        if (self.start.year, self.start.month) == (self.end.year, self.end.month):
            return f"{self.start:%B %Y}"
        if self.start.year == self.end.year:
            return f"{self.start:%B}–{self.end:%B %Y}"
        return f"{self.start:%B %Y} – {self.end:%B %Y}"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


@dataclass(frozen=True)
class Member:
    """One flat's member. A member without email gets a printed copy."""

    flat: str
    name: str
    emails: tuple[str, ...] = ()
    phone: str = ""
    active: bool = True

    @property
    def has_email(self) -> bool:
        return bool(self.emails)


@dataclass(frozen=True)
class ChargeLine:
    """One charge head on a bill: Maintenance, Sinking Fund, Water …"""

    head: str
    amount: Decimal

    def __post_init__(self) -> None:
        _set_money(self, "amount")


@dataclass(frozen=True)
class Bill:
    """A maintenance bill (demand notice) for one flat and one period."""

    number: str
    flat: str
    bill_date: dt.date
    due_date: dt.date
    period: Period
    charges: tuple[ChargeLine, ...]
    arrears: Decimal = ZERO  # unpaid principal brought forward (negative: advance)
    interest: Decimal = ZERO  # simple interest on arrears
    note: str = ""

    def __post_init__(self) -> None:
        _set_money(self, "arrears", "interest")
        if self.due_date < self.bill_date:
            raise ValueError(f"bill {self.number}: due date before bill date")
        if any(line.amount < 0 for line in self.charges) or self.interest < 0:
            raise ValueError(f"bill {self.number}: charges and interest cannot be negative")

    @property
    def current_charges(self) -> Decimal:
        return sum((line.amount for line in self.charges), ZERO)

    @property
    def total(self) -> Decimal:
        """What the member must pay by the due date."""
        return self.current_charges + self.arrears + self.interest


class PaymentMode(StrEnum):
    CASH = "cash"
    CHEQUE = "cheque"
    UPI = "upi"
    NEFT = "neft"  # also RTGS / IMPS: a bank transfer with a reference

    @property
    def label(self) -> str:
        return {"cash": "Cash", "cheque": "Cheque", "upi": "UPI", "neft": "NEFT / IMPS"}[self]


@dataclass(frozen=True)
class Receipt:
    """A payment received from a member."""

    number: str
    flat: str
    date: dt.date
    amount: Decimal
    mode: PaymentMode
    cheque_number: str = ""
    cheque_date: dt.date | None = None
    bank: str = ""
    reference: str = ""  # UPI / NEFT transaction reference
    against: tuple[str, ...] = ()  # bill numbers this payment settles

    def __post_init__(self) -> None:
        _set_money(self, "amount")
        if self.amount <= 0:
            raise ValueError(f"receipt {self.number}: the amount must be more than zero")
        if self.mode is PaymentMode.CHEQUE and not self.cheque_number:
            raise ValueError(f"receipt {self.number}: a cheque needs its number")


@dataclass(frozen=True)
class StatementEntry:
    """One line of a member's ledger: a bill (debit) or a receipt (credit)."""

    date: dt.date
    reference: str
    description: str
    debit: Decimal = ZERO
    credit: Decimal = ZERO

    def __post_init__(self) -> None:
        _set_money(self, "debit", "credit")


@dataclass(frozen=True)
class StatementRow:
    entry: StatementEntry
    balance: Decimal  # after this entry; positive = due, negative = advance


@dataclass(frozen=True)
class Statement:
    """A member's ledger for a period, with the running balance."""

    flat: str
    period: Period
    statement_date: dt.date
    opening_balance: Decimal
    entries: tuple[StatementEntry, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        _set_money(self, "opening_balance")

    @classmethod
    def from_ledger(
        cls,
        flat: str,
        period: Period,
        *,
        bills: Iterable[Bill],
        receipts: Iterable[Receipt],
        statement_date: dt.date,
        opening_before: Decimal = ZERO,
    ) -> Statement:
        """Build from all of a flat's bills and receipts; earlier ones make the opening.

        ``opening_before`` is the balance before the first bill or receipt given.
        """
        entries: list[tuple[dt.date, int, StatementEntry]] = []
        opening = to_money(opening_before)
        for bill in bills:
            if bill.flat != flat:
                continue
            entry = StatementEntry(
                bill.bill_date,
                bill.number,
                f"Maintenance bill, {bill.period.short_label}",
                debit=bill.current_charges + bill.interest,
            )
            if bill.bill_date < period.start:
                opening += entry.debit
            elif bill.bill_date in period:
                entries.append((bill.bill_date, 0, entry))
        for receipt in receipts:
            if receipt.flat != flat:
                continue
            entry = StatementEntry(
                receipt.date,
                receipt.number,
                f"Payment received, {receipt.mode.label}",
                credit=receipt.amount,
            )
            if receipt.date < period.start:
                opening -= entry.credit
            elif receipt.date in period:
                entries.append((receipt.date, 1, entry))
        entries.sort(key=lambda item: (item[0], item[1]))
        return cls(flat, period, statement_date, opening, tuple(e for _, _, e in entries))

    def rows(self) -> list[StatementRow]:
        balance = self.opening_balance
        rows = []
        for entry in self.entries:
            balance += entry.debit - entry.credit
            rows.append(StatementRow(entry, balance))
        return rows

    @property
    def total_debits(self) -> Decimal:
        return sum((e.debit for e in self.entries), ZERO)

    @property
    def total_credits(self) -> Decimal:
        return sum((e.credit for e in self.entries), ZERO)

    @property
    def closing_balance(self) -> Decimal:
        return self.opening_balance + self.total_debits - self.total_credits

    @property
    def amount_due(self) -> Decimal:
        return max(self.closing_balance, ZERO)

    @property
    def advance(self) -> Decimal:
        return max(-self.closing_balance, ZERO)
