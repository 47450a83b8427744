"""Members & Documents: importing files with and without problems, as the office would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from pytestqt.qtbot import QtBot

from smtp_desk.core.importing.register import Kind
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.store import Store
from smtp_desk.gui.members_page import MembersPage, guess_kind
from tests.support.pdf_files import real_pdf
from tests.unit.importing.conftest import DATA


@pytest.fixture
def page(qtbot: QtBot, data_home: DataFolder) -> MembersPage:
    widget = MembersPage(folder=data_home)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def run_import(qtbot: QtBot, page: MembersPage, what: str, path: Path) -> None:
    with qtbot.waitSignal(page.imported, timeout=10_000):
        assert page.import_path(what, path)


def cells(table: object) -> list[list[str]]:
    rows = table.rowCount()  # type: ignore[attr-defined]
    columns = table.columnCount()  # type: ignore[attr-defined]
    return [
        [table.item(r, c).text() for c in range(columns)]  # type: ignore[attr-defined]
        for r in range(rows)
    ]


def test_a_file_with_problems_shows_them_all_and_imports_nothing(
    qtbot: QtBot, page: MembersPage, data_home: DataFolder
) -> None:
    run_import(qtbot, page, "members", DATA / "members_problems.csv")
    assert "Nothing was imported" in page.status.text()
    shown = cells(page.problems)
    assert len(shown) == 7
    assert ["members_problems.csv", "2", "Flat", "the flat is missing"] in shown
    assert page.tabs.currentIndex() == 0
    page.problems.sortItems(2)  # sortable by column
    assert cells(page.problems)[0][2] == "Email"
    page.copy_problems()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "File\tRow\tColumn\tProblem" and len(copied) == 8
    with Store.open(data_home.register_file) as store:
        assert store.members() == {}


def test_members_then_bills_fill_the_tables_with_filters_and_totals(
    qtbot: QtBot, page: MembersPage
) -> None:
    run_import(qtbot, page, "members", DATA / "members_ok.csv")
    assert cells(page.problems) == []
    assert len(cells(page.members)) == 3
    page.member_filter.setCurrentIndex(1)
    assert cells(page.members) == [["A-103", "Amit Gokhale", "", "", "no email — print copy"]]
    page.member_filter.setCurrentIndex(2)
    assert [row[0] for row in cells(page.members)] == ["A-102"]
    run_import(qtbot, page, "bills", DATA / "bills_ok.csv")
    assert page.bill_period.currentText() == "2026-11"
    assert len(cells(page.bills)) == 3
    assert page.bill_totals.text() == "3 bills · total payable ₹ 10,950.71"


def test_reimporting_bills_asks_before_replacing(qtbot: QtBot, page: MembersPage) -> None:
    run_import(qtbot, page, "members", DATA / "members_ok.csv")
    run_import(qtbot, page, "bills", DATA / "bills_ok.csv")
    asked: list[list[str]] = []
    page.ask_replace = lambda periods: asked.append(periods) or False
    run_import(qtbot, page, "bills", DATA / "bills_ok.csv")
    assert asked == [["2026-11"]] and "Nothing was imported" in page.status.text()
    page.ask_replace = lambda periods: True
    run_import(qtbot, page, "bills", DATA / "bills_ok.csv")
    assert "Imported bills_ok.csv: 3 bills" in page.status.text()


def test_dropping_a_file_imports_it_by_what_it_holds(qtbot: QtBot, page: MembersPage) -> None:
    assert guess_kind(DATA / "bills_ok.csv") is Kind.BILLS
    assert guess_kind(DATA / "receipts_ok.csv") is Kind.RECEIPTS
    assert guess_kind(DATA / "members_utf16_tab.txt") is Kind.MEMBERS
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(DATA / "members_ok.csv"))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.imported, timeout=10_000):
        page.dropEvent(drop)
    assert "Imported members_ok.csv" in page.status.text()


def test_pdfs_need_a_period(qtbot: QtBot, page: MembersPage, tmp_path: Path) -> None:
    assert not page.import_path("pdfs", tmp_path)
    assert "period of the PDFs" in page.status.text()
    run_import(qtbot, page, "members", DATA / "members_ok.csv")
    (tmp_path / "A-101.pdf").write_bytes(real_pdf("bill"))
    page.period_edit.setText("2026-11")
    run_import(qtbot, page, "pdfs", tmp_path)
    assert "Imported 1 PDF(s)" in page.status.text()


def test_copied_problems_paste_into_a_spreadsheet_without_running_anything(
    qtbot: QtBot, page: MembersPage, tmp_path: Path
) -> None:
    hostile = tmp_path / "@SUM(1+1)cmd.csv"  # the file name is a cell of every problem row
    hostile.write_text('Flat,Name,Email\n,"Nobody",z9@example.in\n', "utf-8")
    run_import(qtbot, page, "members", hostile)
    page.copy_problems()
    pasted = QGuiApplication.clipboard().text().splitlines()[1:]
    assert pasted, "there is a problem to copy"
    for line in pasted:
        for cell in line.split("\t"):
            assert not cell.lstrip().startswith(("=", "+", "-", "@")), cell
