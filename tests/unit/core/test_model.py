from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smtp_desk.core.model import (
    Bill,
    ChargeLine,
    PaymentMode,
    Period,
    Receipt,
    Statement,
    StatementEntry,
)

NOV = Period.month(2026, 11)


def test_period_parse_labels_and_membership() -> None:
    assert Period.parse("2026-11") == NOV
    assert (NOV.start, NOV.end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert NOV.label == "November 2026" and NOV.short_label == "Nov 2026"
    year = Period.parse("2026-04..2027-03")
    assert year.key == "2026-04..2027-03"
    assert year.label == "April 2026 – March 2027"
    assert Period.parse("2026-04..2026-11").label == "April–November 2026"
    assert Period.month(2028, 2).end == date(2028, 2, 29)
    assert date(2026, 11, 15) in NOV and date(2026, 12, 1) not in NOV
    for bad in ("2026-13", "Nov 2026", "2026-11..2026-04", ""):
        with pytest.raises(ValueError, match=r"period|before it starts"):
            Period.parse(bad)


def _bill(**changes: object) -> Bill:
    values: dict[str, object] = {
        "number": "B-1",
        "flat": "A-101",
        "bill_date": date(2026, 11, 1),
        "due_date": date(2026, 11, 15),
        "period": NOV,
        "charges": (
            ChargeLine("Maintenance", Decimal("3000")),
            ChargeLine("Water", Decimal("350.5")),
        ),
        "arrears": Decimal("1000"),
        "interest": Decimal("17.26"),
    }
    values.update(changes)
    return Bill(**values)  # type: ignore[arg-type]


def test_bill_totals_are_exact_decimals() -> None:
    bill = _bill()
    assert bill.current_charges == Decimal("3350.50")
    assert bill.total == Decimal("4367.76")
    assert _bill(arrears=Decimal("-5000"), interest=Decimal("0")).total == Decimal("-1649.50")


@pytest.mark.parametrize(
    "changes",
    [
        {"due_date": date(2026, 10, 1)},
        {"charges": (ChargeLine("Maintenance", Decimal("-1")),)},
        {"interest": Decimal("-1")},
    ],
)
def test_impossible_bills_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="B-1"):
        _bill(**changes)


def test_money_fields_refuse_floats() -> None:
    with pytest.raises(TypeError):
        ChargeLine("Maintenance", 3000.0)  # type: ignore[arg-type]


def test_receipt_rules() -> None:
    with pytest.raises(ValueError, match="more than zero"):
        Receipt("R-1", "A-101", date(2026, 11, 5), Decimal("0"), PaymentMode.CASH)
    with pytest.raises(ValueError, match="cheque needs its number"):
        Receipt("R-1", "A-101", date(2026, 11, 5), Decimal("10"), PaymentMode.CHEQUE)


def test_statement_running_balance_and_advance() -> None:
    entries = (
        StatementEntry(date(2026, 11, 1), "B-1", "Bill", debit=Decimal("3000")),
        StatementEntry(date(2026, 11, 5), "R-1", "Paid", credit=Decimal("5000")),
    )
    statement = Statement("A-101", NOV, date(2026, 11, 30), Decimal("500"), entries)
    assert [row.balance for row in statement.rows()] == [Decimal("3500"), Decimal("-1500")]
    assert statement.closing_balance == Decimal("-1500")
    assert (statement.amount_due, statement.advance) == (Decimal("0"), Decimal("1500"))


def test_statement_from_ledger_puts_earlier_entries_into_the_opening() -> None:
    oct_bill = _bill(
        number="B-0",
        bill_date=date(2026, 10, 1),
        due_date=date(2026, 10, 15),
        period=Period.month(2026, 10),
        arrears=Decimal("0"),
        interest=Decimal("0"),
    )
    nov_bill = _bill(arrears=Decimal("350.50"))
    other_flat = _bill(flat="B-101")
    paid = Receipt("R-1", "A-101", date(2026, 10, 10), Decimal("3000"), PaymentMode.UPI)
    paid_nov = Receipt("R-2", "A-101", date(2026, 11, 1), Decimal("100"), PaymentMode.CASH)
    statement = Statement.from_ledger(
        "A-101",
        NOV,
        bills=[oct_bill, nov_bill, other_flat],
        receipts=[paid, paid_nov],
        statement_date=date(2026, 11, 30),
        opening_before=Decimal("200"),
    )
    assert statement.opening_balance == Decimal("200") + Decimal("3350.50") - Decimal("3000")
    assert [e.reference for e in statement.entries] == ["B-1", "R-2"], "bill before receipt"
    assert statement.entries[0].debit == Decimal("3350.50") + Decimal("17.26")
