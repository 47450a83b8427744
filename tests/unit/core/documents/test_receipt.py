from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from smtp_desk.core.documents.receipt import receipt_pdf
from smtp_desk.core.model import PaymentMode, Receipt
from smtp_desk.core.money import amount_in_words, format_money
from smtp_desk.core.sample import SampleSociety
from tests.support.pdf import metadata, text
from tests.unit.core.documents.conftest import CREATED

RECEIPT = Receipt(
    number="CH/R/26-27/0999",
    flat="A-101",
    date=date(2026, 11, 7),
    amount=Decimal("1234567.89"),
    mode=PaymentMode.CHEQUE,
    cheque_number="004512",
    cheque_date=date(2026, 11, 6),
    bank="Bank of Maharashtra",
    against=("CH/26-27/0421", "CH/26-27/0361"),
)


def test_the_receipt_shows_member_amount_words_mode_and_bills(sample: SampleSociety) -> None:
    member = sample.members["A-101"]
    pdf = receipt_pdf(RECEIPT, member, sample.profile, logo=sample.logo, created=CREATED)
    shown = text(pdf)
    amount = format_money(RECEIPT.amount).replace("\xa0", " ")
    assert f"Received with thanks from {member.name} (flat A-101) the sum of {amount}" in shown
    assert amount_in_words(RECEIPT.amount) in shown
    assert "Receipt No. CH/R/26-27/0999" in shown and "07 Nov 2026" in shown
    assert "Mode of payment Cheque" in shown and "Cheque No. 004512" in shown
    assert "Cheque date 06 Nov 2026" in shown and "Drawn on Bank of Maharashtra" in shown
    assert "Against bill(s) CH/26-27/0421, CH/26-27/0361" in shown
    assert f"Amount received {amount}" in shown
    assert "subject to realisation" in shown
    assert metadata(pdf)["Title"] == "Payment receipt CH/R/26-27/0999 – A-101"


@pytest.mark.parametrize(
    ("mode", "reference", "shown_as"),
    [
        (
            PaymentMode.UPI,
            "UPI/612345678901",
            "Mode of payment UPI Transaction reference UPI/612345678901",
        ),
        (
            PaymentMode.NEFT,
            "NEFT/HDFCN123",
            "Mode of payment NEFT / IMPS Transaction reference NEFT/HDFCN123",
        ),
        (PaymentMode.CASH, "", "Mode of payment Cash"),
    ],
)
def test_each_payment_mode_is_described(
    sample: SampleSociety, mode: PaymentMode, reference: str, shown_as: str
) -> None:
    receipt = replace(
        RECEIPT,
        mode=mode,
        reference=reference,
        cheque_number="",
        bank="",
        cheque_date=None,
        amount=Decimal("99.50"),
    )
    shown = text(receipt_pdf(receipt, sample.members["A-101"], sample.profile))
    assert shown_as in shown
    assert "Rupees Ninety-Nine and Fifty Paise Only" in shown
    assert "realisation" not in shown


def test_every_sample_receipt_renders(sample: SampleSociety) -> None:
    receipt = sample.receipt("B-101")
    shown = text(receipt_pdf(receipt, sample.members["B-101"], sample.profile))
    assert receipt.number in shown and sample.members["B-101"].name in shown
