"""One sender per data folder: two ``smtp-desk send`` started together never duplicate a
bill, the second is refused in a sentence, and a lock left by a killed run is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter

from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.store import Store
from tests.support.smtpd import (
    Behaviour,
    Certificates,
    MailServer,
    mail_server,
    wait_for_messages,
)
from tests.support.society import make_society, member_of

SEND = [sys.executable, "-m", "smtp_desk", "send", "--kind", "bill", "--period", "2026-11"]


def per_member(server: MailServer) -> Counter[int]:
    return Counter(member_of(str(m["To"])) for m in server.seen.messages)


def test_two_sends_started_together_send_each_member_once(
    certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(
        tls=certs.server_context(), auth=False, behaviour=Behaviour(delay=0.02)
    ) as server:
        make_society(data_home, members=40, port=server.port)
        first, second = (
            subprocess.Popen(SEND, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        )
        outcomes = [p.communicate(timeout=120) for p in (first, second)]
        codes = sorted([first.returncode, second.returncode])
    assert codes == [0, 2], outcomes
    refused = next(
        err for p, (_, err) in zip((first, second), outcomes, strict=True) if p.returncode
    )
    assert "Another sending run is using this data folder" in refused
    assert "the command line" in refused and "Traceback" not in refused
    counts = per_member(server)
    assert len(counts) == 40 and set(counts.values()) == {1}, "42 for 40 was the bug"


def test_a_lock_left_by_a_killed_send_is_taken_over(
    certs: Certificates, data_home: DataFolder
) -> None:
    with mail_server(
        tls=certs.server_context(), auth=False, behaviour=Behaviour(delay=0.05)
    ) as server:
        make_society(data_home, members=20, port=server.port)
        victim = subprocess.Popen(SEND, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_messages(server, 4, victim)
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(10)
        assert (data_home.root / "sending.lock.json").exists(), "the dead run's note is left"
        finish = subprocess.run(SEND, capture_output=True, text=True, timeout=120)
    assert finish.returncode in (0, 1), finish.stderr
    with Store.open(data_home.register_file) as store:
        items = Outbox(store, domain="").items()
    unconfirmed = {member_of(i.recipients[0]) for i in items if i.state is ItemState.UNCONFIRMED}
    counts = per_member(server)
    assert max(counts.values()) == 1
    assert all(counts[n] == 1 for n in range(20) if n not in unconfirmed)


def test_even_with_the_lock_file_deleted_under_a_run_nobody_gets_two_copies(
    certs: Certificates, data_home: DataFolder
) -> None:
    """A clean-up tool removes sending.lock while a run holds it, and a second run starts:
    the outbox lets only one of them claim each member."""
    with mail_server(
        tls=certs.server_context(), auth=False, behaviour=Behaviour(delay=0.03)
    ) as server:
        make_society(data_home, members=40, port=server.port)
        first = subprocess.Popen(SEND, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_for_messages(server, 3, first)
        (data_home.root / "sending.lock").unlink()
        second = subprocess.run(SEND, capture_output=True, text=True, timeout=120)
        first.wait(120)
    assert second.returncode in (0, 1), second.stderr
    ids = Counter(str(m["Message-ID"]) for m in server.seen.messages)
    assert max(ids.values()) == 1, "no message twice"
    assert max(per_member(server).values()) == 1 and len(per_member(server)) == 40
