"""The domain's own mail settings file, as Thunderbird reads it
(``config-v1.1.xml``: ``clientConfig/emailProvider/outgoingServer type="smtp"``, and the
mailbox's ``incomingServer type="imap"`` when it names one).

Fetched over HTTPS only, the certificate verified for the domain's name, with a timeout
and a size cap; the name is resolved through the same DNS as the other look-ups
(``SMTP_DESK_DNS`` when set). A server offered only without encryption is not taken.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import quote

import defusedxml.ElementTree as defused
import dns.exception
import dns.resolver
from defusedxml import DefusedXmlException

from smtp_desk.core.account import Security

__all__ = ["AUTOCONFIG_PORT", "MAX_FILE", "Outgoing", "fetch_autoconfig", "parse_autoconfig"]

AUTOCONFIG_PORT = 443
MAX_FILE = 100_000  # bytes: a settings file is a few kilobytes

_SOCKET_TYPES = {"SSL": Security.SSL, "STARTTLS": Security.STARTTLS}
_IMAP_SOCKET_TYPES = {"SSL": "ssl", "STARTTLS": "starttls"}  # never plain: it carries the password


@dataclass(frozen=True)
class Outgoing:
    host: str
    port: int
    security: Security
    # the mailbox (IMAP) the same file names; "" when it names none
    imap_host: str = ""
    imap_port: int = 0
    imap_security: str = ""  # "ssl" or "starttls"


def fetch_autoconfig(
    address: str, domain: str, *, timeout: float, resolve: dns.resolver.Resolver | None
) -> Outgoing | None:
    """The outgoing server the domain's settings file names, or None. ``resolve``: the DNS
    server to ask for the addresses (None: the system's)."""
    deadline = time.monotonic() + timeout
    places = (
        (f"autoconfig.{domain}", f"/mail/config-v1.1.xml?emailaddress={quote(address)}"),
        (domain, "/.well-known/autoconfig/mail/config-v1.1.xml"),
    )
    for host, path in places:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        body = _get(host, path, timeout=left, resolve=resolve)
        found = parse_autoconfig(body, address) if body else None
        if found is not None:
            return found
    return None


def parse_autoconfig(body: bytes, address: str) -> Outgoing | None:
    """The first encrypted SMTP server in a settings file, placeholders filled in, with the
    first encrypted IMAP server it names."""
    try:
        root = defused.fromstring(body, forbid_dtd=True)  # no entities: no XML bombs
    except (ET.ParseError, DefusedXmlException, ValueError):
        return None
    local, _, domain = address.rpartition("@")
    for server in root.iter("outgoingServer"):
        if server.get("type") != "smtp":
            continue
        host = (server.findtext("hostname") or "").strip()
        host = host.replace("%EMAILDOMAIN%", domain).replace("%EMAILLOCALPART%", local)
        port = (server.findtext("port") or "").strip()
        security = _SOCKET_TYPES.get((server.findtext("socketType") or "").strip().upper())
        if host and port.isdigit() and 0 < int(port) < 65536 and security is not None:
            return Outgoing(host.lower(), int(port), security, *_incoming(root, local, domain))
    return None


def _incoming(root: ET.Element, local: str, domain: str) -> tuple[str, int, str]:
    """The first encrypted IMAP server in the file (host, port, security), or ("", 0, "")."""
    for server in root.iter("incomingServer"):
        if server.get("type") != "imap":
            continue
        host = (server.findtext("hostname") or "").strip()
        host = host.replace("%EMAILDOMAIN%", domain).replace("%EMAILLOCALPART%", local)
        port = (server.findtext("port") or "").strip()
        security = _IMAP_SOCKET_TYPES.get((server.findtext("socketType") or "").strip().upper())
        if host and port.isdigit() and 0 < int(port) < 65536 and security is not None:
            return host.lower(), int(port), security
    return "", 0, ""


def _get(
    host: str, path: str, *, timeout: float, resolve: dns.resolver.Resolver | None
) -> bytes | None:
    started = time.monotonic()
    address = _address(host, resolve, timeout)
    timeout -= time.monotonic() - started
    if timeout <= 0:
        return None
    if address is None:
        return None
    connection = _VerifiedTo(host, address, timeout)
    try:
        connection.request("GET", path, headers={"Host": host, "Accept": "application/xml"})
        response = connection.getresponse()
        if response.status != 200:
            return None
        body = response.read(MAX_FILE + 1)
        return body if len(body) <= MAX_FILE else None
    except (OSError, http.client.HTTPException, ssl.SSLError):
        return None
    finally:
        connection.close()


def _address(host: str, resolve: dns.resolver.Resolver | None, timeout: float) -> str | None:
    """The IP address of ``host``: by ``resolve`` (the DNS server named for SMTP Desk) when
    given, else by the system (which also knows the hosts file)."""
    if resolve is not None:
        try:
            return str(resolve.resolve(host, "A", lifetime=timeout)[0])
        except (dns.exception.DNSException, OSError, IndexError):
            return None
    try:
        return str(socket.getaddrinfo(host, AUTOCONFIG_PORT, type=socket.SOCK_STREAM)[0][4][0])
    except (OSError, IndexError):
        return None


class _VerifiedTo(http.client.HTTPSConnection):
    """HTTPS to ``ip`` with the certificate checked for ``name`` (SNI too)."""

    def __init__(self, name: str, ip: str, timeout: float) -> None:
        super().__init__(
            name, AUTOCONFIG_PORT, timeout=timeout, context=ssl.create_default_context()
        )
        self._ip = ip

    def connect(self) -> None:
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]
