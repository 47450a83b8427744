"""Building the emails SMTP Desk sends: headers from the account, text, PDF attachments."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid

from smtp_desk.core.account import AccountSettings

__all__ = ["Attachment", "build_message", "tidy_text"]

# A name that ends with a full stop ("… Society Ltd.") put before a sentence's own full stop
# by a template: "Ltd.." -> "Ltd.". An ellipsis ("...") and "../" are left alone.
_DOUBLE_STOP = re.compile(r"(?<=\w\.)\.(?=\s|$)")


def tidy_text(text: str) -> str:
    """``text`` without the double full stop a name ending in "." leaves before a
    template's own full stop ("Society Ltd.. For any question" -> "Society Ltd. For…")."""
    return _DOUBLE_STOP.sub("", text)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    maintype: str = "application"
    subtype: str = "pdf"


def _encoded(value: str, name: str) -> str:
    """``value`` as RFC 2047 encoded words, folded; the whole value, so that a decoder
    gets it back exactly: the spaces between words, and any "=?…?=" in it as text."""
    return Header(value, "utf-8", header_name=name).encode(linesep="\n")


def _set_subject(message: EmailMessage, subject: str) -> None:
    # The email package decodes encoded words in a value it is given ("=?utf-8?q?=0D=0A
    # Bcc:…?=" would become a header of its own when written) and, folding a non-ASCII
    # value, drops the spaces between encoded words. Such a subject is encoded here and
    # stored as written; lines shorter than the policy's limit are never refolded.
    subject = " ".join(subject.splitlines())
    if subject.isascii() and "=?" not in subject:
        message["Subject"] = subject
    else:
        message.set_raw("Subject", _encoded(subject, "Subject"))


def _set_from(message: EmailMessage, name: str, address: str) -> None:
    name = " ".join(name.splitlines())
    if name.isascii() and "=?" not in name:
        message["From"] = formataddr((name, address))
    else:  # the address on a line of its own, so no line is ever refolded
        message.set_raw("From", f"{_encoded(name, 'From')}\n <{address}>")


def build_message(
    account: AccountSettings,
    *,
    to: list[str],
    subject: str,
    text: str,
    attachments: list[Attachment] | None = None,
    message_id: str | None = None,
    html: str | None = None,
) -> EmailMessage:
    """An RFC 5322 message from the account's From (and Reply-To) to ``to``.

    ``message_id`` is kept when given, so a resend carries the same Message-ID. The text
    is tidied (:func:`tidy_text`): every body, the default one and a run's own template,
    is built by filling a template with names that may end in a full stop. ``html``, when
    given, is the text's HTML alternative (multipart/alternative, the plain text first).
    """
    # policy.SMTP ends lines with CRLF: smtplib passes bytes through unchanged, and a
    # server reads a message with bare LF as one endless line.
    message = EmailMessage(policy=policy.SMTP)
    _set_from(message, account.from_name, account.from_email)
    message["To"] = ", ".join(to)
    if account.reply_to:
        message["Reply-To"] = account.reply_to
    _set_subject(message, subject)
    message["Date"] = formatdate(localtime=True)
    domain = account.from_email.rpartition("@")[2] or None
    message["Message-ID"] = message_id or make_msgid(domain=domain)
    message.set_content(tidy_text(text))
    if html is not None:
        message.add_alternative(html, subtype="html")
    for item in attachments or []:
        message.add_attachment(
            item.content, maintype=item.maintype, subtype=item.subtype, filename=item.filename
        )
    return message
