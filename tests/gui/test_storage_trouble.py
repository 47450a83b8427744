"""The window on a damaged register and a full disk: a sentence where the clerk looks, the
register as it was, and the window goes on working; a copy is made before each import."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smtp_desk.core import backup_copies
from smtp_desk.core.backups import list_backups
from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.store import Store
from smtp_desk.gui.main_window import MainWindow
from smtp_desk.gui.members_page import MembersPage
from tests.unit.core.register_trouble import damage_page, limit_growth, rows
from tests.unit.importing.conftest import DATA

DAMAGED = (
    "The register {path} is damaged and cannot be used (database disk image is malformed). "
    "Restore the latest backup: File > Restore a backup… in the window, or "
    "'smtp-desk backups restore --latest'."
)


@pytest.fixture
def page(qtbot: QtBot, data_home: DataFolder) -> MembersPage:
    widget = MembersPage(folder=data_home)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def run_import(qtbot: QtBot, page: MembersPage, what: str, path: Path) -> None:
    assert page.import_path(what, path)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def registered(data_home: DataFolder) -> None:
    data_home.ensure()
    with Store.open(data_home.register_file) as store:
        assert import_file(store, Kind.MEMBERS, DATA / "members_ok.csv").ok
        assert import_file(store, Kind.BILLS, DATA / "bills_ok.csv").ok


def test_an_import_is_preceded_by_a_backup(
    qtbot: QtBot, page: MembersPage, data_home: DataFolder
) -> None:
    run_import(qtbot, page, "members", DATA / "members_ok.csv")
    assert list_backups(data_home) == [], "nothing to copy before the first import"
    run_import(qtbot, page, "bills", DATA / "bills_ok.csv")
    [backup] = list_backups(data_home)
    assert backup.reason == "before-import"
    copy = rows(backup.path)
    assert len(copy["members"]) == 3 and copy["bills"] == []
    assert page.bills.rowCount() == 3


def test_an_import_goes_on_when_the_disk_is_too_short_for_a_backup(
    qtbot: QtBot,
    page: MembersPage,
    data_home: DataFolder,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    run_import(qtbot, page, "members", DATA / "members_ok.csv")
    monkeypatch.setattr(backup_copies, "_free_bytes", lambda _directory: 0)
    with caplog.at_level(logging.WARNING):
        run_import(qtbot, page, "bills", DATA / "bills_ok.csv")
    assert "No backup of the register was made before an import" in caplog.text
    assert page.bills.rowCount() == 3, "the import itself went through"
    assert list_backups(data_home) == []


def test_a_full_disk_during_an_import_is_said_and_the_page_goes_on(
    qtbot: QtBot, page: MembersPage, data_home: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    registered(data_home)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    many = data_home.root / "many-members.csv"
    lines = [f"F-{n:04d},Member number {n},m{n}@example.in" for n in range(2000)]
    many.write_text("Flat,Name,Email\n" + "\n".join(lines) + "\n", encoding="utf-8")
    before = rows(data_home.register_file)
    with monkeypatch.context() as full:
        limit_growth(full)
        run_import(qtbot, page, "members", many)
        sentence = (
            f"The disk is full: free some space on the drive of {data_home.root}, then try "
            "again; nothing was lost."
        )
        assert page.status.text() == sentence
        assert page.problems.item(0, 3).text() == sentence
    assert rows(data_home.register_file) == before
    assert page.members.rowCount() == 3, "the tables still show the register"
    with qtbot.waitSignal(page.imported, timeout=10_000):  # space freed: it goes through
        assert page.import_path("members", many)
    assert page.members.rowCount() == 2003


def test_a_damaged_register_is_said_on_the_members_page_and_in_history(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    registered(data_home)
    damage_page(data_home.register_file)  # page 2: the members
    setup_logging(data_home.log_file)
    window = MainWindow(folder=data_home, store=SecretStore())
    qtbot.addWidget(window)
    window.show()
    sentence = DAMAGED.format(path=data_home.register_file)
    with qtbot.waitSignal(window.members.refreshed, timeout=10_000):
        window.show_members()
    assert window.members.status.text() == sentence
    with qtbot.waitSignal(window.history.failed, timeout=10_000):
        window.show_history()
    assert window.pages.currentWidget() is window.history
    assert window.statusBar().currentMessage() == sentence
    qtbot.waitUntil(lambda: sentence in window.log_pane.text(), timeout=2000)
    window.show_society()  # the window goes on working
    assert window.pages.currentWidget() is window.society
