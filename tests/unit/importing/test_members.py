from __future__ import annotations

from pathlib import Path

import pytest

from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.importing.table import MAX_ROWS
from smtp_desk.core.store import Store
from tests.unit.importing.conftest import DATA, contents, problems


def test_members_with_zero_one_or_two_addresses(store: Store) -> None:
    report = import_file(store, Kind.MEMBERS, DATA / "members_ok.csv")
    assert report.ok
    assert report.counts == {
        "members": 3,
        "new": 3,
        "without email": 1,
        "with two or more emails": 1,
    }
    members = store.members()
    assert members["A-102"].emails == ("sunita@example.in", "shah.family@example.com")
    assert members["A-103"].emails == () and not members["A-103"].has_email


def test_every_problem_is_reported_and_nothing_is_imported(with_members: Store) -> None:
    before = contents(with_members)
    report = import_file(with_members, Kind.MEMBERS, DATA / "members_problems.csv")
    assert not report.ok
    assert problems(report) == [
        (2, "Flat", "the flat is missing"),
        (
            3,
            "Email",
            "'rajesh@@example.in' is not a valid email address (The part after the "
            "@-sign contains invalid characters: '@'.)",
        ),
        (4, "Name", "the member's name is missing"),
        (5, "Flat", "flat A-101 appears again (first on row 3)"),
        (6, "Name", 'looks like a spreadsheet formula (=HYPERLINK("x")); it was not used'),
        (7, "Name", "contains a line break or an invisible control character"),
        (8, "Name", "contains a line break or an invisible control character"),
    ]
    assert "Nothing was imported" in str(report)
    assert contents(with_members) == before


def test_a_missing_column_is_named(store: Store) -> None:
    report = import_file(store, Kind.MEMBERS, DATA / "members_missing_column.csv")
    assert problems(report) == [
        (1, "Flat", "this column is missing from the header row"),
        (1, "Name", "this column is missing from the header row"),
    ]


@pytest.mark.parametrize(
    ("name", "expected_name"),
    [
        ("members_bom_semicolon.csv", "Rajesh Sharma"),  # UTF-8 BOM, semicolons, synonyms
        ("members_utf16_tab.txt", "Rajesh Śharma"),  # Excel "Unicode text": UTF-16 and tabs
        ("members_cp1252.csv", "José D’Souza"),  # Windows-1252
    ],
)
def test_encodings_and_delimiters(store: Store, name: str, expected_name: str) -> None:
    report = import_file(store, Kind.MEMBERS, DATA / name)
    assert report.ok, report.problems
    assert store.members()["A-101"].name == expected_name


def test_a_file_without_an_email_column_keeps_the_stored_addresses(
    with_members: Store, tmp_path: Path
) -> None:
    names_only = tmp_path / "names.csv"
    names_only.write_text("Flat,Name\nA-102,Sunita S. Shah\n", encoding="utf-8")
    assert import_file(with_members, Kind.MEMBERS, names_only).ok
    member = with_members.members()["A-102"]
    assert member.name == "Sunita S. Shah"
    assert member.emails == ("sunita@example.in", "shah.family@example.com")


def test_excel_file_with_a_formula_cell(store: Store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Flat No", "Member Name", "Email", "Alternate Email"])
    sheet.append(["A-101", "Rajesh Sharma", "rajesh@example.in", "r.family@example.in"])
    sheet.append(["A-102", "Sunita Shah", None, None])
    path = tmp_path / "members.xlsx"
    book.save(path)
    report = import_file(store, Kind.MEMBERS, path)
    assert report.ok, report.problems
    assert store.members()["A-101"].emails == ("rajesh@example.in", "r.family@example.in")
    sheet["B3"] = '=CONCAT("Sunita", " Shah")'
    book.save(path)
    report = import_file(store, Kind.MEMBERS, path)
    assert problems(report) == [
        (
            3,
            "Member Name",
            'is a spreadsheet formula (=CONCAT("Sunita", " Shah")); save the '
            "file with values, not formulas",
        ),
    ]


def test_more_than_20000_rows_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    rows = "".join(f"F-{n},Member {n},\n" for n in range(MAX_ROWS + 1))
    path.write_text("Flat,Name,Email\n" + rows, encoding="utf-8")
    report = import_file(store, Kind.MEMBERS, path)
    assert problems(report) == [
        (
            0,
            "",
            "The file has more than 20,000 rows; SMTP Desk imports at most 20,000 at a time. "
            "Split the file.",
        )
    ]
    assert store.members() == {}


def test_20000_rows_import_in_a_few_seconds(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import time

    path = tmp_path / "big.csv"
    rows = "".join(f"F-{n},Member {n},m{n}@example.in,+91 98{n:08d}\n" for n in range(MAX_ROWS))
    path.write_text("Flat,Name,Email,Phone\n" + rows, encoding="utf-8")
    start = time.perf_counter()
    report = import_file(store, Kind.MEMBERS, path)
    elapsed = time.perf_counter() - start
    assert report.ok and report.counts["members"] == MAX_ROWS
    assert len(store.members()) == MAX_ROWS
    with capsys.disabled():
        print(f"\n20,000 members imported in {elapsed:.2f} s")


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("members.pdf", b"%PDF-1.4", "imports .csv and .xlsx files"),
        ("members.xlsx", b"not really excel", "not a readable Excel"),
        ("members.csv", b"Flat,Name\n", "has no rows under a header row"),
    ],
)
def test_unusable_files(store: Store, tmp_path: Path, name: str, content: bytes, says: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    report = import_file(store, Kind.MEMBERS, path)
    assert len(report.problems) == 1 and says in report.problems[0].message
