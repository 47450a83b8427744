"""The maintenance bill, generated from sample data and read back."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from smtp_desk.core.documents.bill import bill_pdf, payment_uri
from smtp_desk.core.model import ChargeLine
from smtp_desk.core.money import amount_in_words, format_amount, format_money
from smtp_desk.core.sample import SampleSociety
from tests.support.pdf import metadata, qr_codes, text
from tests.unit.core.documents.conftest import CREATED


def _money(amount: Decimal) -> str:
    return format_money(amount).replace("\xa0", " ")


def test_the_bill_shows_member_every_amount_total_words_and_dates(sample: SampleSociety) -> None:
    bill = sample.bill("A-204")  # arrears and interest
    member = sample.members["A-204"]
    assert bill.arrears > 0 and bill.interest > 0
    shown = text(bill_pdf(bill, member, sample.profile, logo=sample.logo, created=CREATED))
    assert member.name in shown and "A-204" in shown
    assert sample.profile.name in shown and sample.profile.registration in shown
    assert f"Bill No. {bill.number}" in shown
    assert "01 Nov 2026" in shown and "15 Nov 2026" in shown and "November 2026" in shown
    for line in bill.charges:
        assert f"{line.head} {format_amount(line.amount)}" in shown
    assert f"Current charges {format_amount(bill.current_charges)}" in shown
    assert f"Previous arrears {format_amount(bill.arrears)}" in shown
    assert f"Interest on arrears {format_amount(bill.interest)}" in shown
    assert f"Total payable {_money(bill.total)}" in shown
    assert f"Amount in words: {amount_in_words(bill.total)}" in shown
    assert "HDFC0001234" in shown and sample.profile.upi_id in shown
    assert "computer-generated document" in shown and "Page 1 of 1" in shown


def test_the_upi_qr_code_carries_the_exact_amount_and_bill_number(sample: SampleSociety) -> None:
    bill = sample.bill("A-204")
    pdf = bill_pdf(bill, sample.members["A-204"], sample.profile, logo=sample.logo)
    uri = payment_uri(bill, sample.profile)
    assert uri == (
        "upi://pay?pa=crystalheights@hdfcbank"
        "&pn=Crystal%20Heights%20Co-operative%20Housing%20Society%20Ltd."
        f"&am={bill.total:.2f}&tn=CH%2F26-27%2F0429&cu=INR"
    )
    assert qr_codes(pdf) == [uri], "the printed QR code decodes to the same link"


def test_an_advance_bill_has_nothing_to_pay_and_no_qr_code(sample: SampleSociety) -> None:
    bill = sample.bill("B-303")
    advance = replace(bill, arrears=Decimal("-9000.00"))
    pdf = bill_pdf(advance, sample.members["B-303"], sample.profile)
    shown = text(pdf)
    assert "Less: advance paid earlier -9,000.00" in shown
    assert f"Total payable {_money(Decimal(0))}" in shown
    assert f"your advance of {_money(-advance.total)} is carried forward" in shown
    assert "Rupees Zero Only" in shown
    assert payment_uri(advance, sample.profile) is None and qr_codes(pdf) == []


def test_without_a_upi_id_there_is_no_qr_code(sample: SampleSociety) -> None:
    profile = replace(sample.profile, upi_id="")
    bill = sample.bill("A-101")
    pdf = bill_pdf(bill, sample.members["A-101"], profile)
    assert qr_codes(pdf) == [] and "UPI:" not in text(pdf)


def test_many_charge_heads_and_a_long_name_still_lay_out(sample: SampleSociety) -> None:
    heads = tuple(ChargeLine(f"Charge head number {n}", Decimal(n * 10)) for n in range(1, 41))
    bill = replace(sample.bill("A-101"), charges=heads)
    member = replace(sample.members["A-101"], name="Dr. Venkataraghavan Subramanian Iyer " * 2)
    pdf = bill_pdf(bill, member, sample.profile)
    shown = text(pdf)
    assert "Charge head number 40 400.00" in shown
    assert "Page 2 of 2" in shown, "a long bill flows onto a second page"
    assert f"Total payable {_money(bill.total)}" in shown


def test_metadata_and_reproducible_bytes(sample: SampleSociety) -> None:
    bill = sample.bill("A-101")
    member = sample.members["A-101"]
    first = bill_pdf(bill, member, sample.profile, logo=sample.logo, created=CREATED)
    again = bill_pdf(bill, member, sample.profile, logo=sample.logo, created=CREATED)
    assert first == again
    info = metadata(first)
    assert info["Title"] == f"Maintenance bill {bill.number} – A-101 – November 2026"
    assert info["Author"] == sample.profile.name
    assert info["Subject"] == "Maintenance bill for November 2026, flat A-101"
    assert info["CreationDate"].startswith("D:20261130090000")
    later = bill_pdf(bill, member, sample.profile, logo=sample.logo)
    assert later != first, "without a fixed date the PDF carries the current time"


def test_the_rupee_font_is_embedded(sample: SampleSociety) -> None:
    pdf = bill_pdf(sample.bill("A-101"), sample.members["A-101"], sample.profile)
    assert b"DejaVuSans" in pdf and b"/FontFile2" in pdf
    assert "₹" in text(pdf)
