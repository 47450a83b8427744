"""``smtp-desk template --out FILE`` writes like every export: UTF-8 with BOM, no cell a
spreadsheet would run, examples that need no apostrophe, the old file kept on failure."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from smtp_desk.cli import main
from smtp_desk.core.importing.templates import TEMPLATE_ROWS, TEMPLATES
from tests.support.export_corpus import unsafe


@pytest.mark.parametrize("kind", list(TEMPLATES))
def test_the_written_template_is_safe_and_its_examples_unchanged(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"{kind}.csv"
    assert main(["template", kind, "--out", str(path)]) == 0
    assert path.read_bytes() == b"\xef\xbb\xbf" + TEMPLATES[kind].encode("utf-8")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = list(csv.reader(handle))
    header, rows = TEMPLATE_ROWS[kind]
    assert cells == [header, *rows], "no example needed an apostrophe"
    assert not any(unsafe(cell) for row in cells for cell in row)
    capsys.readouterr()


def test_a_template_that_cannot_be_written_is_said_and_the_old_file_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "members.csv"
    taken.mkdir()
    assert main(["template", "members", "--out", str(taken)]) == 1
    err = capsys.readouterr().err
    assert f"error: {taken} could not be written" in err and "Traceback" not in err
    assert taken.is_dir() and list(tmp_path.iterdir()) == [taken]
