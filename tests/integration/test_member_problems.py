"""One member's problem stays that member's; results per address; the daily limit learned
from a quota reply is one truth for the plan, the account and ``status``."""

from __future__ import annotations

import csv
import json
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from smtp_desk.cli import main
from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.importing.pdfs import import_pdfs
from smtp_desk.core.model import Member, Period
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import Item, ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_result import StopReason
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.store import Store
from tests.support.pdf_files import real_pdf
from tests.support.smtpd import Behaviour, Certificates, MailServer, mail_server
from tests.support.society import QUICK, address, flat, make_society

NOV = Period.month(2026, 11)
CLASS_NAMES = ("SMTP", "Error", "Exception", "Refused", "Traceback")


def items_by_flat(folder: DataFolder) -> dict[str, Item]:
    with Store.open(folder.register_file) as store:
        return {i.flat: i for i in Outbox(store, domain="").items()}


def receivers(server: MailServer) -> Counter[str]:
    return Counter(a for rcpts in server.seen.recipients for a in rcpts)


def a_society_with_three_troubled_members(folder: DataFolder, port: int, tmp: Path) -> None:
    """Member 1: a 3,000-character name (from an older register: import refuses it today);
    member 2: josé@…; member 3: an imported PDF whose file has vanished."""
    make_society(folder, members=8, port=port, emails={2: "josé@example.in"})
    with Store.open(folder.register_file) as store, store.transaction() as db:
        store.put_members(db, [Member(flat(1), "W" * 3000, (address(1),))])
    erp = tmp / "erp"
    erp.mkdir()
    (erp / f"Bill_{flat(3)}.pdf").write_bytes(real_pdf("the ERP's bill"))
    with Store.open(folder.register_file) as store:
        assert import_pdfs(store, folder.root, erp, kind="bill", period=NOV).ok
        [document] = store.documents("bill", NOV.key)
    (folder.root / document.file).unlink()


def test_three_members_fail_with_their_reasons_and_everyone_else_is_sent(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:  # no SMTPUTF8
        a_society_with_three_troubled_members(data_home, server.port, tmp_path)
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.stopped is StopReason.DONE
    assert result.counts["sent"] == 5 and result.counts["failed"] == 3
    assert result.counts["unconfirmed"] == 0, "nobody unconfirmed who was never sent"
    assert set(receivers(server)) == {address(n) for n in (0, 4, 5, 6, 7)}
    items = items_by_flat(data_home)
    expected = {
        flat(1): ("document_failed", "document could not be made"),
        flat(2): ("address_unsupported", "josé@example.in"),
        flat(3): ("document_missing", "import the PDF folder again"),
    }
    for member, (category, words) in expected.items():
        item = items[member]
        assert item.state is ItemState.FAILED and item.category == category
        assert words in item.reason and member in item.reason
        assert not any(name in item.reason for name in CLASS_NAMES), item.reason
        assert item.attempts == 0, "never handed to the server"


def test_the_dry_run_writes_the_others_and_names_the_member_it_could_not_make(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    a_society_with_three_troubled_members(data_home, 2525, tmp_path)
    out_dir = tmp_path / "dry"
    code = main(["send", "--kind", "bill", "--period", "2026-11", "--dry-run", str(out_dir)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"flat {flat(1)}" in out and f"flat {flat(3)}" in out
    assert "Traceback" not in out and len(list(out_dir.glob("*.eml"))) == 6


def test_a_server_with_smtputf8_takes_the_international_address(
    certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(tls=certs.server_context(), auth=False, smtputf8=True) as server:
        make_society(data_home, members=3, port=server.port, emails={1: "josé@exämple.in"})
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.complete
    assert receivers(server)["josé@xn--exmple-cua.in"] == 1


def test_a_member_refused_at_one_of_two_addresses_is_sent_partly(
    certs: Certificates, data_home: DataFolder, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = "old.mailbox@example.in"
    behaviour = Behaviour(rcpt_script={other: ["554 5.7.1 Relay access denied"]})
    with mail_server(tls=certs.server_context(), auth=False, behaviour=behaviour) as server:
        make_society(data_home, members=4, port=server.port, emails={2: f"{address(2)};{other}"})
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.complete and result.counts["sent"] == 4
    [partly] = result.partly
    assert partly.flat == flat(2) and partly.partly
    assert list(partly.refused) == [other] and "554 5.7.1" in partly.refused[other]
    assert receivers(server)[address(2)] == 1 and other not in receivers(server)

    register = tmp_path / "register.csv"
    assert main(["register", "--period", "2026-11", "--csv", str(register)]) == 0
    with register.open(encoding="utf-8-sig") as handle:
        rows = {row["Flat"]: row for row in csv.DictReader(handle)}
    assert rows[flat(2)]["Status"] == "sent (partly)"
    assert other in rows[flat(2)]["Refused"] and "554" in rows[flat(2)]["Refused"]
    assert rows[flat(0)]["Status"] == "sent" and rows[flat(0)]["Refused"] == ""
    capsys.readouterr()


def test_the_learned_daily_limit_is_one_truth_for_the_stop_prepare_and_status(
    certs: Certificates, data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    with mail_server(
        tls=certs.server_context(), auth=False, behaviour=Behaviour(quota_after=6)
    ) as server:
        make_society(data_home, members=15, port=server.port)
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        assert result.stopped is StopReason.QUOTA and result.learned_limit == 6
        saved = load_settings(data_home.settings_file).account
        assert saved is not None and saved.daily_limit == "6"
        assert saved.daily_limit_learned == date.today().isoformat()
        plan = result.plan
        assert plan is not None and plan.now == 0 and plan.later == 9
        assert "learned from its reply" in str(plan) and "allows 6 a day" in str(plan)

        again = prepare_batch(data_home, "bill", NOV)
        assert str(again.plan) == str(plan), "Prepare shows the same plan as the stop"
        assert main(["status", "--json"]) == 0
        status = json.loads(capsys.readouterr().out)
        assert status["plan"] == str(plan), "and so does status"
        assert status["limits"]["daily"] == 6
        assert status["limits"]["daily_learned"] == date.today().isoformat()

        before = len(server.seen.messages)
        blocked = run_batch(again, options=QUICK)
        assert blocked.stopped is StopReason.DAILY_LIMIT
        assert len(server.seen.messages) == before, "Start before the time sends nothing"


def test_send_wait_sleeps_through_the_limit_and_continues(
    certs: Certificates,
    data_home: DataFolder,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The clock is moved on by the sleeps instead of waiting a day."""
    now = [datetime.now()]
    monkeypatch.setattr("smtp_desk.cli.sending._clock", lambda: now[0])

    def sleep(seconds: float) -> None:
        now[0] += timedelta(hours=1)

    monkeypatch.setattr("smtp_desk.cli.sending._sleep", sleep)
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=7, port=server.port, daily_limit="3")
        code = main(["send", "--kind", "bill", "--period", "2026-11", "--wait", "--json"])
        out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["stopped"] == "done" and out["counts"]["sent"] == 7
    assert Counter(str(m["To"]) for m in server.seen.messages).most_common(1)[0][1] == 1
    assert now[0] - datetime.now() > timedelta(hours=47), "two days were waited through"


def test_a_run_with_an_item_still_sending_is_not_complete() -> None:
    from smtp_desk.core.run_result import RunResult

    result = RunResult({"sent": 3, "sending": 1}, StopReason.DONE)
    assert not result.complete
    assert RunResult({"sent": 3, "skipped": 1}, StopReason.DONE).complete


def test_an_address_that_would_inject_smtp_commands_fails_that_member_only(
    certs: Certificates, data_home: DataFolder
) -> None:
    """Addresses written into the register by something other than the import (which
    refuses them) are checked again before anything is handed to the server."""
    evil = "x@example.in>\r\nRCPT TO:<victim@example.in"
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=4, port=server.port)
        with Store.open(data_home.register_file) as store, store.transaction() as db:
            store.put_members(
                db,
                [
                    Member(flat(1), "Member 1", (evil,)),
                    Member(flat(2), "Member 2", (address(2), "no at sign")),
                ],
            )
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.stopped is StopReason.DONE and result.counts["sent"] == 3
    items = items_by_flat(data_home)
    assert items[flat(1)].state is ItemState.FAILED and items[flat(1)].attempts == 0
    assert items[flat(1)].category == "address_malformed"
    assert "SMTP Desk did not send" in items[flat(1)].reason
    assert items[flat(2)].partly and list(items[flat(2)].refused) == ["no at sign"]
    assert "victim@example.in" not in receivers(server)
    assert set(receivers(server)) == {address(0), address(2), address(3)}


def test_a_statement_run_resumed_the_next_day_finds_nothing_changed(
    certs: Certificates, data_home: DataFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The statement date is the day the PDF is made; it is not a change of the content."""
    import smtp_desk.core.kinds as kinds  # where a run finds its statements

    current = Period.parse("2026-11")
    days = iter([date(2026, 11, 20), date(2026, 11, 21)])

    class Today(date):
        @classmethod
        def today(cls) -> date:
            return day

    monkeypatch.setattr(kinds, "date", Today)
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=4, port=server.port, daily_limit="2")
        day = next(days)
        first = run_batch(prepare_batch(data_home, "statement", current), options=QUICK)
        assert first.stopped is StopReason.DAILY_LIMIT and first.counts["sent"] == 2
        day = next(days)
        again = prepare_batch(data_home, "statement", current, accept_changes=True)
    assert again.waiting_confirmation == []
    with Store.open(data_home.register_file) as store:
        items = Outbox(store, domain="").items()
    assert len(items) == 4, "no second version of anyone's statement"


def test_a_learned_limit_is_not_lowered_and_a_damaged_settings_file_does_not_break_the_stop(
    data_home: DataFolder,
) -> None:
    from smtp_desk.core.batch import learn_daily_limit

    make_society(data_home, members=2, port=2525)
    learn_daily_limit(data_home, 6, date(2026, 11, 30))
    learn_daily_limit(data_home, 2, date(2026, 12, 1))  # a provider counting calendar days
    saved = load_settings(data_home.settings_file).account
    assert saved is not None and (saved.daily_limit, saved.daily_limit_learned) == (
        "6",
        "2026-11-30",
    )
    data_home.settings_file.write_text("{ damaged", encoding="utf-8")
    learn_daily_limit(data_home, 9, date(2026, 12, 2))  # logs a warning, raises nothing
    assert data_home.settings_file.read_text(encoding="utf-8") == "{ damaged", "left alone"


def test_an_imported_pdf_is_mailed_only_from_the_data_folder_and_as_imported(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    """A register row pointing outside the data folder, or a file changed after the
    import, fails that member instead of mailing whatever is there."""
    erp = tmp_path / "erp"
    erp.mkdir()
    for n in (0, 1):
        (erp / f"Bill_{flat(n)}.pdf").write_bytes(real_pdf(f"bill {n}"))
    secret = tmp_path / "private.pdf"
    secret.write_bytes(real_pdf("not for members"))
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=3, port=server.port)
        with Store.open(data_home.register_file) as store:
            assert import_pdfs(store, data_home.root, erp, kind="bill", period=NOV).ok
            first, second = store.documents("bill", NOV.key)
            store.connection.execute(
                "UPDATE documents SET file = ? WHERE flat = ?",
                (str(Path("..") / ".." / secret), first.flat),
            )
        (data_home.root / second.file).write_bytes(real_pdf("swapped afterwards"))
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert result.counts["sent"] == 1 and result.counts["failed"] == 2
    [message] = server.seen.messages
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content().startswith(b"%PDF-"), "the rendered bill of flat 2"
    assert attachment.get_content() not in (
        real_pdf("not for members"),
        real_pdf("swapped afterwards"),
    )
    items = items_by_flat(data_home)
    assert {items[flat(0)].category, items[flat(1)].category} == {"document_missing"}
