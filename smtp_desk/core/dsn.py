"""Bounces: a message in the society's inbox that says a bill was not delivered, read into
a :class:`Bounce` that names the bill (by its Message-ID) and says why in plain words.

Two shapes are read. The standard one is a delivery status notification (RFC 3464): a
``multipart/report; report-type=delivery-status`` whose ``message/delivery-status`` part
lists each recipient with its action, status code and the remote server's reply, followed by
the returned message or its headers. The non-standard one is plain text from a mail server
(Exim's "This message was created automatically by mail delivery software", qmail's "failure
notice", Yahoo's) with the returned message quoted below a marker line.

Anything else — a member's reply, an out-of-office answer (``Auto-Submitted: auto-replied``
alone makes nothing a bounce), a read receipt, a newsletter, a forwarded bill — is not a
bounce: :func:`read_bounce` returns None. It never raises, whatever the bytes, reads at most
:data:`MAX_BYTES` of a message and a bounded number of its parts, and never renders HTML.
Nothing here touches the network: fetching the messages is the caller's work.
"""

from __future__ import annotations

import base64
import binascii
import html
import logging
import re
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser, HeaderParser
from email.policy import compat32
from email.utils import collapse_rfc2231_value, getaddresses, parseaddr, parsedate_to_datetime

from smtp_desk.core.dsn_words import (
    _MAX_TEXT,
    Bounce,
    BouncedRecipient,
    BounceReason,
    _action_for,
    _address,
    _clean,
    _printable,
    _status,
    _status_in,
    _typed,
    in_words,
    reason_for,
)

__all__ = [
    "MAX_BYTES",
    "Bounce",
    "BounceReason",
    "BouncedRecipient",
    "in_words",
    "read_bounce",
    "reason_for",
]

log = logging.getLogger(__name__)

MAX_BYTES = 1024 * 1024
"""How much of a message is read: the report and the returned message's headers come first;
what is cut off is the rest of the returned message (its PDF)."""

_MAX_PARTS = 64  # parts of the bounce looked at (not those of the returned message)
_MAX_DEPTH = 6  # multipart nesting followed
_MAX_RECIPIENTS = 50
_MAX_IDS = 10
_DIAGNOSTIC_LENGTH = 200


def read_bounce(raw: bytes) -> Bounce | None:
    """The bounce ``raw`` (a whole message as fetched) is, or None when it is not one."""
    try:
        return _read(bytes(raw[:MAX_BYTES]))
    except Exception:  # damaged or hostile input is "not a bounce we can read"
        log.debug("message not readable as a bounce", exc_info=True)
        return None


# -- reasons ---------------------------------------------------------------------------------


_REPORT_TYPES = ("delivery-status", "global-delivery-status")
_STATUS_PARTS = (
    "message/delivery-status",
    "message/global-delivery-status",
    "text/delivery-status",
)
_HEADER_PARTS = (
    "text/rfc822-headers",
    "message/rfc822-headers",
    "message/global-headers",
    "text/global-headers",
)
_MESSAGE_PARTS = ("message/rfc822", "message/global")
_KEPT_ACTIONS = ("failed", "delayed")


def _read(raw: bytes) -> Bounce | None:
    message = _parse(raw)
    if message.get_content_type() == "multipart/report":
        report_type = collapse_rfc2231_value(message.get_param("report-type", "") or "")
        report_type = str(report_type).strip().lower()
        if report_type not in _REPORT_TYPES:
            return None  # a read receipt (disposition-notification) or another report
    parts = _parts(message)
    own_id = _message_ids(_header(message, "Message-ID"))
    status_parts = [p for p in parts if p.get_content_type() in _STATUS_PARTS]
    per_message: dict[str, str] = {}
    recipients: list[BouncedRecipient] = []
    reported = False  # whether a delivery-status part named any recipient
    for part in status_parts:
        blocks = _field_blocks(_status_text(part))
        if not blocks:
            continue
        for name, value in blocks[0].items():
            per_message.setdefault(name, value)
        reported = reported or len(blocks) > 1
        recipients += _reported_recipients(blocks[1:])
    human, quoted = _human_text(parts)
    if not recipients:
        if reported or not _looks_like_bounce(message, human):
            return None  # reports only deliveries, or is no report at all
        found = _field_blocks(human)  # a report whose parts could not be told apart
        per_message = next((b for b in found if "reporting-mta" in b), per_message)
        recipients = _reported_recipients([b for b in found if "final-recipient" in b])
        recipients = recipients or _recipients_in_text(message, human, quoted)
    found_ids = _original_ids(message, parts, per_message, human + "\n" + quoted)
    ids = tuple(i for i in found_ids if i not in own_id)[:_MAX_IDS]
    if not recipients and not ids:
        return None
    return Bounce(
        original_message_ids=ids,
        recipients=tuple(recipients[:_MAX_RECIPIENTS]),
        received=_date(_header(message, "Date")),
        reporter=_reporter(message, per_message),
    )


_NESTING = re.compile(rb"(?im)^(content-type:[ \t]*)(?:message|multipart)/")
_NESTING_KEPT = 12


def _parse(raw: bytes) -> Message:
    """``raw`` parsed; a message nested too deeply for the parser (a "bomb") is parsed again
    with the containers after the first few read as plain text."""
    try:
        return BytesParser(policy=compat32).parsebytes(raw)
    except RecursionError:
        seen = 0

        def flatten(match: re.Match[bytes]) -> bytes:
            nonlocal seen
            seen += 1
            return match.group(0) if seen <= _NESTING_KEPT else match.group(1) + b"text/x-"

        return BytesParser(policy=compat32).parsebytes(_NESTING.sub(flatten, raw))


def _parts(message: Message) -> list[Message]:
    """The bounce's own parts, depth first, without entering messages attached to it."""
    found: list[Message] = []
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack and len(found) < _MAX_PARTS:
        part, depth = stack.pop()
        found.append(part)
        if part.get_content_maintype() != "multipart" or depth >= _MAX_DEPTH:
            continue
        payload = part.get_payload()
        if isinstance(payload, list):
            children = [p for p in payload[:_MAX_PARTS] if isinstance(p, Message)]
            stack.extend((child, depth + 1) for child in reversed(children))
    return found


def _header(message: Message, name: str) -> str:
    """A header's value as text: encoded words decoded, lines unfolded ("" when absent)."""
    value = message.get(name)
    return "" if value is None else _header_text(value)


def _header_text(value: object) -> str:
    text = str(value)[:_MAX_TEXT]
    try:
        decoded = str(make_header(decode_header(text)))
    except Exception:  # a damaged encoded word: keep the text as it came
        decoded = text
    return re.sub(r"\s*\r?\n\s*", " ", _printable(decoded)).strip()


def _decoded(part: Message) -> str:
    """A leaf part's text, transfer encoding and charset undone, cut at ``_MAX_TEXT``."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        text = part.get_payload()
        return text[:_MAX_TEXT] if isinstance(text, str) else ""
    data = payload[: _MAX_TEXT * 4]
    charset = str(part.get_content_charset() or "utf-8")
    try:
        text = data.decode(charset, "replace")
    except (LookupError, ValueError, TypeError):
        text = data.decode("utf-8", "replace")
    return text[:_MAX_TEXT]


def _flat(sub: Message) -> str:
    """A header block the parser made into a message, back as text."""
    lines = [f"{name}: {_header_text(value)}" for name, value in sub.items()]
    body = sub.get_payload()
    if isinstance(body, str) and body.strip():
        lines.append(body[:_MAX_TEXT])
    return "\n".join(lines)


def _status_text(part: Message) -> str:
    payload = part.get_payload()
    if not isinstance(payload, list):
        return _decoded(part)
    text = "\n\n".join(_flat(sub) for sub in payload[:_MAX_RECIPIENTS] if isinstance(sub, Message))
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding == "base64":  # not allowed for message/*, but seen
        try:
            text = base64.b64decode(re.sub(r"\s+", "", text)).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            return ""
    return text[:_MAX_TEXT]


def _field_blocks(text: str) -> list[dict[str, str]]:
    """RFC 3464 field groups: blank-line separated ``Name: value`` lines, folded lines
    joined, names lower-cased, the first of a repeated name kept."""
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    name = ""
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            if current:
                blocks.append(current)
            current, name = {}, ""
            if len(blocks) > _MAX_RECIPIENTS:
                break
            continue
        if line[0] in " \t" and name:
            current[name] = f"{current[name]} {line.strip()}"[:_MAX_TEXT]
            continue
        field, colon, value = line.partition(":")
        field = field.strip().lower()
        if not colon or not re.fullmatch(r"[a-z0-9-]{1,64}", field):
            name = ""
            continue
        name = field
        if field in current:
            name = ""  # a repeated field: keep the first, skip its continuation
            continue
        current[field] = value.strip()
    if current:
        blocks.append(current)
    return blocks


def _reported_recipients(blocks: list[dict[str, str]]) -> list[BouncedRecipient]:
    found: list[BouncedRecipient] = []
    for fields in blocks:
        address = _address(_typed(fields.get("final-recipient", "")))
        address = address or _address(_typed(fields.get("original-recipient", "")))
        diagnostic = _clean(fields.get("diagnostic-code", ""))
        status = _status(fields.get("status", "")) or _status_in(diagnostic)
        action = fields.get("action", "").strip().lower()
        action = action.split()[0] if action else _action_for(status)
        if not (address or status) or action not in _KEPT_ACTIONS:
            continue  # delivered, relayed, expanded: not a bounce
        status = status or ("4.0.0" if action == "delayed" else "5.0.0")
        reason = reason_for(action=action, status=status, diagnostic=diagnostic)
        found.append(BouncedRecipient(address, action, status, diagnostic, reason))
    return found


_DAEMONS = re.compile(
    r"^(?:mailer-daemon|mailer_daemon|mailerdaemon|mail-daemon|postmaster)@", re.IGNORECASE
)
_DAEMON_NAMES = re.compile(r"mail delivery (?:system|subsystem)|mailer[- ]daemon", re.IGNORECASE)
_BOUNCE_SUBJECTS = re.compile(
    r"^\s*(?:undeliver(?:able|ed)|mail delivery failed|delivery status notification|"
    r"failure notice|returned mail|delivery failure|delivery has failed|"
    r"mail system error|message not delivered|non[- ]delivery|delivery notification|"
    r"delayed mail|warning: (?:could not send|message .* delayed)|undelivered mail)",
    re.IGNORECASE,
)
_BOUNCE_PHRASES = re.compile(
    r"created automatically by mail delivery software|this is the qmail-send program|"
    r"could not be delivered to one or more|wasn'?t able to deliver your message|"
    r"unable to deliver your message|delivery (?:to the following recipients? )?has failed|"
    r"the following address(?:\(es\)|es)? failed|your message (?:could not|couldn'?t|"
    r"wasn'?t) (?:be )?delivered|permanent (?:fatal )?error|this is the mail system at host",
    re.IGNORECASE,
)
_AUTO_REPLY_SUBJECTS = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|"
    r"auto:|abwesenheit|absence)",
    re.IGNORECASE,
)
_COPY_MARKERS = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:this is a copy of (?:the|your) message|below this line is a copy"
    r"|original message|the header of the original message|forwarded message)|"
    r"original message headers:|-{2,}[ \t]*undelivered message)",
    re.IGNORECASE | re.MULTILINE,
)


def _looks_like_bounce(message: Message, human: str) -> bool:
    """A mail server's report of a failure, not a person's message or an automatic reply."""
    if message.get("X-Failed-Recipients") is not None:
        return True
    subject = _header(message, "Subject")
    if _AUTO_REPLY_SUBJECTS.match(subject):
        return False
    name, sender = parseaddr(_header(message, "From"))
    daemon = bool(_DAEMONS.match(sender) or _DAEMON_NAMES.search(name))
    return daemon and bool(_BOUNCE_SUBJECTS.match(subject) or _BOUNCE_PHRASES.search(human))


def _human_text(parts: list[Message]) -> tuple[str, str]:
    """The report's own words and the returned message quoted after them (in a bounce that
    quotes it as text)."""
    texts = [_decoded(p) for p in parts if p.get_content_type() == "text/plain" or _damaged(p)]
    if not texts:
        texts = [_unmarked(_decoded(p)) for p in parts if p.get_content_type() == "text/html"]
    text = "\n".join(texts)[:_MAX_TEXT].replace("\r\n", "\n")
    marker = _COPY_MARKERS.search(text)
    if marker is None:
        return text, ""
    return text[: marker.start()], text[marker.start() :]


def _damaged(part: Message) -> bool:
    """A multipart whose parts the parser could not find (no or a wrong boundary)."""
    return part.get_content_maintype() == "multipart" and isinstance(part.get_payload(), str)


def _unmarked(markup: str) -> str:
    """HTML as plain lines, for the words only (nothing is rendered or fetched)."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", markup)
    return html.unescape(re.sub(r"<[^<>]{0,2000}>", "\n", markup))


_LISTED = (
    re.compile(r"^[ \t]*<([^<>\s]{3,254})>:?(.*)$", re.MULTILINE),  # qmail, Postfix, Yahoo
    re.compile(
        r"^[ \t]*([^<>\s@]{1,64}@[^<>\s]{1,254})[ \t]*(?:\(.{0,200}\))?[ \t]*$", re.MULTILINE
    ),
    re.compile(r"^[ \t]*([^<>\s,@]{1,64}@[^<>\s,]{1,254}),(.*)$", re.MULTILINE),
)


def _recipients_in_text(message: Message, human: str, quoted: str) -> list[BouncedRecipient]:
    """Recipients of a report written as text: the listed addresses (or X-Failed-Recipients,
    or the returned message's To), each with the server reply below it."""
    listed: list[tuple[int, int, str]] = []  # (start, end of the address, address)
    for pattern in _LISTED:
        for match in pattern.finditer(human):
            address = _address(match.group(1))
            if address and not _DAEMONS.match(address):
                listed.append((match.start(), match.end(1), address))
        if listed:
            break
    listed.sort()
    addresses = list(dict.fromkeys(a for _, _, a in listed))
    failed_header = _header(message, "X-Failed-Recipients")
    for _, address in getaddresses([failed_header]):
        if _address(address) and _address(address) not in addresses:
            addresses.append(_address(address))
    if not addresses and quoted:
        returned = HeaderParser(policy=compat32).parsestr(_quoted_headers(quoted))
        addresses = [a for _, a in getaddresses([_header(returned, "To")]) if _address(a)]
        addresses = [_address(a) for a in addresses]
    delayed = _delay_words(message, human)
    found = []
    for address in addresses[:_MAX_RECIPIENTS]:
        section = _section(human, address, listed)
        diagnostic = _clean(_reply_in(section))
        status = _status_in(diagnostic) or ("4.0.0" if delayed else "5.0.0")
        action = "delayed" if delayed and not status.startswith("5") else "failed"
        reason = reason_for(action=action, status=status, diagnostic=diagnostic)
        found.append(BouncedRecipient(address, action, status, diagnostic, reason))
    return found


def _quoted_headers(quoted: str) -> str:
    """The returned message's header lines, after the marker line and any blank lines."""
    lines = quoted.split("\n")[1:]
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)


def _section(human: str, address: str, listed: list[tuple[int, int, str]]) -> str:
    """The words about ``address``: from its listing to the next address listed."""
    for index, (_, end, listed_address) in enumerate(listed):
        if listed_address == address:
            stop = listed[index + 1][0] if index + 1 < len(listed) else len(human)
            return human[end:stop]
    at = human.lower().find(address)
    return human[at + len(address) :] if at >= 0 else human


def _reply_in(section: str) -> str:
    """The server's reply in ``section``: from its reply code to the next blank line; else
    the section's first lines."""
    section = section.lstrip(">: \t")
    match = re.search(r"(?<![\w.:])[45]\d\d(?:[ -:]|$)", section, re.MULTILINE)
    start = match.start() if match else 0
    paragraph = re.split(r"\n[ \t]*\n", section[start:].strip(), maxsplit=1)[0]
    paragraph = re.split(r"(?im)^[ \t]*giving up\b", paragraph, maxsplit=1)[0]
    return " ".join(paragraph.split("\n")[:8])


def _delay_words(message: Message, human: str) -> bool:
    subject = _header(message, "Subject")
    return bool(
        re.search(r"\bdela(?:y|yed)\b|warning", subject, re.IGNORECASE)
        or re.search(
            r"warning only|will be retried|still trying|will (?:keep trying|retry)|"
            r"has not (?:yet )?been delivered|not yet been delivered",
            human,
            re.IGNORECASE,
        )
    )


# -- which message bounced --------------------------------------------------------------------

_ID = re.compile(r"<([^<>\s]{1,250})>")
_ID_LINE = re.compile(r"^[ \t>]*message-id:[ \t]*\n?[ \t]*(<[^<>\s]{1,250}>)", re.I | re.M)


def _message_ids(value: str) -> list[str]:
    """The Message-IDs in a header value, as ``<…>``; a bare ``local@domain`` is accepted."""
    found = [f"<{m}>" for m in _ID.findall(value[:_MAX_TEXT]) if _fit(m)]
    if not found:
        bare = value.strip()
        if _fit(bare) and "@" in bare:
            found = [f"<{bare}>"]
    return found[:_MAX_IDS]


def _fit(core: str) -> bool:
    return 0 < len(core) <= 250 and all(33 <= ord(c) < 127 and c not in "<>" for c in core)


def _original_ids(
    message: Message, parts: list[Message], per_message: dict[str, str], text: str
) -> list[str]:
    ids: list[str] = []
    for part in parts:
        kind = part.get_content_type()
        if kind in _MESSAGE_PARTS or kind in _HEADER_PARTS:
            ids += _message_ids(_header(_returned_headers(part), "Message-ID"))
    for name in ("original-message-id", "x-original-message-id"):
        ids += _message_ids(per_message.get(name, ""))
    ids += _message_ids(_header(message, "In-Reply-To"))
    ids += _message_ids(_header(message, "References"))
    ids += [m for m in _ID_LINE.findall(text[:_MAX_TEXT])[:_MAX_IDS] if _fit(m[1:-1])]
    return list(dict.fromkeys(ids))


def _returned_headers(part: Message) -> Message:
    """The headers of the returned message, attached whole or as headers only."""
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        return payload[0]
    return HeaderParser(policy=compat32).parsestr(_decoded(part), headersonly=True)


# -- who and when -----------------------------------------------------------------------------


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # "-0000": the time is UTC, its zone unknown
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _reporter(message: Message, per_message: dict[str, str]) -> str:
    reporting = _typed(per_message.get("reporting-mta", "")).split()
    if reporting:
        return _printable(reporting[0]).strip().rstrip(".").lower()[:253]
    _, sender = parseaddr(_header(message, "From"))
    return sender.rpartition("@")[2].strip().lower()[:253]
