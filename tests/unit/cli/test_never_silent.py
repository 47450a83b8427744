"""Every command says what it did or that there was nothing to do, and refuses an argument
it cannot use (``--period`` as YYYY-MM) with its own usage, exit 2 (issue 16)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smtp_desk.cli import main
from smtp_desk.core.paths import DataFolder

PERIOD_MESSAGE = "--period: give the month as YYYY-MM, e.g. 2026-11"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: --help, or an unusable argument
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _members(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A register with members and no run."""
    file = tmp_path / "members.csv"
    file.write_text("Flat,Name,Email\nA-101,Asha Rao,asha@example.in\n", encoding="utf-8")
    assert _run(["import", "members", str(file)], capsys)[0] == 0


def test_status_without_a_register_says_no_runs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["status"], capsys)
    assert code == 0 and "No runs yet" in out


def test_status_with_a_register_and_no_runs_says_so(
    data_home: DataFolder, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _members(tmp_path, capsys)
    assert data_home.register_file.exists()
    code, out, _ = _run(["status"], capsys)
    assert code == 0 and "No runs yet" in out
    code, out, _ = _run(["status", "--json"], capsys)
    assert code == 0 and json.loads(out)["runs"] == []


def test_status_json_without_a_register_has_the_whole_shape(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = _run(["status", "--json"], capsys)
    assert code == 0
    assert set(json.loads(out)) == {"runs", "unconfirmed", "plan", "limits"}


def test_register_with_nothing_sent_prints_a_header_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(["register", "--period", "2026-11"], capsys)
    assert code == 0
    assert "Dispatch register for November 2026" in out
    assert "Nothing sent for November 2026." in out
    _members(tmp_path, capsys)
    code, out, _ = _run(["register", "--period", "2026-11"], capsys)
    assert code == 0 and "Nothing sent for November 2026." in out


def test_register_csv_with_nothing_sent_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "register.csv"
    code, out, _ = _run(["register", "--period", "2026-11", "--csv", str(out_file)], capsys)
    assert code == 0 and "Wrote 0 row(s)" in out and "nothing sent for November 2026" in out
    assert out_file.exists()


@pytest.mark.parametrize("period", ["nov", "2026-13", "2026-1", "11-2026", "", "2026-11-05"])
@pytest.mark.parametrize(
    "argv",
    [
        ["register"],
        ["import", "bills", "bills.csv"],
        ["import", "pdfs", ".", "--kind", "bill"],
    ],
)
def test_a_period_that_is_no_month_is_refused_with_the_commands_usage(
    argv: list[str], period: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run([*argv, "--period", period], capsys)
    assert code == 2 and out == ""
    assert PERIOD_MESSAGE in err
    assert f"usage: smtp-desk {' '.join(argv[:2] if argv[0] == 'import' else argv[:1])}" in err


def test_register_accepts_a_statement_runs_range(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["register", "--period", "2026-04..2026-11"], capsys)
    assert code == 0 and "Nothing sent for April–November 2026." in out


def test_register_period_nov_fails_in_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "SMTP_DESK_HOME": str(tmp_path)}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from smtp_desk.cli import main; sys.exit(main(sys.argv[1:]))",
            "register",
            "--period",
            "nov",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2, done
    assert PERIOD_MESSAGE in done.stderr
    assert done.stderr.startswith("usage: smtp-desk register")
