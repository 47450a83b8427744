from __future__ import annotations

import json
from pathlib import Path

import pytest

from smtp_desk.cli import main
from smtp_desk.core.importing.templates import TEMPLATES
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.store import Store
from tests.support.commands import run_command
from tests.support.pdf_files import real_pdf
from tests.unit.importing.conftest import DATA

run = run_command


def test_import_members_then_bills_with_json(
    capsys: pytest.CaptureFixture[str], data_home: DataFolder
) -> None:
    code, out, _ = run(["import", "members", str(DATA / "members_ok.csv")], capsys)
    assert code == 0 and "Imported members_ok.csv: 3 members" in out
    code, out, _ = run(["import", "bills", str(DATA / "bills_ok.csv"), "--json"], capsys)
    assert code == 0
    assert json.loads(out) == {
        "ok": True,
        "problems": [],
        "imported": {"bills": 3, "periods": 1, "replaced periods": 0},
    }
    code, out, _ = run(["import", "bills", str(DATA / "bills_ok.csv"), "--json"], capsys)
    assert code == 1 and "were imported before" in json.loads(out)["problems"][0]["message"]
    assert run(["import", "bills", str(DATA / "bills_ok.csv"), "--replace"], capsys)[0] == 0
    with Store.open(data_home.register_file) as store:
        assert len(store.bills("2026-11")) == 3


def test_a_rejected_file_exits_1_with_row_and_column(
    capsys: pytest.CaptureFixture[str], data_home: DataFolder
) -> None:
    code, out, _ = run(["import", "members", str(DATA / "members_problems.csv"), "--json"], capsys)
    result = json.loads(out)
    assert code == 1 and result["ok"] is False and result["imported"] == {}
    assert result["problems"][0] == {"row": 2, "column": "Flat", "message": "the flat is missing"}
    code, _, err = run(["import", "members", str(DATA / "members_problems.csv")], capsys)
    assert code == 1 and "members_problems.csv, row 5, column Flat: flat A-101 appears again" in err


def test_unusable_arguments_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(["import", "members", str(tmp_path / "missing.csv")], capsys)[0] == 2
    with pytest.raises(SystemExit) as bad_period:  # refused by the parser, with its usage
        main(["import", "bills", str(DATA / "bills_ok.csv"), "--period", "Nov"])
    assert bad_period.value.code == 2 and "--period" in capsys.readouterr().err
    with pytest.raises(SystemExit) as raised:
        main(["import", "pdfs", str(tmp_path)])  # --kind and --period are required
    assert raised.value.code == 2


def test_import_pdfs(
    capsys: pytest.CaptureFixture[str], data_home: DataFolder, tmp_path: Path
) -> None:
    run(["import", "members", str(DATA / "members_ok.csv")], capsys)
    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "Bill_A101_Nov2026.pdf").write_bytes(real_pdf("bill"))
    code, out, _ = run(
        ["import", "pdfs", str(folder), "--kind", "bill", "--period", "2026-11", "--json"], capsys
    )
    assert code == 0 and json.loads(out)["imported"] == {"pdfs": 1}


@pytest.mark.parametrize("kind", ["members", "bills", "receipts"])
def test_templates_import_as_they_are(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_home: DataFolder, kind: str
) -> None:
    members = tmp_path / "members.csv"
    assert run(["template", "members", "--out", str(members)], capsys)[0] == 0
    assert run(["import", "members", str(members)], capsys)[0] == 0
    if kind == "receipts":
        bills = tmp_path / "bills.csv"
        run(["template", "bills", "--out", str(bills)], capsys)
        assert run(["import", "bills", str(bills)], capsys)[0] == 0
    path = tmp_path / f"{kind}.csv"
    run(["template", kind, "--out", str(path)], capsys)
    code, _out, err = run(
        ["import", kind, str(path), "--replace"]
        if kind != "members"
        else ["import", kind, str(path)],
        capsys,
    )
    assert code == 0, err
    code, printed, _ = run(["template", kind], capsys)
    assert printed == TEMPLATES[kind].replace("\r\n", "\n")
