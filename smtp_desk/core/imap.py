"""Reading the society's mailbox over IMAP: signing in with the account's own sign-in,
finding the Sent folder (RFC 6154's ``\\Sent`` flag, else the common names), and asking
which of our Message-IDs it holds.

Every connection is encrypted with a verified certificate (implicit TLS, or STARTTLS when
chosen — a server without STARTTLS is an error, never plain text), every socket operation
has a timeout, and the mailbox is only read (``EXAMINE``, ``BODY.PEEK``): nothing is
marked read, moved or deleted. The password (or token) is read when the connection signs
in and dropped; it never appears in an error.
"""

from __future__ import annotations

import imaplib
import logging
import re
import socket
import ssl
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime

from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import translate
from smtp_desk.core.imap_settings import ImapSecurity, ImapSettings
from smtp_desk.core.signin import Mechanism, SignIn
from smtp_desk.core.tls import tls_context

__all__ = [
    "MESSAGE_CAP",
    "MailboxError",
    "MailboxFiler",
    "MailboxReader",
    "open_mailbox",
    "open_mailbox_for_filing",
]

DEFAULT_TIMEOUT = 20.0
_SENT_NAMES = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "[Gmail]/Sent Mail",
    "INBOX.Sent",
    "INBOX/Sent",
)
_LIST_LINE = re.compile(rb'\((?P<flags>[^)]*)\) (?P<delimiter>"[^"]*"|NIL) (?P<name>.+)$')
_QUOTED_NAME = re.compile(rb'"(?P<name>(?:[^"\\]|\\.)*)"')
_ATOM_NAME = re.compile(rb"[!#$&'+,\-./0-9:;<=>?@A-Z\[\]^_`a-z|}~]+")
_ESCAPE = re.compile(rb"\\(.)")
_ID = re.compile(rb"Message-ID:\s*(<[^>\r\n]{1,250}>)", re.IGNORECASE)
_FETCH_CHUNK = 200  # message numbers per FETCH
_BODY_CHUNK = 20  # whole messages per FETCH
MESSAGE_CAP = 1024 * 1024  # bytes of one message fetched: the report comes first
# What one command's answer may be: the largest is a FETCH of _BODY_CHUNK messages, each cut
# at MESSAGE_CAP; a server that sends more (a literal longer than asked for, untagged lines
# without end) is cut off, and so is one that sends its answer a byte at a time.
_LITERAL_CAP = MESSAGE_CAP
_ANSWER_CAP = _BODY_CHUNK * (MESSAGE_CAP + 4096) + imaplib._MAXLINE
_ANSWER_TIME = 10  # times the socket timeout one command's answer may take, all told
_STATUS = re.compile(rb'"status"\s*:\s*"?([0-9A-Za-z_.-]{1,20})')


class MailboxError(SmtpDeskError):
    """The mailbox cannot be read; the text says why in plain words (never a secret)."""


@dataclass(frozen=True)
class _Folder:
    name: str
    flags: frozenset[str]


class MailboxReader:
    """One signed-in IMAP connection (use :func:`open_mailbox`)."""

    def __init__(self, client: imaplib.IMAP4) -> None:
        self._client = client

    def folders(self) -> list[_Folder]:
        kind, lines = self._client.list()
        if kind != "OK":
            raise MailboxError(translate("imap", "the mailbox would not list its folders"))
        found = []
        for line in lines:
            if not isinstance(line, bytes):
                continue
            match = _LIST_LINE.match(line)
            name = _folder_name(match.group("name").strip()) if match else None
            if match is None or name is None:
                continue  # a name SMTP Desk cannot say back safely is passed over
            flags = frozenset(match.group("flags").decode("ascii", "replace").split())
            found.append(_Folder(name, flags))
        return found

    def sent_folder(self) -> str:
        """The folder the provider keeps sent mail in: the one flagged ``\\Sent``, else
        the first of the usual names that exists."""
        folders = self.folders()
        for folder in folders:
            if "\\Sent" in folder.flags:
                return folder.name
        names = {f.name.casefold(): f.name for f in folders}
        for name in _SENT_NAMES:
            if name.casefold() in names:
                return names[name.casefold()]
        raise MailboxError(
            translate(
                "imap",
                "the mailbox has no Sent folder (it has: {folders})",
            ).format(folders=", ".join(f.name for f in folders[:12]))
        )

    def message_ids(self, folder: str, since: date) -> set[str]:
        """The Message-IDs of the messages in ``folder`` dated ``since`` or later (a day
        earlier, for time zones): one SEARCH, then the headers in chunks."""
        numbers = self._since(folder, since)
        found: set[str] = set()
        for start in range(0, len(numbers), _FETCH_CHUNK):
            chunk = b",".join(numbers[start : start + _FETCH_CHUNK]).decode("ascii")
            kind, parts = self._client.fetch(chunk, "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
            if kind != "OK":
                raise MailboxError(translate("imap", "the mailbox refused to show its messages"))
            for part in parts:
                if isinstance(part, tuple) and len(part) > 1 and isinstance(part[1], bytes):
                    found.update(_ids(part[1]))
        return found

    def messages_since(self, folder: str, since: date, limit: int = 500) -> list[bytes]:
        """The messages of ``folder`` dated ``since`` or later (a day earlier, for time
        zones), the newest ``limit`` of them, oldest first, each cut at
        :data:`MESSAGE_CAP` bytes. Read with ``BODY.PEEK``: nothing is marked read."""
        numbers = self._since(folder, since)[-limit:] if limit > 0 else []
        found: list[bytes] = []
        for start in range(0, len(numbers), _BODY_CHUNK):
            chunk = b",".join(numbers[start : start + _BODY_CHUNK]).decode("ascii")
            kind, parts = self._client.fetch(chunk, f"(BODY.PEEK[]<0.{MESSAGE_CAP}>)")
            if kind != "OK":
                raise MailboxError(translate("imap", "the mailbox refused to show its messages"))
            for part in parts:
                if isinstance(part, tuple) and len(part) > 1 and isinstance(part[1], bytes):
                    found.append(part[1])
        return found

    def _since(self, folder: str, since: date) -> list[bytes]:
        """Open ``folder`` read-only; the numbers of its messages dated ``since`` or later
        (a day earlier, for time zones)."""
        kind, _data = self._client.select(_quoted(folder), readonly=True)
        if kind != "OK":
            raise MailboxError(
                translate("imap", "the folder {folder} cannot be opened").format(folder=folder)
            )
        day = date.fromordinal(since.toordinal() - 1).strftime("%d-%b-%Y")
        kind, data = self._client.search(None, "SINCE", day)
        if kind != "OK":
            raise MailboxError(translate("imap", "the mailbox refused the search"))
        said = data[0] if data and isinstance(data[0], bytes) else b""
        return [number for number in said.split() if number.isdigit() and len(number) < 11]


class MailboxFiler(MailboxReader):
    """A signed-in connection that may also file a message (``APPEND``): the only thing
    SMTP Desk ever writes to a mailbox (use :func:`open_mailbox_for_filing`)."""

    def append(self, folder: str, content: bytes, when: datetime) -> None:
        """File ``content`` (the exact bytes sent, CRLF line ends) in ``folder`` as read,
        dated ``when``."""
        kind, data = self._client.append(_quoted(folder), r"(\Seen)", when, content)
        if kind != "OK":
            said = b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace")
            raise MailboxError(
                translate("imap", "the mailbox refused to file the copy ({reply})").format(
                    reply=said[:200]
                )
            )


def _ids(headers: bytes) -> Iterable[str]:
    unfolded = re.sub(rb"\r?\n[ \t]+", b" ", headers)
    for match in _ID.finditer(unfolded):
        yield match.group(1).decode("ascii", "replace").strip()


def _folder_name(said: bytes) -> str | None:
    """A LIST reply's mailbox name (quoted, or an atom), or None when it is one SMTP Desk
    cannot name back safely: a literal, NIL, control characters, or letters beyond ASCII
    (a server that follows RFC 3501 sends those in modified UTF-7, which is kept as is)."""
    quoted = _QUOTED_NAME.fullmatch(said)
    if quoted is not None:
        name = _ESCAPE.sub(rb"\1", quoted.group("name"))
    elif _ATOM_NAME.fullmatch(said) and said.upper() != b"NIL":
        name = said
    else:
        return None
    text = name.decode("ascii", "replace")
    return text if text and _sayable(text) else None


def _sayable(name: str) -> bool:
    return all(" " <= ch <= "~" for ch in name)


def _quoted(name: str) -> str:
    if not _sayable(name):  # never a CR, LF or NUL in a command, nor what ASCII cannot carry
        raise MailboxError(
            translate("imap", "the folder {folder} cannot be named to the mailbox").format(
                folder=ascii(name)
            )
        )
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _Bounded:
    """What every connection reads, bounded: each command's answer may be at most
    :data:`_ANSWER_CAP` bytes and take at most :data:`_ANSWER_TIME` times the timeout, all
    told (a server that trickles bytes never holds the program), and no literal may be
    longer than :data:`_LITERAL_CAP` (none is read into memory first). The bytes are read
    here, straight from the socket, not through ``imaplib``'s file."""

    sock: socket.socket
    abort: type[Exception]
    error: type[Exception]

    def _bound(self, timeout: float) -> None:
        self._timeout = timeout
        self._buffer = b""
        self.overrun = ""
        self._arm()

    def _arm(self) -> None:
        self._deadline = time.monotonic() + self._timeout * _ANSWER_TIME
        self._left = _ANSWER_CAP

    def _cut_off(self, why: str) -> None:
        self.overrun = why
        with suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        raise self.abort(why)

    def send(self, data: bytes) -> None:
        self._arm()
        super().send(data)  # type: ignore[misc]

    def _fill(self) -> bool:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            self._cut_off(translate("imap", "the mailbox server took too long to answer"))
        self.sock.settimeout(min(self._timeout, remaining))
        chunk = self.sock.recv(65536)
        self._left -= len(chunk)
        if self._left < 0:
            self._cut_off(translate("imap", "the mailbox server sent far more than was asked"))
        self._buffer += chunk
        return bool(chunk)

    def readline(self) -> bytes:
        while True:
            end = self._buffer.find(b"\n", 0, imaplib._MAXLINE + 1)
            if end >= 0:
                line, self._buffer = self._buffer[: end + 1], self._buffer[end + 1 :]
                return line
            if len(self._buffer) > imaplib._MAXLINE:
                self._cut_off(translate("imap", "the mailbox server sent far more than was asked"))
            if not self._fill():
                line, self._buffer = self._buffer, b""
                return line

    def read(self, size: int) -> bytes:
        if size > _LITERAL_CAP:
            self._cut_off(translate("imap", "the mailbox server sent far more than was asked"))
        while len(self._buffer) < size and self._fill():
            pass
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def _get_capabilities(self) -> None:
        if getattr(self, "_tls_established", False) and self._buffer:
            # sent in plain text after "begin TLS", read before the handshake: an injection
            self._cut_off(translate("imap", "the mailbox server broke off the encryption"))
        super()._get_capabilities()  # type: ignore[misc]


class _Plain(_Bounded, imaplib.IMAP4):
    def __init__(self, host: str, port: int, timeout: float) -> None:
        self._bound(timeout)
        super().__init__(host, port, timeout=timeout)


class _Secure(_Bounded, imaplib.IMAP4_SSL):
    def __init__(self, host: str, port: int, context: ssl.SSLContext, timeout: float) -> None:
        self._bound(timeout)
        super().__init__(host, port, ssl_context=context, timeout=timeout)


def _why(client: imaplib.IMAP4) -> str:
    overrun = getattr(client, "overrun", "")
    return f" ({overrun})" if overrun else ""


def _connect(settings: ImapSettings, timeout: float) -> imaplib.IMAP4:
    context = tls_context()
    if settings.security is ImapSecurity.SSL:
        return _Secure(settings.host, settings.port, context, timeout)
    client = _Plain(settings.host, settings.port, timeout)
    if "STARTTLS" not in client.capabilities:
        client.shutdown()
        raise MailboxError(
            translate(
                "imap",
                "{host} does not offer STARTTLS on port {port}: the mailbox is never read "
                "unencrypted (use port 993 with SSL/TLS)",
            ).format(host=settings.host, port=settings.port)
        )
    client.starttls(ssl_context=context)
    return client


log = logging.getLogger(__name__)


def _sign_in(client: imaplib.IMAP4, sign_in: SignIn) -> None:
    """Sign ``client`` in with the account's password, or its access token (XOAUTH2).
    Raises :class:`MailboxError` when there is nothing to sign in with (the sign-in's own
    plain words: "sign in again" …) or a token is refused; a refused password stays an
    ``imaplib`` error for :func:`open_mailbox` to word."""
    try:
        credentials = sign_in.credentials()
    except SmtpDeskError as exc:  # no password saved, the sign-in expired or lacks consent
        log.warning("The mailbox sign-in is not available: %s", getattr(exc, "detail", exc))
        raise MailboxError(str(exc)) from None
    try:
        if credentials.mechanism is Mechanism.PASSWORD:
            client.login(credentials.user, credentials.secret)
        else:
            _xoauth2(client, credentials.user, credentials.secret, credentials.service)
    finally:
        del credentials


class _XOAuth2Answers:
    """imaplib's ``authenticate`` calls this for every continuation the server sends. The
    first gets the SASL string; a second is the server's refusal (base64 JSON such as
    ``{"status":"401",…}``, decoded by imaplib) and gets the empty answer RFC 7628 asks
    for, so the server says NO instead of waiting; anything further aborts (``*``). The
    token is sent once, never again."""

    def __init__(self, sasl: bytes) -> None:
        self._sasl = sasl
        self.calls = 0
        self.refusal = b""

    def __call__(self, challenge: bytes) -> bytes | None:
        self.calls += 1
        if self.calls == 1:
            sasl, self._sasl = self._sasl, b""
            return sasl
        if self.calls == 2:
            self.refusal = challenge[:300]
            return b""
        return None  # imaplib sends "*": the exchange is cancelled


def _xoauth2(client: imaplib.IMAP4, user: str, token: str, service: str) -> None:
    """``AUTHENTICATE XOAUTH2``; a refused token is a :class:`MailboxError` that says to
    sign in again, naming the sign-in service."""
    shown = service or translate("imap", "Microsoft or Google")
    if "AUTH=XOAUTH2" not in client.capabilities:
        raise MailboxError(
            translate(
                "imap",
                "the mailbox server does not take Sign in with {service} (XOAUTH2): use an "
                "App Password for the mailbox, or its provider's IMAP server",
            ).format(service=shown)
        )
    answers = _XOAuth2Answers(f"user={user}\x01auth=Bearer {token}\x01\x01".encode())
    try:
        client.authenticate("XOAUTH2", answers)
    except imaplib.IMAP4.abort:
        raise  # the connection broke: open_mailbox says so
    except imaplib.IMAP4.error:
        # only the status of the refusal: a server may echo anything back, the token too
        status = _STATUS.search(answers.refusal)
        said = f"status {status.group(1).decode('ascii')}" if status else "no reason given"
        log.warning("The mailbox refused the %s token (%s)", shown, said)
        raise MailboxError(
            translate(
                "imap",
                "the mailbox refused the {service} sign-in: sign in again (System Tools > "
                "Email Credentials > Sign in); if it is refused again, check that IMAP is "
                "turned on for the mailbox",
            ).format(service=shown)
        ) from None


@contextmanager
def open_mailbox(
    settings: ImapSettings, sign_in: SignIn, *, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[MailboxReader]:
    """A signed-in, read-only view of the mailbox; :class:`MailboxError` in plain words
    when it cannot be reached or refuses the sign-in."""
    with _session(settings, sign_in, timeout) as client:
        yield MailboxReader(client)


@contextmanager
def open_mailbox_for_filing(
    settings: ImapSettings, sign_in: SignIn, *, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[MailboxFiler]:
    """:func:`open_mailbox` that may also file copies in a folder."""
    with _session(settings, sign_in, timeout) as client:
        yield MailboxFiler(client)


@contextmanager
def _session(settings: ImapSettings, sign_in: SignIn, timeout: float) -> Iterator[imaplib.IMAP4]:
    where = f"{settings.host}:{settings.port}"
    try:
        client = _connect(settings, timeout)
    except MailboxError:
        raise
    except ssl.SSLCertVerificationError:
        raise MailboxError(
            translate(
                "imap", "the mailbox server {where} showed a certificate that is not trusted"
            ).format(where=where)
        ) from None
    except (OSError, imaplib.IMAP4.error) as exc:
        reason = "timed out" if isinstance(exc, socket.timeout | TimeoutError) else "refused"
        raise MailboxError(
            translate("imap", "the mailbox server {where} cannot be reached ({reason})").format(
                where=where, reason=reason
            )
        ) from None
    try:
        try:
            _sign_in(client, sign_in)
        except imaplib.IMAP4.error:
            raise MailboxError(
                translate(
                    "imap",
                    "the mailbox refused the sign-in: check the password (an App Password "
                    "for Gmail, Yahoo and Zoho) and that IMAP is turned on for the account",
                )
            ) from None
        yield client
    except (OSError, imaplib.IMAP4.error):
        lost = translate("imap", "the connection to the mailbox {where} was lost")
        raise MailboxError(lost.format(where=where) + _why(client)) from None
    finally:
        with suppress(OSError, imaplib.IMAP4.error):
            client.logout()
