"""A file SMTP Desk cannot read as a table is named once in the problem, not twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from smtp_desk.core.importing.register import _without_name
from tests.support.commands import run_command


def test_a_wrong_file_type_names_the_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SMTP_DESK_HOME", str(tmp_path / "home"))
    readme = tmp_path / "README.md"
    readme.write_text("# not a register\n", encoding="utf-8")
    code, out, err = run_command(["import", "members", str(readme)], capsys)
    assert code == 1
    text = out + err
    assert "README.md: README.md" not in text
    assert "README.md: SMTP Desk imports .csv and .xlsx files; save it as one of those." in text


def test_only_a_leading_file_name_is_taken_off() -> None:
    assert _without_name("a.pdf: SMTP Desk imports .csv", "a.pdf") == "SMTP Desk imports .csv"
    sentence = "a.pdf cannot be read (denied)."  # the file is the sentence's subject
    assert _without_name(sentence, "a.pdf") == sentence
    kept = "The file has more than 10 rows; split the file."
    assert _without_name(kept, "a.csv") == kept
    assert _without_name("a.csvx is odd", "a.csv") == "a.csvx is odd"
