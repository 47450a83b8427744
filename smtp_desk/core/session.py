"""The one way SMTP Desk talks to a mail server: open a session, then use its steps.

* SSL/TLS (implicit TLS from the first byte), STARTTLS (required: a server that does not
  offer it is an error, never a silent fall-back to plain text) or None; certificates and
  trust as :mod:`smtp_desk.core.tls` says.
* ``TCP_NODELAY`` on the socket (without it smtplib over TLS stalls ~40 ms per message),
  and a timeout on every socket operation.
* The password is never sent over an unencrypted connection, except to this computer
  (loopback); it is fetched through the account's :class:`~smtp_desk.core.signin.SignIn`
  at that moment, tried once (:mod:`smtp_desk.core.smtp_auth`) and not kept.
* The conversation can be recorded in a :class:`~smtp_desk.core.transcript.Transcript`.

:func:`open_session` runs the steps up to a signed-in session and can report each one
(:mod:`smtp_desk.core.steps`, for the connection test); a
:class:`~smtp_desk.core.canceller.Canceller` stops it from another thread within a
fraction of a second by shutting the socket. A :class:`Session` then offers the envelope's
steps one by one (:meth:`Session.mail`, :meth:`~Session.rcpt`, :meth:`~Session.data`,
:meth:`~Session.goodbye`) and :meth:`Session.deliver`, which is those steps for one message.
"""

from __future__ import annotations

import ipaddress
import smtplib
import socket
import ssl
import threading
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field

from smtp_desk.core.account import AccountSettings, Security
from smtp_desk.core.addresses import envelope_address, malformed_address, needs_smtputf8
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.errors import (
    AddressUnsupported,
    PlaintextPasswordRefused,
    StartTlsUnavailable,
    Unconfirmed,
)
from smtp_desk.core.i18n import translate
from smtp_desk.core.signin import SignIn
from smtp_desk.core.smtp_auth import sign_in_once
from smtp_desk.core.steps import StepHook, Steps
from smtp_desk.core.tls import TlsInfo, tls_context, tls_info
from smtp_desk.core.transcript import Transcript

__all__ = ["DEFAULT_TIMEOUT", "Delivery", "Session", "open_session"]

DEFAULT_TIMEOUT = 15.0


@dataclass(frozen=True)
class Delivery:
    """The server's answer to one message: its final reply, and the addresses it refused
    while accepting the message for the others (address → reply text)."""

    reply: str
    refused: dict[str, str] = field(default_factory=dict)
    archive_refused: str = ""  # the server's reply when it refused the archive copy


class _SMTP(smtplib.SMTP):
    """smtplib on a socket SMTP Desk connected itself, recording the conversation."""

    def __init__(
        self, sock: socket.socket, host: str, transcript: Transcript | None, timeout: float
    ) -> None:
        super().__init__(timeout=timeout)
        self.sock = sock
        self._host = host  # what starttls() checks the certificate against
        self.transcript = transcript

    def send(self, s: bytes | str) -> None:  # type: ignore[override]
        if self.transcript is not None:
            self.transcript.client(s)
        super().send(s)

    def getreply(self) -> tuple[int, bytes]:
        code, message = super().getreply()
        if self.transcript is not None:
            self.transcript.server(code, message)
        return code, message


@dataclass
class Session:
    """A connected, greeted and (if a user ID is set) signed-in SMTP session."""

    smtp: _SMTP
    account: AccountSettings
    tls: TlsInfo | None
    size_limit: int | None
    extensions: list[str] = field(default_factory=list)

    def unusable(self, recipients: tuple[str, ...]) -> dict[str, str]:
        """The addresses that cannot be given to this server, with why: malformed ones (a
        line break or ``<>`` would inject SMTP commands), and non-English letters where the
        server lacks SMTPUTF8."""
        utf8 = self.smtp.has_extn("smtputf8")
        found = {}
        for address in recipients:
            if malformed_address(address):
                found[address] = "not sent: the address is not a valid email address"
            elif needs_smtputf8(address) and not utf8:
                found[address] = (
                    "not sent: the address has letters outside plain English and this server "
                    "does not accept such addresses (no SMTPUTF8)"
                )
        return found

    def deliver(
        self, sender: str, recipients: tuple[str, ...], content: bytes, *, archive: str = ""
    ) -> Delivery:
        """MAIL, RCPT and DATA; the server's answer on success.

        ``archive`` is an address that also gets the message, unseen in its headers (a
        blind copy): it is asked for only after a member's address was accepted, so the
        archive never gets a message no member got; if the server refuses it, the message
        still goes to the members and :attr:`Delivery.archive_refused` says why.

        Raises the smtplib error for a refusal (nothing was accepted),
        :class:`~smtp_desk.core.errors.AddressUnsupported` when no address can be given to
        this server, and :class:`~smtp_desk.core.errors.Unconfirmed` when the connection
        broke after the message was handed over and before the server answered. Addresses
        refused while others were accepted are in :attr:`Delivery.refused`.
        """
        refused = self.unusable(recipients)
        usable = [a for a in recipients if a not in refused]
        if not usable:
            raise AddressUnsupported("none of the addresses can be given to this server")
        options = ["SMTPUTF8"] if any(needs_smtputf8(a) for a in usable) else []
        rcpt_refused: dict[str, tuple[int, bytes]] = {}
        try:
            self.mail(sender, options)
            for address in usable:
                envelope = envelope_address(address)
                try:
                    self.rcpt(envelope)
                except smtplib.SMTPRecipientsRefused as exc:
                    rcpt_refused[address] = exc.recipients[envelope]
            if len(rcpt_refused) == len(usable):
                self.reset()
                raise smtplib.SMTPRecipientsRefused(rcpt_refused)
            archive_refused = self._archive(archive, usable) if archive else ""
            reply = self.data(content)
        finally:
            self.smtp.command_encoding = "ascii"  # smtplib switches to UTF-8 for SMTPUTF8
        for address, (code, text) in rcpt_refused.items():
            refused[address] = f"{code} {text.decode('utf-8', 'replace')}"
        return Delivery(reply, refused, archive_refused)

    def _archive(self, archive: str, members: list[str]) -> str:
        """RCPT for the archive copy; "" when accepted, else the server's reply."""
        if archive.casefold() in (a.casefold() for a in members):
            return ""  # the member is the archive: one copy is enough
        if self.unusable((archive,)):
            return translate("session", "the archive address cannot be given to this server")
        try:
            self.rcpt(envelope_address(archive))
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            return f"{code} {text.decode('utf-8', 'replace')}"
        return ""

    # ----- the envelope, one step at a time --------------------------------------------

    def mail(self, sender: str, options: Sequence[str] = ()) -> None:
        """MAIL FROM; :class:`smtplib.SMTPSenderRefused` when the server refuses it."""
        code, reply = self.smtp.mail(sender, list(options))
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, reply, sender)

    def rcpt(self, address: str) -> None:
        """RCPT TO for one address, given as it goes on the wire;
        :class:`smtplib.SMTPRecipientsRefused` naming it when the server refuses it."""
        code, reply = self.smtp.rcpt(address)
        if code not in (250, 251):
            raise smtplib.SMTPRecipientsRefused({address: (code, reply)})

    def reset(self) -> None:
        """RSET: forget the envelope begun."""
        self.smtp.rset()

    def data(self, content: bytes) -> str:
        """DATA and the message; the server's final reply. :class:`smtplib.SMTPDataError`
        for a refusal, :class:`~smtp_desk.core.errors.Unconfirmed` when the connection
        broke after the message was handed over (its cause is the error underneath)."""
        smtp = self.smtp
        code, reply = smtp.docmd("DATA")
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        body = smtplib._quote_periods(content)  # type: ignore[attr-defined]
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        smtp.send(body + b".\r\n")  # handed over from here on
        try:
            code, reply = smtp.getreply()
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            raise Unconfirmed(f"no answer after the message was sent ({exc})") from exc
        if code != 250:
            raise smtplib.SMTPDataError(code, reply)
        return f"{code} {reply.decode('utf-8', 'replace')}"

    def goodbye(self) -> str:
        """QUIT, and the server's answer; raises when the connection is broken
        (:meth:`quit` is the forgiving way to end)."""
        code, reply = self.smtp.quit()
        return f"{code} {reply.decode('utf-8', 'replace')}".strip()

    def quit(self) -> None:
        try:
            self.smtp.quit()
        except (smtplib.SMTPException, OSError):
            self.smtp.close()

    def close(self) -> None:
        self.smtp.close()


# ----- opening a session -------------------------------------------------------------------


def open_session(
    account: AccountSettings,
    *,
    sign_in: SignIn | None,
    timeout: float = DEFAULT_TIMEOUT,
    transcript: Transcript | None = None,
    on_step: StepHook | None = None,
    canceller: Canceller | None = None,
) -> Session:
    """Connect, secure, greet, introduce and sign in; each step reported to ``on_step``.

    ``sign_in`` is asked for the credentials at the moment of signing in (None: do not
    sign in, e.g. a relay without login, or a probe). Raises the underlying error (socket,
    ssl, smtplib, or one of :mod:`smtp_desk.core.errors`: ``StartTlsUnavailable``,
    ``PlaintextPasswordRefused``, ``SignInUnavailable``) at the first failing step, or
    :class:`~smtp_desk.core.errors.Cancelled`.
    """
    steps = Steps(on_step, canceller)
    host = account.host
    context = tls_context()
    sock = _reach(account, steps, timeout)
    tls: TlsInfo | None = None
    try:
        if account.security is Security.SSL:
            sock, tls = _wrap(sock, host, context, steps)
        smtp = _SMTP(sock, host, transcript, timeout)
        if canceller is not None:
            canceller.watch(smtp)
        _greet(smtp, steps)
        if account.security is Security.STARTTLS:
            tls = _start_tls(smtp, context, steps)
        if sign_in is not None and account.user:
            _sign_in(smtp, sign_in, steps, encrypted=tls is not None or _loopback_peer(sock))
    except BaseException:
        with suppress(OSError):
            sock.close()
        raise
    size = smtp.esmtp_features.get("size", "")
    return Session(
        smtp=smtp,
        account=account,
        tls=tls,
        size_limit=int(size) if size.isdigit() and int(size) > 0 else None,
        extensions=sorted(smtp.esmtp_features),
    )


def _loopback_peer(sock: socket.socket) -> bool:
    """Whether the connection really goes to this computer (by the address connected to,
    not the name: a name like ``x.localhost`` may resolve anywhere)."""
    try:
        return ipaddress.ip_address(sock.getpeername()[0]).is_loopback
    except (OSError, ValueError, IndexError):
        return False


def _sign_in(smtp: smtplib.SMTP, sign_in: SignIn, steps: Steps, *, encrypted: bool) -> None:
    """The sign-in step: "Sign in: signed in as …", or "Sign in (Microsoft): … — token
    valid for 58 min" with a token."""
    done: list[str] = []
    service = sign_in.service

    def describe() -> tuple[str, str]:
        said = translate("session", "signed in as {who}").format(who=done[0]) if done else ""
        return (said, "")

    with steps.step("auth", describe, lambda: service):
        if not encrypted:
            raise PlaintextPasswordRefused(
                "SMTP Desk does not send a password over an unencrypted connection"
            )
        done.append(sign_in_once(smtp, sign_in).describe())


def _reach(account: AccountSettings, steps: Steps, timeout: float) -> socket.socket:
    """The resolve and connect steps: a connected socket."""
    host, port = account.host, account.port
    addresses: list[tuple] = []  # type: ignore[type-arg]

    def resolved() -> tuple[str, str]:
        text = translate("session", "{host} is {address}")
        return (text.format(host=host, address=addresses[0][4][0]), "")

    with steps.step("resolve", resolved):
        addresses = _resolve(host, port, steps.canceller)
    open_port = translate("session", "port {port} is open")
    with steps.step("connect", lambda: (open_port.format(port=port), "")):
        return _connect(addresses, timeout, steps.canceller)


def _wrap(
    sock: socket.socket, host: str, context: ssl.SSLContext, steps: Steps
) -> tuple[ssl.SSLSocket, TlsInfo]:
    """The tls step of SSL/TLS: TLS from the first byte."""
    tls: TlsInfo | None = None
    with steps.step("tls", lambda: tls.describe() if tls else ("", "")):
        wrapped = context.wrap_socket(sock, server_hostname=host)
        tls = tls_info(wrapped)
    return wrapped, tls


def _greet(smtp: _SMTP, steps: Steps) -> None:
    """The greeting and EHLO steps."""
    with steps.step("greeting"):
        code, message = smtp.getreply()
        if code != 220:
            raise smtplib.SMTPConnectError(code, message)
    with steps.step("ehlo", lambda: (_features(smtp), "")):
        code, message = smtp.ehlo()
        if not 200 <= code < 300:
            raise smtplib.SMTPHeloError(code, message)


def _start_tls(smtp: _SMTP, context: ssl.SSLContext, steps: Steps) -> TlsInfo:
    """The tls step of STARTTLS: required, never a fall-back to plain text."""
    tls: TlsInfo | None = None
    with steps.step("tls", lambda: tls.describe() if tls else ("", "")):
        if not smtp.has_extn("starttls"):
            raise StartTlsUnavailable(
                "the server did not offer STARTTLS; nothing was sent in plain text"
            )
        smtp.starttls(context=context)
        assert isinstance(smtp.sock, ssl.SSLSocket)
        tls = tls_info(smtp.sock)
        code, message = smtp.ehlo()
        if not 200 <= code < 300:
            raise smtplib.SMTPHeloError(code, message)
    return tls


def _features(smtp: smtplib.SMTP) -> str:
    """``STARTTLS, AUTH (LOGIN PLAIN), 8BITMIME; messages up to 35 MB``."""
    names = []
    for name in sorted(smtp.esmtp_features):
        if name == "size":
            continue
        value = smtp.esmtp_features[name].strip()
        names.append(f"{name.upper()} ({value})" if name == "auth" and value else name.upper())
    text = ", ".join(names) or translate("session", "no extensions")
    size = smtp.esmtp_features.get("size", "").strip()
    if size.isdigit() and int(size) > 0:
        text += translate("session", "; messages up to {size}").format(size=_size_words(int(size)))
    return text


def _size_words(size: int) -> str:
    """``35 MB``, ``1.5 MB``, ``30 KB``, ``512 bytes``: never "0 MB" for a small limit."""
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if size >= scale:
            digits = f"{size / scale:.0f}" if size >= 10 * scale else f"{size / scale:.1f}"
            return f"{digits.removesuffix('.0')} {unit}"
    if size == 1:
        return translate("session", "{size} byte").format(size=size)
    return translate("session", "{size} bytes").format(size=size)


def _resolve(host: str, port: int, canceller: Canceller | None) -> list[tuple]:  # type: ignore[type-arg]
    """getaddrinfo in a helper thread, so a Cancel does not wait for a slow DNS answer."""
    result: list[object] = []

    def look_up() -> None:
        try:
            result.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except Exception as exc:  # handed back to the caller below
            result.append(exc)

    worker = threading.Thread(target=look_up, daemon=True, name="smtp-desk-resolve")
    worker.start()
    while worker.is_alive():
        worker.join(0.1)
        if canceller is not None:
            canceller.check()
    outcome = result[0]
    if isinstance(outcome, BaseException):
        raise outcome
    assert isinstance(outcome, list)
    return outcome


def _connect(addresses: list[tuple], timeout: float, canceller: Canceller | None) -> socket.socket:  # type: ignore[type-arg]
    last: OSError | None = None
    for family, kind, proto, _name, address in addresses:
        sock = socket.socket(family, kind, proto)
        sock.settimeout(timeout)
        if canceller is not None:
            canceller.watch(sock)
        try:
            sock.connect(address)
        except OSError as exc:
            sock.close()
            last = exc
            if canceller is not None:
                canceller.check()
            continue
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock
    assert last is not None
    raise last
