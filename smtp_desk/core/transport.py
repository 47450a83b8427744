"""The one way SMTP Desk talks to a mail server.

* SSL/TLS (implicit TLS from the first byte), STARTTLS (required: a server that does not
  offer it is an error, never a silent fall-back to plain text) or None.
* Certificates are verified with ``ssl.create_default_context()`` (so ``SSL_CERT_FILE``
  and the operating system's store apply), TLS 1.2 at least.
* ``TCP_NODELAY`` on the socket (without it smtplib over TLS stalls ~40 ms per message),
  and a timeout on every socket operation.
* The password is never sent over an unencrypted connection, except to this computer
  (loopback).
* The conversation can be recorded in a :class:`Transcript`, with the AUTH exchange
  blanked and message contents summarised.

:func:`open_session` runs the steps up to a signed-in session and can report each one
(for the connection test); a :class:`Canceller` stops it from another thread within a
fraction of a second by shutting the socket.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime

from smtp_desk.core.account import AccountSettings, Security, is_loopback_host
from smtp_desk.core.addresses import envelope_address, malformed_address, needs_smtputf8
from smtp_desk.core.diagnosis import PlaintextPasswordRefused, StartTlsUnavailable
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.signin import Mechanism, SignIn

__all__ = [
    "DEFAULT_TIMEOUT",
    "AddressUnsupported",
    "Cancelled",
    "Canceller",
    "Delivery",
    "Session",
    "StepReport",
    "TlsInfo",
    "Transcript",
    "Unconfirmed",
    "open_session",
    "tls_context",
    "trust_for_session",
]

DEFAULT_TIMEOUT = 15.0
CERT_WARNING_DAYS = 14
_REDACTED = "•••"


class Cancelled(SmtpDeskError):
    """The person stopped the operation."""


class Unconfirmed(SmtpDeskError):
    """The message was handed to the server but its answer never came: it may have been
    accepted. Such a message is not sent again without a person's decision."""


class AddressUnsupported(SmtpDeskError):
    """None of the message's addresses can be given to this server (letters outside plain
    English, and the server does not offer SMTPUTF8). Raised before anything is sent."""


@dataclass(frozen=True)
class Delivery:
    """The server's answer to one message: its final reply, and the addresses it refused
    while accepting the message for the others (address → reply text)."""

    reply: str
    refused: dict[str, str] = field(default_factory=dict)


_session_trust: list[str] = []  # certificates of SMTP Desk's own practice server


def trust_for_session(certificate_pem: str) -> None:
    """Also trust this certificate until the program ends (the practice server's own,
    made at its start); nothing else is ever added."""
    _session_trust.append(certificate_pem)


def tls_context() -> ssl.SSLContext:
    """Verified certificates and host names, TLS 1.2 or newer."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    for pem in _session_trust:
        context.load_verify_locations(cadata=pem)
    return context


@dataclass(frozen=True)
class StepReport:
    """One step of talking to the server: what, whether it worked, how long, details."""

    name: str  # resolve, connect, tls, greeting, ehlo, auth, mail, rcpt, data, quit
    ok: bool
    ms: int
    detail: str = ""
    warning: str = ""

    @property
    def label(self) -> str:
        return _STEP_LABELS.get(self.name, self.name)

    def __str__(self) -> str:
        mark = "✓" if self.ok else "✗"
        text = f"{mark} {self.label}"
        if self.detail:
            text += f": {self.detail}"
        return f"{text} ({self.ms} ms)"


_STEP_LABELS = {
    "resolve": "Find the server",
    "connect": "Connect",
    "tls": "Secure connection",
    "greeting": "Server greeting",
    "ehlo": "Introduce (EHLO)",
    "auth": "Sign in",
    "mail": "Sender (MAIL FROM)",
    "rcpt": "Recipient (RCPT TO)",
    "data": "Send test statement",
    "quit": "Close (QUIT)",
}


@dataclass(frozen=True)
class TlsInfo:
    protocol: str
    cipher: str
    subject: str
    issuer: str
    expires: datetime | None

    def describe(self, now: datetime | None = None) -> tuple[str, str]:
        """(detail, warning) for the step list."""
        detail = f"{self.protocol}, certificate for {self.subject} from {self.issuer}"
        warning = ""
        if self.expires is not None:
            detail += f", valid until {self.expires:%Y-%m-%d}"
            days = (self.expires - (now or datetime.now(UTC))).days
            if days < CERT_WARNING_DAYS:
                warning = (
                    f"The server's certificate expires in {max(days, 0)} day(s); tell the "
                    "provider if it is your own server."
                )
        return detail, warning


def _tls_info(sock: ssl.SSLSocket) -> TlsInfo:
    cert = sock.getpeercert() or {}

    def name(part: object) -> str:
        pairs = dict(item[0] for item in part) if isinstance(part, tuple) else {}
        return str(pairs.get("commonName") or pairs.get("organizationName") or "?")

    expires = None
    if "notAfter" in cert:
        expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(str(cert["notAfter"])), UTC)
    cipher = sock.cipher()
    return TlsInfo(
        protocol=sock.version() or "TLS",
        cipher=cipher[0] if cipher else "",
        subject=name(cert.get("subject")),
        issuer=name(cert.get("issuer")),
        expires=expires,
    )


class Transcript:
    """The SMTP conversation for the log, with the password exchange blanked out."""

    def __init__(self, on_line: Callable[[str], None] | None = None) -> None:
        self.lines: list[str] = []
        self._on_line = on_line
        self._in_auth = False

    def _add(self, line: str) -> None:
        self.lines.append(line)
        if self._on_line is not None:
            self._on_line(line)

    def client(self, data: bytes | str) -> None:
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        if len(text) > 200 or text.count("\r\n") > 1:
            self._add(f"C: [message, {len(text):,} bytes]")
            return
        line = text.rstrip("\r\n")
        if line.upper().startswith("AUTH "):
            self._in_auth = True
            words = line.split()
            line = " ".join(words[:2] + ([_REDACTED] if len(words) > 2 else []))
        elif self._in_auth:
            line = _REDACTED
        self._add(f"C: {line}")

    def server(self, code: int, message: bytes) -> None:
        text = message.decode("utf-8", "replace").replace("\n", " | ")
        if self._in_auth and code == 334:
            text = _REDACTED  # a challenge may echo the user name
        if code != 334:
            self._in_auth = False
        self._add(f"S: {code} {text}".rstrip())


class Canceller:
    """Stops a running session from another thread (the GUI's Cancel button)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._watched: list[socket.socket | smtplib.SMTP] = []

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self, *, grace: float = 0.0) -> None:
        """Stop. With ``grace``, an operation in flight (a message whose answer is on its
        way) gets that many seconds to finish before the connection is cut."""
        with self._lock:
            self._cancelled = True
        if grace > 0:
            timer = threading.Timer(grace, self._cut)
            timer.daemon = True
            timer.start()
        else:
            self._cut()

    def _cut(self) -> None:
        with self._lock:
            watched = list(self._watched)
        for item in watched:
            # smtplib swaps its socket for a TLS one after STARTTLS: ask for the current one
            sock = item.sock if isinstance(item, smtplib.SMTP) else item
            if sock is None:
                continue
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def watch(self, item: socket.socket | smtplib.SMTP) -> None:
        """Shut this socket (or this smtplib session's current socket) on cancel."""
        with self._lock:
            self._watched.append(item)
        if self._cancelled:
            self.cancel()

    def check(self) -> None:
        if self._cancelled:
            raise Cancelled("cancelled")


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


StepHook = Callable[[StepReport], None]


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

    def deliver(self, sender: str, recipients: tuple[str, ...], content: bytes) -> Delivery:
        """MAIL, RCPT and DATA; the server's answer on success.

        Raises the smtplib error for a refusal (nothing was accepted),
        :class:`AddressUnsupported` when no address can be given to this server, and
        :class:`Unconfirmed` when the connection broke after the message was handed over
        and before the server answered. Addresses refused while others were accepted are
        in :attr:`Delivery.refused`.
        """
        smtp = self.smtp
        refused = self.unusable(recipients)
        usable = [a for a in recipients if a not in refused]
        if not usable:
            raise AddressUnsupported("none of the addresses can be given to this server")
        options = ["SMTPUTF8"] if any(needs_smtputf8(a) for a in usable) else []
        try:
            return self._transfer(sender, usable, content, options, refused)
        finally:
            smtp.command_encoding = "ascii"  # smtplib switches to UTF-8 for SMTPUTF8

    def _transfer(
        self,
        sender: str,
        usable: list[str],
        content: bytes,
        options: list[str],
        refused: dict[str, str],
    ) -> Delivery:
        smtp = self.smtp
        code, reply = smtp.mail(sender, options)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, reply, sender)
        rcpt_refused: dict[str, tuple[int, bytes]] = {}
        for address in usable:
            code, reply = smtp.rcpt(envelope_address(address))
            if code not in (250, 251):
                rcpt_refused[address] = (code, reply)
        if len(rcpt_refused) == len(usable):
            smtp.rset()
            raise smtplib.SMTPRecipientsRefused(rcpt_refused)
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
        for address, (rcode, rtext) in rcpt_refused.items():
            refused[address] = f"{rcode} {rtext.decode('utf-8', 'replace')}"
        return Delivery(f"{code} {reply.decode('utf-8', 'replace')}", refused)

    def quit(self) -> None:
        try:
            self.smtp.quit()
        except (smtplib.SMTPException, OSError):
            self.smtp.close()

    def close(self) -> None:
        self.smtp.close()


def _sign_in(smtp: smtplib.SMTP, sign_in: SignIn) -> None:
    """Fetch the credentials now, try them **once**, keep nothing.

    smtplib's ``login`` tries every mechanism the server offers in turn, so one wrong
    password counts as two or three refused sign-ins at the provider (which is how an
    account gets locked); here one mechanism is chosen and tried once.
    """
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    offered = smtp.esmtp_features["auth"].upper().split()
    credentials = sign_in.credentials()
    try:
        if credentials.mechanism is Mechanism.XOAUTH2:
            token = f"user={credentials.user}\x01auth=Bearer {credentials.secret}\x01\x01"
            smtp.auth(
                "XOAUTH2",
                lambda challenge=None: token if challenge is None else "",
                initial_response_ok=True,
            )
            return
        mechanism = next((m for m in ("PLAIN", "LOGIN") if m in offered), None)
        if mechanism is None:
            raise smtplib.SMTPException("No suitable authentication method found.")
        smtp.user, smtp.password = credentials.user, credentials.secret
        method = smtp.auth_plain if mechanism == "PLAIN" else smtp.auth_login
        smtp.auth(mechanism, method, initial_response_ok=True)
    except smtplib.SMTPResponseException as exc:  # a server may echo what it was sent
        _scrub(exc, credentials.user, credentials.secret)
        raise
    finally:
        smtp.user = smtp.password = ""  # smtplib keeps them on the connection otherwise
        del credentials


def _scrub(error: smtplib.SMTPResponseException, user: str, secret: str) -> None:
    """Blank the secret, plain or in the base64 forms AUTH sent it, out of a server reply."""
    forms = {secret, f"\0{user}\0{secret}"}
    forms |= {base64.b64encode(form.encode()).decode("ascii") for form in list(forms)}
    text = error.smtp_error
    raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    for form in sorted(forms, key=len, reverse=True):
        raw = raw.replace(form, _REDACTED)
    error.smtp_error = raw.encode("utf-8")
    error.args = (error.smtp_code, error.smtp_error)


@contextmanager
def _step(
    name: str,
    on_step: StepHook | None,
    canceller: Canceller | None,
    describe: Callable[[], tuple[str, str]] | None = None,
) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    except BaseException:
        if on_step is not None:
            on_step(StepReport(name, False, _ms(start)))
        if canceller is not None and canceller.cancelled:
            raise Cancelled("cancelled") from None
        raise
    detail, warning = describe() if describe else ("", "")
    if on_step is not None:
        on_step(StepReport(name, True, _ms(start), detail, warning))


def _features(smtp: smtplib.SMTP) -> str:
    """``STARTTLS, AUTH (LOGIN PLAIN), 8BITMIME; messages up to 35 MB``."""
    names = []
    for name in sorted(smtp.esmtp_features):
        if name == "size":
            continue
        value = smtp.esmtp_features[name].strip()
        names.append(f"{name.upper()} ({value})" if name == "auth" and value else name.upper())
    text = ", ".join(names) or "no extensions"
    size = smtp.esmtp_features.get("size", "").strip()
    if size.isdigit() and int(size) > 0:
        text += f"; messages up to {_size_words(int(size))}"
    return text


def _size_words(size: int) -> str:
    """``35 MB``, ``1.5 MB``, ``30 KB``, ``512 bytes``: never "0 MB" for a small limit."""
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if size >= scale:
            digits = f"{size / scale:.0f}" if size >= 10 * scale else f"{size / scale:.1f}"
            return f"{digits.removesuffix('.0')} {unit}"
    return f"{size} byte{'' if size == 1 else 's'}"


def _ms(start: float) -> int:
    return round((time.perf_counter() - start) * 1000)


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
    ssl, smtplib, :class:`StartTlsUnavailable`, :class:`PlaintextPasswordRefused`,
    :class:`~smtp_desk.core.signin.SignInUnavailable`) at the first failing step, or
    :class:`Cancelled`.
    """
    host, port = account.host, account.port
    context = tls_context()
    addresses: list[tuple] = []  # type: ignore[type-arg]
    with _step("resolve", on_step, canceller, lambda: (f"{host} is {addresses[0][4][0]}", "")):
        addresses = _resolve(host, port, canceller)
    with _step("connect", on_step, canceller, lambda: (f"port {port} is open", "")):
        sock: socket.socket = _connect(addresses, timeout, canceller)
    tls: TlsInfo | None = None
    try:
        if account.security is Security.SSL:
            with _step("tls", on_step, canceller, lambda: tls.describe() if tls else ("", "")):
                sock = context.wrap_socket(sock, server_hostname=host)
                tls = _tls_info(sock)
        smtp = _SMTP(sock, host, transcript, timeout)
        if canceller is not None:
            canceller.watch(smtp)
        with _step("greeting", on_step, canceller):
            code, message = smtp.getreply()
            if code != 220:
                raise smtplib.SMTPConnectError(code, message)
        with _step("ehlo", on_step, canceller, lambda: (_features(smtp), "")):
            code, message = smtp.ehlo()
            if not 200 <= code < 300:
                raise smtplib.SMTPHeloError(code, message)
        if account.security is Security.STARTTLS:
            with _step("tls", on_step, canceller, lambda: tls.describe() if tls else ("", "")):
                if not smtp.has_extn("starttls"):
                    raise StartTlsUnavailable(
                        "the server did not offer STARTTLS; nothing was sent in plain text"
                    )
                smtp.starttls(context=context)
                assert isinstance(smtp.sock, ssl.SSLSocket)
                tls = _tls_info(smtp.sock)
                code, message = smtp.ehlo()
                if not 200 <= code < 300:
                    raise smtplib.SMTPHeloError(code, message)
        if sign_in is not None and account.user:
            with _step("auth", on_step, canceller, lambda: (f"signed in as {account.user}", "")):
                if tls is None and not is_loopback_host(host):
                    raise PlaintextPasswordRefused(
                        "SMTP Desk does not send a password over an unencrypted connection"
                    )
                _sign_in(smtp, sign_in)
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
