"""Members' email addresses as the mail server sees them: checked before anything is handed
over (a line break or ``<>`` in an address would inject SMTP commands or headers), an
international domain in its ASCII form, and whether the address needs SMTPUTF8."""

from __future__ import annotations

import re

__all__ = ["envelope_address", "malformed_address", "needs_smtputf8", "printable", "sendable"]


def envelope_address(address: str) -> str:
    """The address as given to the server: an international domain in its ASCII form
    (``exämple.in`` → ``xn--exmple-cua.in``); the part before the @ as it is."""
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return address


_MALFORMED = re.compile(r"[\x00-\x20\x7f<>]")


def malformed_address(address: str) -> bool:
    """True for what is no address at all for SMTP: empty, no @, spaces, control
    characters, angle brackets, or longer than RFC 5321 allows."""
    local, at, domain = address.rpartition("@")
    return not (local and at and domain) or len(address) > 254 or bool(_MALFORMED.search(address))


def needs_smtputf8(address: str) -> bool:
    """True when the part before the @ has letters outside ASCII (SMTPUTF8 needed)."""
    return not envelope_address(address).isascii()


def sendable(addresses: tuple[str, ...]) -> list[str]:
    """The addresses that can go in a message at all (the malformed ones left out)."""
    return [a for a in addresses if not malformed_address(a)]


def printable(address: str) -> str:
    """The address for a sentence or a log line: control characters (a line break that
    would forge a log line) shown as escapes."""
    if _CONTROL.search(address) is None:
        return address
    return _CONTROL.sub(lambda found: ascii(found.group())[1:-1], address)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
