"""SMTP Desk's mailbox (IMAP) reading and filing against a hostile or broken IMAP server
(tests/support/hostile_imap.py) and hostile mail: every read bounded in memory and time,
folder names that cannot inject commands, TLS never skipped, the password or token never
shown, and a broken server never crashing a run or marking anything wrong."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TypeVar

import pytest

from smtp_desk.core.imap import MESSAGE_CAP, MailboxError, open_mailbox
from smtp_desk.core.imap_settings import ImapSecurity
from smtp_desk.core.signin import Credentials, Mechanism, TypedPassword
from tests.support.hostile_imap import Conn, hostile_imap, xoauth2_sent
from tests.support.smtpd import Certificates

T = TypeVar("T")
USER = "society@crystalheights.in"
SECRET = "hunter2-Sup3rSecret"
TOKEN = "ya29.TOKEN-never-shown-0123456789"
SINCE = date(2026, 11, 1)
WHEN = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def _within(seconds: float, work: Callable[[], T]) -> T:
    """``work()``'s result (or its exception), failing the test when it takes longer."""
    out: list[object] = []

    def run() -> None:
        try:
            out.append(("ok", work()))
        except BaseException as exc:
            out.append(("raised", exc))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert out, f"still running after {seconds} s"
    kind, value = out[0]  # type: ignore[misc]
    if kind == "raised":
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


def _password() -> TypedPassword:
    return TypedPassword(USER, SECRET)


class _Token:
    """A Sign in with Google that hands over ``TOKEN``."""

    user = USER
    service = "Google"

    def credentials(self) -> Credentials:
        return Credentials(USER, TOKEN, Mechanism.XOAUTH2, service="Google")


def _read_messages(imap, timeout: float = 2.0) -> list[bytes]:  # type: ignore[no-untyped-def]
    with open_mailbox(imap.settings(), _password(), timeout=timeout) as mailbox:
        return mailbox.messages_since("INBOX", SINCE)


# -- memory and time -------------------------------------------------------------------------


def test_a_gigantic_literal_is_refused_without_reading_it(certs: Certificates) -> None:
    def fetch(conn: Conn, tag: bytes, rest: bytes) -> None:
        conn.send(b"* 1 FETCH (BODY[] {999999999999}\r\n")

    with (
        hostile_imap(certs, messages=[b"x"], handlers={b"FETCH": fetch}) as imap,
        pytest.raises(MailboxError, match="lost"),
    ):
        _within(10, lambda: _read_messages(imap))


def test_a_message_longer_than_asked_for_is_refused(certs: Certificates) -> None:
    """The FETCH asks for the first MESSAGE_CAP bytes; a server that ignores the partial
    and sends more is not believed (nor is what it sends kept in memory)."""
    big = b"Subject: big\r\n\r\n" + b"A" * (3 * MESSAGE_CAP)
    with hostile_imap(certs, messages=[big]) as imap:
        try:
            found = _within(20, lambda: _read_messages(imap, timeout=5))
        except MailboxError:
            return
        assert all(len(m) <= MESSAGE_CAP for m in found)


def test_never_ending_untagged_lines_are_cut_off(certs: Certificates) -> None:
    def search(conn: Conn, tag: bytes, rest: bytes) -> None:
        line = b"* OK " + b"z" * 1000 + b"\r\n"
        chunk = line * 1000
        while True:
            conn.send(chunk)

    with (
        hostile_imap(certs, messages=[b"x"], handlers={b"SEARCH": search}) as imap,
        pytest.raises(MailboxError),
    ):
        _within(30, lambda: _read_messages(imap))


def test_a_server_dripping_a_line_is_given_up_on(certs: Certificates) -> None:
    """One byte at a time, each within the socket timeout: the command still ends."""

    def search(conn: Conn, tag: bytes, rest: bytes) -> None:
        import time

        while True:
            conn.send(b"z")
            time.sleep(0.1)

    with (
        hostile_imap(certs, messages=[b"x"], handlers={b"SEARCH": search}) as imap,
        pytest.raises(MailboxError),
    ):
        _within(20, lambda: _read_messages(imap, timeout=0.3))  # 10 × 0.3 s all told


def test_a_search_with_garbage_numbers_does_not_crash(certs: Certificates) -> None:
    def search(conn: Conn, tag: bytes, rest: bytes) -> None:
        conn.line(b"* SEARCH 1 \xff\xfe 2,3 DELETE 1:*")
        conn.line(tag + b" OK SEARCH done")

    with hostile_imap(
        certs, messages=[b"Subject: a\r\n\r\nx"], handlers={b"SEARCH": search}
    ) as imap:
        found = _within(10, lambda: _read_messages(imap))
        fetches = [line for line in imap.received if b" FETCH " in line]
    assert found == [b"Subject: a\r\n\r\nx"]
    assert fetches and all(b"DELETE" not in f and b"\xff" not in f for f in fetches)


# -- folder names ----------------------------------------------------------------------------


def _sent_folder(imap) -> str:  # type: ignore[no-untyped-def]
    with open_mailbox(imap.settings(), _password(), timeout=2) as mailbox:
        name = mailbox.sent_folder()
        mailbox.message_ids(name, SINCE)
        return name


def test_a_sent_folder_with_a_non_ascii_name_is_a_mailbox_error(certs: Certificates) -> None:
    folders = [b'(\\Sent) "/" "Envoy\xc3\xa9s"', b'() "/" "Sent"']
    with hostile_imap(certs, folders=folders) as imap:
        name = _within(10, lambda: _sent_folder(imap))
    assert name == "Sent"  # the one that can be named is used


def test_a_modified_utf7_name_is_used_as_the_server_gave_it(certs: Certificates) -> None:
    with hostile_imap(certs, folders=[b'(\\Sent) "/" "Envoy&AOk-s"']) as imap:
        name = _within(10, lambda: _sent_folder(imap))
        selects = [line for line in imap.received if b"EXAMINE" in line or b"SELECT" in line]
    assert name == "Envoy&AOk-s"
    assert selects[0].endswith(b' "Envoy&AOk-s"\r\n')


def test_a_quoted_folder_name_with_escapes_is_read_right(certs: Certificates) -> None:
    with hostile_imap(certs, folders=[b'(\\Sent) "/" "My \\"Sent\\" \\\\ box"']) as imap:
        name = _within(10, lambda: _sent_folder(imap))
        selects = [line for line in imap.received if b"EXAMINE" in line or b"SELECT" in line]
    assert name == 'My "Sent" \\ box'
    assert selects[0].endswith(b' "My \\"Sent\\" \\\\ box"\r\n')


@pytest.mark.parametrize(
    "listed",
    [
        b'(\\Sent) "/" "x\rA001 DELETE INBOX"',
        b'(\\Sent) "/" "x\\"\rA001 DELETE INBOX\r"',
        b'(\\Sent) "/" "x\x00y"',
        b'(\\Sent) "/" {21}\r\nx"\r\nA001 DELETE INBOX',
    ],
)
def test_a_folder_name_cannot_inject_a_command(certs: Certificates, listed: bytes) -> None:
    with hostile_imap(certs, folders=[listed, b'() "/" "Sent Items"']) as imap:
        name = _within(10, lambda: _sent_folder(imap))
        received = list(imap.received)
    assert name == "Sent Items"
    assert not any(b"DELETE" in line for line in received)


def test_a_nil_delimiter_and_an_atom_name_are_read(certs: Certificates) -> None:
    with hostile_imap(certs, folders=[b"(\\HasNoChildren) NIL Sent"]) as imap:
        assert _within(10, lambda: _sent_folder(imap)) == "Sent"


def test_a_folder_named_nil_is_not_taken_for_sent(certs: Certificates) -> None:
    with hostile_imap(certs, folders=[b'(\\Noselect) "/" NIL', b'() "/" "Sent"']) as imap:
        assert _within(10, lambda: _sent_folder(imap)) == "Sent"


def test_a_bounce_folder_with_a_look_alike_name_does_not_crash(
    certs: Certificates, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from smtp_desk.core.bounces import bounce_folders

    # "ſ" (long s) casefolds to "s": "Bounceſ" looks like "Bounces" to casefold
    folders = [b'() "/" "INBOX"', b'() "/" "Bounce\xc5\xbf"', b'() "/" "Bounced"']
    with (
        hostile_imap(certs, folders=folders) as imap,
        open_mailbox(imap.settings(), _password(), timeout=2) as mailbox,
    ):
        names = bounce_folders(mailbox)
        for name in names:
            mailbox.messages_since(name, SINCE)
    assert names == ["Bounced"]


# -- TLS -------------------------------------------------------------------------------------


def test_a_server_without_starttls_is_never_signed_in_to(certs: Certificates) -> None:
    def capability(conn: Conn, tag: bytes, rest: bytes) -> None:
        conn.line(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN")
        conn.line(tag + b" OK done")

    def login(conn: Conn, tag: bytes, rest: bytes) -> None:
        conn.line(tag + b" OK welcome, plain text")

    with hostile_imap(
        certs,
        security=ImapSecurity.STARTTLS,
        handlers={b"CAPABILITY": capability, b"LOGIN": login},
    ) as imap:
        with pytest.raises(MailboxError, match="STARTTLS"):
            _within(10, lambda: _sent_folder(imap))
        received = b"".join(imap.received)
    assert b"LOGIN" not in received and SECRET.encode() not in received


def test_a_failed_starttls_handshake_never_signs_in(certs: Certificates) -> None:
    def starttls(conn: Conn, tag: bytes, rest: bytes) -> None:
        conn.line(tag + b" OK begin TLS")
        conn.send(b"this is not TLS at all\r\n" * 10)

    with hostile_imap(
        certs, security=ImapSecurity.STARTTLS, handlers={b"STARTTLS": starttls}
    ) as imap:
        with pytest.raises(MailboxError):
            _within(10, lambda: _sent_folder(imap))
        received = b"".join(imap.received)
    assert b"LOGIN" not in received and SECRET.encode() not in received


def test_starttls_refused_by_the_server_never_signs_in(certs: Certificates) -> None:
    def starttls(conn: Conn, tag: bytes, rest: bytes) -> None:
        conn.line(tag + b" NO not today")

    with hostile_imap(
        certs, security=ImapSecurity.STARTTLS, handlers={b"STARTTLS": starttls}
    ) as imap:
        with pytest.raises(MailboxError):
            _within(10, lambda: _sent_folder(imap))
        received = b"".join(imap.received)
    assert b"LOGIN" not in received and SECRET.encode() not in received


@pytest.mark.parametrize("security", [ImapSecurity.SSL, ImapSecurity.STARTTLS])
def test_a_certificate_for_another_name_is_refused(
    certs: Certificates, security: ImapSecurity
) -> None:
    context = certs.server_context("mail.elsewhere.example")
    with hostile_imap(certs, context=context, security=security) as imap:
        with pytest.raises(MailboxError, match="not trusted"):
            _within(10, lambda: _sent_folder(imap))
        received = b"".join(imap.received)
    assert b"LOGIN" not in received


# -- secrets ---------------------------------------------------------------------------------


def test_a_refused_password_echoed_back_is_never_shown(
    certs: Certificates, caplog: pytest.LogCaptureFixture
) -> None:
    def login(conn: Conn, tag: bytes, rest: bytes) -> None:
        conn.line(tag + b" NO [AUTHENTICATIONFAILED] you said " + rest)

    caplog.set_level(logging.DEBUG)
    with (
        hostile_imap(certs, handlers={b"LOGIN": login}) as imap,
        pytest.raises(MailboxError) as caught,
    ):
        _within(10, lambda: _sent_folder(imap))
    assert SECRET not in str(caught.value) and SECRET not in caplog.text


def test_xoauth2_endless_continuations(
    certs: Certificates, caplog: pytest.LogCaptureFixture
) -> None:
    def authenticate(conn: Conn, tag: bytes, rest: bytes) -> None:
        for _ in range(50):
            conn.line(b"+ eyJzdGF0dXMiOiI0MDEifQ==")
            answer = conn.readline()
            conn.server.received.append(answer)
            if not answer or answer.strip() == b"*":
                break
        conn.line(tag + b" NO cancelled")

    caplog.set_level(logging.DEBUG)
    with hostile_imap(certs, handlers={b"AUTHENTICATE": authenticate}) as imap:
        with pytest.raises(MailboxError, match="sign in again"):
            _within(10, lambda: _sent_folder_token(imap))
        sent = [s for s in xoauth2_sent(imap.received) if TOKEN.encode() in s]
        answers = len(imap.received)
    assert len(sent) == 1
    assert answers < 10
    assert TOKEN not in caplog.text


def _sent_folder_token(imap) -> str:  # type: ignore[no-untyped-def]
    with open_mailbox(imap.settings(), _Token(), timeout=2) as mailbox:
        return mailbox.sent_folder()


def test_a_token_echoed_back_is_never_shown(
    certs: Certificates, caplog: pytest.LogCaptureFixture
) -> None:
    import base64

    def authenticate(conn: Conn, tag: bytes, rest: bytes) -> None:
        conn.line(b"+ ")
        answer = conn.readline()
        said = base64.b64decode(answer.strip())
        conn.line(b"+ " + base64.b64encode(b'{"status":"401","you_sent":"' + said + b'"}'))
        conn.readline()
        conn.line(tag + b" NO [AUTHENTICATIONFAILED] " + said.replace(b"\x01", b" "))

    caplog.set_level(logging.DEBUG)
    with (
        hostile_imap(certs, handlers={b"AUTHENTICATE": authenticate}) as imap,
        pytest.raises(MailboxError) as caught,
    ):
        _within(10, lambda: _sent_folder_token(imap))
    assert TOKEN not in str(caught.value)
    assert TOKEN not in caplog.text


def test_a_capability_line_beyond_ascii_is_a_mailbox_error(certs: Certificates) -> None:
    def capability(conn: Conn, tag: bytes, rest: bytes) -> None:
        conn.line(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN X-\xff\xfe")
        conn.line(tag + b" OK done")

    with (
        hostile_imap(certs, handlers={b"CAPABILITY": capability}) as imap,
        pytest.raises(MailboxError),
    ):
        _within(10, lambda: _sent_folder(imap))


def test_a_password_beyond_ascii_is_a_mailbox_error_that_never_shows_it(
    certs: Certificates, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Soci\u00e9t\u00e9\u00a3-Secret"
    caplog.set_level(logging.DEBUG)

    def work() -> str:
        with open_mailbox(imap.settings(), TypedPassword(USER, secret), timeout=2) as mailbox:
            return mailbox.sent_folder()

    with hostile_imap(certs) as imap, pytest.raises(MailboxError) as caught:
        _within(10, work)
    assert secret not in str(caught.value) and secret not in caplog.text


def test_plain_text_sent_after_starttls_is_never_believed(certs: Certificates) -> None:
    """A man in the middle answers STARTTLS and, in the same packet, capabilities of its own
    (CVE-2011-0411's kind): they are never taken for the encrypted server's (which does not
    take XOAUTH2, so a token is never offered)."""

    def starttls(conn: Conn, tag: bytes, rest: bytes) -> None:
        conn.send(tag + b" OK begin TLS\r\n* CAPABILITY IMAP4rev1 AUTH=XOAUTH2 INJECTED\r\n")
        conn.starttls(conn.server.context)

    with hostile_imap(
        certs,
        security=ImapSecurity.STARTTLS,
        capabilities=b"IMAP4rev1 AUTH=PLAIN",
        handlers={b"STARTTLS": starttls},
    ) as imap:
        with pytest.raises(MailboxError):
            _within(10, lambda: _sent_folder_token(imap))
        received = b"".join(imap.received)
    assert b"AUTHENTICATE" not in received and TOKEN.encode() not in received


# -- filing copies (APPEND) ------------------------------------------------------------------


def _copies(imap, monkeypatch: pytest.MonkeyPatch, canceller=None, timeout=2.0):  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from smtp_desk.core import sent_copies

    monkeypatch.setattr(sent_copies, "mailbox_for", lambda account: imap.settings())
    monkeypatch.setattr(sent_copies, "mailbox_sign_in", lambda account, secrets: _password())
    account = SimpleNamespace(copy_to_sent=True)
    return sent_copies.SentCopies(  # type: ignore[arg-type]
        account, None, clock=lambda: WHEN, timeout=timeout, canceller=canceller
    )


def _send(copies, flat: str) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    item = SimpleNamespace(flat=flat)
    copies(item, b"Subject: bill\r\n\r\nbody\r\n", SimpleNamespace(archive_refused=""))


@pytest.mark.parametrize("when", ["before the literal", "mid literal", "before the OK", "NO"])
def test_a_server_that_breaks_off_an_append_costs_only_the_copy(
    certs: Certificates, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    def append(conn: Conn, tag: bytes, rest: bytes) -> bool:
        if when == "before the literal":
            return False
        conn.line(b"+ go ahead")
        if when == "mid literal":
            conn.read(5)
            return False
        conn.readline()
        conn.readline()
        if when == "NO":
            conn.line(tag + b" NO [OVERQUOTA] \x1b[31m" + SECRET.encode() + b" " + b"q" * 5000)
            return True
        return False

    with hostile_imap(certs, handlers={b"APPEND": append}) as imap:  # type: ignore[dict-item]
        copies = _copies(imap, monkeypatch)
        for flat in ("A-101", "A-102", "A-103", "A-104"):
            _within(20, lambda flat=flat: _send(copies, flat))
        copies.close()
    report = copies.report
    assert report.filed == 0
    assert report.not_filed == ["A-101", "A-102", "A-103", "A-104"]
    assert len(report.filing_problem) < 400
    assert "\x1b" not in report.filing_problem


def test_a_sent_folder_beyond_ascii_costs_only_the_copies(
    certs: Certificates, monkeypatch: pytest.MonkeyPatch
) -> None:
    with hostile_imap(certs, folders=[b'(\\Sent) "/" "Envoy\xc3\xa9s"']) as imap:
        copies = _copies(imap, monkeypatch)
        _within(20, lambda: _send(copies, "A-101"))
        copies.close()
    assert copies.report.not_filed == ["A-101"]


# -- hostile bounces -------------------------------------------------------------------------


def _dsn(
    recipients: list[str], diagnostic: str = "smtp; 550 5.1.1 unknown", body: str = ""
) -> bytes:
    blocks = "".join(
        f"\r\nFinal-Recipient: rfc822; {r}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        f"Diagnostic-Code: {diagnostic}\r\n"
        for r in recipients
    )
    return (
        "From: MAILER-DAEMON@mx.example\r\nTo: society@crystalheights.in\r\n"
        "Subject: Undelivered Mail\r\nMessage-ID: <dsn.1@mx.example>\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
        f"--B\r\nContent-Type: text/plain\r\n\r\n{body or 'Your message was not delivered.'}\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; mx.example\r\n{blocks}\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        "Message-ID: <bill.A-101@crystalheights.in>\r\n\r\n--B--\r\n"
    ).encode()


def test_a_bounce_naming_ten_thousand_recipients_is_bounded() -> None:
    from smtp_desk.core.dsn import read_bounce

    raw = _dsn([f"m{n}@example.com" for n in range(10_000)])
    bounce = _within(10, lambda: read_bounce(raw))
    assert bounce is not None and 0 < len(bounce.recipients) <= 50


def test_a_ten_megabyte_bounce_and_deep_nesting_are_bounded() -> None:
    from smtp_desk.core.dsn import read_bounce

    huge = _dsn(["a@example.com"], body="x" * (10 * 1024 * 1024))
    nested = b"".join(b"Content-Type: message/rfc822\r\n\r\n" for _ in range(200)) + _dsn(
        ["a@example.com"]
    )
    many = b"Content-Type: multipart/mixed; boundary=Z\r\n\r\n" + b"--Z\r\n\r\nx\r\n" * 200_000
    for raw in (huge, nested, many):
        _within(20, lambda raw=raw: read_bounce(raw))


def test_markup_in_a_bounce_is_text_wherever_the_window_shows_it() -> None:
    from html import escape

    from smtp_desk.core.bounces import BouncedMember, _member
    from smtp_desk.core.dsn import read_bounce
    from smtp_desk.gui.bounce_notice import sentence

    script = "<script>alert(1)</script><img src=http://evil.example/x>"
    raw = _dsn([f"a{script}@example.com"], diagnostic=f"smtp; 550 5.1.1 {script}" + "y" * 5000)
    bounce = read_bounce(raw)
    assert bounce is not None
    recipient = bounce.recipients[0]
    assert len(recipient.diagnostic) <= 400
    from types import SimpleNamespace

    item = SimpleNamespace(flat=f"A-101{script}", recipients=["a@example.com"], message_id="<x@y>")
    member: BouncedMember = _member(item, recipient)  # type: ignore[arg-type]
    assert len(member.line()) < 1000
    shown = sentence([member])
    assert "<script>" not in shown and "<img" not in shown
    assert escape(f"A-101{script}") in shown


def test_stop_cuts_a_filing_that_waits_on_a_silent_mailbox(
    certs: Certificates, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel stops a run within a second, also while a copy is being filed: the copy's
    connection is shut with the run's, and no further copy is tried."""
    import threading
    import time

    from smtp_desk.core.canceller import Canceller

    def append(conn: Conn, tag: bytes, rest: bytes) -> bool:
        conn.line(b"+ go ahead")
        conn.readline()
        time.sleep(30)  # the copy is in, the answer never comes
        return False

    with hostile_imap(certs, handlers={b"APPEND": append}) as imap:  # type: ignore[dict-item]
        canceller = Canceller()
        copies = _copies(imap, monkeypatch, canceller=canceller, timeout=20.0)
        threading.Timer(0.5, canceller.cancel).start()
        started = time.monotonic()
        _within(10, lambda: _send(copies, "A-101"))
        took = time.monotonic() - started
        _send(copies, "A-102")  # after Stop: not tried
        copies.close()
    assert took < 3, f"the filing held Stop for {took:.1f} s"
    assert copies.report.not_filed == ["A-101", "A-102"] and copies.report.filed == 0
