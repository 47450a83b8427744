"""``smtp-desk test`` against real local servers; the password stays out of every output."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from smtp_desk.cli import main
from smtp_desk.core.account import AccountDraft
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SERVICE
from smtp_desk.core.settings_file import Settings, save_settings
from tests.support.imapd import imap_server, with_mailbox
from tests.support.keyrings import MemoryKeyring
from tests.support.smtpd import (
    PASSWORD,
    USER,
    Behaviour,
    Certificates,
    MailServer,
    mail_server,
    raw_listener,
)


def save_account(
    folder: DataFolder, keyring: MemoryKeyring, port: int, *, password: str = PASSWORD
) -> None:
    draft = AccountDraft(
        preset="custom",
        host="127.0.0.1",
        port=str(port),
        security="starttls",
        user=USER,
        from_email=USER,
        from_name="Crystal Heights CHS",
    )
    save_settings(folder.ensure().settings_file, Settings(account=draft))
    keyring.set_password(SERVICE, draft.secret_name, password)


def test_passes_prints_json_and_never_the_password(
    server: MailServer,
    data_home: DataFolder,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    save_account(data_home, memory_keyring, server.port)
    code = main(["test", "--json", "--send-to", "treasurer@crystal.in"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    result = json.loads(out)
    assert result["ok"] is True and result["diagnosis"] is None and result["suggestion"] is None
    assert [s["name"] for s in result["steps"]][-3:] == ["rcpt", "data", "quit"]
    assert all(set(s) == {"name", "label", "ok", "ms", "detail"} for s in result["steps"])
    assert len(server.seen.messages) == 1
    for text in (out, err, data_home.log_file.read_text(encoding="utf-8")):
        assert PASSWORD not in text


def test_failure_exits_1_with_the_diagnosis(
    certs: Certificates,
    data_home: DataFolder,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    refusal = Behaviour(auth_reply="535 5.7.8 Username and Password not accepted.")
    with mail_server(tls=certs.server_context(), behaviour=refusal) as running:
        save_account(data_home, memory_keyring, running.port)
        code = main(["test", "--transcript"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "✗ Sign in" in out
    assert "The user ID or password was not accepted." in out and "What to do:" in out
    assert "C: AUTH" in err and PASSWORD not in out + err
    assert PASSWORD not in data_home.log_file.read_text(encoding="utf-8")


def test_json_failure_carries_category_codes_and_suggestion(
    server: MailServer,
    data_home: DataFolder,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    save_account(data_home, memory_keyring, server.port, password="wrong password")
    code = main(["test", "--json", "--timeout", "5"])
    result = json.loads(capsys.readouterr().out)
    assert code == 1 and result["ok"] is False
    assert result["diagnosis"]["category"] == "auth_failed"
    assert result["diagnosis"]["smtp_code"] == 535
    assert result["diagnosis"]["enhanced_code"] == "5.7.8"
    assert set(result["diagnosis"]) == {
        "category",
        "title",
        "cause",
        "action",
        "transient",
        "smtp_code",
        "enhanced_code",
        "detail",
    }


def test_unusable_settings_exit_2(
    data_home: DataFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["test"]) == 2
    assert "no email account is saved" in capsys.readouterr().err
    assert main(["test", "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["ok"] is False


def test_no_stored_password_and_bad_send_to_are_unusable(
    server: MailServer,
    data_home: DataFolder,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    save_account(data_home, memory_keyring, server.port)
    assert main(["test", "--send-to", "not-an-address"]) == 2
    assert "--send-to" in capsys.readouterr().err
    memory_keyring.entries.clear()
    assert main(["test"]) == 2
    assert "password" in capsys.readouterr().err


def test_a_silent_server_ends_the_test_within_its_timeout(
    data_home: DataFolder, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    with raw_listener(greeting=None) as port:
        save_account(data_home, memory_keyring, port)
        started = time.monotonic()
        code = main(["test", "--json", "--timeout", "4"])
        took = time.monotonic() - started
    out, _ = capsys.readouterr()
    assert code == 1 and json.loads(out)["diagnosis"]["category"] == "timeout"
    assert took < 4.5, f"'test --timeout 4' took {took:.1f} s"


# ----- the mailbox (IMAP) step ----------------------------------------------------------------


def test_the_mailbox_step_is_in_the_json_like_the_others_and_no_password_anywhere(
    server: MailServer,
    certs: Certificates,
    tmp_path: Path,
    data_home: DataFolder,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    save_account(data_home, memory_keyring, server.port)
    with imap_server(tmp_path, certs, user=USER, sent_name="Sent Items") as imap:
        with_mailbox(data_home, imap)
        code = main(["test", "--json"])
        out, err = capsys.readouterr()
        assert main(["test"]) == 0
        shown, shown_err = capsys.readouterr()
    assert code == 0, out + err
    result = json.loads(out)
    assert result["ok"] is True
    assert [s["name"] for s in result["steps"]][-2:] == ["quit", "mailbox"]
    assert all(set(s) == {"name", "label", "ok", "ms", "detail"} for s in result["steps"])
    mailbox = result["steps"][-1]
    assert mailbox["ok"] is True and mailbox["label"] == "Mailbox (IMAP)"
    assert mailbox["detail"] == f"signed in to {imap.host}; sent mail is kept in “Sent Items”"
    assert "✓ Mailbox (IMAP): signed in to" in shown and "Everything works." in shown
    for text in (out, err, shown, shown_err, data_home.log_file.read_text(encoding="utf-8")):
        assert PASSWORD not in text


def test_a_mailbox_that_cannot_be_read_warns_and_still_exits_0(
    server: MailServer,
    certs: Certificates,
    tmp_path: Path,
    data_home: DataFolder,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    save_account(data_home, memory_keyring, server.port)
    with imap_server(tmp_path, certs, user=USER, password="not-the-smtp-one") as imap:
        with_mailbox(data_home, imap)
        code = main(["test"])
        out, err = capsys.readouterr()
        json_code = main(["test", "--json"])
        result = json.loads(capsys.readouterr().out)
    assert code == 0 and json_code == 0, out + err
    assert "⚠ Mailbox (IMAP): cannot be read" in out
    assert "The mailbox refused the sign-in" in out
    assert "Sending works. The mailbox could not be read" in out
    assert "Everything works" not in out
    assert result["ok"] is True and result["diagnosis"] is None
    mailbox = result["steps"][-1]
    assert mailbox["name"] == "mailbox" and mailbox["ok"] is False
    assert mailbox["detail"].startswith("The mailbox refused the sign-in")
    for text in (out, err, json.dumps(result), data_home.log_file.read_text(encoding="utf-8")):
        assert PASSWORD not in text
