"""Settings found from the address, against a real DNS server (dnslib) on loopback, a real
HTTPS autoconfig server and a real mail server: what ``smtp-desk detect`` and
``configure --detect`` find, where from, and that a silent DNS never hangs them."""

from __future__ import annotations

import io
import json
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from smtp_desk.core.detect import DNS_ENV, Source, detect
from smtp_desk.core.paths import DataFolder
from tests.support.commands import run_command
from tests.support.dns_server import dns_server
from tests.support.smtpd import PASSWORD, USER, Certificates, MailServer

ZONE = """
greenpark.in.        300 IN MX 10 greenpark-in.mail.protection.outlook.com.
crystal.in.          300 IN MX 1  aspmx.l.google.com.
crystal.in.          300 IN MX 5  alt1.aspmx.l.google.com.
laxmi.in.            300 IN MX 10 mx.zoho.in.
shanti.in.           300 IN MX 10 mx1.titan.email.
anand.in.            300 IN MX 10 mx1.hostinger.com.
sai.in.              300 IN MX 10 mx1.mailhostbox.com.
own.in.              300 IN MX 10 mail.own.in.
_submissions._tcp.own.in. 300 IN SRV 0 1 465 mail.own.in.
tls.in.              300 IN MX 10 mail.tls.in.
_submission._tcp.tls.in. 300 IN SRV 0 1 587 smtp.tls.in.
_submissions._tcp.tls.in. 300 IN SRV 0 0 0 .
"""


@pytest.fixture(scope="module")
def society_dns() -> Iterator[str]:
    """One DNS server for the module (stopping one takes a second)."""
    with dns_server(ZONE) as address:
        yield address


@pytest.fixture
def dns(society_dns: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(DNS_ENV, society_dns)
    return society_dns


@pytest.mark.parametrize(
    ("address", "preset", "host", "port", "security", "sign_in"),
    [
        ("accounts@greenpark.in", "office365", "smtp.office365.com", 587, "starttls", "microsoft"),
        ("accounts@crystal.in", "workspace", "smtp.gmail.com", 587, "starttls", "password"),
        ("accounts@laxmi.in", "zoho-in", "smtp.zoho.in", 465, "ssl", "password"),
        ("accounts@shanti.in", "custom", "smtp.titan.email", 465, "ssl", "password"),
        ("accounts@anand.in", "custom", "smtp.hostinger.com", 465, "ssl", "password"),
        ("accounts@sai.in", "custom", "smtp.mailhostbox.com", 587, "starttls", "password"),
    ],
)
def test_the_domains_mail_servers_name_the_provider(
    dns: str, address: str, preset: str, host: str, port: int, security: str, sign_in: str
) -> None:
    found = detect(address)
    assert found.source is Source.MX
    assert (found.preset, found.host, found.port) == (preset, host, port)
    assert (found.security.value, found.sign_in.value) == (security, sign_in)
    assert "your domain's mail is handled by" in found.detail


def test_common_mailbox_domains_need_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DNS_ENV, "127.0.0.1:9")  # nothing answers there: not asked at all
    started = time.monotonic()
    for address, preset in (("a@gmail.com", "gmail"), ("b@hotmail.com", "outlook")):
        found = detect(address)
        assert found.source is Source.KNOWN_DOMAIN and found.preset == preset
    assert detect("b@outlook.com").sign_in.value == "microsoft"
    assert time.monotonic() - started < 0.5


def test_a_published_submission_server_is_used(dns: str) -> None:
    ssl_found = detect("accounts@own.in")
    assert (ssl_found.source, ssl_found.host, ssl_found.port) == (Source.SRV, "mail.own.in", 465)
    assert ssl_found.security.value == "ssl" and ssl_found.preset == "custom"
    starttls = detect("accounts@tls.in")  # the SSL record says "not offered" (target ".")
    assert (starttls.host, starttls.port, starttls.security.value) == (
        "smtp.tls.in",
        587,
        "starttls",
    )


def test_nothing_found_is_said_and_a_silent_dns_server_does_not_hang(
    dns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = detect("accounts@unknown-society.in")
    assert found.source is Source.NONE and "nothing was found" in found.detail
    assert not detect("no-at-sign").found

    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # takes queries, never answers
    silent.bind(("127.0.0.1", 0))
    monkeypatch.setenv(DNS_ENV, f"127.0.0.1:{silent.getsockname()[1]}")
    started = time.monotonic()
    found = detect("accounts@greenpark.in", timeout=1.5)
    took = time.monotonic() - started
    silent.close()
    assert found.source is Source.NONE
    assert took < 2.0, f"took {took:.1f} s with a 1.5 s budget"


AUTOCONFIG = b"""<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="society.test">
  <outgoingServer type="smtp"><hostname>plain.%EMAILDOMAIN%</hostname><port>25</port>
    <socketType>plain</socketType></outgoingServer>
  <outgoingServer type="smtp"><hostname>smtp.%EMAILDOMAIN%</hostname><port>465</port>
    <socketType>SSL</socketType><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>"""


@contextmanager
def autoconfig_server(certs: Certificates, body: bytes, *names: str) -> Iterator[int]:
    """An HTTPS server with a certificate for ``names`` serving ``body`` at the autoconfig
    paths; yields its port."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            ok = self.path.startswith(("/mail/config-v1.1.xml", "/.well-known/autoconfig/"))
            self.send_response(200 if ok else 404)
            self.send_header("Content-Type", "application/xml")
            self.end_headers()
            if ok:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    context: ssl.SSLContext = certs.server_context(*names)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def test_the_domains_autoconfig_file_is_read_over_verified_https(
    certs: Certificates, monkeypatch: pytest.MonkeyPatch
) -> None:
    zone = "autoconfig.society.test. 300 IN A 127.0.0.1\nwellknown.test. 300 IN A 127.0.0.1\n"
    with (
        dns_server(zone) as address,
        autoconfig_server(certs, AUTOCONFIG, "autoconfig.society.test", "wellknown.test") as port,
    ):
        monkeypatch.setenv(DNS_ENV, address)
        monkeypatch.setattr("smtp_desk.core.autoconfig.AUTOCONFIG_PORT", port)
        found = detect("accounts@society.test")
        assert found.source is Source.AUTOCONFIG
        assert (found.host, found.port, found.security.value) == ("smtp.society.test", 465, "ssl")
        assert "publishes its mail settings" in found.detail
        beside = detect("accounts@wellknown.test")  # no autoconfig host: the .well-known file
        assert beside.source is Source.AUTOCONFIG and beside.host == "smtp.wellknown.test"


def test_an_autoconfig_file_from_an_untrusted_or_hostile_server_is_not_taken(
    certs: Certificates, monkeypatch: pytest.MonkeyPatch
) -> None:
    zone = "autoconfig.society.test. 300 IN A 127.0.0.1\n"
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        b"<clientConfig><emailProvider><outgoingServer type='smtp'><hostname>&b;</hostname>"
        b"<port>465</port><socketType>SSL</socketType></outgoingServer></emailProvider>"
        b"</clientConfig>"
    )
    with dns_server(zone) as address:
        monkeypatch.setenv(DNS_ENV, address)
        with autoconfig_server(certs, bomb, "autoconfig.society.test") as port:
            monkeypatch.setattr("smtp_desk.core.autoconfig.AUTOCONFIG_PORT", port)
            assert not detect("accounts@society.test").found, "entities refused"
        with autoconfig_server(certs, AUTOCONFIG, "someone-else.test") as port:
            monkeypatch.setattr("smtp_desk.core.autoconfig.AUTOCONFIG_PORT", port)
            assert not detect("accounts@society.test").found, "certificate for another name"


def test_detect_command_prints_json_and_exit_codes(
    dns: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_command(["detect", "accounts@greenpark.in", "--json"], capsys)
    assert code == 0
    assert json.loads(out) == {
        "preset": "office365",
        "host": "smtp.office365.com",
        "port": 587,
        "security": "starttls",
        "sign_in": "microsoft",
        "source": "mx",
        "detail": "your domain's mail is handled by Microsoft 365",
    }
    code, out, _ = run_command(["detect", "accounts@unknown-society.in"], capsys)
    assert code == 1 and out.startswith("Not found: nothing was found for unknown-society.in")
    code, out, _ = run_command(["detect", "a@crystal.in"], capsys)
    assert code == 0 and "Google Workspace" in out and "from mx" in out


def test_address_and_password_are_enough_to_pass_the_test(
    server: MailServer,
    data_home: DataFolder,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The two-field goal on the command line: the address (the society's domain names its
    submission server) and the password; then Test passes against the real server."""
    domain = USER.rpartition("@")[2]
    zone = f"_submission._tcp.{domain}. 300 IN SRV 0 1 {server.port} localhost.\n"
    with dns_server(zone) as address:
        monkeypatch.setenv(DNS_ENV, address)
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        code, out, err = run_command(["configure", "--detect", USER, "--password-stdin"], capsys)
    assert code == 0, err
    assert f"Found: {domain} names its mail server (from srv)" in out
    code, out, _ = run_command(["test", "--json"], capsys)
    assert code == 0, out
    saved = json.loads(run_command(["configure", "--show", "--json"], capsys)[1])["account"]
    assert saved["user"] == saved["from_email"] == USER
    assert (saved["host"], saved["port"], saved["security"]) == (
        "localhost",
        server.port,
        "starttls",
    )
