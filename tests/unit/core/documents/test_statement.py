from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from smtp_desk.core.documents.statement import balance_text, statement_pdf
from smtp_desk.core.model import Period, Statement, StatementEntry
from smtp_desk.core.money import format_amount, format_money
from smtp_desk.core.sample import SampleSociety
from tests.support.pdf import pages_text, text
from tests.unit.core.documents.conftest import CREATED

MONEY = {"currency": "INR", "locale": "en_IN"}


def _long_statement() -> Statement:
    """80 entries: a bill on the 1st and a part payment on the 10th of each 'month'."""
    entries = []
    day = date(2020, 1, 1)
    for n in range(40):
        entries.append(
            StatementEntry(day, f"B-{n:03d}", "Maintenance bill", debit=Decimal("3210.55"))
        )
        entries.append(
            StatementEntry(
                day + timedelta(days=9),
                f"R-{n:03d}",
                "Payment received",
                credit=Decimal("3000.00") + n,
            )
        )
        day += timedelta(days=31)
    return Statement(
        "A-101",
        Period.parse("2020-01..2023-05"),
        date(2023, 5, 31),
        Decimal("1500.00"),
        tuple(entries),
    )


def test_a_statement_of_80_entries_spans_pages_with_correct_running_balances(
    sample: SampleSociety,
) -> None:
    statement = _long_statement()
    pdf = statement_pdf(statement, sample.members["A-101"], sample.profile, created=CREATED)
    pages = pages_text(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Debit (₹) Credit (₹) Balance (₹)" in page, "the table header repeats"
    for page in pages[1:]:
        assert "Statement · Flat A-101" in page, "later pages carry a running head"
    shown = " ".join(pages)
    balance = statement.opening_balance
    for row in statement.rows():
        balance += row.entry.debit - row.entry.credit
        assert row.balance == balance
        assert f"{row.entry.reference} " in shown
        assert balance_text(row.balance, MONEY) in shown
    found = re.findall(r"R-\d{3} [\d,]+\.\d\d ([\d,]+\.\d\d (?:Dr|Cr))", shown)
    expected = [balance_text(r.balance, MONEY) for r in statement.rows() if r.entry.credit]
    assert found == expected, "every payment row shows its own running balance, in order"
    assert f"Closing balance {format_amount(statement.total_debits)}" in shown
    assert f"Amount due: {format_money(statement.amount_due)}".replace("\xa0", " ") in shown


def test_an_advance_is_shown_as_credit(sample: SampleSociety) -> None:
    statement = sample.statement("B-303")  # pays ahead every month
    assert statement.closing_balance < 0
    shown = text(statement_pdf(statement, sample.members["B-303"], sample.profile))
    assert f"Opening balance {balance_text(statement.opening_balance, MONEY)}" in shown
    assert "2,000.00 Cr" in shown
    advance = format_money(statement.advance).replace("\xa0", " ")
    assert f"Advance with the society: {advance} (credit)" in shown
    assert "Amount due" not in shown


def test_sample_statement_matches_the_bills_and_receipts(sample: SampleSociety) -> None:
    statement = sample.statement("A-204")  # never paid: arrears with interest
    shown = text(statement_pdf(statement, sample.members["A-204"], sample.profile))
    nov = sample.bill("A-204")
    assert statement.closing_balance == nov.total, "ledger and bill agree to the paisa"
    assert f"Amount due: {format_money(nov.total)}".replace("\xa0", " ") in shown
    assert "April–November 2026" in shown
