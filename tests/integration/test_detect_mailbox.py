"""The mailbox (IMAP) a domain's own settings file names, found with its sending server over
a real DNS server and a real HTTPS autoconfig server, and saved by ``configure --detect``."""

from __future__ import annotations

import io
import json

import pytest

from smtp_desk.core.detect import DNS_ENV, Source, detect
from smtp_desk.core.paths import DataFolder
from tests.integration.test_detect import autoconfig_server
from tests.support.commands import run_command
from tests.support.dns_server import dns_server
from tests.support.keyrings import MemoryKeyring
from tests.support.smtpd import PASSWORD, Certificates

WITH_IMAP = b"""<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="society.test">
  <incomingServer type="pop3"><hostname>pop.%EMAILDOMAIN%</hostname><port>995</port>
    <socketType>SSL</socketType></incomingServer>
  <incomingServer type="imap"><hostname>plain-imap.%EMAILDOMAIN%</hostname><port>143</port>
    <socketType>plain</socketType></incomingServer>
  <incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>143</port>
    <socketType>STARTTLS</socketType></incomingServer>
  <outgoingServer type="smtp"><hostname>smtp.%EMAILDOMAIN%</hostname><port>465</port>
    <socketType>SSL</socketType></outgoingServer>
</emailProvider></clientConfig>"""
ZONE = "autoconfig.crystalheights.in. 300 IN A 127.0.0.1\n"
ADDRESS = "accounts@crystalheights.in"


def test_the_mailbox_in_the_settings_file_is_found_and_saved(
    certs: Certificates,
    monkeypatch: pytest.MonkeyPatch,
    data_home: DataFolder,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with (
        dns_server(ZONE) as address,
        autoconfig_server(certs, WITH_IMAP, "autoconfig.crystalheights.in") as port,
    ):
        monkeypatch.setenv(DNS_ENV, address)
        monkeypatch.setattr("smtp_desk.core.autoconfig.AUTOCONFIG_PORT", port)
        found = detect(ADDRESS)
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        command = ["configure", "--detect", ADDRESS, "--password-stdin"]
        code, _, err = run_command(command, capsys)
    assert found.source is Source.AUTOCONFIG and found.host == "smtp.crystalheights.in"
    assert (found.imap_host, found.imap_port, found.imap_security) == (
        "imap.crystalheights.in",
        143,
        "starttls",
    ), "the first encrypted IMAP server: never POP, never plain"
    assert code == 0, err
    saved = json.loads(data_home.settings_file.read_text(encoding="utf-8"))["account"]
    assert (saved["imap_host"], saved["imap_port"], saved["imap_security"]) == (
        "imap.crystalheights.in",
        143,
        "starttls",
    )


def test_a_settings_file_without_a_mailbox_finds_none(
    certs: Certificates, monkeypatch: pytest.MonkeyPatch
) -> None:
    without = WITH_IMAP.replace(b'type="imap"', b'type="pop3"')
    with (
        dns_server(ZONE) as address,
        autoconfig_server(certs, without, "autoconfig.crystalheights.in") as port,
    ):
        monkeypatch.setenv(DNS_ENV, address)
        monkeypatch.setattr("smtp_desk.core.autoconfig.AUTOCONFIG_PORT", port)
        found = detect(ADDRESS)
    assert found.host == "smtp.crystalheights.in" and found.imap_host == ""
    assert found.mailbox() == {"imap_host": "", "imap_port": "", "imap_security": ""}
