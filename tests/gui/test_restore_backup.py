"""File > Restore a backup…: the list, newest first with date and reason; confirming; the
register back as it was; refused politely while a run is sending."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from smtp_desk.core.backups import Backup, backup_register, list_backups
from smtp_desk.core.model import Member
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_lock import RunLock
from smtp_desk.core.store import Store
from smtp_desk.gui.main_window import MainWindow
from smtp_desk.gui.restore_dialog import RestoreDialog
from tests.unit.core.register_trouble import rows

T0 = datetime(2026, 11, 2, 4, 30, tzinfo=UTC)


def add_member(folder: DataFolder, flat: str) -> None:
    with Store.open(folder.register_file) as store, store.transaction() as db:
        Store.put_members(db, [Member(flat, f"Member {flat}", (f"{flat}@example.in",))])


@pytest.fixture
def made(data_home: DataFolder) -> list[Backup]:
    """Three backups, each of a register one member larger; newest first."""
    data_home.ensure()
    for n, reason in enumerate(("before-import", "before-run", "before-import")):
        add_member(data_home, f"A-{101 + n}")
        assert backup_register(data_home, reason, now=T0 + timedelta(days=n)) is not None
    add_member(data_home, "A-999")
    return list_backups(data_home)


def when_shown(name: str, act: Callable[[QWidget], None], seen: list[str]) -> None:
    """Act on the modal window called ``name`` as soon as it is up."""
    modal = QApplication.activeModalWidget()
    if modal is None or modal.objectName() != name:
        QTimer.singleShot(20, lambda: when_shown(name, act, seen))
        return
    seen.append(name)
    act(modal)


def click(text: str) -> Callable[[QWidget], None]:
    def act(widget: QWidget) -> None:
        for button in widget.findChildren(QPushButton):
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r}")

    return act


def restore_action(window: MainWindow) -> object:
    [file_menu] = [a for a in window.menuBar().actions() if a.text() == "&File"]
    [action] = [a for a in file_menu.menu().actions() if a.text() == "Restore a &backup…"]
    return action


def test_the_dialog_lists_the_backups_newest_first(qtbot: QtBot, made: list[Backup]) -> None:
    dialog = RestoreDialog(made)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    shown = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [row[:2] for row in shown] == [
        [made[0].when, "before an import"],
        [made[1].when, "before sending"],
        [made[2].when, "before an import"],
    ]
    assert made[0].made > made[1].made > made[2].made
    assert all(row[2].endswith(" MB") for row in shown)
    assert table.item(0, 0).toolTip() == made[0].name
    assert dialog.chosen() == made[0] and dialog.restore_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert dialog.chosen() == made[1]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)


def test_restoring_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, made: list[Backup], data_home: DataFolder
) -> None:
    expected = rows(made[1].path)
    seen: list[str] = []

    def choose_the_second(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        QTimer.singleShot(0, lambda: when_shown("restore_question", confirm, seen))
        dialog.restore_button.click()

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.text() == f"Go back to {made[1]}?"
        assert "the register as it is now is kept as a backup" in box.informativeText()
        click("Restore")(box)

    QTimer.singleShot(0, lambda: when_shown("restore_dialog", choose_the_second, seen))
    restore_action(window).trigger()  # type: ignore[attr-defined]
    assert seen == ["restore_dialog", "restore_question"]
    assert rows(data_home.register_file) == expected
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"The register is back as it was on {made[1].when} (before sending).")
    )
    assert list_backups(data_home)[0].reason == "before-restore"
    with qtbot.waitSignal(window.members.refreshed, timeout=10_000):
        window.show_members()
    assert window.members.members.rowCount() == 2, "A-101 and A-102, as then"


def test_cancelling_the_question_changes_nothing(
    qtbot: QtBot, window: MainWindow, made: list[Backup], data_home: DataFolder
) -> None:
    before = rows(data_home.register_file)
    seen: list[str] = []

    def restore_newest(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        QTimer.singleShot(0, lambda: when_shown("restore_question", click("Cancel"), seen))
        dialog.restore_button.click()

    QTimer.singleShot(0, lambda: when_shown("restore_dialog", restore_newest, seen))
    restore_action(window).trigger()  # type: ignore[attr-defined]
    assert seen == ["restore_dialog", "restore_question"]
    assert rows(data_home.register_file) == before
    assert len(list_backups(data_home)) == 3


def test_refused_politely_while_a_run_is_sending(
    qtbot: QtBot, window: MainWindow, made: list[Backup], data_home: DataFolder
) -> None:
    before = rows(data_home.register_file)
    seen: list[str] = []
    said: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(f"{box.text()} {box.informativeText()}")
        click("OK")(box)

    with RunLock(data_home.root, who="command", what="maintenance bills for Nov 2026"):
        QTimer.singleShot(0, lambda: when_shown("restore_refused", read_and_close, seen))
        restore_action(window).trigger()  # type: ignore[attr-defined]
    assert seen == ["restore_refused"]
    [text] = said
    assert text.startswith(
        "A backup cannot be restored while sending (the command line (smtp-desk send, process "
    )
    assert text.endswith("Restore it when the run has finished, or pause it first.")
    assert rows(data_home.register_file) == before


def test_no_backups_yet_is_said(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[str] = []
    QTimer.singleShot(0, lambda: when_shown("restore_none", click("OK"), seen))
    restore_action(window).trigger()  # type: ignore[attr-defined]
    assert seen == ["restore_none"]
