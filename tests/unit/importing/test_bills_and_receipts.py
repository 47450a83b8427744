from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from smtp_desk.core.importing.fields import (
    CellError,
    is_charge_head,
    parse_date,
    parse_money,
    parse_period,
)
from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.model import PaymentMode, Period
from smtp_desk.core.store import Store
from tests.unit.importing.conftest import DATA, contents, problems


def test_bills_with_charge_heads_dates_and_periods_in_several_styles(with_members: Store) -> None:
    report = import_file(with_members, Kind.BILLS, DATA / "bills_ok.csv")
    assert report.ok, report.problems
    bills = {b.number: b for b in with_members.bills("2026-11")}
    assert [line.head for line in bills["B-1"].charges] == [
        "Maintenance",
        "Sinking Fund",
        "Water Charges",
    ]
    assert bills["B-2"].charges[0].amount == Decimal("2160.00")  # "2,160.00"
    assert bills["B-2"].charges[1].amount == Decimal("288.00")  # "₹ 288"
    assert (bills["B-2"].arrears, bills["B-2"].interest) == (Decimal("1200.00"), Decimal("20.71"))
    assert bills["B-3"].bill_date == date(2026, 11, 1) and bills["B-3"].due_date == date(
        2026, 11, 15
    )
    assert bills["B-3"].arrears == Decimal("-500.00"), "an advance is a negative arrear"
    assert all(b.period == Period.month(2026, 11) for b in bills.values())


def test_bill_problems_all_at_once_and_nothing_changes(with_members: Store) -> None:
    before = contents(with_members)
    report = import_file(with_members, Kind.BILLS, DATA / "bills_problems.csv")
    assert problems(report) == [
        (2, "Flat", "flat A-999 is not among the members; import the members first"),
        (3, "Bill Date", "'01/11/26': write the year with four digits (e.g. 05/11/2026)"),
        (4, "Bill Date", "'31/02/2026' is not a real date"),
        (4, "Bill No", "bill number B-2 appears again (first on row 3)"),
        (4, "Maintenance", "'abc' is not an amount"),
        (4, "Sinking Fund", "-5 is negative; amounts here cannot be negative"),
        (5, "Due Date", "the due date is before the bill date"),
        (6, "Period", "'Novembr 2026' is not a period like 2026-11 or Nov 2026"),
        (6, "Sinking Fund", "400.555 has more than two decimals (paise)"),
    ]
    assert contents(with_members) == before


def test_a_column_named_like_a_charge_head_must_hold_amounts(with_members: Store) -> None:
    """Its only row holds text: the column is not taken for a text column and dropped."""
    before = contents(with_members)
    report = import_file(with_members, Kind.BILLS, DATA / "bills_head_text.csv")
    assert problems(report) == [(2, "Maintenance", "'abc' is not an amount")]
    assert contents(with_members) == before


@pytest.mark.parametrize(
    ("header", "is_head"),
    [
        ("Maintenance", True),
        ("Sinking Fund", True),
        ("Water", True),
        ("Non-Occupancy Charges", True),
        ("Festival Fund 2026", True),
        ("Remarks 2", False),
        ("Owner Address", False),
    ],
)
def test_charge_heads_by_name(header: str, is_head: bool) -> None:
    assert is_charge_head(header) is is_head


def test_total_must_match(with_members: Store, tmp_path: Path) -> None:
    path = tmp_path / "bills.csv"
    path.write_text(
        "Bill No,Flat,Bill Date,Due Date,Period,Maintenance,Arrears,Total\n"
        "B-1,A-101,01/11/2026,15/11/2026,2026-11,3000,100,3100\n"  # total payable
        "B-2,A-102,01/11/2026,15/11/2026,2026-11,3000,100,3000\n"  # current charges
        "B-3,A-103,01/11/2026,15/11/2026,2026-11,3000,100,3200\n",
        encoding="utf-8",
    )
    report = import_file(with_members, Kind.BILLS, path)
    assert problems(report) == [
        (
            4,
            "Total",
            "3200.00 is not the sum of the charges (3000.00) nor the total payable (3100.00)",
        ),
    ]


def test_period_from_the_command_when_the_file_has_none(with_members: Store) -> None:
    path = DATA / "bills_no_period.csv"
    assert problems(import_file(with_members, Kind.BILLS, path)) == [
        (1, "Period", "there is no Period column: give the period (e.g. --period 2026-11)")
    ]
    report = import_file(with_members, Kind.BILLS, path, period=Period.parse("2026-10"))
    assert report.ok and with_members.bills("2026-10")[0].number == "B-1"


def test_reimporting_a_period_needs_replace_and_replaces_in_one_go(
    with_members: Store, tmp_path: Path
) -> None:
    assert import_file(with_members, Kind.BILLS, DATA / "bills_ok.csv").ok
    again = import_file(with_members, Kind.BILLS, DATA / "bills_ok.csv")
    assert again.existing_periods == ["2026-11"]
    assert "were imported before" in again.problems[0].message
    fewer = tmp_path / "bills.csv"
    fewer.write_text(
        "Bill No,Flat,Bill Date,Due Date,Period,Maintenance\n"
        "B-9,A-101,01/11/2026,15/11/2026,2026-11,100\n",
        encoding="utf-8",
    )
    report = import_file(with_members, Kind.BILLS, fewer, replace=True)
    assert report.ok and report.counts["replaced periods"] == 1
    assert [b.number for b in with_members.bills("2026-11")] == ["B-9"]


def test_month_first_dates_when_asked(with_members: Store, tmp_path: Path) -> None:
    path = tmp_path / "bills.csv"
    path.write_text(
        "Bill No,Flat,Bill Date,Due Date,Period,Maintenance\n"
        "B-1,A-101,11/01/2026,11/15/2026,2026-11,100\n",
        encoding="utf-8",
    )
    report = import_file(with_members, Kind.BILLS, path)
    assert problems(report)[0][2].startswith("'11/15/2026': there is no month 15")
    assert import_file(with_members, Kind.BILLS, path, day_first=False).ok
    assert with_members.bills("2026-11")[0].due_date == date(2026, 11, 15)


def test_receipts_in_each_mode(with_members: Store) -> None:
    report = import_file(with_members, Kind.RECEIPTS, DATA / "receipts_ok.csv")
    assert report.ok, report.problems
    receipts = {r.number: r for r in with_members.receipts()}
    assert receipts["R-2"].mode is PaymentMode.CHEQUE
    assert (receipts["R-2"].cheque_number, receipts["R-2"].bank) == (
        "004512",
        "Bank of Maharashtra",
    )
    assert receipts["R-2"].cheque_date == date(2026, 11, 6)
    assert receipts["R-1"].against == ("B-1",) and receipts["R-3"].mode is PaymentMode.CASH


def test_receipt_problems_and_reimport(with_members: Store) -> None:
    before = contents(with_members)
    report = import_file(with_members, Kind.RECEIPTS, DATA / "receipts_problems.csv")
    assert problems(report) == [
        (2, "Amount", "the amount is zero"),
        (3, "Cheque No", "a cheque payment needs the cheque number"),
        (3, "Receipt No", "receipt number R-1 appears again (first on row 2)"),
        (4, "Mode", "'barter' is not a payment mode (use cash, cheque, UPI or NEFT)"),
        (5, "Amount", "-10 is negative; amounts here cannot be negative"),
        (
            5,
            "Date",
            "'05/13/2026': there is no month 13; dates are read day first "
            "(dd/mm/yyyy); if this file writes them the other way, say so when "
            "importing",
        ),
        (5, "Flat", "flat A-104 is not among the members; import the members first"),
    ]
    assert contents(with_members) == before
    assert import_file(with_members, Kind.RECEIPTS, DATA / "receipts_ok.csv").ok
    again = import_file(with_members, Kind.RECEIPTS, DATA / "receipts_ok.csv")
    assert again.problems[0].message == (
        "receipt R-1 was imported before (use --replace to replace it)"
    )
    assert import_file(with_members, Kind.RECEIPTS, DATA / "receipts_ok.csv", replace=True).ok


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-05", date(2026, 11, 5)),
        ("05/11/2026", date(2026, 11, 5)),
        ("5.11.2026", date(2026, 11, 5)),
        ("5-Nov-2026", date(2026, 11, 5)),
        ("5 November 2026", date(2026, 11, 5)),
        ("05-Sept-2026", date(2026, 9, 5)),
    ],
)
def test_date_formats(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["05/11/26", "2026/11/05", "Nov 5", "31/04/2026", ""])
def test_dates_that_are_refused(text: str) -> None:
    with pytest.raises(CellError):
        parse_date(text)


@pytest.mark.parametrize("text", ["2026-11", "Nov 2026", "November 2026", "nov-2026"])
def test_period_formats(text: str) -> None:
    assert parse_period(text) == Period.month(2026, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1,23,456.50", "123456.50"), ("Rs. 500", "500.00"), ("(250)", "-250.00"), ("₹ 0", "0.00")],
)
def test_money_formats(text: str, expected: str) -> None:
    assert parse_money(text, negative_ok=True) == Decimal(expected)
