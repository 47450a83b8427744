"""The History page exports a register whose names and flats start like formulas
(``tests/data/export/formula_cells.csv``) as CSV or Excel that no spreadsheet runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from smtp_desk.core.paths import DataFolder
from smtp_desk.gui.history_page import HistoryPage
from tests.support.export_corpus import (
    as_workbook,
    assert_safe_export,
    cases,
    hostile_register,
    read_csv,
    read_xlsx,
)


@pytest.fixture
def history(qtbot: QtBot, data_home: DataFolder) -> HistoryPage:
    page = HistoryPage(folder=data_home)
    qtbot.addWidget(page)
    return page


def test_the_page_shows_the_text_as_it_is_and_exports_it_neutralized(
    qtbot: QtBot, history: HistoryPage, data_home: DataFolder, tmp_path: Path
) -> None:
    by_id = hostile_register(data_home)
    with qtbot.waitSignal(history.refreshed, timeout=10_000):
        history.refresh()
    items = [history.table.item(r, 0) for r in range(history.table.rowCount())]
    shown = {item.text() for item in items if item is not None}
    assert shown == {case.flat for case in cases()}, "the window shows no apostrophes"

    assert history.export(tmp_path / "register.csv") == len(by_id)
    rows = read_csv(tmp_path / "register.csv")
    assert_safe_export(rows, by_id)
    assert_safe_export(as_workbook(rows, tmp_path), by_id, xml=True)

    assert history.export(tmp_path / "register.xlsx") == len(by_id)
    assert_safe_export(read_xlsx(tmp_path / "register.xlsx"), by_id, xml=True)


def test_the_export_button_saves_the_rows_found_as_a_workbook(
    qtbot: QtBot,
    history: HistoryPage,
    data_home: DataFolder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    by_id = hostile_register(data_home)
    with qtbot.waitSignal(history.refreshed, timeout=10_000):
        history.refresh()
    history.search.setText("HYPERLINK")
    chosen = tmp_path / "november"  # typed without a suffix, the Excel filter chosen

    def save_as(*_args: object) -> tuple[str, str]:
        return str(chosen), "Excel workbook (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(history.export_button, Qt.MouseButton.LeftButton)
    rows = read_xlsx(tmp_path / "november.xlsx")
    assert sorted(row["Flat"] for row in rows) == ["'+A-102", "'=A-101"]
    assert_safe_export(rows, {k: v for k, v in by_id.items() if "HYPERLINK" in v.member}, xml=True)


def test_an_export_that_cannot_be_written_is_said_in_a_sentence(
    qtbot: QtBot,
    history: HistoryPage,
    data_home: DataFolder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hostile_register(data_home)
    with qtbot.waitSignal(history.refreshed, timeout=10_000):
        history.refresh()
    taken = tmp_path / "register.csv"
    taken.mkdir()
    said: list[str] = []

    def save_as(*_args: object) -> tuple[str, str]:
        return str(taken), "CSV (*.csv)"

    def warning(_parent: QWidget, _title: str, text: str) -> None:
        said.append(text)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    qtbot.mouseClick(history.export_button, Qt.MouseButton.LeftButton)
    assert said and f"{taken} could not be written" in said[0]
    assert taken.is_dir() and list(tmp_path.glob(".register.csv*")) == []


def test_only_the_bills_that_came_back_are_shown_when_asked_and_exported_so(
    qtbot: QtBot, history: HistoryPage, data_home: DataFolder, tmp_path: Path
) -> None:
    from smtp_desk.core.outbox import Outbox
    from smtp_desk.core.store import Store

    hostile_register(data_home)
    with Store.open(data_home.register_file) as store:
        outbox = Outbox(store, domain="crystalheights.in")
        bounced = outbox.items()[1]
        line = "m1@example.in: the mailbox does not exist (550 5.1.1)"
        outbox.record_bounces([(bounced.id, "m1@example.in", "mailbox_unknown", line)])
    with qtbot.waitSignal(history.refreshed, timeout=10_000):
        history.refresh()
    everyone = len(history.visible_rows())
    assert everyone > 1
    history.search.setText("no such text anywhere")
    history.show_bounced()
    assert history.search.text() == "", "a search typed before would hide what was asked"
    rows = history.visible_rows()
    assert [row[0] for row in rows] == [bounced.flat] and "does not exist" in rows[0][-1]
    assert history.count.text() == f"1 of {everyone} message(s)"
    assert history.export(tmp_path / "bounced.csv") == 1, "the export is what is shown"
    history.bounced_only.setChecked(False)
    assert len(history.visible_rows()) == everyone
