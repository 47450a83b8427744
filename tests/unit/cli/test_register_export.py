"""``smtp-desk register --csv FILE``: a register whose names and flats start like formulas
(every prefix, ``tests/data/export/formula_cells.csv``) is written so that no spreadsheet
runs a cell; a ``.xlsx`` name gives an Excel workbook of text cells."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from smtp_desk.cli import main
from smtp_desk.core.dispatch_register import HEADERS
from smtp_desk.core.paths import DataFolder
from tests.support.export_corpus import (
    SENT,
    as_workbook,
    assert_safe_export,
    cases,
    hostile_register,
    read_csv,
    read_xlsx,
)


def test_the_corpus_has_every_prefix() -> None:
    starts = {case.flat.lstrip(" ")[:1] for case in cases()} | {c.flat[:1] for c in cases()}
    assert {"=", "+", "-", "@", "\t", "\r", " "} <= starts


def test_register_csv_neutralizes_every_formula_cell(
    data_home: DataFolder, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_id = hostile_register(data_home)
    out = tmp_path / "register.csv"
    assert main(["register", "--period", "2026-11", "--csv", str(out)]) == 0
    assert f"Wrote {len(by_id)} row(s)" in capsys.readouterr().out
    rows = read_csv(out)
    assert list(rows[0]) == HEADERS
    assert_safe_export(rows, by_id)
    assert_safe_export(as_workbook(rows, tmp_path), by_id, xml=True)
    sent = {f"{SENT + timedelta(minutes=n):%Y-%m-%d %H:%M:%S}" for n in range(len(by_id))}
    assert {row["Sent"] for row in rows} == sent, "the PC's local time, as sent"


def test_register_xlsx_is_a_workbook_of_text_cells(
    data_home: DataFolder, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_id = hostile_register(data_home)
    out = tmp_path / "register.XLSX"
    assert main(["register", "--period", "2026-11", "--csv", str(out)]) == 0
    assert out.read_bytes()[:2] == b"PK", "a real workbook, not a CSV with another name"
    assert_safe_export(read_xlsx(out), by_id, xml=True)
    capsys.readouterr()


def test_a_failed_export_keeps_the_old_file_and_says_so(
    data_home: DataFolder, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile_register(data_home)
    taken = tmp_path / "register.csv"
    taken.mkdir()  # a folder of that name: the rename over it fails
    assert main(["register", "--period", "2026-11", "--csv", str(taken)]) == 1
    err = capsys.readouterr().err
    assert f"{taken} could not be written" in err and "Traceback" not in err
    assert taken.is_dir() and list(tmp_path.glob(".register.csv*")) == []
