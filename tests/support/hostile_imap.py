"""A hostile (or broken) IMAP server for tests: just enough of IMAP4rev1 to let SMTP Desk
sign in, list, select, search, fetch and append, with every answer open to a test's
script — so a test can send a gigantic literal, hostile folder names, a forged Sent
folder, drop the connection half way, fail STARTTLS, or loop XOAUTH2 continuations.

    with hostile_imap(certs, folders=[b'(\\Sent) "/" "Sent"'], messages=[raw]) as imap:
        settings = imap.settings()  # ImapSettings for 127.0.0.1:port, SSL or STARTTLS
        ...
    imap.received  # every command line the client sent (bytes), for injection checks

``handlers`` maps a command name (``b"FETCH"``) to ``handler(conn, tag, rest)`` that
answers it instead of the default. The server listens on a free loopback port, serves each
connection in a thread, and is shut down (every connection closed) when the block ends.
"""

from __future__ import annotations

import base64
import socket
import socketserver
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

from smtp_desk.core.imap_settings import ImapSecurity, ImapSettings
from tests.support.smtpd import Certificates

Handler = Callable[["Conn", bytes, bytes], None]
SENT_LIST = b'(\\HasNoChildren \\Sent) "/" "Sent"'


class Conn:
    """One client connection, as a handler sees it."""

    def __init__(self, sock: socket.socket, server: HostileImap) -> None:
        self.sock = sock
        self.server = server
        self.file = sock.makefile("rb")
        self.tls = isinstance(sock, ssl.SSLSocket)

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def line(self, data: bytes) -> None:
        self.send(data + b"\r\n")

    def readline(self) -> bytes:
        return self.file.readline(100_000)

    def read(self, size: int) -> bytes:
        return self.file.read(size)

    def starttls(self, context: ssl.SSLContext) -> None:
        self.file.close()
        self.sock = context.wrap_socket(self.sock, server_side=True)
        self.file = self.sock.makefile("rb")
        self.tls = True

    def close(self) -> None:
        with suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        with suppress(OSError):
            self.sock.close()


@dataclass
class HostileImap:
    context: ssl.SSLContext
    security: ImapSecurity = ImapSecurity.SSL
    capabilities: bytes = b"IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2"
    folders: list[bytes] = field(
        default_factory=lambda: [b'(\\HasNoChildren) "/" "INBOX"', SENT_LIST]
    )
    messages: list[bytes] = field(default_factory=list)
    handlers: dict[bytes, Handler] = field(default_factory=dict)
    received: list[bytes] = field(default_factory=list)
    appended: list[bytes] = field(default_factory=list)
    host: str = "127.0.0.1"
    port: int = 0

    def settings(self, host: str | None = None) -> ImapSettings:
        return ImapSettings(host or self.host, self.port, self.security)

    def serve(self, conn: Conn) -> None:
        if self.security is ImapSecurity.SSL:
            conn.starttls(self.context)
        conn.line(b"* OK hostile IMAP ready")
        while True:
            raw = conn.readline()
            if not raw:
                return
            self.received.append(raw)
            tag, _, rest = raw.rstrip(b"\r\n").partition(b" ")
            name, _, rest = rest.partition(b" ")
            name = name.upper()
            if name == b"UID":
                name, _, rest = rest.partition(b" ")
                name = name.upper()
            handler = self.handlers.get(name) or _DEFAULTS.get(name, _bad)
            if handler(conn, tag, rest) is False:  # type: ignore[func-returns-value]
                conn.close()
                return


def _bad(conn: Conn, tag: bytes, rest: bytes) -> None:
    conn.line(tag + b" BAD unknown command")


def _capability(conn: Conn, tag: bytes, rest: bytes) -> None:
    caps = conn.server.capabilities
    if conn.server.security is ImapSecurity.STARTTLS and not conn.tls:
        caps = caps + b" STARTTLS LOGINDISABLED"
    conn.line(b"* CAPABILITY " + caps)
    conn.line(tag + b" OK CAPABILITY done")


def _starttls(conn: Conn, tag: bytes, rest: bytes) -> None:
    conn.line(tag + b" OK begin TLS")
    conn.starttls(conn.server.context)


def _ok(conn: Conn, tag: bytes, rest: bytes) -> None:
    conn.line(tag + b" OK done")


def _login(conn: Conn, tag: bytes, rest: bytes) -> None:
    if not conn.tls:
        conn.line(tag + b" NO plain text login refused")
        return
    conn.line(tag + b" OK logged in")


def _authenticate(conn: Conn, tag: bytes, rest: bytes) -> None:
    conn.line(b"+ ")
    conn.server.received.append(conn.readline())
    conn.line(tag + b" OK authenticated")


def _list(conn: Conn, tag: bytes, rest: bytes) -> None:
    for folder in conn.server.folders:
        conn.line(b"* LIST " + folder)
    conn.line(tag + b" OK LIST done")


def _select(conn: Conn, tag: bytes, rest: bytes) -> None:
    conn.line(b"* %d EXISTS" % len(conn.server.messages))
    conn.line(tag + b" OK [READ-ONLY] selected")


def _search(conn: Conn, tag: bytes, rest: bytes) -> None:
    numbers = b" ".join(b"%d" % (n + 1) for n in range(len(conn.server.messages)))
    conn.line(b"* SEARCH " + numbers)
    conn.line(tag + b" OK SEARCH done")


def _fetch(conn: Conn, tag: bytes, rest: bytes) -> None:
    wanted = rest.partition(b" ")[0]
    for number in _numbers(wanted, len(conn.server.messages)):
        body = conn.server.messages[number - 1]
        conn.send(b"* %d FETCH (BODY[] {%d}\r\n" % (number, len(body)) + body + b")\r\n")
    conn.line(tag + b" OK FETCH done")


def _append(conn: Conn, tag: bytes, rest: bytes) -> None:
    size = int(rest.rstrip().rpartition(b"{")[2].rstrip(b"}+"))
    conn.line(b"+ go ahead")
    conn.server.appended.append(conn.read(size))
    conn.readline()
    conn.line(tag + b" OK APPEND done")


def _logout(conn: Conn, tag: bytes, rest: bytes) -> bool:
    with suppress(OSError):
        conn.line(b"* BYE")
        conn.line(tag + b" OK LOGOUT done")
    return False


def _numbers(wanted: bytes, count: int) -> list[int]:
    found: list[int] = []
    for piece in wanted.split(b","):
        first, _, last = piece.partition(b":")
        low = int(first)
        high = count if last == b"*" else int(last or first)
        found += range(low, min(high, count) + 1)
    return found


_DEFAULTS: dict[bytes, Handler] = {
    b"CAPABILITY": _capability,
    b"STARTTLS": _starttls,
    b"LOGIN": _login,
    b"AUTHENTICATE": _authenticate,
    b"LIST": _list,
    b"SELECT": _select,
    b"EXAMINE": _select,
    b"SEARCH": _search,
    b"FETCH": _fetch,
    b"APPEND": _append,
    b"LOGOUT": _logout,  # type: ignore[dict-item]
    b"NOOP": _ok,
}


def xoauth2_sent(received: list[bytes]) -> list[bytes]:
    """The SASL strings the client sent after AUTHENTICATE (decoded)."""
    out = []
    for line in received:
        with suppress(ValueError):
            out.append(base64.b64decode(line.strip(), validate=True))
    return out


@contextmanager
def hostile_imap(certs: Certificates, **options: object) -> Iterator[HostileImap]:
    """A :class:`HostileImap` on a free loopback port (``context`` defaults to a
    certificate for 127.0.0.1 and localhost from the tests' CA)."""
    options.setdefault("context", certs.server_context())
    imap = HostileImap(**options)  # type: ignore[arg-type]
    conns: list[Conn] = []

    class _Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            conn = Conn(self.request, imap)
            conns.append(conn)
            with suppress(OSError, ValueError, ssl.SSLError):
                imap.serve(conn)
            conn.close()

    class _Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True

    with _Server(("127.0.0.1", 0), _Handler) as server:
        imap.port = server.server_address[1]
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield imap
        finally:
            for conn in conns:
                conn.close()
            server.shutdown()
            thread.join(5)
