"""Unconfirmed messages settled from the account's Sent folder, against a real IMAP server
(Dovecot) whose Sent folder the test mail server fills as Gmail does: found there, sent;
not there, sent again exactly once; the mailbox unreadable, nothing changes."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.imap import MailboxError
from smtp_desk.core.instants import now_utc
from smtp_desk.core.model import Period
from smtp_desk.core.outbox_records import ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.sent_check import check_sent, unconfirmed_items
from tests.support.commands import run_command
from tests.support.imapd import imap_server, with_mailbox
from tests.support.smtpd import PASSWORD, USER, Behaviour, Certificates, MailServer, mail_server
from tests.support.society import QUICK, address, flat, make_society, member_of

NOV = Period.month(2026, 11)
LATER = timedelta(minutes=2)  # past SETTLE_AFTER: what is not in Sent was not sent


def per_member(server: MailServer) -> Counter[int]:
    return Counter(member_of(str(m["To"])) for m in server.seen.messages)


def test_killed_runs_settled_from_the_sent_folder_reach_everyone_exactly_once(
    certs: Certificates, data_home: DataFolder, tmp_path: Path
) -> None:
    """300 members, the sender killed (SIGKILL) four times at random: the Sent folder
    settles every unconfirmed message; nobody twice, nobody missing, none unconfirmed."""
    members = 300
    with imap_server(tmp_path, certs, user=USER) as imap:
        behaviour = Behaviour(delay=0.01, keep_sent=imap.keep_sent)
        with mail_server(tls=certs.server_context(), auth=False, behaviour=behaviour) as server:
            make_society(data_home, members=members, port=server.port)
            command = [sys.executable, "-m", "smtp_desk", "send", "--kind", "bill"]
            command += ["--period", "2026-11", "--json"]
            chooser = random.Random(17)  # noqa: S311 - where to kill, not a secret
            kills = sorted(chooser.sample(range(20, members - 20), 4))
            for kill_at in kills:
                victim = subprocess.Popen(
                    command,
                    env=dict(os.environ),
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                deadline = time.monotonic() + 90
                while len(server.seen.messages) < kill_at and victim.poll() is None:
                    assert time.monotonic() < deadline, "the run did not get that far"
                    time.sleep(0.003)
                victim.send_signal(signal.SIGKILL)
                victim.wait(10)
            account = with_mailbox(data_home, imap, save=False)  # the relay wants no sign-in
            left = unconfirmed_items(data_home)
            result = check_sent(data_home, account, now=now_utc() + LATER)
            settled = set(result.confirmed + result.resend)  # and any left "sending"
            assert {i.flat for i in left} <= settled and result.too_recent == []
            assert unconfirmed_items(data_home) == [] and result.confirmed
            print(
                f"{len(kills)} kills: {len(settled)} unconfirmed, {len(result.confirmed)} "
                f"confirmed from Sent, {len(result.resend)} sent again"
            )
            finish = subprocess.run(
                command, env=dict(os.environ), capture_output=True, text=True, timeout=180
            )
            assert finish.returncode == 0, finish.stdout + finish.stderr
    counts = per_member(server)
    assert set(counts) == set(range(members)), "nobody is missing"
    assert max(counts.values()) == 1, "nobody got two copies"
    assert unconfirmed_items(data_home) == []
    assert len(imap.messages("Sent")) == members


def test_the_command_confirms_what_is_in_sent_and_leaves_the_rest_for_a_minute(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with imap_server(tmp_path, certs, user=USER) as imap:

        def keep(raw: bytes) -> None:  # the provider kept member 1's copy, not member 2's
            if address(2).encode() not in raw:
                imap.keep_sent(raw)

        behaviour = Behaviour(drop_after_data={address(1), address(2)}, keep_sent=keep)
        with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
            make_society(data_home, members=4, port=server.port, user=USER)
            account = with_mailbox(data_home, imap)
            run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
            assert {i.flat for i in unconfirmed_items(data_home)} == {flat(1), flat(2)}

            code, out, err = run_command(["resolve", "--check-sent", "--json"], capsys)
            assert code == 0, err
            report = json.loads(out)
            assert report == {
                "ok": True,
                "folder": "Sent",
                "confirmed": [flat(1)],
                "resend": [],
                "too_recent": [flat(2)],
                "undecided": [],
            }
            result = check_sent(data_home, account, now=now_utc() + LATER)
            assert result.resend == [flat(2)] and result.confirmed == []
            server.behaviour.drop_after_data.clear()
            run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
    counts = per_member(server)
    assert counts == Counter({0: 1, 1: 1, 2: 2, 3: 1}), "member 2's first copy never arrived"
    sent = {i.flat: i for i in _items(data_home)}
    assert sent[flat(1)].reply == "confirmed from the Sent folder (Sent)"
    assert all(i.state is ItemState.SENT for i in sent.values())


def _items(folder: DataFolder) -> list:  # type: ignore[type-arg]
    from smtp_desk.core.outbox import Outbox
    from smtp_desk.core.store import Store

    with Store.open(folder.register_file) as store:
        outbox = Outbox(store, domain="")
        return [i for run in outbox.runs() for i in outbox.items(run.id)]


@pytest.mark.parametrize("trouble", ["wrong password", "unreachable"])
def test_an_unreadable_mailbox_changes_nothing_and_says_why(
    certs: Certificates,
    data_home: DataFolder,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    trouble: str,
) -> None:
    with imap_server(tmp_path, certs, user=USER) as imap:
        behaviour = Behaviour(drop_after_data={address(1)}, keep_sent=imap.keep_sent)
        with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
            make_society(data_home, members=2, port=server.port, user=USER)
            account = with_mailbox(data_home, imap)
            run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        if trouble == "wrong password":
            SecretStore().put(account.secret_name, "not the password")
        else:
            imap.process.kill()
            imap.process.wait(10)
        code, out, err = run_command(["resolve", "--check-sent"], capsys)
        with pytest.raises(MailboxError):
            check_sent(data_home, account, now=now_utc() + LATER)
    assert code == 1
    expected = "refused the sign-in" if trouble == "wrong password" else "cannot be reached"
    assert expected in err and "Nothing was changed" in err
    assert "not the password" not in err + out and PASSWORD not in err + out
    assert [i.flat for i in unconfirmed_items(data_home)] == [flat(1)], "never resent"


@pytest.mark.parametrize(
    ("name", "special_use"),
    [("Sent Items", False), ("[Gmail]/Sent Mail", False), ("Gesendet", True)],
)
def test_the_sent_folder_is_found_by_its_flag_or_its_usual_name(
    certs: Certificates, data_home: DataFolder, tmp_path: Path, name: str, special_use: bool
) -> None:
    with imap_server(tmp_path, certs, user=USER, sent_name=name, special_use=special_use) as imap:
        behaviour = Behaviour(drop_after_data={address(0)}, keep_sent=imap.keep_sent)
        with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
            make_society(data_home, members=1, port=server.port, user=USER)
            account = with_mailbox(data_home, imap)
            run_batch(prepare_batch(data_home, "bill", NOV), options=QUICK)
        result = check_sent(data_home, account, now=now_utc())
    assert result.folder == name and result.confirmed == [flat(0)]
