"""An account's OAuth2 sign-in (its token cache), kept in the OS credential store only.

A sign-in is a few kilobytes of JSON (msal's serialised token cache, or Google's refresh
token): more than Windows Credential Manager takes in one entry (a 2,560-byte blob, which
keyring fills with UTF-16, so 1,280 characters). It is compressed and, when still too long,
split over numbered entries: ``<name>`` holds a short header and the first part,
``<name> #2``, ``<name> #3`` … the rest. Nothing is written to a file; where no credential
store is usable the sign-in lasts as long as the program
(:class:`~smtp_desk.core.secret_store.SecretStore` keeps it for the session).

Beside it, one small non-secret note: ``<name> sending-only`` is kept while the
organisation refused SMTP Desk the permission to read the mailbox, so that the next code
sign-in asks only to send (:meth:`TokenVault.sending_only`). Signing out removes it too.
"""

from __future__ import annotations

import base64
import zlib
from dataclasses import dataclass, field

from smtp_desk.core.secret_store import SecretStore, Where

__all__ = ["PART_CHARS", "TokenVault"]

PART_CHARS = 1000  # characters per entry: under Windows' 1,280 with room to spare
_MAGIC = "smtpdesk-tokens-1"
_MAX_PARTS = 64  # 64 KB of compressed sign-in: far beyond any real token cache
_SENDING_ONLY = "mailbox refused"  # the note's text (any other text is no note)


@dataclass(frozen=True)
class TokenVault:
    """Reads and writes one account's sign-in under the credential-store entry ``name``."""

    store: SecretStore = field(repr=False)

    def load(self, name: str) -> str | None:
        """The saved sign-in text, or None when there is none (or it is unreadable)."""
        head = self.store.get(name)
        if not head or not head.startswith(_MAGIC + ":"):
            return None
        try:
            _, count_text, first = head.split(":", 2)
            count = int(count_text)
        except ValueError:
            return None
        if not 1 <= count <= _MAX_PARTS:
            return None
        parts = [first]
        for number in range(2, count + 1):
            part = self.store.get(_part_name(name, number))
            if part is None:
                return None  # a half-written sign-in is no sign-in
            parts.append(part)
        try:
            return zlib.decompress(base64.urlsafe_b64decode("".join(parts))).decode("utf-8")
        except (ValueError, zlib.error, UnicodeDecodeError):
            return None

    def save(self, name: str, text: str) -> Where:
        """Keep ``text`` (replacing what was there); says where it ended up."""
        packed = base64.urlsafe_b64encode(zlib.compress(text.encode("utf-8"), 9)).decode()
        parts = [packed[i : i + PART_CHARS] for i in range(0, len(packed), PART_CHARS)] or [""]
        if len(parts) > _MAX_PARTS:
            raise ValueError("the sign-in is too large to keep")
        old_count = self._count(name)
        where = Where.CREDENTIAL_STORE
        # the numbered parts first, the header last: a reader never sees a new header
        # with old parts
        for number, part in enumerate(parts[1:], start=2):
            if self.store.put(_part_name(name, number), part) is Where.SESSION:
                where = Where.SESSION
        if self.store.put(name, f"{_MAGIC}:{len(parts)}:{parts[0]}") is Where.SESSION:
            where = Where.SESSION
        for number in range(len(parts) + 1, old_count + 1):
            self.store.delete(_part_name(name, number))
        return where

    def delete(self, name: str) -> None:
        """Forget the sign-in (Sign out), and the note beside it; no error when there is
        none."""
        count = self._count(name)
        self.store.delete(name)
        for number in range(2, max(count, 1) + 1):
            self.store.delete(_part_name(name, number))
        self.store.delete(_note_name(name))

    def sending_only(self, name: str) -> bool:
        """Whether the organisation refused the permission to read the mailbox at the last
        sign-in of ``name`` (the note is kept until a sign-in gets it, or a sign-out)."""
        return self.store.get(_note_name(name)) == _SENDING_ONLY

    def set_sending_only(self, name: str, refused: bool) -> None:
        """Keep or drop the note that the mailbox permission was refused."""
        if refused:
            self.store.put(_note_name(name), _SENDING_ONLY)
        elif self.store.get(_note_name(name)) is not None:
            self.store.delete(_note_name(name))

    def _count(self, name: str) -> int:
        head = self.store.get(name) or ""
        try:
            return min(int(head.split(":", 2)[1]), _MAX_PARTS) if head.startswith(_MAGIC) else 0
        except (IndexError, ValueError):
            return 0


def _part_name(name: str, number: int) -> str:
    return f"{name} #{number}"


def _note_name(name: str) -> str:
    return f"{name} sending-only"
