"""Real mail servers on loopback for tests: aiosmtpd (STARTTLS or SSL/TLS, with AUTH) with
per-test misbehaviour, certificates from trustme, and raw TCP listeners for the servers
aiosmtpd cannot imitate (one that never greets, one that greets with 421).

OAuth2 sign-in (``AUTH XOAUTH2``, as Microsoft 365 and Gmail take it) is offered when the
server starts with ``Behaviour(xoauth2=check)``; ``check(user, token)`` decides, e.g. the
``accepts`` method of ``tests.support.oauth_server.OAuthServer``. aiosmtpd offers one AUTH
mechanism per ``auth_*`` method of the handler, so only such servers get the handler that
has ``auth_XOAUTH2``; the others advertise exactly what they did before.
"""

from __future__ import annotations

import asyncio
import binascii
import json
import socket
import ssl
import subprocess
import threading
import time
from base64 import b64decode, b64encode
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, LoginPassword, Session

USER = "billing@crystalheights.in"
PASSWORD = "qwer tyui asdf ghjk"  # an example, nobody's secret
NEW_PASSWORD = "zxcv bnml poiu lkjh"  # the same account's password after a change


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Behaviour:
    """What the server answers; None means "behave normally"."""

    auth_reply: str | None = None  # e.g. "535 5.7.8 Username and Password not accepted."
    mail_reply: str | None = None
    rcpt_reply: str | None = None
    data_reply: str | None = None
    drop_at_rcpt: bool = False
    # per recipient: replies to give at RCPT, one per attempt, before accepting
    rcpt_script: dict[str, list[str]] = field(default_factory=dict)
    drop_after_data: set[str] = field(default_factory=set)  # take the message, never answer
    quota_after: int | None = None  # refuse MAIL with 550 5.4.5 after this many messages
    delay: float = 0.0  # seconds to spend on each message
    # after this many messages: hang up on the sessions that began before (at their next
    # MAIL), and from then on accept only NEW_PASSWORD (the password changed at the provider)
    password_changes_after: int | None = None
    # OAuth2: offer AUTH XOAUTH2 and accept (user, bearer token) when this says True; it
    # must be set when the server starts. auth_reply does not apply to XOAUTH2.
    xoauth2: Callable[[str, str], bool] | None = None
    # the final answer to a refused token, after the 334 JSON challenge and the client's
    # empty line; e.g. "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication
    # is disabled for the Mailbox"
    xoauth2_refusal: str = "535 5.7.3 Authentication unsuccessful"
    xoauth2_scope: str = "https://outlook.office.com/SMTP.Send"  # named in the challenge
    # a session whose token is no longer accepted gets "421 4.7.0 Token expired, closing
    # connection" at its next MAIL FROM and is closed (a long run outliving its token)
    drop_expired_tokens: bool = False
    # called with the exact bytes of each message the server accepts (before its 250), as
    # Gmail keeps a copy in Sent: e.g. ImapServer.keep_sent of tests.support.imapd
    keep_sent: Callable[[bytes], None] | None = None


@dataclass
class Seen:
    """What the server received, for assertions."""

    logins: list[tuple[str, str]] = field(default_factory=list)  # (user, password)
    refused_logins: int = 0  # sign-ins answered with a refusal (XOAUTH2 ones too)
    xoauth2_logins: list[tuple[str, bool]] = field(default_factory=list)  # (user, accepted)
    messages: list[EmailMessage] = field(default_factory=list)
    recipients: list[list[str]] = field(default_factory=list)
    times: list[float] = field(default_factory=list)  # time.monotonic() of each message


class _Handler:
    def __init__(self, behaviour: Behaviour, seen: Seen) -> None:
        self.behaviour = behaviour
        self.seen = seen

    async def handle_MAIL(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        options: list[str],
    ) -> str:
        if self.behaviour.mail_reply:
            return self.behaviour.mail_reply
        if self._token_expired(session):
            assert server.transport is not None
            asyncio.get_running_loop().call_soon(server.transport.close)  # after the reply
            return "421 4.7.0 Token expired, closing connection"
        changed = self.behaviour.password_changes_after
        if getattr(session, "first_count", None) is None:
            session.first_count = len(self.seen.messages)  # type: ignore[attr-defined]
        if changed is not None and session.first_count < changed <= len(self.seen.messages):  # type: ignore[attr-defined]
            assert server.transport is not None
            server.transport.close()  # a session from before the change: hang up
            return "421 4.7.0 Closing"
        quota = self.behaviour.quota_after
        if quota is not None and len(self.seen.messages) >= quota:
            return "550 5.4.5 Daily user sending quota exceeded."
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 2.1.0 OK"

    def _token_expired(self, session: Session) -> bool:
        bearer: object = session.auth_data  # aiosmtpd declares it None
        check = self.behaviour.xoauth2
        return (
            self.behaviour.drop_expired_tokens
            and isinstance(bearer, _Bearer)
            and check is not None
            and not check(bearer.user, bearer.token)
        )

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        options: list[str],
    ) -> str:
        if self.behaviour.drop_at_rcpt:
            assert server.transport is not None
            server.transport.close()
            return "250 2.1.5 OK"
        if self.behaviour.rcpt_reply:
            return self.behaviour.rcpt_reply
        script = self.behaviour.rcpt_script.get(address)
        if script:
            return script.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.behaviour.data_reply:
            return self.behaviour.data_reply
        if self.behaviour.delay:
            await asyncio.sleep(self.behaviour.delay)
        content = envelope.original_content or b""
        message = message_from_bytes(content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.seen.messages.append(message)
        self.seen.recipients.append(list(envelope.rcpt_tos))
        self.seen.times.append(time.monotonic())
        if self.behaviour.keep_sent is not None:
            self.behaviour.keep_sent(content)
        if set(envelope.rcpt_tos) & self.behaviour.drop_after_data:
            assert server.transport is not None
            server.transport.close()  # the message is kept, the answer never comes
        return "250 2.0.0 OK queued as 4F2A"


@dataclass(frozen=True)
class _Bearer:
    """A session's OAuth2 sign-in, kept by aiosmtpd as the session's auth_data."""

    user: str
    token: str = field(repr=False)


def _sasl_xoauth2(blob: bytes) -> tuple[str, str]:
    """(user, token) from "user=<addr>^Aauth=Bearer <token>^A^A"; empty when malformed."""
    user = token = ""
    for part in blob.decode("utf-8", "replace").split("\x01"):
        if part.startswith("user="):
            user = part[len("user=") :]
        elif part.startswith("auth="):
            scheme, _, value = part[len("auth=") :].partition(" ")
            token = value.strip() if scheme.lower() == "bearer" else ""
    return user, token


class _OAuthHandler(_Handler):
    """The handler of servers that take OAuth2: its ``auth_XOAUTH2`` makes aiosmtpd offer
    XOAUTH2 and run this exchange, the one Microsoft and Google use."""

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        if len(args) == 1:  # no initial response: ask for it with an empty challenge
            answer = await server.challenge_auth("", encode_to_b64=False)
            if answer is MISSING:
                return AuthResult(success=False, handled=True)  # aiosmtpd answered 501
            assert isinstance(answer, bytes)
            blob = answer
        else:
            try:
                blob = b64decode(args[1], validate=True)
            except binascii.Error:
                await server.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        user, token = _sasl_xoauth2(blob)
        check = self.behaviour.xoauth2
        accepted = bool(user and token and check is not None and check(user, token))
        self.seen.xoauth2_logins.append((user, accepted))
        if accepted:
            return AuthResult(success=True, auth_data=_Bearer(user, token))
        self.seen.refused_logins += 1
        error = {"status": "401", "schemes": "bearer", "scope": self.behaviour.xoauth2_scope}
        challenge = b64encode(json.dumps(error).encode()).decode("ascii")
        # the client must answer this with an empty line before the final refusal
        if await server.challenge_auth(challenge, encode_to_b64=False) is MISSING:
            return AuthResult(success=False, handled=True)
        return AuthResult(success=False, handled=False, message=self.behaviour.xoauth2_refusal)


@dataclass
class MailServer:
    host: str
    port: int
    behaviour: Behaviour
    seen: Seen


class Certificates:
    """A test CA the client trusts (through SSL_CERT_FILE) and certificates from it."""

    def __init__(self, ca_file: str) -> None:
        self.ca = trustme.CA()
        self.ca.cert_pem.write_to_path(ca_file)
        self.ca_file = ca_file

    def server_context(self, *names: str, ca: trustme.CA | None = None) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        (ca or self.ca).issue_cert(*(names or ("127.0.0.1", "localhost"))).configure_cert(context)
        return context


@contextmanager
def mail_server(
    *,
    tls: ssl.SSLContext | None = None,
    implicit_tls: bool = False,
    auth: bool = True,
    behaviour: Behaviour | None = None,
    smtputf8: bool = False,
) -> Iterator[MailServer]:
    """An aiosmtpd server on 127.0.0.1. ``tls`` with ``implicit_tls`` = SSL/TLS from the first
    byte; ``tls`` alone = STARTTLS offered; neither = plain (no STARTTLS)."""
    behaviour = behaviour or Behaviour()
    seen = Seen()

    def authenticator(
        server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if isinstance(data, LoginPassword):
            seen.logins.append((data.login.decode(), data.password.decode()))
        if behaviour.auth_reply:
            seen.refused_logins += 1
            return AuthResult(success=False, handled=False, message=behaviour.auth_reply)
        changed = behaviour.password_changes_after
        expected = (
            NEW_PASSWORD if changed is not None and len(seen.messages) >= changed else PASSWORD
        )
        ok = (
            isinstance(data, LoginPassword)
            and data.login.decode() == USER
            and (data.password.decode() == expected)
        )
        seen.refused_logins += not ok
        return AuthResult(success=ok, handled=False)  # aiosmtpd answers 235 or 535

    port = free_port()
    kwargs: dict[str, Any] = {}
    if auth or behaviour.xoauth2:
        # aiosmtpd counts only STARTTLS as TLS; implicit TLS and plain servers must allow it
        kwargs["auth_require_tls"] = bool(tls) and not implicit_tls
    if auth:
        kwargs["authenticator"] = authenticator
    else:
        # no password AUTH offered: none at all, or XOAUTH2 only
        kwargs["auth_exclude_mechanism"] = ["LOGIN", "PLAIN"]
    handler = (_OAuthHandler if behaviour.xoauth2 else _Handler)(behaviour, seen)
    if tls is not None and implicit_tls:
        kwargs["ssl_context"] = tls
    elif tls is not None:
        kwargs["tls_context"] = tls
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        ident="Test ESMTP",
        enable_SMTPUTF8=smtputf8,
        **kwargs,
    )
    controller.start()
    try:
        yield MailServer("127.0.0.1", port, behaviour, seen)
    finally:
        controller.stop()


@contextmanager
def raw_listener(greeting: bytes | None) -> Iterator[int]:
    """A TCP listener that sends ``greeting`` and closes, or (None) never says anything."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    stop = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if greeting is None:
                held.append(conn)  # silent until the test ends
            else:
                conn.sendall(greeting)
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(server.getsockname()[1])
    finally:
        stop.set()
        thread.join(2)
        server.close()
        for conn in held:
            conn.close()


def wait_for_messages(server: MailServer, count: int, sender: subprocess.Popen[bytes]) -> None:
    """Until ``server`` has ``count`` messages from ``sender`` (a running ``smtp-desk send``),
    which must still be running then; a minute at most."""
    deadline = time.monotonic() + 60
    while len(server.seen.messages) < count:
        assert time.monotonic() < deadline and sender.poll() is None
        time.sleep(0.01)
