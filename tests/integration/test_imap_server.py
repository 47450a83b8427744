"""The tests' IMAP server is a real one: Dovecot over verified TLS, a Sent folder with the
RFC 6154 \\Sent flag, fed by the tests' SMTP server the way Gmail keeps sent mail."""

from __future__ import annotations

import imaplib
import smtplib
import ssl
import time
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest

from tests.support.imapd import ImapServer, imap_server
from tests.support.smtpd import PASSWORD, USER, Behaviour, Certificates, mail_server


def signed_in(imap: ImapServer) -> imaplib.IMAP4_SSL:
    client = imaplib.IMAP4_SSL(
        imap.host, imap.port, ssl_context=ssl.create_default_context(), timeout=10
    )
    client.login(imap.user, imap.password)
    return client


def folders(client: imaplib.IMAP4) -> dict[str, str]:
    """name -> flags, from LIST."""
    status, lines = client.list()
    assert status == "OK"
    found = {}
    for line in lines:
        assert isinstance(line, bytes)
        flags, _, rest = line.decode().partition(") ")
        name = rest.split(" ", 1)[1].strip('"')
        found[name] = flags.lstrip("(")
    return found


def bill(to: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = USER
    message["To"] = to
    message["Subject"] = "Maintenance bill, November 2026"
    message["Message-ID"] = make_msgid(domain="crystalheights.in")
    message.set_content("Your bill is attached.\n")
    return message


def test_it_starts_quickly_and_signs_in_over_verified_tls(
    tmp_path: Path, certs: Certificates
) -> None:
    started = time.monotonic()
    with imap_server(tmp_path, certs) as imap:
        startup = time.monotonic() - started
        client = signed_in(imap)  # a certificate the default context verifies
        try:
            status, capabilities = client.capability()
            assert status == "OK" and b"SPECIAL-USE" in capabilities[0]  # type: ignore[operator]
            found = folders(client)
            assert "\\Sent" in found["Sent"]
            assert "INBOX" in found
            status, _ = client.select("INBOX")
            assert status == "OK"
        finally:
            client.logout()
        process = imap.process
    assert startup < 2, f"Dovecot took {startup:.2f} s to start"
    assert process.poll() is not None, "Dovecot is stopped afterwards"


def test_the_smtp_servers_copy_lands_in_sent_and_is_found_by_message_id(
    tmp_path: Path, certs: Certificates
) -> None:
    with imap_server(tmp_path, certs) as imap:
        behaviour = Behaviour(keep_sent=imap.keep_sent)
        sent = [bill(f"flat-{n}@example.org") for n in range(3)]
        with (
            mail_server(tls=certs.server_context(), behaviour=behaviour) as smtp,
            smtplib.SMTP(smtp.host, smtp.port, timeout=10) as relay,
        ):
            relay.starttls(context=ssl.create_default_context())
            relay.login(USER, PASSWORD)
            for message in sent:
                relay.send_message(message)
        [kept] = [m for m in imap.messages("Sent") if m["Message-ID"] == sent[1]["Message-ID"]]
        assert kept["To"] == "flat-1@example.org"
        client = signed_in(imap)
        try:
            status, data = client.select('"Sent"', readonly=True)
            assert status == "OK" and data == [b"3"]
            wanted = sent[1]["Message-ID"]
            status, data = client.uid("SEARCH", "HEADER", "Message-ID", f'"{wanted}"')
            assert status == "OK"
            [uid] = data[0].split()
            status, fetched = client.uid("FETCH", uid, "(BODY.PEEK[HEADER.FIELDS (TO)])")
            assert status == "OK" and b"flat-1@example.org" in fetched[0][1]  # type: ignore[index]
            unknown = make_msgid(domain="crystalheights.in")
            status, data = client.uid("SEARCH", "HEADER", "Message-ID", f'"{unknown}"')
            assert status == "OK" and data == [b""]
        finally:
            client.logout()


def test_the_exact_bytes_accepted_are_the_bytes_kept(tmp_path: Path, certs: Certificates) -> None:
    kept: list[bytes] = []
    with imap_server(tmp_path, certs) as imap:

        def keep(data: bytes) -> None:
            kept.append(data)
            imap.keep_sent(data)

        with (
            mail_server(tls=certs.server_context(), behaviour=Behaviour(keep_sent=keep)) as smtp,
            smtplib.SMTP(smtp.host, smtp.port, timeout=10) as relay,
        ):
            relay.starttls(context=ssl.create_default_context())
            relay.login(USER, PASSWORD)
            relay.send_message(bill("flat-7@example.org"))
        assert imap.raw_messages("Sent") == kept
        assert kept[0].count(b"\r\n") > 3  # as it came over SMTP


def test_a_wrong_password_is_refused(tmp_path: Path, certs: Certificates) -> None:
    with imap_server(tmp_path, certs) as imap:
        client = imaplib.IMAP4_SSL(
            imap.host, imap.port, ssl_context=ssl.create_default_context(), timeout=10
        )
        try:
            with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
                client.login(imap.user, "not the password")
        finally:
            client.shutdown()


def test_an_untrusted_certificate_is_refused(tmp_path: Path, certs: Certificates) -> None:
    with imap_server(tmp_path, certs) as imap, pytest.raises(ssl.SSLCertVerificationError):
        imaplib.IMAP4_SSL(
            imap.host,
            imap.port,
            ssl_context=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT),  # trusts no CA at all
            timeout=10,
        )


def test_starttls_port_signs_in_only_after_starttls(tmp_path: Path, certs: Certificates) -> None:
    with imap_server(tmp_path, certs, starttls_port=True) as imap:
        assert imap.starttls_port is not None
        client = imaplib.IMAP4(imap.host, imap.starttls_port, timeout=10)
        try:
            assert "STARTTLS" in client.capabilities
            assert "LOGINDISABLED" in client.capabilities  # no password in the clear
            with pytest.raises(imaplib.IMAP4.error, match=r"(?i)disallowed|disabled|STARTTLS"):
                client.login(imap.user, imap.password)
            client.starttls(ssl.create_default_context())
            status, _ = client.login(imap.user, imap.password)
            assert status == "OK"
        finally:
            client.logout()
    with imap_server(tmp_path / "second", certs) as imap:
        assert imap.starttls_port is None and imap.host == "127.0.0.1"


@pytest.mark.parametrize(
    ("sent_name", "special_use"),
    [("Sent Items", False), ("[Gmail]/Sent Mail", True), ("Sent Messages", False)],
)
def test_the_sent_folder_can_be_named_otherwise_and_lack_the_flag(
    tmp_path: Path, certs: Certificates, sent_name: str, special_use: bool
) -> None:
    with imap_server(tmp_path, certs, sent_name=sent_name, special_use=special_use) as imap:
        message = bill("flat-9@example.org")
        imap.keep_sent(bytes(message))
        client = signed_in(imap)
        try:
            found = folders(client)
            assert sent_name in found
            assert ("\\Sent" in found[sent_name]) is special_use
            assert not any("\\Sent" in flags for name, flags in found.items() if name != sent_name)
            status, data = client.select(f'"{sent_name}"', readonly=True)
            assert status == "OK" and data == [b"1"]
        finally:
            client.logout()
