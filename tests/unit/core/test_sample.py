"""The bundled sample society is realistic and consistent."""

from __future__ import annotations

from decimal import Decimal

from smtp_desk.core.model import Period
from smtp_desk.core.sample import sample_society
from smtp_desk.core.society import check_profile
from smtp_desk.core.validation import errors_in


def test_sixty_flats_in_two_wings_with_varied_addresses() -> None:
    sample = sample_society()
    assert len(sample.members) == 60
    assert {flat[0] for flat in sample.members} == {"A", "B"}
    with_two = [m for m in sample.members.values() if len(m.emails) == 2]
    without = [m for m in sample.members.values() if not m.has_email]
    assert 2 <= len(with_two) <= 10 and 2 <= len(without) <= 10
    assert errors_in(check_profile(sample.profile)) == []
    assert sample.logo.startswith(b"\x89PNG")


def test_every_bill_carries_forward_the_ledger_balance() -> None:
    sample = sample_society()
    nov = Period.month(2026, 11)
    assert sample.latest_period == nov
    for flat in sample.members:
        bill = sample.bill(flat, nov)
        before = sample.statement(flat, Period.parse("2026-04..2026-10")).closing_balance
        assert bill.arrears == before, flat
        assert bill.total == sample.statement(flat).closing_balance or any(
            r.flat == flat and r.date in nov for r in sample.receipts
        )
    assert all(b.interest >= 0 for b in sample.bills)
    assert sum((b.interest for b in sample.bills), Decimal(0)) > 0
