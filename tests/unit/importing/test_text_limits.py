"""Import refuses what no document can hold; what it takes always renders.

Values are made of "W", the widest letter of the bundled font that pypdf reads back as
itself, and of "ᙶ" (U+1676), the widest glyph of the bold face.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from smtp_desk.core.documents.bill import bill_pdf
from smtp_desk.core.documents.receipt import receipt_pdf
from smtp_desk.core.documents.statement import statement_pdf
from smtp_desk.core.importing.fields import TEXT_LIMITS
from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.model import Period, Statement
from smtp_desk.core.sample import sample_society
from smtp_desk.core.store import Store
from tests.support.pdf import text
from tests.unit.importing.conftest import contents, problems

NOV = Period.month(2026, 11)
MEMBER = {"Flat": "A-104", "Name": "Asha Rao", "Email": "asha@example.in", "Phone": "+91 1"}
BILL = {
    "Bill No": "B-9",
    "Flat": "A-101",
    "Bill Date": "01/11/2026",
    "Due Date": "15/11/2026",
    "Period": "2026-11",
    "Maintenance": "3000",
    "Note": "Lift repair on 12 Nov",
}
RECEIPT = {
    "Receipt No": "R-9",
    "Date": "05/11/2026",
    "Flat": "A-101",
    "Amount": "3000",
    "Mode": "Cheque",
    "Cheque No": "004512",
    "Bank": "Bank of Maharashtra",
    "Reference": "",
    "Against Bill": "B-1",
}
BASE = {Kind.MEMBERS: MEMBER, Kind.BILLS: BILL, Kind.RECEIPTS: RECEIPT}


def wide(prefix: str, length: int, letter: str = "W") -> str:
    """``prefix`` then the widest letter, ``length`` characters in all."""
    return prefix + letter * (length - len(prefix))


def write(tmp_path: Path, name: str, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def flat_text(pdf: bytes) -> str:
    """The PDF's text without the spaces a wrapped line adds."""
    return text(pdf).replace(" ", "")


def test_a_name_of_3000_characters_is_refused_and_nothing_is_imported(
    with_members: Store, tmp_path: Path
) -> None:
    before = contents(with_members)
    rows = [dict(MEMBER, Name="W" * 3000), dict(MEMBER, Flat="A-105")]
    report = import_file(with_members, Kind.MEMBERS, write(tmp_path, "members.csv", rows))
    assert problems(report) == [(2, "Name", "is 3,000 characters long; shorten it to 150 or fewer")]
    assert str(report.problems[0]).startswith("members.csv, row 2, column Name: is 3,000")
    assert contents(with_members) == before


@pytest.mark.parametrize(
    ("kind", "column", "field"),
    [
        (Kind.MEMBERS, "Flat", "flat"),
        (Kind.MEMBERS, "Name", "name"),
        (Kind.MEMBERS, "Phone", "phone"),
        (Kind.BILLS, "Bill No", "number"),
        (Kind.BILLS, "Note", "note"),
        (Kind.RECEIPTS, "Receipt No", "number"),
        (Kind.RECEIPTS, "Cheque No", "cheque_number"),
        (Kind.RECEIPTS, "Bank", "bank"),
        (Kind.RECEIPTS, "Reference", "reference"),
        (Kind.RECEIPTS, "Against Bill", "against"),
    ],
)
def test_one_character_over_the_limit_is_refused_with_row_and_column(
    with_members: Store, tmp_path: Path, kind: Kind, column: str, field: str
) -> None:
    before = contents(with_members)
    limit = TEXT_LIMITS[field]
    row = dict(BASE[kind], **{column: wide("X", limit + 1)})
    report = import_file(with_members, kind, write(tmp_path, "file.csv", [row]))
    assert problems(report) == [
        (2, column, f"is {limit + 1:,} characters long; shorten it to {limit:,} or fewer")
    ]
    assert contents(with_members) == before


@pytest.mark.parametrize(
    ("header", "column", "message"),
    [
        (
            "W" * 61,
            "W" * 39 + "…",
            "this charge head is 61 characters long; shorten it to 60 or fewer",
        ),
        (
            "Water\nCharges",
            "Water Charges",
            "this charge head contains a line break or an invisible control character",
        ),
    ],
)
def test_a_charge_head_is_checked_like_any_text(
    with_members: Store, tmp_path: Path, header: str, column: str, message: str
) -> None:
    row = dict(BILL)
    row[header] = row.pop("Maintenance")
    report = import_file(with_members, Kind.BILLS, write(tmp_path, "bills.csv", [row]))
    assert problems(report) == [(1, column, message)]
    assert with_members.bills() == []


def test_control_characters_are_refused_in_receipt_particulars(
    with_members: Store, tmp_path: Path
) -> None:
    row = dict(RECEIPT, Bank="Bank of\x00Maharashtra", Reference="UPI\u2028123")
    report = import_file(with_members, Kind.RECEIPTS, write(tmp_path, "receipts.csv", [row]))
    assert problems(report) == [
        (2, "Bank", "contains a line break or an invisible control character"),
        (2, "Reference", "contains a line break or an invisible control character"),
    ]


def test_email_addresses_follow_rfc_5321_lengths(store: Store, tmp_path: Path) -> None:
    local = "l" * 64
    longest = f"{local}@{'d' * 63}.{'e' * 63}.{'f' * 58}.in"
    assert len(longest) == 254
    rows = [dict(MEMBER, Email=longest)]
    report = import_file(store, Kind.MEMBERS, write(tmp_path, "ok.csv", rows))
    assert report.ok, report.problems
    assert store.members()["A-104"].emails == (longest,)
    for email, says in [
        (f"l{local}@example.in", "too long before the @-sign"),
        (longest.replace(".in", "f.in"), "The email address is too long"),
    ]:
        rows = [dict(MEMBER, Email=email)]
        report = import_file(store, Kind.MEMBERS, write(tmp_path, "long.csv", rows))
        assert [(p.row, p.column) for p in report.problems] == [(2, "Email")]
        assert says in report.problems[0].message and "…" in report.problems[0].message


@pytest.fixture
def at_the_limit(store: Store, tmp_path: Path) -> Store:
    """A member, a bill and two receipts whose every text is as long as allowed."""
    member = {
        "Flat": wide("F", TEXT_LIMITS["flat"]),
        "Name": wide("Name", TEXT_LIMITS["name"]),
        "Email": "asha@example.in",
        "Phone": wide("+91", TEXT_LIMITS["phone"], "9"),
    }
    flat = member["Flat"]
    bill = dict(BILL, Flat=flat, **{"Bill No": wide("Bill", TEXT_LIMITS["number"])})
    bill[wide("Head", TEXT_LIMITS["head"])] = bill.pop("Maintenance")
    bill["Note"] = wide("Note", TEXT_LIMITS["note"])
    cheque = dict(
        RECEIPT,
        Flat=flat,
        **{
            "Receipt No": wide("Rcpt", TEXT_LIMITS["number"]),
            "Cheque No": wide("Chq", TEXT_LIMITS["cheque_number"]),
            "Bank": wide("Bank", TEXT_LIMITS["bank"]),
            "Against Bill": wide("Against", TEXT_LIMITS["against"]),
        },
    )
    upi = dict(
        cheque,
        Mode="UPI",
        **{"Receipt No": wide("Upi", TEXT_LIMITS["number"]), "Cheque No": "", "Bank": ""},
        Reference=wide("Ref", TEXT_LIMITS["reference"]),
    )
    for kind, rows in [
        (Kind.MEMBERS, [member]),
        (Kind.BILLS, [bill]),
        (Kind.RECEIPTS, [cheque, upi]),
    ]:
        report = import_file(store, kind, write(tmp_path, f"{kind}.csv", rows))
        assert report.ok, report.problems
    return store


def test_a_member_at_the_limits_imports_and_every_document_renders(at_the_limit: Store) -> None:
    profile = sample_society().profile
    (member,) = at_the_limit.members().values()
    (bill,) = at_the_limit.bills()
    statement = Statement.from_ledger(
        member.flat,
        NOV,
        bills=at_the_limit.bills(),
        receipts=at_the_limit.receipts(),
        statement_date=date(2026, 11, 30),
    )
    documents = [
        bill_pdf(bill, member, profile),
        *(receipt_pdf(r, member, profile) for r in at_the_limit.receipts()),
        statement_pdf(statement, member, profile),
    ]
    for pdf in documents:
        shown = flat_text(pdf)
        assert member.name in shown and member.flat in shown


def test_a_bill_at_the_limits_renders_every_text(at_the_limit: Store) -> None:
    (member,) = at_the_limit.members().values()
    (bill,) = at_the_limit.bills()
    assert len(bill.note) == TEXT_LIMITS["note"]
    shown = flat_text(bill_pdf(bill, member, sample_society().profile))
    assert bill.number in shown and bill.charges[0].head in shown
    assert bill.note in shown


def test_receipts_at_the_limits_render_every_text(at_the_limit: Store) -> None:
    (member,) = at_the_limit.members().values()
    profile = sample_society().profile
    for receipt in at_the_limit.receipts():
        shown = flat_text(receipt_pdf(receipt, member, profile))
        particulars = [receipt.number, *receipt.against]
        particulars += [receipt.cheque_number, receipt.bank] if receipt.cheque_number else []
        particulars += [receipt.reference] if receipt.reference else []
        assert all(value in shown for value in particulars), particulars


def test_the_widest_glyph_at_every_limit_still_renders(at_the_limit: Store) -> None:
    """ "ᙶ" is twice as wide as "W" in the bold face; the documents still lay out."""
    profile = sample_society().profile
    glyph = "\u1676"
    (member,) = at_the_limit.members().values()
    member = replace(member, name=glyph * TEXT_LIMITS["name"], flat=glyph * TEXT_LIMITS["flat"])
    (bill,) = at_the_limit.bills()
    bill = replace(bill, flat=member.flat, number=glyph * TEXT_LIMITS["number"])
    receipts = [replace(r, flat=member.flat) for r in at_the_limit.receipts()]
    statement = Statement.from_ledger(
        member.flat, NOV, bills=[bill], receipts=receipts, statement_date=date(2026, 11, 30)
    )
    assert bill_pdf(bill, member, profile).startswith(b"%PDF-")
    assert all(receipt_pdf(r, member, profile).startswith(b"%PDF-") for r in receipts)
    assert statement_pdf(statement, member, profile).startswith(b"%PDF-")
