"""Huge and hostile files are refused quickly, in plain words, and the register is untouched.

The big files are made at test time (:mod:`tests.unit.importing.hostile_files`). Times are
printed, not asserted (shared machines are noisy); what is asserted is that a refusal reads
next to nothing: the traced memory of the whole import stays small.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path
from typing import Protocol

import pytest

from smtp_desk.core.importing.bounds import MAX_BLANK_ROWS, MAX_ROWS, MB
from smtp_desk.core.importing.register import ImportReport, Kind, import_file
from smtp_desk.core.store import Store
from tests.unit.importing.hostile_files import (
    MAIN,
    Repeated,
    excel_parts,
    huge_csv,
    shared_text_bomb,
    write_zip,
)

_AGAIN = "check that this is the register, or open it in Excel and save it again"


class Refuse(Protocol):
    def __call__(self, path: Path, *, traced: bool = True) -> str: ...


def register(store: Store) -> list[str]:
    """The whole register as SQL, to compare before and after."""
    return list(store.connection.iterdump())


@pytest.fixture
def refused(with_members: Store, capsys: pytest.CaptureFixture[str]) -> Refuse:
    """Import a file as members; it must be refused with one message and change nothing.
    Returns the message, after printing the time and the traced memory it took."""

    def attempt(path: Path, *, traced: bool = True) -> str:
        before = register(with_members)
        if traced:  # tracing slows openpyxl's many small objects down six times
            tracemalloc.start()
        start = time.perf_counter()
        try:
            report: ImportReport = import_file(with_members, Kind.MEMBERS, path)
            elapsed = time.perf_counter() - start
            peak = tracemalloc.get_traced_memory()[1] if traced else 0
        finally:
            tracemalloc.stop()
        with capsys.disabled():
            traces = f", {peak / MB:.1f} MB traced" if traced else ""
            print(f"\n{path.name}: refused in {elapsed:.3f} s{traces}")
        assert not report.ok and len(report.problems) == 1, report.problems
        assert register(with_members) == before
        assert peak < 40 * MB, "a refusal must not read the file into memory"
        return report.problems[0].message

    return attempt


def test_a_200_mb_csv_is_refused_by_its_size(refused: Refuse, tmp_path: Path) -> None:
    path = huge_csv(tmp_path / "members.csv", 200 * MB)
    assert refused(path) == (
        "The file is 200 MB; SMTP Desk imports files up to 20 MB: check that this is the "
        "register, or save only the columns SMTP Desk reads"
    )


def test_a_csv_under_the_size_limit_is_read_only_up_to_the_row_past_the_limit(
    refused: Refuse, tmp_path: Path
) -> None:
    """19 MB of short rows (1.6 million): reading stops at row 20,001."""
    path = tmp_path / "members.csv"
    with open(path, "w", encoding="utf-8") as out:
        out.write("Flat,Name\n")
        out.writelines(f"{n},M\n" for n in range(19 * MB // 12))
    assert refused(path) == (
        f"The file has more than {MAX_ROWS:,} rows; SMTP Desk imports at most "
        f"{MAX_ROWS:,} at a time. Split the file."
    )


def test_empty_rows_past_the_limit_are_refused(refused: Refuse, tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("Flat,Name\nA-101,R. Sharma\n" + ",\n" * (MAX_BLANK_ROWS + 1))
    assert refused(path) == (
        "The file has more than 100,000 empty rows; delete the empty rows below the "
        "register and save it again"
    )


def test_more_cells_than_the_limit_are_refused(refused: Refuse, tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("Flat,Name" + "," * 99 + "\n" + "A,B\n" + ("," * 100 + "\n") * 20_000)
    assert refused(path) == (
        "The file has more than 2,000,000 cells; SMTP Desk imports at most 20,000 rows: "
        "remove the columns and rows it does not need"
    )


def test_an_endless_line_is_refused(refused: Refuse, tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("Flat,Name\n" + "A" * 1_000_001 + "\n")
    assert refused(path) == (
        "Line 2 of the file is longer than 1,000,000 characters; check that this is the "
        "register, saved as CSV"
    )


def test_a_file_that_says_utf8_but_is_not_is_refused(refused: Refuse, tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_bytes(b"\xef\xbb\xbfFlat,Name\nA-101,Jos\xe9\n")
    assert refused(path) == "The file says it is UTF-8 text but is not: save it again as CSV"


def test_windows_1252_late_in_the_file_is_still_read_as_windows_1252(
    store: Store, tmp_path: Path
) -> None:
    """The first 100 kB are plain ASCII; the encoding shows only at the last row."""
    path = tmp_path / "members.csv"
    rows = "".join(f"F-{n},Member {n}\r\n" for n in range(5_000))
    path.write_bytes(("Flat,Name\r\n" + rows).encode("ascii") + "A-101,José\r\n".encode("cp1252"))
    report = import_file(store, Kind.MEMBERS, path)
    assert report.ok, report.problems
    assert store.members()["A-101"].name == "José"


def test_a_shared_text_bomb_is_refused_without_unpacking_it(
    refused: Refuse, tmp_path: Path
) -> None:
    """3.4 MB on disk, 1.5 GB of text when unpacked."""
    path = shared_text_bomb(tmp_path / "members.xlsx")
    assert path.stat().st_size < 4 * MB
    assert refused(path) == (
        f"The Excel file's text unpacks to 1.5 GB; SMTP Desk reads up to 20 MB of text: {_AGAIN}"
    )


def test_an_excel_file_over_the_size_limit_is_refused_before_it_is_opened(
    refused: Refuse, tmp_path: Path
) -> None:
    path = write_zip(tmp_path / "members.xlsx", excel_parts())
    with open(path, "ab") as out:
        out.truncate(21 * MB)
    assert refused(path) == (
        "The file is 21 MB; SMTP Desk imports files up to 20 MB: check that this is the "
        "register, or save only the columns SMTP Desk reads"
    )


def _sheet(rows: bytes, *, before: bytes = b"") -> bytes:
    return (
        before
        + b'<worksheet xmlns="'
        + MAIN
        + b'"><sheetData>'
        + rows
        + b"</sheetData></worksheet>"
    )


def test_a_sheet_bomb_is_refused_without_unpacking_it(refused: Refuse, tmp_path: Path) -> None:
    parts = excel_parts()
    row = b'<row><c t="inlineStr"><is><t>' + b"A" * 1_000 + b"</t></is></c></row>"
    parts["xl/worksheets/sheet1.xml"] = Repeated(
        b'<worksheet xmlns="' + MAIN + b'"><sheetData>',
        row * (1024 * 1024 // len(row)),
        1_500,
        b"</sheetData></worksheet>",
    )
    assert refused(write_zip(tmp_path / "members.xlsx", parts)) == (
        f"The Excel file's sheet unpacks to 1.5 GB; SMTP Desk reads sheets up to 50 MB: {_AGAIN}"
    )


def test_an_excel_sheet_of_more_rows_than_the_limit_is_refused(
    refused: Refuse, tmp_path: Path
) -> None:
    def row(*texts: str) -> bytes:
        cells = "".join(f'<c t="inlineStr"><is><t>{text}</t></is></c>' for text in texts)
        return f"<row>{cells}</row>".encode()

    rows = row("Flat", "Name") + b"".join(row(f"F-{n}", "M") for n in range(MAX_ROWS + 1))
    parts = excel_parts()
    parts["xl/worksheets/sheet1.xml"] = _sheet(rows)
    assert refused(write_zip(tmp_path / "members.xlsx", parts), traced=False) == (
        f"The file has more than {MAX_ROWS:,} rows; SMTP Desk imports at most "
        f"{MAX_ROWS:,} at a time. Split the file."
    )


def test_one_row_of_a_million_cells_is_refused_before_openpyxl_builds_it(
    refused: Refuse, tmp_path: Path
) -> None:
    """4 MB of sheet, far below its size limit: openpyxl would need about 300 MB."""
    parts = excel_parts()
    parts["xl/worksheets/sheet1.xml"] = _sheet(b'<row r="1">' + b"<c/>" * 1_000_000 + b"</row>")
    assert refused(write_zip(tmp_path / "members.xlsx", parts)) == (
        "The Excel file is not built like one saved by Excel (a row of more than 100,000 XML "
        "elements in xl/worksheets/sheet1.xml): open it in Excel and save it again"
    )


def test_entities_are_refused_before_they_expand(refused: Refuse, tmp_path: Path) -> None:
    parts = excel_parts()
    cells = b"<c/>" * 1_000
    parts["xl/worksheets/sheet1.xml"] = _sheet(
        b'<row r="1">' + b"&c;" * 10_000 + b"</row>",
        before=b'<!DOCTYPE worksheet [<!ENTITY c "' + cells + b'">]>',
    )
    assert refused(write_zip(tmp_path / "members.xlsx", parts)) == (
        "The Excel file is not built like one saved by Excel (a document type declaration in "
        "xl/worksheets/sheet1.xml): open it in Excel and save it again"
    )


def test_a_sheet_that_claims_every_cell_of_excel_is_read_as_it_is(
    store: Store, tmp_path: Path
) -> None:
    """Its dimension says A1:XFD1048576; read as stated, it would be 17 billion cells."""
    parts = excel_parts()
    sheet = parts["xl/worksheets/sheet1.xml"]
    assert isinstance(sheet, bytes) and b'<dimension ref="A1:C2"/>' in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b'ref="A1:C2"', b'ref="A1:XFD1048576"')
    start = time.perf_counter()
    report = import_file(store, Kind.MEMBERS, write_zip(tmp_path / "members.xlsx", parts))
    assert report.ok, report.problems
    assert time.perf_counter() - start < 30, "not 17 billion cells"
    assert store.members()["A-101"].emails == ("rajesh@example.in",)


def test_a_password_protected_workbook_says_so(refused: Refuse, tmp_path: Path) -> None:
    """Excel saves a protected workbook in an OLE compound file, as it saved .xls files."""
    path = tmp_path / "members.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4_096))
    assert refused(path) == (
        "members.xlsx is protected by a password, or is an old-style Excel file (.xls) "
        "renamed: open it in Excel and save it as .xlsx without a password"
    )
