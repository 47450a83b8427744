"""Reading the society's mailbox over IMAP: signing in with the account's own sign-in,
finding the Sent folder (RFC 6154's ``\\Sent`` flag, else the common names), and asking
which of our Message-IDs it holds.

The connection (verified TLS, the sign-in, every answer bounded) is
:mod:`smtp_desk.core.imap_connection`. The mailbox is only read (``EXAMINE``,
``BODY.PEEK``): nothing is marked read, moved or deleted — except the copies SMTP Desk
files itself in Sent (:class:`MailboxFiler`, ``APPEND``). Folder names the server gives
are said back only when they can be said safely (quoted ASCII, no control characters).
"""

from __future__ import annotations

import imaplib
import re
import socket
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from smtp_desk.core.i18n import translate
from smtp_desk.core.imap_connection import (
    BODY_CHUNK,
    MESSAGE_CAP,
    MailboxError,
    signed_in_session,
)
from smtp_desk.core.imap_settings import ImapSettings
from smtp_desk.core.signin import SignIn

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
        for start in range(0, len(numbers), BODY_CHUNK):
            chunk = b",".join(numbers[start : start + BODY_CHUNK]).decode("ascii")
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

    @property
    def socket(self) -> socket.socket:
        """The connection's socket (for a canceller to shut)."""
        sock: socket.socket = self._client.sock
        return sock

    def append(self, folder: str, content: bytes, when: datetime) -> None:
        """File ``content`` (the exact bytes sent, CRLF line ends) in ``folder`` as read,
        dated ``when``."""
        kind, data = self._client.append(_quoted(folder), r"(\Seen)", when, content)
        if kind != "OK":
            said = b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace")
            said = "".join(ch for ch in said if ch.isprintable())  # no terminal escapes
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


@contextmanager
def open_mailbox(
    settings: ImapSettings, sign_in: SignIn, *, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[MailboxReader]:
    """A signed-in, read-only view of the mailbox; :class:`MailboxError` in plain words
    when it cannot be reached or refuses the sign-in."""
    with signed_in_session(settings, sign_in, timeout) as client:
        yield MailboxReader(client)


@contextmanager
def open_mailbox_for_filing(
    settings: ImapSettings, sign_in: SignIn, *, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[MailboxFiler]:
    """:func:`open_mailbox` that may also file copies in a folder."""
    with signed_in_session(settings, sign_in, timeout) as client:
        yield MailboxFiler(client)
