from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from smtp_desk.core.importing.pdfs import flat_key, import_pdfs, match_flat
from smtp_desk.core.model import Member, Period
from smtp_desk.core.store import SCHEMA_VERSION, Store, StoreError
from tests.support.pdf_files import real_pdf

NOV = Period.month(2026, 11)
PDF = real_pdf("a bill")
FLATS = {flat_key(f): f for f in ("A-101", "A-102", "B-101", "101", "A-1010")}


@pytest.mark.parametrize(
    ("name", "flats"),
    [
        ("A-101.pdf", ["A-101"]),
        ("Bill_A101_Nov2026.pdf", ["A-101"]),
        ("a 101 nov.pdf", ["A-101"]),  # "a 101" is A101, not also flat 101
        ("Flat 101 Nov.pdf", ["101"]),
        ("maintenance-b-101.pdf", ["B-101"]),
        ("A1010.pdf", ["A-1010"]),
        ("Nov2026.pdf", []),
        ("A-101 and A-102.pdf", ["A-101", "A-102"]),
    ],
)
def test_the_matching_rule(name: str, flats: list[str]) -> None:
    assert match_flat(name, FLATS) == flats


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "data" / "register.db")
    with opened.transaction() as db:
        opened.put_members(
            db,
            [Member("A-101", "R. Sharma"), Member("A-102", "S. Shah"), Member("B-205", "A. Iyer")],
        )
    return opened


def _folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "erp-bills"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return folder


def test_a_folder_of_erp_pdfs_is_matched_copied_and_recorded(store: Store, tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {
            "A-101.pdf": PDF,
            "Bill_A102_Nov2026.pdf": real_pdf("A-102"),
            "b 205 nov.pdf": real_pdf("B-205"),
            "notes.txt": b"ignored",
        },
    )
    report = import_pdfs(store, tmp_path / "data", folder, kind="bill", period=NOV)
    assert report.ok and report.matched == {
        "A-101.pdf": "A-101",
        "Bill_A102_Nov2026.pdf": "A-102",
        "b 205 nov.pdf": "B-205",
    }
    documents = {d.flat: d for d in store.documents("bill", "2026-11")}
    stored = tmp_path / "data" / documents["A-102"].file
    assert stored.read_bytes() == real_pdf("A-102")
    assert documents["A-102"].sha256 == hashlib.sha256(real_pdf("A-102")).hexdigest()


def test_unmatched_ambiguous_and_fake_files_are_listed_and_nothing_imported(
    store: Store, tmp_path: Path
) -> None:
    folder = _folder(
        tmp_path,
        {
            "A-101.pdf": PDF,
            "Z-9.pdf": PDF,
            "A101-A102.pdf": PDF,
            "B-205.pdf": b"this is not a pdf",
            "a-101 copy.pdf": PDF,
        },
    )
    report = import_pdfs(store, tmp_path / "data", folder, kind="bill", period=NOV)
    assert not report.ok and report.matched == {}
    assert [p.message for p in report.problems] == [
        "A101-A102.pdf could be flat A-101 or A-102; rename it",
        "B-205.pdf is not a PDF file",
        "Z-9.pdf names no flat of the members",
        "a-101 copy.pdf is a second file for flat A-101 (also A-101.pdf)",
    ]
    assert store.documents("bill", "2026-11") == []
    assert not (tmp_path / "data" / "documents").exists()


def test_reimporting_replaces_the_period_files(store: Store, tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"A-101.pdf": PDF})
    data = tmp_path / "data"
    import_pdfs(store, data, folder, kind="bill", period=NOV)
    first = store.documents("bill", "2026-11")[0].file
    (folder / "A-101.pdf").write_bytes(real_pdf("a bill, corrected"))
    import_pdfs(store, data, folder, kind="bill", period=NOV)
    second = store.documents("bill", "2026-11")[0].file
    assert first != second and not (data / first).exists() and (data / second).exists()


def test_the_store_uses_wal_and_foreign_keys(store: Store) -> None:
    db = sqlite3.connect(store.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as tx:
        tx.execute(
            "INSERT INTO receipts (number, flat, date, amount, mode) "
            "VALUES ('R', 'Z-1', '2026-11-01', '1', 'cash')"
        )


def test_a_newer_database_is_refused_and_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.execute("CREATE TABLE future (x)")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer SMTP Desk"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_damaged_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot be opened"):
        Store.open(path)
