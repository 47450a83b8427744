"""Several societies on one PC: File > Open Society… and File > Recent Societies open
another society's data folder in a new window (the program's own Switcher), with its name
in the title; the recent list lives per user and keeps five; switching waits for a run to
be paused and asks about unsaved changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from smtp_desk.core.paths import CONFIG_ENV, DataFolder
from smtp_desk.core.practice import PracticeServer, practice_folder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.societies import recent_societies, remember_society
from smtp_desk.gui.app import Switcher
from smtp_desk.gui.main_window import MainWindow
from tests.support.smtpd import PASSWORD, USER, Behaviour, Certificates, mail_server
from tests.support.society import QUICK, make_society

RUN = 20_000


@pytest.fixture(autouse=True)
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The per-user config folder (the recent list), in the test's own folder."""
    folder = tmp_path / "config"
    monkeypatch.setenv(CONFIG_ENV, str(folder))
    return folder


@pytest.fixture
def switcher(qtbot: QtBot, data_home: DataFolder) -> Iterator[Switcher]:
    """The program's start: the window on SMTP_DESK_HOME's folder."""
    started = Switcher()
    started.open(practice=False).ask_resume = lambda runs: False
    yield started
    window = started.window
    if window is not None and shiboken6.isValid(window):
        window.close()
        window.deleteLater()


def when_shown(name: str, act: Callable[[QWidget], None], seen: list[str]) -> None:
    """Act on the modal window called ``name`` as soon as it is up."""
    modal = QApplication.activeModalWidget()
    if modal is None or modal.objectName() != name:
        QTimer.singleShot(20, lambda: when_shown(name, act, seen))
        return
    assert isinstance(modal, QMessageBox)
    seen.append(f"{modal.text()} {modal.informativeText()}")
    act(modal)


def press(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    return act


def test_open_society_switches_the_folder_and_the_title(
    qtbot: QtBot, switcher: Switcher, data_home: DataFolder, tmp_path: Path
) -> None:
    first = switcher.window
    assert first.windowTitle() == "smtp-desk-home — SMTP Desk[*]"
    assert first.pages.currentWidget() is first.first_run, "a new society: Set up email"
    crystal = DataFolder(tmp_path / "crystal")
    make_society(crystal, members=3, port=2525)
    first.choose_society = lambda: crystal.root
    first.menu_actions.open_society.trigger()

    second = switcher.window
    assert second is not first and second.folder == crystal
    assert second.windowTitle() == "Crystal Heights CHS — SMTP Desk[*]"
    assert second.pages.currentWidget() is second.home
    assert [(e.folder, str(e)) for e in recent_societies()] == [
        (crystal.root, "Crystal Heights CHS"),
        (data_home.root, "smtp-desk-home"),
    ]

    second.recent_menu.fill()  # as when File > Recent Societies opens
    entries = [a for a in second.recent_menu.actions() if a.data()]
    assert [a.text() for a in entries] == [
        f"&1 Crystal Heights CHS — {crystal.root}",
        f"&2 smtp-desk-home — {data_home.root}",
    ]
    assert entries[0].isChecked() and not entries[0].isEnabled(), "the one open now"
    entries[1].trigger()
    third = switcher.window
    assert third is not second and third.folder == data_home
    assert [e.folder for e in recent_societies()] == [data_home.root, crystal.root]


def test_the_recent_menu_keeps_five_and_greys_a_folder_gone(
    qtbot: QtBot, data_home: DataFolder, tmp_path: Path
) -> None:
    for n in range(7):
        remember_society(DataFolder(tmp_path / f"society-{n}").ensure(), name=f"Society {n}")
    (tmp_path / "society-6" / "logs").rmdir()
    (tmp_path / "society-6").rmdir()
    window = MainWindow(folder=data_home, store=SecretStore())
    qtbot.addWidget(window)
    window.recent_menu.fill()
    entries = [a for a in window.recent_menu.actions() if a.data()]
    assert [a.text().split(" — ")[0] for a in entries] == [
        "&1 Society 6",
        "&2 Society 5",
        "&3 Society 4",
        "&4 Society 3",
        "&5 Society 2",
    ]
    assert entries[0].text().endswith("(not found)") and not entries[0].isEnabled()
    assert all(a.isEnabled() for a in entries[1:])


def test_switching_is_refused_while_a_run_is_sending(
    qtbot: QtBot, certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    with mail_server(tls=certs.server_context(), behaviour=Behaviour(delay=0.2)) as server:
        make_society(data_home, members=30, port=server.port, user=USER)
        SecretStore().put(f"{USER}@127.0.0.1", PASSWORD)
        window = MainWindow(folder=data_home, store=SecretStore())
        window.ask_resume = lambda runs: False
        qtbot.addWidget(window)
        window.show_send()
        window.send.options = QUICK
        window.send.period.setText("2026-11")
        window.send.start()
        qtbot.waitUntil(lambda: window.send.worker is not None, timeout=RUN)
        said: list[str] = []
        QTimer.singleShot(0, lambda: when_shown("society_refused", press(QMessageBox.Ok), said))
        with qtbot.assertNotEmitted(window.society_requested):
            assert not window.open_society(tmp_path / "other")
        assert said == [
            "Another society cannot be opened while this one is sending. Pause the run first "
            "(Send > Pause): it goes on where it stopped when this society is opened again."
        ]
        window.send.cancel()
        qtbot.waitUntil(lambda: window.send.worker is None, timeout=RUN)


def test_unsaved_changes_are_asked_about_first(
    qtbot: QtBot, data_home: DataFolder, tmp_path: Path
) -> None:
    window = MainWindow(folder=data_home, store=SecretStore())
    qtbot.addWidget(window)
    window.show_society()
    qtbot.keyClicks(window.society.fields["name"], "Green Park CHS")
    asked: list[str] = []
    other = tmp_path / "other"
    QTimer.singleShot(0, lambda: when_shown("unsaved_question", press(QMessageBox.Cancel), asked))
    with qtbot.assertNotEmitted(window.society_requested):
        assert not window.open_society(other)
    assert asked == [
        "The Society Profile has changes that are not saved. Save them before opening "
        "another society?"
    ]
    QTimer.singleShot(0, lambda: when_shown("unsaved_question", press(QMessageBox.Discard), asked))
    with qtbot.waitSignal(window.society_requested) as requested:
        assert window.open_society(other)
    assert requested.args == [other.resolve()]
    assert not window.society.has_unsaved_changes(), "discarded"
    assert (other / "logs").is_dir(), "a new society's folder is made"


def test_the_society_open_now_is_not_opened_again(qtbot: QtBot, data_home: DataFolder) -> None:
    window = MainWindow(folder=data_home, store=SecretStore())
    qtbot.addWidget(window)
    with qtbot.assertNotEmitted(window.society_requested):
        assert not window.open_society(data_home.root)
    assert window.statusBar().currentMessage() == "That society is already open."


def test_practice_mode_keeps_to_the_society_it_came_from(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    folder = practice_folder(data_home).ensure()
    server = PracticeServer(folder).start()
    try:
        window = MainWindow(folder=folder, store=SecretStore(), practice=server)
        qtbot.addWidget(window)
        assert not window.menu_actions.open_society.isEnabled()
        assert not window.recent_menu.isEnabled()
    finally:
        server.stop()
