"""The Members page points out addresses a provider refused, until they are corrected."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.model import Period
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.store import Store
from smtp_desk.gui.members_page import MembersPage
from tests.support.smtpd import Behaviour, Certificates, mail_server
from tests.support.society import QUICK, address, flat, make_society

OLD = "old.mailbox@example.in"


def shown(page: MembersPage) -> list[tuple[str, str]]:
    table = page.members
    return [
        (table.item(r, 0).text(), table.item(r, 4).text())
        for r in range(table.rowCount())
        if not table.isRowHidden(r)
    ]


def test_a_refused_address_is_flagged_until_corrected(
    qtbot: QtBot, certs: Certificates, data_home: DataFolder
) -> None:
    behaviour = Behaviour(
        rcpt_script={OLD: ["554 5.7.1 Relay access denied"], address(3): ["550 5.1.1 No user"]}
    )
    with mail_server(tls=certs.server_context(), auth=False, behaviour=behaviour) as server:
        make_society(data_home, members=5, port=server.port, emails={1: f"{address(1)};{OLD}"})
        result = run_batch(prepare_batch(data_home, "bill", Period.month(2026, 11)), options=QUICK)
    assert len(result.partly) == 1 and result.counts["failed"] == 1
    page = MembersPage(folder=data_home)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    page.member_filter.setCurrentIndex(3)  # Address refused by the provider
    flagged = dict(shown(page))
    assert set(flagged) == {flat(1), flat(3)}
    assert OLD in flagged[flat(1)] and address(1) not in flagged[flat(1)]
    assert address(3) in flagged[flat(3)] and "correct" in flagged[flat(3)]

    corrected = data_home.root / "corrected.csv"
    corrected.write_text(f"Flat,Name,Email\n{flat(3)},Member 3,new3@example.in\n", "utf-8")
    with Store.open(data_home.register_file) as store:
        assert import_file(store, Kind.MEMBERS, corrected).ok
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    assert [f for f, _ in shown(page)] == [flat(1)], "a corrected address is no longer flagged"
