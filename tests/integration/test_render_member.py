"""``smtp-desk render bill|receipt|statement --flat F --period P``: a member's real document
from the register, read back from the PDF; and the sentences when it cannot be made."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.store import Store
from tests.support.commands import run_command
from tests.support.pdf import text
from tests.support.society import flat, make_society

run = run_command

RECEIPTS = """Receipt No,Date,Flat,Amount,Mode,Cheque No,Cheque Date,Bank,Reference,Against Bill
R/0441,05/11/2026,{a},1234.00,UPI,,,,UPI/612345678901,B-0001
R/0442,20/11/2026,{a},2117.00,UPI,,,,UPI/612345678902,B-0001
R/0443,07/11/2026,{b},4750.71,UPI,,,,UPI/612345678903,B-0002
"""


@pytest.fixture
def society(data_home: DataFolder) -> DataFolder:
    make_society(data_home, members=3, port=2525, names={1: "Anjali Deshpande"})
    receipts = data_home.root / "receipts-import.csv"
    receipts.write_text(RECEIPTS.format(a=flat(1), b=flat(2)), encoding="utf-8")
    with Store.open(data_home.register_file) as store:
        assert import_file(store, Kind.RECEIPTS, receipts).ok
    return data_home


def test_a_members_bill_is_written_with_name_and_amount(
    society: DataFolder, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "bill.pdf"
    code, said, _ = run(
        ["render", "bill", "--flat", flat(1), "--period", "2026-11", "--out", str(out)], capsys
    )
    assert code == 0 and "B-0001" in said
    content = text(out.read_bytes())
    assert "Anjali Deshpande" in content and flat(1) in content
    assert "3,001.00" in content  # the maintenance of member 1 (3000 + 1)


def test_the_default_file_name_is_safe_and_in_the_current_folder(
    society: DataFolder,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(
        ["render", "receipt", "--flat", flat(1), "--period", "2026-11", "--receipt", "R/0442"],
        capsys,
    )
    assert code == 0, err
    written = tmp_path / f"receipt-{flat(1)}-R-0442.pdf"  # the "/" of the number made safe
    assert "2,117.00" in text(written.read_bytes())


def test_several_receipts_need_the_number_and_are_listed(
    society: DataFolder, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    args = ["render", "receipt", "--flat", flat(1), "--period", "2026-11"]
    code, _, err = run([*args, "--out", str(tmp_path / "r.pdf")], capsys)
    assert code == 2 and "R/0441" in err and "R/0442" in err and "--receipt" in err
    code, _, err = run([*args, "--receipt", "R/9999", "--out", str(tmp_path / "r.pdf")], capsys)
    assert code == 2 and "R/9999" in err and "R/0441" in err
    assert not (tmp_path / "r.pdf").exists()


def test_a_members_statement(
    society: DataFolder, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "statement.pdf"
    code, _, err = run(
        ["render", "statement", "--flat", flat(1), "--period", "2026-11", "--out", str(out)],
        capsys,
    )
    assert code == 0, err
    content = text(out.read_bytes())
    assert "Anjali Deshpande" in content and "R/0441" in content and "B-0001" in content


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["bill", "--flat", "Z-999", "--period", "2026-11"], "no member with flat 'Z-999'"),
        (["bill", "--flat", "B-101", "--period", "2026-10"], "no maintenance bill for"),
        (["bill", "--flat", "B-101", "--period", "nov"], "--period:"),
        (["bill", "--flat", "B-101"], "--period"),
        (["bill", "--sample"], "--out"),
        (["bill", "--flat", "B-101", "--period", "2026-11", "--receipt", "R/1"], "--receipt"),
    ],
)
def test_clear_errors_exit_2(
    society: DataFolder,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    args: list[str],
    says: str,
) -> None:
    code, out, err = run(["render", *args], capsys)
    assert code == 2 and says in err and out == ""


def test_render_flat_as_a_subprocess(society: DataFolder, tmp_path: Path) -> None:
    out = tmp_path / "bill.pdf"
    done = subprocess.run(
        [
            *(sys.executable, "-m", "smtp_desk", "render", "bill", "--flat", flat(0)),
            *("--period", "2026-11", "--out", str(out)),
        ],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Member 0" in text(out.read_bytes())
