"""The connection to the society's mailbox (IMAP): verified TLS (implicit, or STARTTLS when
chosen — a server without STARTTLS is an error, never plain text), the account's sign-in
(password, or an OAuth2 token with XOAUTH2), and every answer bounded.

A mailbox server is trusted with nothing: each command's answer may be at most
:data:`_ANSWER_CAP` bytes and take at most :data:`_ANSWER_TIME` times the socket timeout
all told (a server that trickles bytes never holds the program), no literal may be longer
than :data:`MESSAGE_CAP`, and every failure is a :class:`MailboxError` in plain words that
never holds the password or the token. The reading itself is :mod:`smtp_desk.core.imap`.
"""

from __future__ import annotations

import imaplib
import logging
import re
import socket
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import translate
from smtp_desk.core.imap_settings import ImapSecurity, ImapSettings
from smtp_desk.core.signin import Mechanism, SignIn
from smtp_desk.core.tls import tls_context

__all__ = ["BODY_CHUNK", "MESSAGE_CAP", "MailboxError", "signed_in_session"]

log = logging.getLogger(__name__)

BODY_CHUNK = 20  # whole messages per FETCH
MESSAGE_CAP = 1024 * 1024  # bytes of one message fetched: the report comes first
# What one command's answer may be: the largest is a FETCH of BODY_CHUNK messages, each cut
# at MESSAGE_CAP; a server that sends more (a literal longer than asked for, untagged lines
# without end) is cut off, and so is one that sends its answer a byte at a time.
_LITERAL_CAP = MESSAGE_CAP
_MAXLINE = 1_000_000  # imaplib's own bound on one line
_ANSWER_CAP = BODY_CHUNK * (MESSAGE_CAP + 4096) + _MAXLINE
_ANSWER_TIME = 10  # times the socket timeout one command's answer may take, all told
_STATUS = re.compile(rb'"status"\s*:\s*"?([0-9A-Za-z_.-]{1,20})')


class MailboxError(SmtpDeskError):
    """The mailbox cannot be read; the text says why in plain words (never a secret)."""


class _Bounded(imaplib.IMAP4):
    """What every connection reads, bounded: each command's answer may be at most
    :data:`_ANSWER_CAP` bytes and take at most :data:`_ANSWER_TIME` times the timeout, all
    told (a server that trickles bytes never holds the program), and no literal may be
    longer than :data:`_LITERAL_CAP` (none is read into memory first). The bytes are read
    here, straight from the socket, not through ``imaplib``'s file."""

    def _bound(self, timeout: float) -> None:
        self._timeout = timeout
        self._buffer = bytearray()  # taken from the front: no copying of what is left
        self.overrun = ""
        self._arm()

    def _arm(self) -> None:
        self._deadline = time.monotonic() + self._timeout * _ANSWER_TIME
        self._left = _ANSWER_CAP

    def _cut_off(self, why: str) -> None:
        self.overrun = why
        with suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        error = self.abort(why)
        error.overrun = why  # type: ignore[attr-defined]  # said by _session
        raise error

    def send(self, data: bytes) -> None:  # type: ignore[override]
        self._arm()
        self.sock.settimeout(self._timeout)  # the last read may have left it nearly spent
        super().send(data)

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
            end = self._buffer.find(b"\n", 0, _MAXLINE + 1)
            if end >= 0:
                line = bytes(self._buffer[: end + 1])
                del self._buffer[: end + 1]
                return line
            if len(self._buffer) > _MAXLINE:
                self._cut_off(translate("imap", "the mailbox server sent far more than was asked"))
            if not self._fill():
                line = bytes(self._buffer)
                self._buffer.clear()
                return line

    def read(self, size: int) -> bytes:
        if size > _LITERAL_CAP:
            self._cut_off(translate("imap", "the mailbox server sent far more than was asked"))
        while len(self._buffer) < size and self._fill():
            pass
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def _get_capabilities(self) -> None:
        if getattr(self, "_tls_established", False) and self._buffer:
            # sent in plain text after "begin TLS", read before the handshake: an injection
            self._cut_off(translate("imap", "the mailbox server broke off the encryption"))
        super()._get_capabilities()  # type: ignore[misc]  # private in the stubs


class _Plain(_Bounded):
    def __init__(self, host: str, port: int, timeout: float) -> None:
        self._bound(timeout)
        super().__init__(host, port, timeout=timeout)


class _Secure(_Bounded, imaplib.IMAP4_SSL):
    def __init__(self, host: str, port: int, context: ssl.SSLContext, timeout: float) -> None:
        self._bound(timeout)
        super().__init__(host, port, ssl_context=context, timeout=timeout)


def _why(client: object) -> str:
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
    try:
        client.starttls(ssl_context=context)
    except BaseException:
        with suppress(OSError):
            client.shutdown()
        raise
    return client


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
def signed_in_session(
    settings: ImapSettings, sign_in: SignIn, timeout: float
) -> Iterator[imaplib.IMAP4]:
    where = f"{settings.host}:{settings.port}"
    unreadable = translate(
        "imap", "the mailbox server {where} answered in a way SMTP Desk cannot read"
    ).format(where=where)
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
        reason = (
            translate("imap", "no answer in time")
            if isinstance(exc, socket.timeout | TimeoutError)
            else translate("imap", "the encrypted connection failed: check the port and security")
            if isinstance(exc, ssl.SSLError)
            else translate("imap", "refused")
        )
        raise MailboxError(
            translate("imap", "the mailbox server {where} cannot be reached ({reason})").format(
                where=where, reason=reason
            )
            + _why(exc)
        ) from None
    except UnicodeError:  # a greeting or capabilities beyond ASCII
        raise MailboxError(unreadable) from None
    broken = True  # until the session ends well: a broken one is closed, never logged out of
    try:
        try:
            _sign_in(client, sign_in)
        except imaplib.IMAP4.abort:
            raise  # the connection broke (below), not a refusal
        except imaplib.IMAP4.error:
            raise MailboxError(
                translate(
                    "imap",
                    "the mailbox refused the sign-in: check the password (an App Password "
                    "for Gmail, Yahoo and Zoho) and that IMAP is turned on for the account",
                )
            ) from None
        except UnicodeEncodeError:  # imaplib's LOGIN carries ASCII only; never say the text
            raise MailboxError(
                translate(
                    "imap",
                    "the mailbox sign-in cannot carry the password or user name: it holds "
                    "letters beyond plain English ones; use an App Password",
                )
            ) from None
        yield client
        broken = False
    except (OSError, imaplib.IMAP4.error):
        lost = translate("imap", "the connection to the mailbox {where} was lost")
        raise MailboxError(lost.format(where=where) + _why(client)) from None
    except UnicodeDecodeError:
        raise MailboxError(unreadable) from None
    finally:
        with suppress(OSError, imaplib.IMAP4.error):
            if broken:
                client.shutdown()
            else:
                client.logout()
