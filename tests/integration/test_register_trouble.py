"""A damaged register and a full disk, with the real commands and a real mail server: one
sentence and exit 2, never a traceback; what was recorded stays; a copy before each run."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from smtp_desk.core import backup_copies
from smtp_desk.core.backups import list_backups
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_lock import RunLock
from tests.support.commands import run_command
from tests.support.smtpd import Certificates, mail_server
from tests.support.society import make_society, member_of
from tests.unit.core.register_trouble import damage_page, limit_growth, rows

SEND = ["send", "--kind", "bill", "--period", "2026-11"]


run = run_command


def damaged(folder: DataFolder) -> str:
    return (
        f"error: The register {folder.register_file} is damaged and cannot be used (database "
        "disk image is malformed). Restore the latest backup: File > Restore a backup… in the "
        "window, or 'smtp-desk backups restore --latest'.\n"
    )


def test_every_command_on_a_damaged_register_says_one_sentence_and_exits_2(
    certs: Certificates, data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=4, port=server.port)
        assert run([*SEND, "--json"], capsys)[0] == 0
        damage_page(data_home.register_file)  # page 2: the members
        before = data_home.register_file.read_bytes()
        for command in (
            ["status"],
            ["status", "--json"],
            ["register", "--period", "2026-11"],
            ["resolve", "1", "--sent"],
            SEND,
        ):
            assert run(command, capsys) == (2, "", damaged(data_home)), command
    assert len(server.seen.messages) == 4, "nothing more was sent"
    assert data_home.register_file.read_bytes() == before, "and nothing was written"


def test_the_real_program_prints_no_traceback(
    certs: Certificates, data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=2, port=server.port)
        assert run(SEND, capsys)[0] == 0
    damage_page(data_home.register_file)
    environment = {**os.environ, "SMTP_DESK_HOME": str(data_home.root)}
    for command in (["status"], ["register", "--period", "2026-11"], ["resolve", "1", "--sent"]):
        done = subprocess.run(
            [sys.executable, "-m", "smtp_desk", *command],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert (done.returncode, done.stdout, done.stderr) == (2, "", damaged(data_home))


def test_a_full_disk_during_a_run_stops_it_with_a_sentence_and_keeps_what_was_recorded(
    certs: Certificates,
    data_home: DataFolder,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=60, port=server.port)
        register = rows(data_home.register_file)
        with monkeypatch.context() as full:  # the disk fills up once the run is sending
            limit_growth(full, when=lambda path: RunLock.holder(path.parent) is not None)
            code, out, err = run(SEND, capsys)
        assert code == 2
        assert err == (
            f"error: The disk is full: free some space on the drive of {data_home.root}, then "
            "try again; nothing was lost.\n"
        )
        assert "Traceback" not in out + err
        after = rows(data_home.register_file)
        for table in ("members", "member_emails", "bills", "bill_charges"):
            assert after[table] == register[table], table
        received = [member_of(m["To"]) for m in server.seen.messages]
        states = {row[2]: row[7] for row in after["items"]}  # flat: state
        sent = {flat for flat, state in states.items() if state == "sent"}
        assert 0 < len(sent) < 60, "the run stopped part of the way"
        assert len(received) == len(set(received)), "nobody was mailed twice"
        assert len(received) - len(sent) <= 1, "at most the message in hand is unrecorded"

        # Space freed: the same command goes on. A message handed over just before the
        # write failed is "unconfirmed" (exit 1), never sent again on its own.
        code, out, _ = run(SEND, capsys)
        assert code in (0, 1) and "Stopped: done" in out
    received = [member_of(m["To"]) for m in server.seen.messages]
    assert sorted(received) == list(range(60)), "everyone once, nobody twice"


def test_a_copy_is_made_before_each_run_and_a_short_disk_does_not_stop_it(
    certs: Certificates,
    data_home: DataFolder,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=5, port=server.port)
        with monkeypatch.context() as short, caplog.at_level(logging.WARNING):
            short.setattr(backup_copies, "_free_bytes", lambda _directory: 0)
            code, out, _ = run(SEND, capsys)
        assert code == 0 and "Stopped: done" in out, "the run went on without a copy"
        assert "No backup of the register was made before sending: There is not enough" in (
            caplog.text
        )
        assert list_backups(data_home) == []
        assert len(server.seen.messages) == 5

        after_the_run = rows(data_home.register_file)
        assert run(SEND, capsys)[0] == 0  # nothing left to send, but a run all the same
    [backup] = list_backups(data_home)
    assert backup.reason == "before-run"
    copy = rows(backup.path)
    for table in ("members", "bills", "items"):  # (preparing reopened the run itself)
        assert copy[table] == after_the_run[table], table
