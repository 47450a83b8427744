"""The connection test's mailbox step against a real IMAP server (Dovecot) and the real test
mail server: it finds the Sent folder by its flag or by name, and a mailbox that cannot be
read is a warning under a test that still passes, because sending works."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

from smtp_desk.core.account import AccountSettings, Security, SignInMethod
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.connection_test import ConnectionReport, run_test
from smtp_desk.core.mailbox_step import mailbox_step
from smtp_desk.core.signin import TypedPassword
from smtp_desk.core.steps import StepReport
from tests.support.imapd import ImapServer, imap_server
from tests.support.keyrings import MemoryKeyring
from tests.support.smtpd import (
    PASSWORD,
    USER,
    Certificates,
    MailServer,
    free_port,
    mail_server,
    raw_listener,
)


def account(smtp_port: int, *, imap_host: str = "", imap_port: int = 0) -> AccountSettings:
    return AccountSettings(
        preset="custom",
        host="127.0.0.1",
        port=smtp_port,
        security=Security.STARTTLS,
        user=USER,
        from_email=USER,
        imap_host=imap_host,
        imap_port=imap_port,
        imap_security="ssl" if imap_host else "",
    )


def reading(smtp: MailServer, imap: ImapServer) -> AccountSettings:
    return account(smtp.port, imap_host=imap.host, imap_port=imap.port)


def check(
    acct: AccountSettings, *, timeout: float = 5.0
) -> tuple[ConnectionReport, list[StepReport]]:
    """The test as the window runs it: the report, and the steps as they were handed on."""
    seen: list[StepReport] = []
    report = run_test(
        acct,
        sign_in=TypedPassword(acct.user, PASSWORD),
        timeout=timeout,
        probe_timeout=1.0,
        on_step=seen.append,
    )
    return report, seen


def last(report: ConnectionReport) -> StepReport:
    return report.steps[-1]


def test_the_sent_folder_is_found_by_its_flag(
    certs: Certificates, server: MailServer, tmp_path: Path
) -> None:
    with imap_server(tmp_path, certs, user=USER, sent_name="Outbox Copies") as imap:
        report, seen = check(reading(server, imap))
    assert report.ok and report.diagnosis is None and report.warnings == []
    assert [s.name for s in report.steps][-2:] == ["quit", "mailbox"]
    assert seen[-1] == last(report), "shown live, as the other steps"
    step = last(report)
    assert step.ok and step.optional
    assert step.detail == "signed in to 127.0.0.1; sent mail is kept in “Outbox Copies”"
    assert str(step).startswith("✓ Mailbox (IMAP): signed in to 127.0.0.1;")


def test_the_sent_folder_is_found_by_name_without_the_flag(
    certs: Certificates, server: MailServer, tmp_path: Path
) -> None:
    with imap_server(
        tmp_path, certs, user=USER, sent_name="[Gmail]/Sent Mail", special_use=False
    ) as imap:
        report, _ = check(reading(server, imap))
    assert report.ok
    assert last(report).detail.endswith("sent mail is kept in “[Gmail]/Sent Mail”")


def test_a_mailbox_that_refuses_the_password_is_a_warning_and_sending_still_passes(
    certs: Certificates, server: MailServer, tmp_path: Path
) -> None:
    with imap_server(tmp_path, certs, user=USER, password="another-password") as imap:
        report, _ = check(replace(reading(server, imap), preset="custom"))
    assert server.seen.logins == [(USER, PASSWORD)], "sending signed in"
    assert report.ok and report.diagnosis is None, "sending works: the test passes"
    step = last(report)
    assert step.name == "mailbox" and not step.ok and step.optional
    assert report.warnings == [step]
    assert step.warning.startswith("The mailbox refused the sign-in")
    assert "server, port and security" in step.warning
    assert "Sending works." not in step.warning, "the verdict says so once, not each warning"
    assert str(step).startswith("⚠ Mailbox (IMAP): cannot be read")
    assert report.as_json()["ok"] is True
    assert PASSWORD not in repr(report) + str(report.as_json())


def test_gmail_advice_says_to_turn_on_imap_and_use_the_app_password(
    certs: Certificates, server: MailServer, tmp_path: Path
) -> None:
    with imap_server(tmp_path, certs, user=USER, password="another-password") as imap:
        gmail = replace(reading(server, imap), preset="gmail")
        step = mailbox_step(gmail, sign_in=TypedPassword(USER, PASSWORD), timeout=5)
    assert step is not None and not step.ok
    assert "turn on IMAP in Gmail" in step.warning and "App Password" in step.warning


def test_an_unreachable_mailbox_is_a_warning(server: MailServer) -> None:
    nobody = free_port()  # nothing listens there
    report, _ = check(account(server.port, imap_host="127.0.0.1", imap_port=nobody))
    assert report.ok
    step = last(report)
    assert not step.ok and f"127.0.0.1:{nobody} cannot be reached" in step.warning


def test_a_silent_mailbox_ends_within_the_step_timeout(server: MailServer) -> None:
    with raw_listener(greeting=None) as silent:
        started = time.monotonic()
        report, _ = check(
            account(server.port, imap_host="127.0.0.1", imap_port=silent), timeout=2.0
        )
        took = time.monotonic() - started
    assert report.ok and not last(report).ok
    warning = last(report).warning
    assert "no answer in time" in warning or "did not answer" in warning
    assert took < 5, f"the test took {took:.1f} s with a 2 s timeout"


def test_cancel_during_the_mailbox_step_stops_within_a_second(server: MailServer) -> None:
    canceller = Canceller()
    reports: list[ConnectionReport] = []
    with raw_listener(greeting=None) as silent:
        acct = account(server.port, imap_host="127.0.0.1", imap_port=silent)
        worker = threading.Thread(
            target=lambda: reports.append(
                run_test(
                    acct,
                    sign_in=TypedPassword(USER, PASSWORD),
                    timeout=30.0,
                    canceller=canceller,
                )
            )
        )
        worker.start()
        deadline = time.monotonic() + 10
        while not server.seen.logins and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.5)  # well into the mailbox step: the silent server keeps it waiting
        start = time.monotonic()
        canceller.cancel()
        worker.join(5)
        elapsed = time.monotonic() - start
    assert not worker.is_alive() and elapsed < 1.0
    [report] = reports
    assert report.diagnosis is not None and report.diagnosis.category == "cancelled"


def test_no_mailbox_no_step(server: MailServer) -> None:
    report, _ = check(account(server.port))
    assert report.ok and [s.name for s in report.steps][-1] == "quit"


def test_a_failed_send_test_does_not_go_on_to_the_mailbox(
    certs: Certificates, tmp_path: Path
) -> None:
    with (
        imap_server(tmp_path, certs, user=USER) as imap,
        mail_server(tls=certs.server_context()) as smtp,
    ):
        report = run_test(reading(smtp, imap), sign_in=TypedPassword(USER, "wrong"), timeout=5.0)
    assert report.diagnosis is not None and report.diagnosis.category == "auth_failed"
    assert "mailbox" not in [s.name for s in report.steps]


def test_sign_in_with_microsoft_not_yet_signed_in_is_a_warning_in_plain_words(
    server: MailServer, memory_keyring: MemoryKeyring, tmp_path: Path, certs: Certificates
) -> None:
    with imap_server(tmp_path, certs, user=USER) as imap:
        acct = replace(reading(server, imap), preset="office365", sign_in=SignInMethod.MICROSOFT)
        step = mailbox_step(acct, sign_in=TypedPassword(USER, PASSWORD), timeout=2)
    assert step is not None and not step.ok and step.optional
    why, _, advice = step.warning.partition(" For SMTP Desk to confirm sent bills")
    assert "sign in" in why.lower() and "cannot be reached" not in why, "the sign-in is missing"
    assert "sign in again when asked" in advice
    assert "App Password" not in step.warning, "no password is used with Microsoft"
    assert "Error" not in step.warning and "Exception" not in step.warning
