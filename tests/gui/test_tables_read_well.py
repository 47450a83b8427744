"""Tables that read well: Members, Bills, History and Send list the flats in the society's
order (B-9 before B-10) with the header's arrow on Flat; columns fit their content, a long
reason is elided with the whole in its tooltip; the preview and Test inbox windows fit a
1366×768 screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from smtp_desk.core.flat_order import flat_sort_key
from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.store import Store
from smtp_desk.gui.history_page import HistoryPage
from smtp_desk.gui.members_page import MembersPage
from smtp_desk.gui.send_page import SendPage
from tests.support.smtpd import Behaviour, Certificates, mail_server
from tests.support.society import QUICK, address, flat, make_society

MEMBERS = 12  # A-100, B-101 … B-111
WINGS = {"B-9": "nine@example.in", "B-10": "ten@example.in", "A-1001": "top@example.in"}
LONG_NAME = "Venkataraghavan Subramaniam Iyer-Krishnamurthy"
LONG_REPLY = (
    "550 5.1.1 The email account that you tried to reach does not exist. Please try "
    "double-checking the recipient's email address for typos or unnecessary spaces. For more "
    "information, go to https://support.google.com/mail/?p=NoSuchUser 1f2a3b4c5d-gsmtp"
)
SOCIETY_ORDER = sorted([*(flat(n) for n in range(MEMBERS)), *WINGS], key=flat_sort_key)


def test_the_order_expected_is_the_society_s_not_the_alphabet_s() -> None:
    assert sorted(SOCIETY_ORDER) != SOCIETY_ORDER, "the data tells the two apart"
    assert SOCIETY_ORDER.index("B-9") < SOCIETY_ORDER.index("B-10") < SOCIETY_ORDER.index("B-101")
    assert SOCIETY_ORDER.index("A-110") < SOCIETY_ORDER.index("A-1001")


def society(folder: DataFolder, port: int) -> None:
    """make_society's flats and three more (B-9, B-10, A-1001), each with a bill."""
    make_society(folder, members=MEMBERS, port=port, names={2: LONG_NAME})
    members = folder.root / "wings.csv"
    members.write_text(
        "Flat,Name,Email\n" + "".join(f"{f},Member {f},{e}\n" for f, e in WINGS.items()),
        encoding="utf-8",
    )
    bills = folder.root / "all-bills.csv"
    bills.write_text(
        "Bill No,Flat,Bill Date,Due Date,Period,Maintenance\n"
        + "".join(
            f"N-{n},{f},01/11/2026,15/11/2026,2026-11,{3000 + n}.00\n"
            for n, f in enumerate(reversed(SOCIETY_ORDER))
        ),
        encoding="utf-8",
    )
    with Store.open(folder.register_file) as store:
        assert import_file(store, Kind.MEMBERS, members).ok
        assert import_file(store, Kind.BILLS, bills, replace=True).ok


def column(table: QTableWidget, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def assert_sorted_by_flat(table: QTableWidget, index: int) -> None:
    header = table.horizontalHeader()
    assert table.horizontalHeaderItem(index).text() == "Flat"
    assert column(table, index) == SOCIETY_ORDER
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == index
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def assert_elided_with_tooltip(table: QTableWidget, row: int, index: int, whole: str) -> None:
    cell = table.item(row, index)
    assert whole in cell.toolTip(), "the whole text in the tooltip"
    assert table.fontMetrics().horizontalAdvance(cell.text()) > table.columnWidth(index)
    assert not table.wordWrap(), "one line a row: elided, not cut in half"


def assert_fits(table: QTableWidget, index: int) -> None:
    """Every text of the column is readable whole."""
    widest = max(table.fontMetrics().horizontalAdvance(t) for t in column(table, index))
    assert table.columnWidth(index) >= widest


@pytest.fixture
def sent(qtbot: QtBot, certs: Certificates, data_home: DataFolder) -> SendPage:
    """A run to the society and its three extra flats; one address refused at length."""
    behaviour = Behaviour(rcpt_script={address(6): [LONG_REPLY]})
    with mail_server(tls=certs.server_context(), auth=False, behaviour=behaviour) as server:
        society(data_home, server.port)
        page = SendPage(folder=data_home, store=SecretStore())
        page.options = QUICK
        qtbot.addWidget(page)
        page.resize(1024, 700)
        page.show()
        page.period.setText("2026-11")
        with qtbot.waitSignal(page.prepared, timeout=60_000):
            assert page.prepare()
        assert_sorted_by_flat(page.table, 0)  # prepared: before anything is sent
        with qtbot.waitSignal(page.finished, timeout=60_000):
            assert page.start()
    return page


def test_the_send_table_reads_well_and_keeps_its_rows_when_sorted(
    qtbot: QtBot, sent: SendPage
) -> None:
    table = sent.table
    assert_sorted_by_flat(table, 0)
    assert_fits(table, 2)  # the addresses
    row = SOCIETY_ORDER.index(flat(6))
    assert table.item(row, 3).text() == "Failed"
    reason = table.item(row, 5).text()
    assert_elided_with_tooltip(table, row, 5, reason)
    assert table.columnWidth(5) < table.viewport().width() // 2, "the reason leaves room"

    table.sortItems(3, Qt.SortOrder.DescendingOrder)  # the clerk sorts by status
    for item in table.shown_items():
        assert table.item(table.row_of(item.id), 0).text() == item.flat
        assert table.item_at(table.row_of(item.id)) == item
    assert column(table, 3)[-1] == "Failed"
    sent.failures_only.setChecked(True)
    shown = [r for r in range(table.rowCount()) if not table.isRowHidden(r)]
    assert [table.item(r, 0).text() for r in shown] == [flat(6)]


def test_history_reads_well(qtbot: QtBot, sent: SendPage, data_home: DataFolder) -> None:
    history = HistoryPage(folder=data_home)
    qtbot.addWidget(history)
    history.resize(1024, 700)
    history.show()
    with qtbot.waitSignal(history.refreshed, timeout=10_000):
        history.refresh()
    table = history.table
    order = [f for f in SOCIETY_ORDER if f != flat(6)]  # not sent: not in the register
    assert column(table, 0) == order
    assert table.horizontalHeader().sortIndicatorSection() == 0
    assert table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    for index in (0, 2, 6):  # flat, addresses, the time sent: never clipped or wrapped
        assert_fits(table, index)
    assert not table.wordWrap()
    message_id = table.item(0, 9).text()
    assert_elided_with_tooltip(table, 0, 9, message_id)
    qtbot.keyClicks(history.search, "B-1")
    assert column(table, 0) == [f for f in order if "b-1" in f.lower()], "still in order"


def test_members_and_bills_read_well(qtbot: QtBot, sent: SendPage, data_home: DataFolder) -> None:
    page = MembersPage(folder=data_home)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    assert_sorted_by_flat(page.members, 0)
    assert_fits(page.members, 2)
    row = SOCIETY_ORDER.index(flat(6))
    note = page.members.item(row, 4).text()
    assert note.startswith("⚠ the provider refused")
    assert_elided_with_tooltip(page.members, row, 4, note)
    names = column(page.members, 1)
    assert LONG_NAME in names and page.members.item(names.index(LONG_NAME), 1).toolTip()

    assert_sorted_by_flat(page.bills, 1)
    totals = column(page.bills, 6)
    page.bills.sortItems(6, Qt.SortOrder.AscendingOrder)
    assert column(page.bills, 6) == sorted(totals, key=lambda t: float(t.replace(",", "")))
    page.member_filter.setCurrentIndex(3)  # only the address refused
    assert column(page.members, 0) == [flat(6)]


WINDOWS = """
import json, sys
from email.message import EmailMessage
from pathlib import Path
from PySide6.QtWidgets import QApplication, QWidget
from smtp_desk.gui.preview import PreviewDialog
from smtp_desk.gui.test_inbox import TestInbox
from smtp_desk.gui.troubleshooting import show_troubleshooting, troubleshooting_dialog

app = QApplication([])
inbox = Path(sys.argv[1])
message = EmailMessage()
message["To"], message["Subject"] = "member0@example.in", "Maintenance bill " * 12
message.set_content("Dear member,")
(inbox / "1.eml").write_bytes(bytes(message))
main = QWidget()
main.resize(1024, 700)
main.show()
box = TestInbox(inbox)
box.show()
preview = PreviewDialog("Bill", lambda: b"", main)
preview.show()
show_troubleshooting(main, "spam")
shown = {"inbox": box, "preview": preview, "help": troubleshooting_dialog(main)}
app.processEvents()
rect = lambda r: [r.x(), r.y(), r.width(), r.height()]
print(json.dumps({
    "room": rect(app.primaryScreen().availableGeometry()),
    **{name: rect(window.frameGeometry()) for name, window in shown.items()},
}))
"""


@pytest.mark.parametrize("screen", [(1366, 768), (1024, 700)])
def test_the_windows_fit_a_small_screen(tmp_path: Path, screen: tuple[int, int]) -> None:
    """On a screen of that size (an offscreen one, in a process of its own): the Test inbox,
    a preview (asking for an A4 page's height) and the help open whole on it."""
    config = tmp_path / "screen.json"
    width, height = screen
    config.write_text(json.dumps({"screens": [{"width": width, "height": height}]}))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", WINDOWS, str(inbox)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found.pop("room") == [0, 0, width, height]
    for name, (x, y, w, h) in found.items():
        assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, f"{name} is whole"
        assert h <= height - 40, f"{name} leaves room for a real title bar"
    assert found["preview"][3] >= height - 100, "the preview takes the height there is"
