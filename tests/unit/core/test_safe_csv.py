from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smtp_desk.core.safe_csv import ExportError, neutralize, write_csv, write_xlsx


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+91 98220 12345", "'+91 98220 12345"),
        ("-500.00", "'-500.00"),  # no exception for numbers: see the module's docstring
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("  =1+1", "'  =1+1"),
        ("\n+1", "'\n+1"),
        (" \t -x", "' \t -x"),
        ("A-101", "A-101"),
        ("a=b", "a=b"),
        ("", ""),
        ("   ", "   "),
        ("'=1", "'=1"),
    ],
)
def test_neutralize(cell: str, written: str) -> None:
    assert neutralize(cell) == written


def test_write_csv_is_utf8_with_bom_and_every_cell_is_neutralized(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert write_csv(path, ["Name", "=Head"], [["=x", 'Shāh, "Sunita"'], ["-1", "a\r\nb"]]) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [
            ["Name", "'=Head"],
            ["'=x", 'Shāh, "Sunita"'],
            ["'-1", "a\r\nb"],
        ]


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("old", encoding="utf-8")

    def rows() -> Iterator[list[str]]:
        yield ["1"]
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="No space left on device") as raised:
        write_csv(path, ["N"], rows())
    assert "it was left as it was" in str(raised.value)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"], "no temporary file is left"


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    def rows() -> Iterator[list[str]]:
        yield ["1"]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_csv(tmp_path / "out.csv", ["N"], rows())
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="could not be written"):
        write_csv(tmp_path / "no" / "out.csv", ["N"], [])


def test_write_xlsx_writes_text_cells_only(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    rows = [["=1+1", "123"], ["-500.00", "bell\x07 and\r\nbreak"]]
    assert write_xlsx(path, ["A", "B"], rows, sheet="Register") == 2
    sheet = load_workbook(path)["Register"]
    cells = [[cell for cell in row] for row in sheet.iter_rows()]
    assert {cell.data_type for row in cells for cell in row} == {"s"}, "no formula, no number"
    assert [[cell.value for cell in row] for row in cells] == [
        ["A", "B"],
        ["'=1+1", "123"],
        ["'-500.00", "bell\\x07 and\nbreak"],
    ]
    assert sheet.freeze_panes == "A2"
