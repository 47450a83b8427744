"""A dispatch register holding cells a spreadsheet would run (``tests/data/export``), and
the checks that an export of it is safe: no cell read back is a formula; what a portable
file name is."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook

from smtp_desk.core.model import Member
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import ItemSpec
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.store import Store

CORPUS = Path(__file__).resolve().parents[1] / "data" / "export" / "formula_cells.csv"
STARTS = ("=", "+", "-", "@", "\t", "\r")
RESERVED = re.compile(r"(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|(COM|LPT)[0-9¹²³])", re.IGNORECASE)
SENT = datetime(2026, 11, 5, 10, 0)


@dataclass(frozen=True)
class Case:
    name: str
    flat: str
    member: str


def cases() -> list[Case]:
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        return [Case(row["Case"], row["Flat"], row["Member"]) for row in csv.DictReader(handle)]


def hostile_register(folder: DataFolder) -> dict[str, Case]:
    """One sent bill per case, written through the real Store and Outbox: the flat, the
    member's name, the document and the server's reply are the case's hostile text. The
    cases by Message-ID."""
    folder.ensure()
    corpus = cases()
    with Store.open(folder.register_file) as store:
        with store.transaction() as db:
            store.put_members(
                db, [Member(c.flat, c.member, (f"m{n}@example.in",)) for n, c in enumerate(corpus)]
            )
        outbox = Outbox(store, domain="crystalheights.in")
        specs = [
            ItemSpec(c.flat, c.flat, (f"m{n}@example.in",), f"h{n}") for n, c in enumerate(corpus)
        ]
        run = outbox.prepare("bill", "2026-11", specs, subject="S", body="B", now=SENT).run
        by_id = {}
        for n, (item, case) in enumerate(zip(outbox.items(run.id), corpus, strict=True)):
            moment = SENT + timedelta(minutes=n)
            assert outbox.mark_sending(item, moment)
            refused = {"old@example.in": case.member} if n % 2 else None
            outbox.mark_sent(item, moment, case.member, refused=refused)
            by_id[item.message_id] = case
    return by_id


def unsafe(cell: str) -> bool:
    """A spreadsheet would evaluate this cell."""
    return cell.startswith(STARTS) or cell.lstrip().startswith(STARTS)


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, for Excel"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def as_workbook(rows: list[dict[str, str]], tmp: Path) -> list[dict[str, str]]:
    """Put the cells read from a CSV into a workbook as a spreadsheet takes typed text
    (openpyxl makes a cell starting with "=" a formula), save it and read it back: every
    cell must come back as text."""
    book = Workbook()
    sheet = book.active
    header = list(rows[0])
    sheet.append(header)
    for row in rows:
        sheet.append([row[name] for name in header])
    path = tmp / "converted.xlsx"
    book.save(path)
    return read_xlsx(path)


def read_xlsx(path: Path) -> list[dict[str, str]]:
    """The cells of an .xlsx by header; fails on any cell that is not text."""
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows())
    for row in rows:
        for cell in row:
            if cell.value is not None:
                assert cell.data_type == "s", f"{cell.coordinate} is {cell.data_type}"
    header = [str(cell.value) for cell in rows[0]]
    return [
        {
            name: "" if cell.value is None else str(cell.value)
            for name, cell in zip(header, row, strict=True)
        }
        for row in rows[1:]
    ]


def assert_safe_export(
    rows: list[dict[str, str]], by_id: dict[str, Case], *, xml: bool = False
) -> None:
    """Every cell is safe, and each hostile text is shown as written, after an apostrophe.
    ``xml``: read from an .xlsx, where a carriage return comes back as a line feed (XML
    keeps none)."""
    assert len(rows) == len(by_id)
    for row in rows:
        for name, cell in row.items():
            assert not unsafe(cell), f"{name}: {cell!r} would be evaluated"
        case = by_id[row["Message-ID"]]
        expected = {"Flat": case.flat, "Member": case.member, "Document": case.flat}
        expected["Reply"] = case.member
        for name, original in expected.items():
            shown = f"'{original}" if unsafe(original) else original
            if xml:
                shown = shown.replace("\r", "\n")
            assert row[name] == shown, f"{case.name}: {name} is {row[name]!r}"
        if row["Refused"]:
            refused = f"old@example.in: {case.member}"
            assert row["Refused"] == (refused.replace("\r", "\n") if xml else refused)


def portable(name: str) -> bool:
    """A file name that Windows, macOS and Linux all store as it is, as a plain file."""
    return (
        not re.search(r'[\\/:*?"<>|\x00-\x1f\x7f]', name)
        and not name.startswith((".", " "))
        and not name.endswith((".", " "))
        and not RESERVED.fullmatch(name.split(".")[0])
        and len(name.encode("utf-8")) <= 255
    )
