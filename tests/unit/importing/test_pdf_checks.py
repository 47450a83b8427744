"""Every imported PDF is opened and its first page drawn: a broken one is never mailed."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from smtp_desk.core.importing import pdfs
from smtp_desk.core.importing.pdf_check import MAX_PDF_BYTES, pdf_problem
from smtp_desk.core.importing.pdfs import import_pdfs
from smtp_desk.core.model import Member, Period
from smtp_desk.core.store import Store
from tests.support.pdf_files import (
    encrypted_pdf,
    owner_locked_pdf,
    real_pdf,
    truncated_pdf,
    zero_page_pdf,
)

NOV = Period.month(2026, 11)
FLATS = [f"A-10{n}" for n in range(1, 8)]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data: Path) -> Iterator[Store]:
    with Store.open(data / "register.db") as opened:
        with opened.transaction() as db:
            opened.put_members(db, [Member(flat, f"Member {flat}") for flat in FLATS])
        yield opened


def folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    path = tmp_path / "erp"
    path.mkdir()
    for name, content in files.items():
        (path / name).write_bytes(content)
    return path


def register(store: Store) -> list[str]:
    """The whole register as SQL, to show a refused import changed nothing."""
    return list(store.connection.iterdump())


def test_broken_pdfs_are_listed_with_the_reason_and_nothing_is_imported(
    store: Store, data: Path, tmp_path: Path
) -> None:
    erp = folder(
        tmp_path,
        {
            "A-101.pdf": real_pdf("A-101"),  # good: not imported either, all or nothing
            "A-102.pdf": truncated_pdf(1_500),  # an export cut short
            "A-103.pdf": b"%PDF-1.4 not really",
            "A-104.pdf": encrypted_pdf("A-104"),
            "A-105.pdf": zero_page_pdf(),
            "A-106.pdf": real_pdf("A-106")[:-30],  # only its end is missing
        },
    )
    before = register(store)
    report = import_pdfs(store, data, erp, kind="bill", period=NOV)
    assert not report.ok and report.matched == {}
    assert [p.message for p in report.problems] == [
        "A-102.pdf is damaged or incomplete: export it again from the ERP",
        "A-103.pdf is damaged or incomplete: export it again from the ERP",
        "A-104.pdf is protected by a password: export it without one",
        "A-105.pdf has no pages: export it again from the ERP",
        "A-106.pdf is damaged or incomplete: export it again from the ERP",
    ]
    assert str(report) == "Nothing was imported from erp: 5 problem(s)."
    assert register(store) == before
    assert not (data / "documents").exists()


def test_a_pdf_locked_only_against_changes_opens_without_a_password_and_is_imported(
    store: Store, data: Path, tmp_path: Path
) -> None:
    erp = folder(tmp_path, {"A-101.pdf": owner_locked_pdf("A-101")})
    report = import_pdfs(store, data, erp, kind="bill", period=NOV)
    assert report.ok, report.problems


def test_a_pdf_over_the_size_limit_is_refused_before_it_is_read(
    store: Store, data: Path, tmp_path: Path
) -> None:
    erp = folder(tmp_path, {"A-101.pdf": real_pdf("A-101")})
    os.truncate(erp / "A-101.pdf", MAX_PDF_BYTES + 1024 * 1024)  # sparse: 11 MB on paper
    report = import_pdfs(store, data, erp, kind="bill", period=NOV)
    assert [p.message for p in report.problems] == [
        "A-101.pdf is 11 MB; SMTP Desk imports PDFs up to 10 MB, as larger messages do not "
        "get through most mail providers: export it again from the ERP"
    ]


def test_a_file_changed_after_its_check_stops_the_import(
    store: Store, data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ERP (or someone) rewrites a file while the folder is being imported."""
    erp = folder(tmp_path, {"A-101.pdf": real_pdf("A-101"), "A-102.pdf": real_pdf("A-102")})

    def check_then_overwrite(content: bytes) -> str | None:
        found = pdf_problem(content)
        if content == real_pdf("A-102"):  # checked: now it is rewritten, broken
            (erp / "A-102.pdf").write_bytes(b"%PDF-1.4 not really")
        return found

    monkeypatch.setattr(pdfs, "pdf_problem", check_then_overwrite)
    before = register(store)
    report = import_pdfs(store, data, erp, kind="bill", period=NOV)
    assert [p.message for p in report.problems] == [
        "A-102.pdf changed while it was being imported; nothing was imported: import the "
        "folder again"
    ]
    assert register(store) == before
    assert list((data / "documents" / "bill" / NOV.key).iterdir()) == []


def test_sixty_pdfs_are_checked_quickly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Real bills as the program draws them (about 60 kB, fonts embedded), like an ERP's."""
    from smtp_desk.core.documents.render import DocumentKind, sample_document

    bill = sample_document(DocumentKind.BILL)
    start = time.perf_counter()
    for _ in range(60):
        assert pdf_problem(bill) is None
    elapsed = time.perf_counter() - start
    with capsys.disabled():
        print(f"\n60 PDFs of {len(bill) // 1024} kB checked in {elapsed:.2f} s")
