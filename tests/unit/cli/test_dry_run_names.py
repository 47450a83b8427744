"""``smtp-desk send --dry-run DIR`` names each file after its bill number, safely: hostile
numbers (``tests/data/export/hostile_bill_numbers.csv``) never write outside DIR, never
make a name Windows, macOS or Linux would refuse, and never overwrite each other."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from smtp_desk.cli import main
from smtp_desk.core.model import Bill, ChargeLine, Period
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.store import Store
from tests.support.export_corpus import portable
from tests.support.society import flat, make_society

CORPUS = Path(__file__).resolve().parents[2] / "data" / "export" / "hostile_bill_numbers.csv"
# The bills import refuses these (too long; a control character): put in the register as a
# damaged or older register could hold them.
NOT_IMPORTABLE = ["x" * 300, "bell\x07\x1b[2J"]


def hostile_numbers() -> list[str]:
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        return [row["Bill No"] for row in csv.DictReader(handle)]


def files_outside(root: Path, *skip: Path) -> set[Path]:
    """Every file under ``root`` but those under ``skip``."""
    return {
        path
        for path in root.rglob("*")
        if not path.is_dir() and not any(path.is_relative_to(s) for s in skip)
    }


@pytest.fixture
def society(data_home: DataFolder, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> int:
    """A society whose bills carry the hostile numbers; how many bills."""
    numbers = hostile_numbers()
    make_society(data_home, members=len(numbers) + len(NOT_IMPORTABLE), port=2525)
    bills = tmp_path / "bills.csv"
    with bills.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Bill No", "Flat", "Bill Date", "Due Date", "Period", "Maintenance"])
        for n, number in enumerate(numbers):
            writer.writerow([number, flat(n), "01/11/2026", "15/11/2026", "2026-11", "3000.00"])
    assert main(["import", "bills", str(bills), "--replace"]) == 0, "the import takes these"
    with Store.open(data_home.register_file) as store, store.transaction() as db:
        store.replace_bills(
            db,
            [],
            [
                Bill(
                    number,
                    flat(len(numbers) + n),
                    dt.date(2026, 11, 1),
                    dt.date(2026, 11, 15),
                    Period.month(2026, 11),
                    (ChargeLine("Maintenance", Decimal("3000.00")),),
                )
                for n, number in enumerate(NOT_IMPORTABLE)
            ],
        )
    capsys.readouterr()
    return len(numbers) + len(NOT_IMPORTABLE)


def test_hostile_bill_numbers_write_inside_the_folder_with_safe_names(
    society: int, data_home: DataFolder, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "dry" / "run"
    before = files_outside(tmp_path.parent, out_dir, data_home.root)
    code = main(["send", "--kind", "bill", "--period", "2026-11", "--dry-run", str(out_dir)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"Dry run: {society} message(s) written" in out
    assert files_outside(tmp_path.parent, out_dir, data_home.root) == before, "nothing outside"
    written = list(out_dir.iterdir())
    assert len(written) == society, "no file overwrote another"
    assert all(path.is_file() and path.suffix == ".eml" for path in written)
    names = {path.name for path in written}
    assert all(portable(name) for name in names), sorted(names)
    assert {"evil.eml", "x.eml", "_CON.eml", "_aux.txt.eml", "_Lpt1.eml", "a-b.eml"} <= names
    folded = {name.casefold() for name in names}
    assert {"a-1.eml", "a-1-2.eml", "a-1-3.eml", "name.eml", "name-2.eml"} <= folded
    assert {"document.eml", "document-2.eml", "x" * 100 + ".eml"} <= names
    assert len(folded) == society, "distinct when case is ignored too"
    for path in written:  # each file is a whole message with its bill
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert [p.get_content_type() for p in message.iter_attachments()] == ["application/pdf"]


def test_a_link_in_the_folder_pointing_out_is_refused(
    society: int, data_home: DataFolder, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "dry"
    out_dir.mkdir()
    outside = tmp_path / "outside.eml"
    outside.write_text("untouched", encoding="utf-8")
    (out_dir / "_CON.eml").symlink_to(outside)
    code = main(["send", "--kind", "bill", "--period", "2026-11", "--dry-run", str(out_dir)])
    out = capsys.readouterr().out
    assert code == 1
    assert "'_CON.eml' would be written outside" in out and "Traceback" not in out
    assert f"Dry run: {society - 1} message(s) written" in out
    assert outside.read_text(encoding="utf-8") == "untouched"
