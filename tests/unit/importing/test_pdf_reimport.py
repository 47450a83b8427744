"""A second PDF folder for the same kind and period replaces the first one consistently:
every row names a file that exists, and a failed import leaves the first one whole."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from smtp_desk.core.importing.pdfs import import_pdfs
from smtp_desk.core.model import Member, Period
from smtp_desk.core.store import Store, StoredDocument
from tests.support.pdf_files import real_pdf as pdf

NOV = Period.month(2026, 11)


FIRST = {"A-101.pdf": pdf("A-101"), "Bill_A102.pdf": pdf("A-102"), "b 205.pdf": pdf("B-205")}
SECOND = {"A-101 Nov.pdf": pdf("A-101"), "A-102.pdf": pdf("A-102 corrected")}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data: Path) -> Iterator[Store]:
    with Store.open(data / "register.db") as opened:
        with opened.transaction() as db:
            opened.put_members(
                db, [Member("A-101", "R. Sharma"), Member("A-102", "S. Shah"), Member("B-205", "I")]
            )
        yield opened


def folder(tmp_path: Path, name: str, files: dict[str, bytes]) -> Path:
    path = tmp_path / name
    path.mkdir()
    for file, content in files.items():
        (path / file).write_bytes(content)
    return path


def on_disk(data: Path) -> dict[str, bytes]:
    """Every file under the documents folder, by its path relative to the data folder."""
    return {
        p.relative_to(data).as_posix(): p.read_bytes()
        for p in (data / "documents").rglob("*")
        if p.is_file()
    }


def state(store: Store, data: Path) -> tuple[list[StoredDocument], dict[str, bytes]]:
    return store.documents("bill", NOV.key), on_disk(data)


def assert_consistent(documents: Iterable[StoredDocument], data: Path) -> None:
    for document in documents:
        content = (data / document.file).read_bytes()
        assert hashlib.sha256(content).hexdigest() == document.sha256
        assert len(content) == document.size


@pytest.fixture
def first(
    store: Store, data: Path, tmp_path: Path
) -> tuple[list[StoredDocument], dict[str, bytes]]:
    """The first import (three flats), as rows and files."""
    assert import_pdfs(store, data, folder(tmp_path, "first", FIRST), kind="bill", period=NOV).ok
    return state(store, data)


def test_the_second_folder_replaces_the_first_rows_and_files(
    store: Store, data: Path, tmp_path: Path, first: tuple[list[StoredDocument], dict[str, bytes]]
) -> None:
    report = import_pdfs(store, data, folder(tmp_path, "second", SECOND), kind="bill", period=NOV)
    assert report.ok, report.problems
    documents = store.documents("bill", NOV.key)
    assert {d.flat: d.original_name for d in documents} == {
        "A-101": "A-101 Nov.pdf",
        "A-102": "A-102.pdf",
    }, "B-205 is not in the new folder: it has no imported bill any more"
    assert_consistent(documents, data)
    assert {d.flat: (data / d.file).read_bytes() for d in documents} == {
        "A-101": SECOND["A-101 Nov.pdf"],
        "A-102": SECOND["A-102.pdf"],
    }
    assert sorted(on_disk(data)) == sorted(d.file for d in documents), "old files are gone"
    assert not {d.file for d in first[0]} & {d.file for d in documents}


@pytest.mark.parametrize(
    ("files", "says"),
    [
        ({**SECOND, "Z-9.pdf": pdf("Z-9")}, "Z-9.pdf names no flat of the members"),
        ({**SECOND, "B-205.pdf": b"not a pdf"}, "B-205.pdf is not a PDF file"),
    ],
)
def test_a_second_folder_with_a_problem_leaves_the_first_import_whole(
    store: Store,
    data: Path,
    tmp_path: Path,
    first: tuple[list[StoredDocument], dict[str, bytes]],
    files: dict[str, bytes],
    says: str,
) -> None:
    report = import_pdfs(store, data, folder(tmp_path, "second", files), kind="bill", period=NOV)
    assert not report.ok and [p.message for p in report.problems] == [says]
    assert state(store, data) == first
    assert_consistent(first[0], data)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root writes into read-only folders"
)
def test_a_read_only_documents_folder_fails_before_anything_changes(
    store: Store, data: Path, tmp_path: Path, first: tuple[list[StoredDocument], dict[str, bytes]]
) -> None:
    target = data / "documents" / "bill" / NOV.key
    target.chmod(0o555)
    try:
        second = folder(tmp_path, "second", SECOND)
        report = import_pdfs(store, data, second, kind="bill", period=NOV)
    finally:
        target.chmod(0o755)
    assert not report.ok and report.matched == {}
    assert "cannot be copied" in report.problems[0].message
    assert state(store, data) == first


def test_a_copy_that_fails_halfway_removes_the_copies_already_made(
    store: Store, data: Path, tmp_path: Path, first: tuple[list[StoredDocument], dict[str, bytes]]
) -> None:
    """A real write failure even as root: the file size limit (as a full disk would)."""
    resource = pytest.importorskip("resource")
    import signal

    big = {"A-101.pdf": pdf("A-101 again"), "A-102.pdf": pdf("A-102", padding=256 * 1024)}
    second = folder(tmp_path, "second", big)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, hard))
    try:
        report = import_pdfs(store, data, second, kind="bill", period=NOV)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert not report.ok and "cannot be copied" in report.problems[0].message
    assert state(store, data) == first, "the A-101 copy made before the failure is removed"


class _FailingStore(Store):
    """The register, failing inside the transaction after the rows were replaced."""

    @staticmethod
    def replace_documents(
        db: sqlite3.Connection, kind: str, period: str, documents: Iterable[StoredDocument]
    ) -> set[str]:
        Store.replace_documents(db, kind, period, documents)
        raise sqlite3.OperationalError("disk I/O error")


def test_a_failed_transaction_removes_the_new_files_and_keeps_the_old_rows(
    store: Store, data: Path, tmp_path: Path, first: tuple[list[StoredDocument], dict[str, bytes]]
) -> None:
    failing = _FailingStore(store.connection, store.path)
    second = folder(tmp_path, "second", SECOND)
    with pytest.raises(sqlite3.OperationalError):
        import_pdfs(failing, data, second, kind="bill", period=NOV)
    assert state(store, data) == first


def test_a_link_to_a_file_outside_the_folder_is_refused(
    store: Store, data: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere.pdf"
    outside.write_bytes(pdf("somebody else's"))
    bills = folder(tmp_path, "bills", {"A-101.pdf": pdf("A-101")})
    try:
        (bills / "A-102.pdf").symlink_to(outside)
        (bills / "B-205.pdf").symlink_to(bills / "A-101.pdf")  # inside the folder: fine
    except OSError:
        pytest.skip("this system cannot make symbolic links")
    report = import_pdfs(store, data, bills, kind="bill", period=NOV)
    assert [p.message for p in report.problems] == [
        "A-102.pdf is a link to a file outside the folder; copy the file itself into the folder"
    ]
    assert store.documents("bill", NOV.key) == [] and not (data / "documents").exists()
