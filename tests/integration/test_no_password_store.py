"""A computer with no password store (keyring's null or fail back end, forced in a real
subprocess): ``configure`` saves the settings and keeps the password nowhere, saying so
once; ``test`` and ``send`` take it with ``--password-stdin`` for that run only, and stop
with one sentence without it. The password is in no file, log or output."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from smtp_desk.core.no_password_store import NO_STORE
from smtp_desk.core.paths import DataFolder
from tests.support.smtpd import PASSWORD, USER, MailServer
from tests.support.society import make_society

BACKENDS = ["keyring.backends.null.Keyring", "keyring.backends.fail.Keyring"]


@pytest.fixture(params=BACKENDS, ids=["null", "fail"])
def no_store(request: pytest.FixtureRequest, data_home: DataFolder) -> str:
    return str(request.param)


def smtp_desk(
    backend: str, *args: str, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PYTHON_KEYRING_BACKEND": backend}
    return subprocess.run(
        [sys.executable, "-m", "smtp_desk", *args],
        input=None if password is None else password + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def assert_password_nowhere(folder: DataFolder, *outputs: str) -> None:
    for text in outputs:
        assert PASSWORD not in text
    for path in (p for p in folder.root.rglob("*") if p.is_file()):
        content = path.read_bytes()
        assert PASSWORD.encode() not in content, path
        assert PASSWORD.replace(" ", "").encode() not in content, path


def configure_local(
    backend: str, port: int, *extra: str, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    return smtp_desk(
        backend,
        "configure",
        *("--preset", "custom", "--host", "127.0.0.1", "--port", str(port)),
        *("--security", "starttls", "--user", USER, "--from-email", USER),
        *extra,
        password=password,
    )


def test_configure_saves_the_settings_keeps_no_password_and_says_so_once(
    no_store: str, data_home: DataFolder, server: MailServer
) -> None:
    done = configure_local(no_store, server.port, "--password-stdin", password=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stdout + done.stderr
    assert done.stdout.count(NO_STORE) == 1 and "Saved to" in done.stdout
    settings = json.loads(data_home.settings_file.read_text(encoding="utf-8"))
    assert settings["account"]["user"] == USER

    changed = smtp_desk(no_store, "configure", "--port", "465")
    assert changed.returncode == 0, changed.stderr
    assert "Enter the" not in changed.stdout + changed.stderr
    shown = smtp_desk(no_store, "configure", "--show", "--json")
    result = json.loads(shown.stdout)
    assert str(result["account"]["port"]) == "465" and result["password_each_run"] is True
    assert result["problems"] == [] and result["password_stored"] is False
    assert_password_nowhere(
        data_home, done.stdout, done.stderr, changed.stdout, changed.stderr, shown.stdout
    )


def test_test_without_the_password_says_to_give_it_and_with_it_signs_in(
    no_store: str, data_home: DataFolder, server: MailServer
) -> None:
    assert configure_local(no_store, server.port).returncode == 0
    without = smtp_desk(no_store, "test")
    assert without.returncode == 2
    assert "no password store" in without.stderr and "--password-stdin" in without.stderr

    with_it = smtp_desk(
        no_store,
        "test",
        "--password-stdin",
        "--json",
        "--send-to",
        "t@crystal.in",
        password=PASSWORD,
    )
    assert with_it.returncode == 0, with_it.stdout + with_it.stderr
    assert json.loads(with_it.stdout)["ok"] is True
    assert server.seen.logins == [(USER, PASSWORD)]
    [message] = server.seen.messages  # no Society Profile saved: it says so plainly
    assert str(message["Subject"]) == "Test: member statement from the sample society"
    [pdf] = [part.get_filename() for part in message.iter_attachments()]
    assert pdf == "test-member-statement-sample-society.pdf"

    wrong = smtp_desk(no_store, "test", "--password-stdin", password="not it at all")
    assert wrong.returncode == 1 and "not accepted" in wrong.stdout
    empty = smtp_desk(no_store, "test", "--password-stdin", password="")
    assert empty.returncode == 2 and "no password was given" in empty.stderr
    assert_password_nowhere(data_home, without.stderr, with_it.stdout, with_it.stderr)


def test_send_without_the_password_stops_before_starting_and_with_it_sends(
    no_store: str, data_home: DataFolder, server: MailServer
) -> None:
    make_society(data_home, members=2, port=server.port, user=USER)
    args = ("send", "--kind", "bill", "--period", "2026-11", "--json")
    without = smtp_desk(no_store, *args)
    assert without.returncode == 2 and without.stdout == ""
    assert "no password store" in without.stderr and "--password-stdin" in without.stderr
    assert server.seen.messages == []

    sent = smtp_desk(no_store, *args, "--password-stdin", password=PASSWORD)
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert json.loads(sent.stdout)["counts"]["sent"] == 2
    assert len(server.seen.messages) == 2
    assert_password_nowhere(data_home, without.stderr, sent.stdout, sent.stderr)
