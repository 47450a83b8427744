"""The Send page's "Check the Sent folder": a message in doubt is settled by the account's
mailbox (a real Dovecot), in the background, without sending it twice."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.sent_check import unconfirmed_items
from smtp_desk.gui.send_page import SendPage
from tests.gui.test_send_page import prepared
from tests.support.imapd import imap_server, with_mailbox
from tests.support.smtpd import USER, Behaviour, Certificates, mail_server
from tests.support.society import QUICK, address, flat, make_society, member_of


@pytest.fixture
def page(qtbot: QtBot, data_home: DataFolder) -> SendPage:
    widget = SendPage(folder=data_home, store=SecretStore())
    widget.options = QUICK
    qtbot.addWidget(widget)
    widget.show()
    widget.period.setText("2026-11")
    return widget


def test_check_the_sent_folder_confirms_a_message_in_doubt(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    with imap_server(tmp_path, certs, user=USER) as imap:
        filed: list[bytes] = []  # the provider files its copies a little later
        behaviour = Behaviour(drop_after_data={address(1)}, keep_sent=filed.append)
        with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
            make_society(data_home, members=3, port=server.port, user=USER)
            with_mailbox(data_home, imap)
            with qtbot.waitSignal(page.finished, timeout=60_000):
                assert page.start()
            assert prepared(qtbot, page)  # asks the Sent folder: not there yet, too recent
            assert [i.flat for i in unconfirmed_items(data_home)] == [flat(1)]
            assert page.unconfirmed.isVisible() and page.unconfirmed.check_button.isEnabled()
            for copy in filed:
                imap.keep_sent(copy)
            with qtbot.waitSignal(page.prepared, timeout=60_000):
                page.unconfirmed.check_button.click()
            assert unconfirmed_items(data_home) == []
            assert not page.unconfirmed.isVisible()
            assert "1 confirmed sent" in page.summary.text()
            assert not page.start_button.isEnabled(), "nothing is left to send"
    counts = Counter(member_of(str(m["To"])) for m in server.seen.messages)
    assert counts == Counter({0: 1, 1: 1, 2: 1}), "the one in doubt was not sent again"
    assert page.table.rowCount() == 3


def test_copies_that_could_not_be_filed_are_told_at_the_end_and_every_member_is_sent(
    qtbot: QtBot, page: SendPage, certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    from smtp_desk.core.settings_file import Settings, load_settings, save_settings

    with (
        imap_server(tmp_path, certs, user=USER, password="not-the-smtp-password") as imap,
        mail_server(tls=certs.server_context()) as server,
    ):
        make_society(data_home, members=3, port=server.port, user=USER)
        with_mailbox(data_home, imap)  # signs in with the sending password: refused
        draft = load_settings(data_home.settings_file).account
        assert draft is not None
        save_settings(
            data_home.settings_file, Settings(account=draft.with_changes(copy_to_sent="yes"))
        )
        with qtbot.waitSignal(page.finished, timeout=60_000) as ended:
            assert page.start()
    text = str(ended.args[0]) if ended.args else page.summary.text()
    assert len(server.seen.messages) == 3, "a copy that cannot be filed never holds a bill"
    assert "3 sent message(s) could not be filed in the Sent folder" in text
    assert "refused the sign-in" in text and "Error" not in text
