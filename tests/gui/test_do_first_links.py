"""Every "do X first" the Send page says is a link to X, and the link opens X."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from smtp_desk.core.paths import DataFolder
from smtp_desk.core.settings_file import Settings, save_settings
from smtp_desk.gui.do_first import with_links
from smtp_desk.gui.main_window import MainWindow
from tests.support.accounts import GMAIL_DRAFT


def test_page_names_become_links_and_nothing_else_does() -> None:
    assert with_links("save a complete Society Profile first; <b>") == (
        'save a complete <a href="society">Society Profile</a> first; &lt;b&gt;'
    )
    assert 'href="members"' in with_links("import them first in Members & Documents")
    assert "href" not in with_links("bills are sent one month at a time")


def test_cannot_send_yet_links_to_the_society_profile(
    qtbot: QtBot, window: MainWindow, data_home: DataFolder
) -> None:
    save_settings(data_home.ensure().settings_file, Settings(account=GMAIL_DRAFT))
    window.show_send()
    with qtbot.waitSignal(window.send.prepared, timeout=30_000):
        window.send.prepare()
    text = window.send.summary.text()
    assert "Cannot send yet" in text and '<a href="society">Society Profile</a>' in text
    window.send.summary.linkActivated.emit("society")
    assert window.pages.currentWidget() is window.society
