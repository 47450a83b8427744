"""The words of a bounce: why a message came back (:class:`BounceReason`, from the status
code and the remote server's reply), in plain words for the office, and the small readers of
status codes, replies and addresses that :mod:`smtp_desk.core.dsn` uses."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate

_DIAGNOSTIC_LENGTH = 200
_MAX_TEXT = 64 * 1024  # characters read from one part


class BounceReason(StrEnum):
    MAILBOX_UNKNOWN = "mailbox_unknown"
    MAILBOX_FULL = "mailbox_full"
    REJECTED_AS_SPAM = "rejected_as_spam"
    DOMAIN_UNKNOWN = "domain_unknown"
    MESSAGE_TOO_LARGE = "message_too_large"
    DELAYED = "delayed"  # the server is still trying: not a failure (yet)
    OTHER = "other"


_SENTENCES: dict[BounceReason, str] = {
    BounceReason.MAILBOX_UNKNOWN: QT_TRANSLATE_NOOP(
        "dsn", "the mailbox does not exist — check the address for a typing mistake"
    ),
    BounceReason.MAILBOX_FULL: QT_TRANSLATE_NOOP(
        "dsn", "the member's mailbox is full — ask the member to make room, then send again"
    ),
    BounceReason.REJECTED_AS_SPAM: QT_TRANSLATE_NOOP(
        "dsn", "the member's provider rejected it as spam or by its security rules"
    ),
    BounceReason.DOMAIN_UNKNOWN: QT_TRANSLATE_NOOP(
        "dsn",
        "the part of the address after the @ is not a working email domain — check the "
        "address for a typing mistake",
    ),
    BounceReason.MESSAGE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "dsn",
        "the message is larger than the member's provider accepts — make the PDF smaller",
    ),
    BounceReason.DELAYED: QT_TRANSLATE_NOOP(
        "dsn", "delivery is delayed; the mail server is still trying — nothing to do yet"
    ),
    BounceReason.OTHER: QT_TRANSLATE_NOOP(
        "dsn", "the member's provider did not deliver it — the server's reply says why"
    ),
}


def in_words(reason: BounceReason) -> str:
    """What ``reason`` means, in a sentence an office clerk can act on."""
    return translate("dsn", _SENTENCES[reason])


@dataclass(frozen=True)
class BouncedRecipient:
    address: str  # as the report names it, lower-cased ("" when it names none)
    action: str  # "failed", "delayed", … (RFC 3464 Action)
    status: str  # enhanced status code "5.1.1"; "5.0.0"/"4.0.0" when the report has none
    diagnostic: str  # the remote server's reply, on one line, shortened
    reason: BounceReason

    def __str__(self) -> str:
        return translate("dsn", "{address}: {reason}").format(
            address=self.address, reason=in_words(self.reason)
        )


@dataclass(frozen=True)
class Bounce:
    original_message_ids: tuple[str, ...]  # "<…>", most trustworthy first
    recipients: tuple[BouncedRecipient, ...]
    received: datetime | None  # the report's Date, aware UTC
    reporter: str  # the mail server that reported it (Reporting-MTA, else From's domain)

    @property
    def failed(self) -> bool:
        """Whether any recipient failed for good (not merely delayed)."""
        return any(r.reason is not BounceReason.DELAYED for r in self.recipients)


_FULL_WORDS = re.compile(
    r"mailbox (?:is )?full|over ?quota|quota ?exceeded|exceeded (?:the )?(?:storage|quota)|"
    r"insufficient (?:storage|space)|out of storage|mailbox size limit",
    re.IGNORECASE,
)
_SIZE_WORDS = re.compile(
    r"too (?:large|big)|size limit|exceeds? (?:the )?(?:maximum|max)|message size|"
    r"message length exceeds|maxsizeerror",
    re.IGNORECASE,
)
_SPAM_WORDS = re.compile(
    r"spam|junk|unsolicited|block ?list|black ?list|blocked|reputation|policy|policies|"
    r"spamhaus|content filter",
    re.IGNORECASE,
)
_UNKNOWN_WORDS = re.compile(
    r"user unknown|unknown user|no such (?:user|mailbox|recipient|account)|"
    r"(?:account|mailbox|address|user|recipient) (?:that you tried to reach )?"
    r"(?:does not|doesn't) exist|recipient ?not ?found|mailbox (?:not found|unavailable)|"
    r"invalid (?:recipient|mailbox)|not a valid recipient|unknown (?:recipient|mailbox)|"
    r"no mailbox",
    re.IGNORECASE,
)
_DOMAIN_WORDS = re.compile(
    r"domain (?:name )?not found|host or domain name not found|no such domain|"
    r"domain (?:does not|doesn't) exist|unrouteable address|no mx|dns domain",
    re.IGNORECASE,
)


def reason_for(*, action: str, status: str, diagnostic: str) -> BounceReason:
    """The reason for one recipient: DELAYED for a delay, else by the enhanced status code,
    else by the words of the server's reply."""
    if action.lower() == "delayed":
        return BounceReason.DELAYED
    if status == "5.2.1" and _FULL_WORDS.search(diagnostic):
        return BounceReason.MAILBOX_FULL
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status.startswith(("5.7.", "4.7.")):
        return (
            BounceReason.REJECTED_AS_SPAM
            if _SPAM_WORDS.search(diagnostic)
            else (BounceReason.OTHER)
        )
    for words, reason in (
        (_FULL_WORDS, BounceReason.MAILBOX_FULL),
        (_SIZE_WORDS, BounceReason.MESSAGE_TOO_LARGE),
        (_SPAM_WORDS, BounceReason.REJECTED_AS_SPAM),
        (_UNKNOWN_WORDS, BounceReason.MAILBOX_UNKNOWN),
        (_DOMAIN_WORDS, BounceReason.DOMAIN_UNKNOWN),
    ):
        if words.search(diagnostic):
            return reason
    return BounceReason.OTHER


# -- reading ---------------------------------------------------------------------------------


_STATUS = r"[245]\.\d{1,3}\.\d{1,3}"
_STATUS_AFTER_CODE = re.compile(rf"(?<![\d.])[245]\d\d[ -]:?\s?({_STATUS})(?![\w.]?\d|\w)")
_STATUS_ALONE = re.compile(rf"(?<![\w.])({_STATUS})(?!\.?\d|\w)")
_REPLY_CODE = re.compile(r"(?<![\w.:])([45])\d\d(?=[ -:]|$)")


def _status(text: str) -> str:
    match = re.match(rf"\s*({_STATUS})(?!\.?\d|\w)", text)
    return match.group(1) if match else ""


def _status_in(diagnostic: str) -> str:
    """The enhanced status code a server's reply carries ("550 5.1.1 …" → "5.1.1"), else one
    made from its reply code ("550 …" → "5.0.0"), else ""."""
    for pattern in (_STATUS_AFTER_CODE, _STATUS_ALONE):
        match = pattern.search(diagnostic)
        if match:
            return match.group(1)
    match = _REPLY_CODE.search(diagnostic)
    return f"{match.group(1)}.0.0" if match else ""


def _action_for(status: str) -> str:
    return {"5": "failed", "4": "delayed"}.get(status[:1], "")


_REPEATED_CODE = re.compile(rf"\s([245]\d\d)[ -](?:({_STATUS})\s+)?")


def _clean(text: str) -> str:
    """A server's reply on one line: its type (``smtp;``) and the code repeated on each line
    of a multi-line reply dropped, controls removed, shortened."""
    text = re.sub(r"\s+", " ", _printable(_typed(text[:_MAX_TEXT]))).strip()
    first = re.match(rf"([245]\d\d)[ -]({_STATUS})?\s*", text)
    if first:
        code, status = first.group(1), first.group(2)
        rest = text[first.end() :]
        repeated = rf"\s{code}[ -](?:{re.escape(status)}\s+)?" if status else rf"\s{code}[ -]"
        rest = re.sub(repeated, " ", " " + rest).strip()
        text = " ".join(filter(None, (code, status, re.sub(r"\s+", " ", rest))))
    if len(text) > _DIAGNOSTIC_LENGTH:
        cut = text[:_DIAGNOSTIC_LENGTH].rsplit(" ", 1)[0]
        text = (cut if len(cut) > _DIAGNOSTIC_LENGTH // 2 else text[:_DIAGNOSTIC_LENGTH]) + "…"
    return text


_ADDRESS = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+"
)


def _address(text: str) -> str:
    match = _ADDRESS.search(text[:1000])
    return match.group(0).strip(".").lower() if match else ""


# -- bounces without a delivery-status part ---------------------------------------------------


_BY_STATUS: dict[str, BounceReason] = {
    "5.1.1": BounceReason.MAILBOX_UNKNOWN,
    "5.1.10": BounceReason.MAILBOX_UNKNOWN,  # Microsoft 365: RecipientNotFound
    "5.1.3": BounceReason.MAILBOX_UNKNOWN,  # the address is not valid
    "5.1.6": BounceReason.MAILBOX_UNKNOWN,  # the mailbox has moved
    "5.2.1": BounceReason.MAILBOX_UNKNOWN,  # the mailbox is disabled (unless words say full)
    "5.2.2": BounceReason.MAILBOX_FULL,
    "4.2.2": BounceReason.MAILBOX_FULL,
    "5.1.2": BounceReason.DOMAIN_UNKNOWN,
    "4.1.2": BounceReason.DOMAIN_UNKNOWN,
    "5.4.4": BounceReason.DOMAIN_UNKNOWN,
    "4.4.4": BounceReason.DOMAIN_UNKNOWN,
    "5.4.310": BounceReason.DOMAIN_UNKNOWN,  # Microsoft 365: the DNS domain does not exist
    "5.3.4": BounceReason.MESSAGE_TOO_LARGE,
    "5.2.3": BounceReason.MESSAGE_TOO_LARGE,
    "4.3.4": BounceReason.MESSAGE_TOO_LARGE,
}


def _printable(text: str) -> str:
    """``text`` without control, format (bidi) and surrogate characters, tabs and line breaks
    kept."""
    return "".join(
        c if c in "\t\n" or unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Co") else " "
        for c in text
    )


def _typed(value: str) -> str:
    """``rfc822; a@b.in`` → ``a@b.in`` (the value after its type, where it has one)."""
    kind, semicolon, rest = value.partition(";")
    if semicolon and re.fullmatch(r"\s*[A-Za-z][\w.-]{0,30}\s*", kind):
        return rest.strip()
    return value.strip()
