"""Practice mode: the headless demo, the test inbox and the practice window; the real data
folder is never touched."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from smtp_desk.cli import main
from smtp_desk.core.demo import INVALID_FLAT
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.practice import PracticeServer, practice_folder, read_inbox
from smtp_desk.core.sample import sample_society
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.gui.main_window import MainWindow
from smtp_desk.gui.test_inbox import TestInbox
from tests.support.society import make_society


def test_the_headless_demo_sends_each_bill_once_and_leaves_real_data_alone(
    data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    make_society(data_home, members=3, port=2525)  # the office's real data
    real_files = {p: p.read_bytes() for p in (data_home.settings_file, data_home.register_file)}
    assert main(["demo", "--headless"]) == 0
    out = capsys.readouterr().out
    sample = sample_society()
    no_email = sorted(f for f, m in sample.members.items() if not m.has_email)
    with_email = len(sample.members) - len(no_email) - 1  # one address is mistyped
    assert f"sent to the test inbox: {with_email}" in out
    assert (
        f"skipped (no email address, print a copy): {len(no_email)} — " + ", ".join(no_email) in out
    )
    assert f"failed: {INVALID_FLAT}: " in out and "is not a valid email address" in out
    inbox = practice_folder(data_home).root / "inbox"
    messages = read_inbox(inbox)
    assert len(messages) == with_email
    addresses = {m.emails[0]: flat for flat, m in sample.members.items() if m.has_email}
    assert len({m.to for m in messages}) == with_email, "one bill each"
    for message in messages[::9]:
        flat = addresses[message.to.split(",")[0].strip()]
        name, content = message.attachment() or ("", b"")
        assert name == f"bill-{flat}-2026-11.pdf"
        text = PdfReader(io.BytesIO(content)).pages[0].extract_text()
        assert flat in text and sample.bill(flat).number in text
    for path, content in real_files.items():
        assert path.read_bytes() == content, f"{path.name} was touched by practice"


def test_the_test_inbox_lists_and_shows_the_messages(
    qtbot: QtBot, data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--headless"]) == 0
    capsys.readouterr()
    window = TestInbox(practice_folder(data_home).root / "inbox")
    qtbot.addWidget(window)
    window.show()
    assert window.table.rowCount() == len(window.messages) > 50
    assert "Dear" in window.body.toPlainText() and "flat" in window.body.toPlainText()
    dialog = window.preview_pdf()
    assert dialog is not None
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        pass
    window.empty_inbox()
    assert window.table.rowCount() == 0 and window.count.text() == "0 message(s)"


def test_the_practice_window_says_so_and_offers_the_way_back(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    from smtp_desk.core.demo import load_practice_society

    folder = practice_folder(data_home)
    assert folder.root != data_home.root and folder.root.parent == data_home.root
    server = PracticeServer(folder).start()
    store = SecretStore()
    try:
        load_practice_society(folder, server, store)
        window = MainWindow(folder=folder, store=store, practice=server)
        qtbot.addWidget(window)
        window.show()
        assert "PRACTICE" in window.windowTitle()
        banner = window.findChild(type(window.pages.parentWidget()), "practice_banner")
        assert banner is not None and banner.isVisible()
        assert window.credentials.preset_box.currentData() == "practice"
        with qtbot.waitSignal(window.switch_requested) as switched:
            window.practice_action.trigger()
        assert switched.args == [False]
    finally:
        server.stop()


def test_the_practice_server_refuses_without_its_password(tmp_path: Path) -> None:
    from smtp_desk.core.connection_test import run_test
    from smtp_desk.core.signin import TypedPassword
    from smtp_desk.core.validation import checked_account

    server = PracticeServer(DataFolder(tmp_path)).start()
    try:
        account = checked_account(server.account(), password_stored=True)
        wrong = run_test(account, sign_in=TypedPassword(account.user, "guess"), timeout=5)
        right = run_test(account, sign_in=TypedPassword(account.user, server.password), timeout=5)
    finally:
        server.stop()
    assert wrong.diagnosis is not None and wrong.diagnosis.category == "auth_failed"
    assert right.ok, right.diagnosis
