"""Where the society's mailbox can be read (IMAP): the Sent folder, to confirm what a run
handed over, and the inbox, for bounces. Optional: without an IMAP host nothing is read.

The server is reached with the account's own sign-in (its password). Encryption is always
on — implicit TLS (port 993) or STARTTLS (143) when chosen — with the certificate
verified; a mailbox read over plain text would carry the password in the clear.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from smtp_desk.core.i18n import translate
from smtp_desk.core.validation_types import FieldProblem

__all__ = [
    "IMAP_HOSTS",
    "KEEPS_SENT",
    "SENDING_KEY_SERVICES",
    "ImapSecurity",
    "ImapSettings",
    "copy_problems",
    "imap_defaults",
    "imap_problems",
    "imap_settings",
    "keeps_sent",
    "mailbox_problems",
]


class ImapSecurity(StrEnum):
    SSL = "ssl"  # implicit TLS, port 993
    STARTTLS = "starttls"  # port 143, STARTTLS before anything else

    @property
    def default_port(self) -> int:
        return 993 if self is ImapSecurity.SSL else 143


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    security: ImapSecurity = ImapSecurity.SSL


# The providers' IMAP servers (their own help pages); SMTP-only services have none.
IMAP_HOSTS: dict[str, str] = {
    "gmail": "imap.gmail.com",
    "workspace": "imap.gmail.com",
    "office365": "outlook.office365.com",
    "outlook": "outlook.office365.com",
    "yahoo": "imap.mail.yahoo.com",
    "zoho-in": "imap.zoho.in",
    "zoho": "imap.zoho.com",
}


# The providers known to file a copy of every message sent through their SMTP server in
# the account's Sent folder themselves (so SMTP Desk must not file another, and a message
# missing there was not sent). Yahoo is not among them: not documented.
KEEPS_SENT = frozenset({"gmail", "workspace", "office365", "outlook", "zoho-in", "zoho"})


# Sending services whose sign-in is a key for sending: no mailbox takes it, and sending it
# to a mailbox's server would hand the key to whoever runs that server.
SENDING_KEY_SERVICES = frozenset({"ses", "sendgrid", "mailgun", "mailgun-eu", "brevo", "postmark"})


def mailbox_problems(preset_id: str, host: str) -> list[FieldProblem]:
    """A mailbox given for a service that signs in with a sending key (refused)."""
    if not host.strip() or preset_id not in SENDING_KEY_SERVICES:
        return []
    return [
        FieldProblem(
            "imap_host",
            translate(
                "imap_settings",
                "This service signs in with a key for sending, which no mailbox takes: "
                "SMTP Desk would be sending that key to the mailbox's server. Leave the "
                "mailbox server empty, and to keep a copy of every bill use the archive "
                "address (BCC).",
            ),
        )
    ]


def keeps_sent(preset_id: str) -> bool:
    """True when the provider files its own copy of every message in Sent."""
    return preset_id in KEEPS_SENT


def imap_defaults(preset_id: str) -> ImapSettings | None:
    """The provider's IMAP server for a preset, or None (SMTP-only services, Custom)."""
    host = IMAP_HOSTS.get(preset_id)
    return ImapSettings(host, 993, ImapSecurity.SSL) if host else None


def imap_problems(host: str, port: str, security: str) -> list[FieldProblem]:
    """What is wrong with the typed IMAP settings (nothing when no host is given)."""
    host, port, security = host.strip(), port.strip(), security.strip().lower()
    if not host:
        if port or security:
            return [
                FieldProblem(
                    "imap_host",
                    translate("imap_settings", "Enter the IMAP server's name, or clear the port."),
                )
            ]
        return []
    problems: list[FieldProblem] = []
    if "://" in host or "/" in host or "@" in host or any(c.isspace() for c in host):
        problems.append(
            FieldProblem(
                "imap_host",
                translate(
                    "imap_settings",
                    "Enter only the IMAP server's name, for example imap.gmail.com.",
                ),
            )
        )
    if security and security not in {s.value for s in ImapSecurity}:
        problems.append(
            FieldProblem(
                "imap_security",
                translate(
                    "imap_settings",
                    "The mailbox is read encrypted only: choose ssl (port 993) or starttls "
                    "(port 143).",
                ),
            )
        )
    if port and not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
        problems.append(
            FieldProblem(
                "imap_port",
                translate("imap_settings", "The IMAP port is a number from 1 to 65535."),
            )
        )
    return problems


def imap_settings(host: str, port: str, security: str) -> ImapSettings | None:
    """The checked settings (call :func:`imap_problems` first), or None without a host."""
    host = host.strip().rstrip(".").lower()
    if not host:
        return None
    chosen = ImapSecurity(security.strip().lower() or ImapSecurity.SSL.value)
    number = int(port.strip()) if port.strip() else chosen.default_port
    return ImapSettings(host, number, chosen)


def copy_problems(preset_id: str, copy_to_sent: str, *, has_mailbox: bool) -> list[FieldProblem]:
    """What is wrong with "file a copy in Sent" for this provider and mailbox."""
    word = copy_to_sent.strip().lower()
    if word in ("", "no"):
        return []
    if word != "yes":
        return [
            FieldProblem(
                "copy_to_sent",
                translate("imap_settings", "Filing a copy in Sent is either 'yes' or 'no'."),
            )
        ]
    if keeps_sent(preset_id):
        return [
            FieldProblem(
                "copy_to_sent",
                translate(
                    "imap_settings",
                    "This provider already keeps a copy of every message in the Sent folder; "
                    "filing another would put each bill there twice. Turn this off.",
                ),
            )
        ]
    if not has_mailbox:
        return [
            FieldProblem(
                "imap_host",
                translate(
                    "imap_settings",
                    "Enter the mailbox's IMAP server: the copy of each message is filed there.",
                ),
            )
        ]
    return []
