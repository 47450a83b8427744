"""``smtp-desk send``, ``status``, ``register`` and ``resolve`` on a real local server."""

from __future__ import annotations

import csv
import json
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from smtp_desk.core.paths import DataFolder
from tests.support.commands import run_command
from tests.support.smtpd import Behaviour, Certificates, mail_server
from tests.support.society import address, flat, make_society

run = run_command


def test_send_status_register_and_resolve(
    certs: Certificates,
    data_home: DataFolder,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    behaviour = Behaviour(drop_after_data={address(2)})
    with mail_server(tls=certs.server_context(), auth=False, behaviour=behaviour) as server:
        make_society(data_home, members=5, port=server.port)
        code, out, _ = run(["send", "--kind", "bill", "--period", "2026-11", "--json"], capsys)
        result = json.loads(out)
        assert code == 1 and result["ok"] is False and result["stopped"] == "done"
        assert result["counts"]["sent"] == 4 and result["counts"]["unconfirmed"] == 1
        [problem] = result["problems"]
        assert (problem["flat"], problem["state"]) == (flat(2), "unconfirmed")

        code, out, _ = run(["status", "--json"], capsys)
        status = json.loads(out)
        assert status["runs"][0]["counts"]["sent"] == 4
        assert status["unconfirmed"][0]["item"] == problem["item"]
        assert status["plan"] is None, "nothing waits to be sent"

        code, out, _ = run(["resolve", str(problem["item"]), "--sent"], capsys)
        assert code == 0 and "is now sent" in out
        assert run(["resolve", str(problem["item"]), "--resend"], capsys)[0] == 2

        code, out, _ = run(["send", "--kind", "bill", "--period", "2026-11"], capsys)
        assert code == 0 and "Stopped: done" in out
    assert len(server.seen.messages) == 5, "nothing was sent twice"
    register = tmp_path / "register.csv"
    assert run(["register", "--period", "2026-11", "--csv", str(register)], capsys)[0] == 0
    with register.open(encoding="utf-8-sig") as rows:
        table = list(csv.DictReader(rows))
    assert len(table) == 5 and {r["Flat"] for r in table} == {flat(n) for n in range(5)}
    assert all(r["Message-ID"].startswith("<") for r in table)


def test_dry_run_writes_eml_files_and_sends_nothing(
    certs: Certificates,
    data_home: DataFolder,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        make_society(data_home, members=4, port=server.port, no_email=(1,))
        out_dir = tmp_path / "eml"
        code, out, _ = run(
            ["send", "--kind", "bill", "--period", "2026-11", "--dry-run", str(out_dir)], capsys
        )
    assert code == 0 and "3 message(s) written" in out
    assert server.seen.messages == []
    files = sorted(out_dir.glob("*.eml"))
    assert len(files) == 3
    message = message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert [p.get_content_type() for p in message.iter_attachments()] == ["application/pdf"]


def test_send_refuses_to_start_without_what_it_needs(
    data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["send", "--kind", "bill", "--period", "2026-11"], capsys)
    assert code == 2 and "no email account is saved" in err
    assert run(["send", "--kind", "bill", "--period", "11-2026"], capsys)[0] == 2
