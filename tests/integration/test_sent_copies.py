"""The society's own copies of what was sent, against a real SMTP server and a real IMAP
server (Dovecot) whose Sent folder the SMTP server does NOT fill (a Custom relay, SES,
SendGrid …): SMTP Desk files the exact bytes it sent there, and the archive address gets a
blind copy of each message — never one that no member got."""

from __future__ import annotations

import imaplib
import json
import re
import ssl
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.instants import now_utc
from smtp_desk.core.model import Period
from smtp_desk.core.outbox_records import ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.sent_check import check_sent, unconfirmed_items
from smtp_desk.core.settings_file import Settings, load_settings, save_settings
from smtp_desk.core.validation import checked_account
from tests.support.commands import run_command
from tests.support.imapd import ImapServer, imap_server, with_mailbox
from tests.support.smtpd import PASSWORD, USER, Behaviour, Certificates, mail_server
from tests.support.society import QUICK, address, flat, make_society, member_of

NOV = Period.month(2026, 11)
ARCHIVE = "archive@crystalheights.in"


def _set(folder: DataFolder, **changes: str) -> None:
    draft = load_settings(folder.settings_file).account
    assert draft is not None
    save_settings(folder.settings_file, Settings(account=draft.with_changes(**changes)))


def _fetched(imap: ImapServer, certs: Certificates, folder: str) -> list[tuple[bytes, bytes]]:
    """(flags, bytes) of every message in ``folder``, as IMAP gives them back."""
    context = ssl.create_default_context(cafile=certs.ca_file)
    client = imaplib.IMAP4_SSL(imap.host, imap.port, ssl_context=context, timeout=10)
    try:
        client.login(imap.user, imap.password)
        client.select(f'"{folder}"', readonly=True)
        kind, data = client.uid("FETCH", "1:*", "(FLAGS BODY.PEEK[])")
        assert kind == "OK"
        found = []
        for part in data:
            if isinstance(part, tuple):
                flags = re.search(rb"FLAGS \(([^)]*)\)", part[0])
                found.append((flags.group(1) if flags else b"", part[1]))
        return found
    finally:
        client.logout()


def test_each_copy_filed_in_sent_is_the_exact_bytes_the_server_got(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    received: list[bytes] = []
    with imap_server(tmp_path, certs, user=USER) as imap:
        behaviour = Behaviour(keep_sent=received.append)  # what the server got, not filed
        with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
            make_society(data_home, members=5, port=server.port, user=USER)
            with_mailbox(data_home, imap)
            _set(data_home, copy_to_sent="yes")
            result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        filed = _fetched(imap, certs, "Sent")
    assert result.complete and result.copies.filed == 5 and not result.copies.troubled
    assert len(received) == 5 and len(server.seen.messages) == 5
    # smtplib sends CRLF lines; aiosmtpd gives them back as they came: the very bytes
    assert sorted(raw for _flags, raw in filed) == sorted(
        raw if raw.endswith(b"\r\n") else raw + b"\r\n" for raw in received
    )
    assert all(b"\\Seen" in flags for flags, _raw in filed), "filed as read"
    assert all(b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"") for _f, raw in filed)


def test_the_archive_gets_one_blind_copy_of_each_message_and_none_no_member_got(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    refuse = ["550 5.1.1 <member2@example.in>: no such user"] * 4
    behaviour = Behaviour(rcpt_script={address(2): refuse})
    with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
        make_society(data_home, members=4, port=server.port, user=USER)
        _set(data_home, archive_bcc=ARCHIVE)
        draft = load_settings(data_home.settings_file).account
        assert draft is not None
        SecretStore().put(draft.secret_name, PASSWORD)
        result = run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    envelopes = server.seen.recipients
    assert len(envelopes) == 3, "member 2's address was refused: no message went at all"
    assert all(envelope.count(ARCHIVE) == 1 and len(envelope) == 2 for envelope in envelopes)
    assert Counter(member_of(str(m["To"])) for m in server.seen.messages) == Counter(
        {0: 1, 1: 1, 3: 1}
    )
    for message in server.seen.messages:
        assert message["Bcc"] is None and ARCHIVE not in str(message), "unseen by the member"
    states = {i.flat: i.state for i in result.failures}
    assert states == {flat(2): ItemState.FAILED}


def test_a_refused_archive_copy_never_stops_a_members_bill_and_is_reported(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    behaviour = Behaviour(rcpt_script={ARCHIVE: ["550 5.7.1 Relaying denied"] * 3})
    with mail_server(tls=certs.server_context(), auth=False, behaviour=behaviour) as server:
        make_society(data_home, members=3, port=server.port)
        _set(data_home, archive_bcc=ARCHIVE)
        code, out, err = run_command(
            ["send", "--kind", "bill", "--period", "2026-11", "--json"], capsys
        )
    assert code == 0, err
    report = json.loads(out)
    assert report["counts"]["sent"] == 3 and len(server.seen.messages) == 3
    copies = report["copies"]
    assert sorted(copies["archive_refused"]) == sorted([flat(0), flat(1), flat(2)])
    assert copies["archive_problem"] == "550 5.7.1 Relaying denied"
    assert sorted(server.seen.recipients) == [[address(n)] for n in range(3)], "no archive"


@pytest.mark.parametrize("trouble", ["wrong password", "unreachable"])
def test_a_mailbox_that_will_not_take_the_copies_never_stops_the_run(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    trouble: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with (
        imap_server(tmp_path, certs, user=USER, password="the-mailbox-password") as imap,
        mail_server(tls=certs.server_context()) as server,
    ):
        make_society(data_home, members=5, port=server.port, user=USER)
        with_mailbox(data_home, imap)  # signs in with the SMTP password: refused
        if trouble == "unreachable":
            imap.process.terminate()
            imap.process.wait(10)
        _set(data_home, copy_to_sent="yes")
        code, out, err = run_command(["send", "--kind", "bill", "--period", "2026-11"], capsys)
    assert code == 0, out + err
    assert len(server.seen.messages) == 5, "every member got the bill"
    assert f"5 sent message(s) could not be filed in the Sent folder ({flat(0)}" in out
    assert ("refused the sign-in" if trouble == "wrong password" else "cannot be reached") in out
    assert PASSWORD not in out + err and "Error" not in out + err


def test_with_only_its_own_copies_a_missing_copy_proves_nothing(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    """Copies SMTP Desk files itself are filed after the server's answer, so an unconfirmed
    message never has one: not finding it is no reason to send it again."""
    with imap_server(tmp_path, certs, user=USER) as imap:
        behaviour = Behaviour(drop_after_data={address(1)})
        with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
            make_society(data_home, members=3, port=server.port, user=USER)
            with_mailbox(data_home, imap)
            account = _saved(data_home, copy_to_sent="yes")
            run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
            assert [i.flat for i in unconfirmed_items(data_home)] == [flat(1)]
            result = check_sent(data_home, account, now=now_utc() + timedelta(hours=1))
    assert result.undecided == [flat(1)] and not result.resend and not result.confirmed
    assert "Mark as arrived or Send again" in str(result)
    assert [i.flat for i in unconfirmed_items(data_home)] == [flat(1)]
    assert len(server.seen.messages) == 3 and len(imap.raw_messages("Sent")) == 2


def test_an_archive_copy_in_the_inbox_confirms_but_its_absence_proves_nothing(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    """The archive copy sent to the mailbox's own address, found in the inbox, confirms a
    message; a missing one proves nothing (it is ordinary mail: Junk, a rule, greylisting
    may keep it away), so that message stays for a person — never sent again by itself."""
    with imap_server(tmp_path, certs, user=USER) as imap:

        def archive_arrives(raw: bytes) -> None:  # member 2's archive copy never came
            if address(2).encode() not in raw:
                imap.deliver("INBOX", raw)

        behaviour = Behaviour(drop_after_data={address(1), address(2)}, keep_sent=archive_arrives)
        with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
            make_society(data_home, members=3, port=server.port, user=USER)
            with_mailbox(data_home, imap)
            account = _saved(data_home, copy_to_sent="yes", archive_bcc=USER)
            run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
            assert {i.flat for i in unconfirmed_items(data_home)} == {flat(1), flat(2)}
            soon = check_sent(data_home, account, now=now_utc() + timedelta(minutes=2))
            assert soon.confirmed == [flat(1)] and soon.undecided == [flat(2)]
            later = check_sent(data_home, account, now=now_utc() + timedelta(days=1))
            assert later.undecided == [flat(2)] and not later.resend
            run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    members = Counter(member_of(str(m["To"])) for m in server.seen.messages)
    assert members == Counter({0: 1, 1: 1, 2: 1}), "nobody got a second copy"
    assert [i.flat for i in unconfirmed_items(data_home)] == [flat(2)]


def _saved(folder: DataFolder, **changes: str) -> AccountSettings:
    _set(folder, **changes)
    draft = load_settings(folder.settings_file).account
    assert draft is not None
    return checked_account(draft, password_stored=True)
