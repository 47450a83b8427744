"""The connection test against real mail servers on loopback: every diagnosis category
is produced by a real server behaviour."""

from __future__ import annotations

import io
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import trustme
from pypdf import PdfReader

from smtp_desk.core.account import AccountSettings, Security
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.connection_test import ConnectionReport, run_test
from smtp_desk.core.sample_statement import statement_for_test_email
from smtp_desk.core.signin import TypedPassword
from smtp_desk.core.transcript import Transcript
from tests.support.smtpd import (
    PASSWORD,
    USER,
    Behaviour,
    Certificates,
    free_port,
    mail_server,
    raw_listener,
)


def account(
    port: int,
    security: Security,
    *,
    preset: str = "custom",
    host: str = "127.0.0.1",
    user: str = USER,
) -> AccountSettings:
    return AccountSettings(
        preset=preset,
        host=host,
        port=port,
        security=security,
        user=user,
        from_email=USER,
        from_name="Crystal Heights CHS",
    )


def check(
    acct: AccountSettings,
    *,
    password: str = PASSWORD,
    send_to: str = "",
    timeout: float = 5.0,
    data_home: Path | None = None,
    **kwargs: object,
) -> ConnectionReport:
    attachment = None
    if send_to:
        folder = data_home or Path("/nonexistent")
        attachment = lambda: statement_for_test_email(folder)[0]  # noqa: E731
    return run_test(
        acct,
        sign_in=TypedPassword(acct.user, password),
        send_to=send_to,
        attachment=attachment,
        timeout=timeout,
        probe_timeout=1.0,
        **kwargs,
    )  # type: ignore[arg-type]


def names(report: ConnectionReport) -> list[str]:
    return [s.name for s in report.steps]


# ----- passing ---------------------------------------------------------------------------


def test_passes_with_starttls_and_sign_in(certs: Certificates) -> None:
    with mail_server(tls=certs.server_context()) as server:
        report = check(account(server.port, Security.STARTTLS))
    assert report.ok, report.diagnosis
    assert names(report) == [
        "resolve",
        "connect",
        "greeting",
        "ehlo",
        "tls",
        "auth",
        "mail",
        "rcpt",
        "quit",
    ]
    tls = next(s for s in report.steps if s.name == "tls")
    assert "TLSv1." in tls.detail and "valid until" in tls.detail
    ehlo = next(s for s in report.steps if s.name == "ehlo")
    assert "STARTTLS" in ehlo.detail and "messages up to 34 MB" in ehlo.detail
    assert server.seen.logins == [(USER, PASSWORD)]
    assert server.seen.messages == [], "without --send-to nothing is sent"


def test_passes_with_ssl_and_the_test_statement_arrives_as_a_pdf(
    certs: Certificates, tmp_path: Path
) -> None:
    with mail_server(tls=certs.server_context(), implicit_tls=True) as server:
        report = check(
            account(server.port, Security.SSL), send_to="treasurer@crystal.in", data_home=tmp_path
        )
    assert report.ok, report.diagnosis
    assert names(report)[:3] == ["resolve", "connect", "tls"]
    assert "data" in names(report)
    [message] = server.seen.messages
    assert server.seen.recipients == [["treasurer@crystal.in"]]
    assert message["Message-ID"] == report.sent_message_id
    assert message["From"] == f"Crystal Heights CHS <{USER}>"
    [pdf] = [part for part in message.iter_attachments()]
    assert pdf.get_content_type() == "application/pdf"
    text = PdfReader(io.BytesIO(pdf.get_content())).pages[0].extract_text()
    assert "MEMBER STATEMENT" in text


def test_the_transcript_never_shows_the_password(certs: Certificates) -> None:
    import base64

    lines: list[str] = []
    with mail_server(tls=certs.server_context()) as server:
        report = check(account(server.port, Security.STARTTLS), transcript=Transcript(lines.append))
    assert report.ok
    joined = "\n".join(lines)
    plain = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()
    assert PASSWORD not in joined and plain not in joined
    assert base64.b64encode(PASSWORD.encode()).decode() not in joined
    assert "C: AUTH PLAIN •••" in joined or "C: AUTH LOGIN •••" in joined
    assert "S: 235" in joined and "C: mail FROM:" in joined


def test_a_certificate_about_to_expire_is_a_warning(certs: Certificates) -> None:
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    soon = datetime.now(UTC) + timedelta(days=5)
    certs.ca.issue_cert("127.0.0.1", not_after=soon).configure_cert(context)
    with mail_server(tls=context) as server:
        report = check(account(server.port, Security.STARTTLS))
    assert report.ok
    tls = next(s for s in report.steps if s.name == "tls")
    assert "expires in" in tls.warning


# ----- connect, TLS and greeting level ----------------------------------------------------


def test_dns_not_found() -> None:
    report = check(account(587, Security.STARTTLS, host="no-such-host.invalid"))
    assert report.diagnosis is not None and report.diagnosis.category == "dns_not_found"
    assert names(report) == ["resolve"]


def test_closed_port_is_connection_refused() -> None:
    report = check(account(free_port(), Security.STARTTLS))
    assert report.diagnosis is not None and report.diagnosis.category == "connection_refused"
    assert report.suggestion is None


@pytest.mark.parametrize("timeout", [1.0, 4.0])
def test_a_server_that_never_greets_ends_the_test_within_its_timeout(timeout: float) -> None:
    with raw_listener(greeting=None) as port:
        start = time.monotonic()
        report = check(account(port, Security.STARTTLS), timeout=timeout)
        elapsed = time.monotonic() - start
    assert report.diagnosis is not None and report.diagnosis.category == "timeout"
    assert report.diagnosis.transient
    assert elapsed < timeout + 0.5, f"{elapsed:.1f} s: the timeout bounds the whole test"


def test_421_greeting_is_throttled() -> None:
    with raw_listener(b"421 4.7.0 Try again later, closing connection.\r\n") as port:
        report = check(account(port, Security.STARTTLS))
    assert report.diagnosis is not None
    assert (report.diagnosis.category, report.diagnosis.smtp_code) == ("throttled", 421)
    assert report.diagnosis.enhanced_code == "4.7.0"


def test_no_starttls_means_no_password_sent(certs: Certificates) -> None:
    with mail_server(tls=None) as server:
        report = check(account(server.port, Security.STARTTLS))
    assert report.diagnosis is not None
    assert report.diagnosis.category == "starttls_unavailable"
    assert server.seen.logins == [], "the password never reached the server"
    assert "auth" not in names(report)


def test_ssl_on_a_starttls_port_suggests_starttls(certs: Certificates) -> None:
    with mail_server(tls=certs.server_context()) as server:
        report = check(account(server.port, Security.SSL))
        assert report.diagnosis is not None
        assert report.diagnosis.category == "tls_mode_mismatch"
        assert report.suggestion is not None
        assert (report.suggestion.port, report.suggestion.security) == (
            server.port,
            Security.STARTTLS,
        )
        assert f"STARTTLS on port {server.port}, not SSL/TLS" in report.diagnosis.action
        assert server.seen.logins == [], "probes never use the password"


def test_starttls_on_an_ssl_port_suggests_ssl_in_seconds(certs: Certificates) -> None:
    """The server waits for a TLS hello that never comes: the other modes are probed while
    the test waits, so the mismatch is found long before the greeting's 15 s."""
    with mail_server(tls=certs.server_context(), implicit_tls=True) as server:
        started = time.monotonic()
        report = check(account(server.port, Security.STARTTLS), timeout=15.0)
        took = time.monotonic() - started
    assert took < 5, f"mismatch found after {took:.1f} s"
    assert report.diagnosis is not None and report.diagnosis.category == "tls_mode_mismatch"
    assert report.suggestion is not None
    assert (report.suggestion.port, report.suggestion.security) == (server.port, Security.SSL)
    assert report.as_json()["suggestion"] == {"port": server.port, "security": "ssl"}


def test_untrusted_certificate(certs: Certificates) -> None:
    stranger = trustme.CA()
    with mail_server(tls=certs.server_context(ca=stranger)) as server:
        report = check(account(server.port, Security.STARTTLS))
    assert report.diagnosis is not None
    assert report.diagnosis.category == "certificate_untrusted"
    assert server.seen.logins == []


def test_certificate_for_another_name(certs: Certificates) -> None:
    with mail_server(tls=certs.server_context("mail.example.org")) as server:
        report = check(account(server.port, Security.STARTTLS))
    assert report.diagnosis is not None
    assert report.diagnosis.category == "certificate_name_mismatch"


@pytest.mark.filterwarnings("ignore:ssl.TLSVersion.TLSv1_1 is deprecated")
def test_a_server_limited_to_old_tls_fails_the_handshake(certs: Certificates) -> None:
    import ssl

    context = certs.server_context()
    context.maximum_version = ssl.TLSVersion.TLSv1_1
    with mail_server(tls=context) as server:
        report = check(account(server.port, Security.STARTTLS))
    assert report.diagnosis is not None and report.diagnosis.category == "tls_failed"


# ----- sign-in ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "preset", "category", "says"),
    [
        (
            "535 5.7.8 Username and Password not accepted.",
            "gmail",
            "auth_failed",
            "myaccount.google.com/apppasswords",
        ),
        ("535 5.7.3 Authentication unsuccessful", "custom", "auth_failed", "changed"),
        (
            "534-5.7.9 Application-specific password required. Learn more at\r\n534 5.7.9 "
            "https://support.google.com/mail/?p=InvalidSecondFactor",
            "gmail",
            "app_password_required",
            "2-Step Verification",
        ),
        (
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            "the Tenant.",
            "office365",
            "auth_disabled_by_provider",
            "Sign in with Microsoft",
        ),
        (
            "538 5.7.11 Encryption required for requested authentication mechanism",
            "custom",
            "encryption_required",
            "SSL/TLS",
        ),
        ("454 4.7.0 Temporary authentication failure", "custom", "throttled", "wait"),
    ],
)
def test_sign_in_replies(
    certs: Certificates, reply: str, preset: str, category: str, says: str
) -> None:
    with mail_server(tls=certs.server_context(), behaviour=Behaviour(auth_reply=reply)) as server:
        report = check(account(server.port, Security.STARTTLS, preset=preset))
    assert report.diagnosis is not None
    assert report.diagnosis.category == category
    assert says in report.diagnosis.cause + report.diagnosis.action
    assert report.diagnosis.smtp_code == int(reply[:3])


def test_a_server_without_sign_in(certs: Certificates) -> None:
    with mail_server(tls=certs.server_context(), auth=False) as server:
        report = check(account(server.port, Security.STARTTLS))
    assert report.diagnosis is not None and report.diagnosis.category == "auth_not_offered"


# ----- the envelope and the message --------------------------------------------------------


@pytest.mark.parametrize(
    ("behaviour", "preset", "category", "stage"),
    [
        (
            Behaviour(mail_reply="550 5.7.1 Sender address rejected"),
            "custom",
            "sender_rejected",
            "mail",
        ),
        (
            Behaviour(mail_reply="554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException"),
            "office365",
            "sender_rejected",
            "mail",
        ),
        (
            Behaviour(mail_reply="550 5.4.5 Daily user sending quota exceeded."),
            "gmail",
            "quota_exceeded",
            "mail",
        ),
        (
            Behaviour(
                rcpt_reply="550 5.1.1 The email account that you tried to reach does not exist."
            ),
            "custom",
            "mailbox_unavailable",
            "rcpt",
        ),
        (Behaviour(rcpt_reply="451 4.7.0 Try again later"), "custom", "throttled", "rcpt"),
        (
            Behaviour(data_reply="552 5.3.4 Message size exceeds fixed limit"),
            "custom",
            "message_too_large",
            "data",
        ),
        (
            Behaviour(data_reply="550 5.7.26 Unauthenticated email is not accepted (DMARC)"),
            "custom",
            "policy_rejected",
            "data",
        ),
        (
            Behaviour(data_reply="550 5.6.1 Content conversion not supported"),
            "custom",
            "unknown",
            "data",
        ),
        (Behaviour(drop_at_rcpt=True), "custom", "disconnected", "rcpt"),
    ],
)
def test_envelope_and_message_replies(
    certs: Certificates,
    tmp_path: Path,
    behaviour: Behaviour,
    preset: str,
    category: str,
    stage: str,
) -> None:
    with mail_server(tls=certs.server_context(), behaviour=behaviour) as server:
        report = check(
            account(server.port, Security.STARTTLS, preset=preset),
            send_to="treasurer@crystal.in",
            data_home=tmp_path,
        )
    assert report.diagnosis is not None
    assert report.diagnosis.category == category, report.diagnosis.detail
    assert report.steps[-1].name == stage and not report.steps[-1].ok
    if preset == "office365":
        assert "Send As" in report.diagnosis.action
    if category == "quota_exceeded":
        assert "24 hours" in report.diagnosis.cause + report.diagnosis.action


# ----- cancelling ---------------------------------------------------------------------------


def test_cancel_stops_a_waiting_test_within_a_second() -> None:
    canceller = Canceller()
    reports: list[ConnectionReport] = []
    with raw_listener(greeting=None) as port:
        worker = threading.Thread(
            target=lambda: reports.append(
                check(account(port, Security.STARTTLS), timeout=30.0, canceller=canceller)
            )
        )
        worker.start()
        time.sleep(0.5)
        start = time.monotonic()
        canceller.cancel()
        worker.join(5)
        elapsed = time.monotonic() - start
    assert not worker.is_alive() and elapsed < 1.0
    assert reports[0].diagnosis is not None and reports[0].diagnosis.category == "cancelled"
