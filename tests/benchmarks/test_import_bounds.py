"""Time and peak memory of refusing huge and hostile import files (run with `make bench`),
beside importing a normal 2,000-member register measured in the same run.

Each import runs in a fresh interpreter, which reports its own peak resident memory
(``VmHWM`` on Linux, else ``ru_maxrss``) and the time of the import alone; the first line
is an interpreter that only loads the import code, the floor every other line stands on.
Medians of ``BENCH_REPEAT`` runs (5). The files are those of
``tests/unit/importing/test_bounds.py``: a 200 MB CSV, a CSV of 1.6 million short rows under
the size limit, an .xlsx of 3.4 MB whose shared text unpacks to 1.5 GB, one whose sheet has
a row of a million cells; and a folder of 60 real bills, whose every PDF is opened and its
first page drawn.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook

from smtp_desk.core.documents.render import DocumentKind, sample_document
from smtp_desk.core.importing.bounds import MB
from smtp_desk.core.model import Member
from smtp_desk.core.store import Store
from tests.unit.importing.hostile_files import (
    MAIN,
    excel_parts,
    huge_csv,
    shared_text_bomb,
    write_zip,
)

REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))
MEMBERS = 2_000

_CHILD = """
import json, resource, sys, time
from pathlib import Path
what, path, db = sys.argv[1:4]
from smtp_desk.core.importing.pdfs import import_pdfs
from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.model import Period
from smtp_desk.core.store import Store
ok, said = True, ""
with Store.open(Path(db)) as store:
    start = time.perf_counter()
    if what == "pdfs":
        report = import_pdfs(store, Path(db).parent, Path(path), kind="bill",
                             period=Period.month(2026, 11))
    elif what != "nothing":
        report = import_file(store, Kind(what), Path(path))
    elapsed = time.perf_counter() - start
    if what != "nothing":
        ok, said = report.ok, str(report.problems[0]) if report.problems else ""
try:  # this process's own peak: ru_maxrss keeps the parent's peak across exec on Linux
    status = Path("/proc/self/status").read_text()
    peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1]) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"ok": ok, "seconds": elapsed, "peak_mb": peak, "said": said}))
"""


def _members_csv(path: Path) -> Path:
    rows = "".join(f"F-{n},Member {n},m{n}@example.in,+91 98{n:08d}\n" for n in range(MEMBERS))
    path.write_text("Flat,Name,Email,Phone\n" + rows, encoding="utf-8")
    return path


def _members_xlsx(path: Path) -> Path:
    book = Workbook()
    book.active.append(["Flat", "Name", "Email", "Phone"])
    for n in range(MEMBERS):
        book.active.append([f"F-{n}", f"Member {n}", f"m{n}@example.in", f"+91 98{n:08d}"])
    book.save(path)
    return path


def _short_rows_csv(path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        out.write("Flat,Name\n")
        out.writelines(f"{n},M\n" for n in range(19 * MB // 12))
    return path


def _wide_row_xlsx(path: Path) -> Path:
    parts = excel_parts()
    row = b'<row r="1">' + b"<c/>" * 1_000_000 + b"</row>"
    parts["xl/worksheets/sheet1.xml"] = (
        b'<worksheet xmlns="' + MAIN + b'"><sheetData>' + row + b"</sheetData></worksheet>"
    )
    return write_zip(path, parts)


def _bills_folder(path: Path) -> Path:
    path.mkdir()
    bill = sample_document(DocumentKind.BILL)
    for n in range(60):
        (path / f"Bill_F-{n}_Nov2026.pdf").write_bytes(bill)
    return path


def _run(what: str, path: Path, template: Path, tmp: Path) -> dict[str, object]:
    home = tmp / "run"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    shutil.copy(template, home / "register.db")
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, what, str(path), str(home / "register.db")],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_refusing_huge_files_against_a_normal_import(tmp_path: Path) -> None:
    template = tmp_path / "template.db"
    with Store.open(template) as store, store.transaction() as db:
        store.put_members(db, [Member(f"F-{n}", f"Member {n}") for n in range(60)])
    cases = [
        ("interpreter and import code only", "nothing", tmp_path / "none"),
        (f"normal CSV, {MEMBERS:,} members", "members", _members_csv(tmp_path / "m.csv")),
        (f"normal .xlsx, {MEMBERS:,} members", "members", _members_xlsx(tmp_path / "m.xlsx")),
        ("200 MB CSV", "members", huge_csv(tmp_path / "huge.csv", 200 * MB)),
        ("19 MB CSV, 1.6 M rows", "members", _short_rows_csv(tmp_path / "rows.csv")),
        ("shared-text bomb (1.5 GB)", "members", shared_text_bomb(tmp_path / "bomb.xlsx")),
        ("sheet row of 1 M cells", "members", _wide_row_xlsx(tmp_path / "wide.xlsx")),
        ("60 real bill PDFs", "pdfs", _bills_folder(tmp_path / "erp")),
    ]
    lines = [f"\n{'':36} {'median':>9} {'peak RSS':>9}  outcome"]
    for label, what, path in cases:
        runs = [_run(what, path, template, tmp_path) for _ in range(REPEAT)]
        seconds = statistics.median(float(str(r["seconds"])) for r in runs)
        peak = statistics.median(float(str(r["peak_mb"])) for r in runs)
        outcome = "imported" if runs[0]["ok"] else f"refused: {runs[0]['said']}"
        if what == "pdfs":
            outcome += f" ({seconds / 60 * 1000:.1f} ms per PDF: check, copy, fsync)"
        lines.append(f"{label:36} {seconds:8.3f}s {peak:7.0f} MB  {outcome[:90]}")
        assert runs[0]["ok"] == (what in ("nothing", "pdfs") or "normal" in label)
    print("\n".join(lines))
