"""The window in Marathi and Hindi: every page at 1024×700 with nothing cut off and nothing
left in English; the language chosen from the menu is kept for the next start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from smtp_desk.core import i18n
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.wording import Part, WordingKind, check
from smtp_desk.gui.language import install_language, language_in_use
from smtp_desk.gui.main_window import MainWindow
from tests.support.label_fit import PAGES, walk
from tests.support.society import make_society


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    install_language(i18n.ENGLISH)  # the next test's window is in English again


def window_in(qtbot: QtBot, data_home: DataFolder, language: str) -> MainWindow:
    make_society(data_home, members=5, port=2525, names={1: "श्रीकांत क्षीरसागर"})
    assert install_language(language) == language
    window = MainWindow(folder=data_home, store=SecretStore())
    qtbot.addWidget(window, before_close_func=lambda w: w.wording.revert())
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", ["mr", "hi"])
@pytest.mark.usefixtures("speaking")
def test_every_page_fits_and_speaks_the_language(
    qtbot: QtBot, data_home: DataFolder, language: str
) -> None:
    window = window_in(qtbot, data_home, language)
    findings = walk(window)
    assert findings.pages == len(PAGES) and findings.texts > 80
    assert findings.clipped == [], "\n".join(findings.clipped)
    assert findings.english == [], "\n".join(findings.english)


@pytest.mark.usefixtures("speaking")
def test_diagnoses_and_checks_come_in_the_language(qtbot: QtBot, data_home: DataFolder) -> None:
    window_in(qtbot, data_home, "mr")
    [problem] = check("Bill {flta}", Part.SUBJECT, WordingKind.BILL)
    assert "{flta}" in str(problem) and "{flat}" in str(problem)
    assert any("\u0900" <= c <= "\u097f" for c in str(problem)), str(problem)


def test_the_language_menu_keeps_the_choice_for_the_next_start(
    qtbot: QtBot, data_home: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    window = MainWindow(folder=data_home.ensure(), store=SecretStore())
    qtbot.addWidget(window)
    window.show()
    assert language_in_use() == "en" and window.menu_actions.languages["en"].isChecked()
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        said.append(box.informativeText())
        box.accept()

    QTimer.singleShot(0, answer)
    window.menu_actions.languages["mr"].trigger()
    assert said == ["Close SMTP Desk and open it again to see it in मराठी (Marathi)."]
    assert i18n.chosen_language() == "mr"
    assert i18n.chosen_language(["hi-IN"]) == "mr", "the choice wins over the system's"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "hi")
    assert i18n.chosen_language() == "hi"


def test_without_a_choice_the_systems_language_is_used(
    data_home: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    assert i18n.chosen_language(["mr-IN", "en-IN"]) == "mr"
    assert i18n.chosen_language(["hi_IN.UTF-8"]) == "hi"
    assert i18n.chosen_language(["ta-IN", "fr-FR"]) == "en"
