"""Bounces read from a real IMAP inbox (Dovecot) and recorded on the bills of a run sent
to a real test SMTP server: the samples of ``tests/data/dsn`` (Gmail, Microsoft 365,
Postfix, Exim) with the run's own Message-IDs and addresses put in; an out-of-office
answer and mail that is not ours are left alone; reading twice changes nothing; a
mailbox that cannot be read changes nothing."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.bounces import read_bounces
from smtp_desk.core.dsn import BounceReason, in_words
from smtp_desk.core.imap import MailboxError
from smtp_desk.core.instants import now_utc
from smtp_desk.core.model import Period
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import Item, ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.register import members_page
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.store import _MIGRATIONS, SCHEMA_VERSION, Store
from tests.support.commands import run_command
from tests.support.imapd import ImapServer, imap_server, with_mailbox
from tests.support.smtpd import USER, Certificates, mail_server
from tests.support.society import QUICK, address, flat, make_society

NOV = Period.month(2026, 11)
DSN = Path(__file__).resolve().parents[1] / "data" / "dsn"

# sample file → (the Message-ID and address it returns, the member it is made to return)
SAMPLES = {
    "gmail_5_1_1.eml": ("<20261130.A-101.bill@crystalheights.in>", "a101.member@example.com", 0),
    "outlook_5_2_2_full.eml": (
        "<20261130.C-303.bill@crystalheights.in>",
        "c303.member@example.com",
        1,
    ),
    "postfix_5_1_1.eml": ("<20261130.D-401.bill@crystalheights.in>", "d-401.member@example.org", 2),
    "exim_550_text.eml": ("<20261130.F-603.bill@crystalheights.in>", "f-603.member@example.com", 3),
    "postfix_4_4_1_delayed.eml": (
        "<20261130.E-502.bill@crystalheights.in>",
        "e-502.member@example.net",
        4,
    ),
    "not_out_of_office.eml": (
        "<20261130.A-102.bill@crystalheights.in>",
        "a102.member@example.com",
        5,
    ),
}
EXPECTED = {
    0: BounceReason.MAILBOX_UNKNOWN,
    1: BounceReason.MAILBOX_FULL,
    2: BounceReason.MAILBOX_UNKNOWN,
    3: BounceReason.MAILBOX_UNKNOWN,
}


def items(folder: DataFolder) -> dict[str, Item]:
    with Store.open(folder.register_file) as store:
        outbox = Outbox(store, domain="")
        return {i.flat: i for i in outbox.items()}


def returned(sample: str, *, message_id: str, to: str) -> bytes:
    """The sample bounce, returning ``message_id`` sent to ``to``."""
    old_id, old_address, _member = SAMPLES[sample]
    raw = (DSN / sample).read_bytes()
    return raw.replace(old_id.encode(), message_id.encode()).replace(
        old_address.encode(), to.encode()
    )


def fill_inbox(imap: ImapServer, folder: DataFolder) -> None:
    sent = items(folder)
    for sample, (_id, _address, member) in SAMPLES.items():
        if flat(member) not in sent:
            continue
        raw = returned(sample, message_id=sent[flat(member)].message_id, to=address(member))
        imap.deliver("INBOX", raw)
    imap.deliver("INBOX", (DSN / "gmail_5_1_1.eml").read_bytes())  # a bounce not of ours
    imap.deliver("INBOX", (DSN / "not_newsletter.eml").read_bytes())
    imap.deliver("INBOX", (DSN / "not_member_reply.eml").read_bytes())


def sent_run(data_home: DataFolder, imap: ImapServer, certs: Certificates, members: int) -> None:
    with mail_server(tls=certs.server_context()) as server:
        make_society(data_home, members=members, port=server.port, user=USER)
        with_mailbox(data_home, imap)
        run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    assert len(server.seen.messages) == members


def test_bounces_are_matched_to_the_right_members_with_the_right_reasons(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with imap_server(tmp_path, certs, user=USER) as imap:
        sent_run(data_home, imap, certs, members=7)
        fill_inbox(imap, data_home)
        unread = set(imap.raw_messages("INBOX"))
        code, out, err = run_command(["bounces", "--json"], capsys)
        assert code == 0, err
        report = json.loads(out)
        again, out_again, _ = run_command(["bounces", "--json"], capsys)
        code_text, text, _ = run_command(["bounces"], capsys)
        assert set(imap.raw_messages("INBOX")) == unread
        new_files = list(imap.folder_path("INBOX").joinpath("new").iterdir())
        assert len(new_files) == len(unread), "nothing was marked read (moved to cur/)"
    assert report["ok"] is True and report["unmatched"] == 1
    assert report["folders"] == ["INBOX"], "this mailbox files bounces nowhere else"
    bounced = {b["flat"]: b for b in report["bounced"]}
    assert set(bounced) == {flat(m) for m in EXPECTED}
    for member, reason in EXPECTED.items():
        entry = bounced[flat(member)]
        assert entry["address"] == address(member)
        assert entry["reason"] == reason.value and entry["words"] == in_words(reason)
    assert bounced[flat(0)]["status"] == "5.1.1" and bounced[flat(1)]["status"] == "5.2.2"
    assert [d["flat"] for d in report["delayed"]] == [flat(4)]
    assert again == 0 and json.loads(out_again) == report, "reading again finds the same"
    assert code_text == 0 and f"{flat(1)}  {address(1)}  {in_words(EXPECTED[1])}" in text

    after = items(data_home)
    assert all(i.state is ItemState.SENT for i in after.values()), "the server did take them"
    for member, reason in EXPECTED.items():
        item = after[flat(member)]
        assert item.bounce == reason.value
        assert item.bounce_detail.count("\n") == 0, "recorded once, however often read"
        assert item.bounce_detail.startswith(f"{address(member)}: {in_words(reason)}")
    for member in (4, 5, 6):  # delayed, out of office, nothing came back
        assert after[flat(member)].bounce == "" and after[flat(member)].bounce_detail == ""
    view = members_page(data_home)  # the Members page flags the addresses to correct
    assert view is not None
    for member, reason in EXPECTED.items():
        assert view.refused[flat(member)][address(member)].startswith(in_words(reason))
    assert flat(4) not in view.refused and flat(6) not in view.refused

    export = tmp_path / "register.csv"
    code, _, err = run_command(["register", "--period", "2026-11", "--csv", str(export)], capsys)
    assert code == 0, err
    with export.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["Flat"]: row for row in csv.DictReader(handle)}
    assert list(next(iter(rows.values())))[-1] == "Bounce"
    assert rows[flat(1)]["Status"] == "sent"
    assert rows[flat(1)]["Bounce"].startswith(f"{address(1)}: {in_words(EXPECTED[1])}")
    assert "5.2.2" in rows[flat(1)]["Bounce"]
    assert rows[flat(6)]["Bounce"] == "" and rows[flat(4)]["Bounce"] == ""


def test_reading_the_same_bounce_twice_changes_nothing(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    with imap_server(tmp_path, certs, user=USER) as imap:
        sent_run(data_home, imap, certs, members=4)
        fill_inbox(imap, data_home)
        account = with_mailbox(data_home, imap)
        since = now_utc().date() - timedelta(days=1)
        first = read_bounces(data_home, account, since=since, now=now_utc())
        before = items(data_home)
        imap.deliver(
            "INBOX",
            returned("gmail_5_1_1.eml", message_id=before[flat(0)].message_id, to=address(0)),
        )  # the same bounce, again
        second = read_bounces(data_home, account, since=since, now=now_utc())
    assert first.newly_recorded == 4 and second.newly_recorded == 0
    assert len(first.new) == 4 and second.new == [], "what is new is said once"
    assert len(second.bounced) == 4, "though found again"
    assert items(data_home) == before


@pytest.mark.parametrize("trouble", ["wrong password", "unreachable"])
def test_an_unreadable_mailbox_exits_1_and_changes_nothing(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    trouble: str,
) -> None:
    with imap_server(tmp_path, certs, user=USER) as imap:
        sent_run(data_home, imap, certs, members=3)
        fill_inbox(imap, data_home)
        account = with_mailbox(data_home, imap)
        before = items(data_home)
        if trouble == "wrong password":
            SecretStore().put(account.secret_name, "not the password")
        else:
            imap.process.kill()
            imap.process.wait(10)
        code, out, err = run_command(["bounces"], capsys)
        json_code, json_out, _ = run_command(["bounces", "--json"], capsys)
        with pytest.raises(MailboxError):
            read_bounces(data_home, account, since=now_utc().date(), now=now_utc())
    assert code == 1 and "Nothing was changed" in err and "not the password" not in err + out
    assert json_code == 1 and json.loads(json_out)["ok"] is False
    assert items(data_home) == before


def test_no_mailbox_set_up_exits_2(
    certs: Certificates, data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    with mail_server(tls=certs.server_context()) as server:
        make_society(data_home, members=1, port=server.port, user=USER)
    SecretStore().put("unused", "x")
    code, _, err = run_command(["bounces"], capsys)
    assert code == 2 and "--imap-host" in err


def test_a_schema_5_register_keeps_its_data_and_gains_the_bounce_columns(
    tmp_path: Path,
) -> None:
    path = tmp_path / "register.db"
    db = sqlite3.connect(path, isolation_level=None)
    for migration in _MIGRATIONS[:5]:
        db.executescript(migration)
    db.execute("PRAGMA user_version = 5")
    db.execute(
        "INSERT INTO runs (id, kind, period, created, subject, body, language) VALUES "
        "(1, 'bill', '2026-11', '2026-11-30T04:40:00+00:00', 'S', 'B', 'mr')"
    )
    db.execute(
        "INSERT INTO items (id, run, flat, document, recipients, message_id, content_hash, "
        "state, attempts, changed, sent_at, reply, reason, refused) VALUES (7, 1, 'A-101', "
        "'B-1', '[\"m@x.in\"]', '<1@x.in>', 'h', 'sent', 1, '2026-11-30T04:41:00+00:00', "
        "'2026-11-30T04:41:00+00:00', '250 OK', '', '{\"n@x.in\": \"550 no\"}')"
    )
    db.close()
    with Store.open(path) as store:
        version = store.connection.execute("PRAGMA user_version").fetchone()[0]
        outbox = Outbox(store, domain="")
        item = outbox.item(7)
        run = outbox.run_by_id(1)
    assert version == SCHEMA_VERSION == 6
    assert item is not None and run.language == "mr"
    assert (item.flat, item.message_id, item.state, item.reply) == (
        "A-101",
        "<1@x.in>",
        ItemState.SENT,
        "250 OK",
    )
    assert item.refused == {"n@x.in": "550 no"} and item.partly
    assert item.bounce == "" and item.bounce_detail == "" and not item.bounced


def test_a_bounce_folder_is_read_too_and_other_folders_are_not(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    with imap_server(tmp_path, certs, user=USER) as imap:
        sent_run(data_home, imap, certs, members=4)
        account = with_mailbox(data_home, imap)
        sent = items(data_home)

        def bounce(member: int) -> bytes:
            return returned(
                "gmail_5_1_1.eml", message_id=sent[flat(member)].message_id, to=address(member)
            )

        imap.deliver("INBOX", bounce(0))
        imap.deliver("Bounces", bounce(1))  # the office's rule files them here
        imap.deliver("INBOX/Undeliverable", bounce(2))  # under the inbox, another name
        imap.deliver("Junk", bounce(3))  # not a folder bounces are looked for in
        unread = {name: imap.raw_messages(name) for name in ("Bounces", "INBOX/Undeliverable")}
        report = read_bounces(data_home, account, since=now_utc().date(), now=now_utc())
        assert {n: imap.raw_messages(n) for n in unread} == unread, "only read"
    assert report.folders == ["INBOX", "Bounces", "INBOX/Undeliverable"]
    assert sorted(m.flat for m in report.new) == sorted(flat(m) for m in (0, 1, 2))
    after = items(data_home)
    assert {f for f, i in after.items() if i.bounced} == {flat(0), flat(1), flat(2)}
    assert not after[flat(3)].bounced
