"""Bounces read from the society's inbox and recorded on the bills they return.

A bill the member's provider first accepted can still come back later as a bounce (a
delivery status notification, read by :mod:`smtp_desk.core.dsn`). :func:`read_bounces`
reads the inbox over IMAP, and the folder the mailbox files bounces in where it has one
(:func:`bounce_folders`; read-only: nothing is marked read, moved or deleted), matches
each bounce to the item of the register whose Message-ID it names (in any run), and records
each address that failed for good on that item, with the reason in plain words — all in one
transaction. The item stays *sent* (the server did take it); the register, the History page
and the dispatch CSV show the bounce beside it. A notice that delivery is only *delayed* is
reported but recorded on nothing; a bounce of a message that is not ours is counted and left.

Reading the same bounce again changes nothing. When the mailbox cannot be read,
:class:`~smtp_desk.core.imap.MailboxError` is raised and nothing is changed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.dsn import Bounce, BouncedRecipient, BounceReason, in_words, read_bounce
from smtp_desk.core.i18n import translate
from smtp_desk.core.imap import DEFAULT_TIMEOUT, MailboxError, MailboxReader, open_mailbox
from smtp_desk.core.mailbox import mailbox_for, mailbox_sign_in
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import Item
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.store import Store

__all__ = ["BOUNCE_FOLDER_NAMES", "BounceReport", "BouncedMember", "bounce_folders", "read_bounces"]

log = logging.getLogger(__name__)

INBOX = "INBOX"
MESSAGE_LIMIT = 500  # the newest messages of the period looked at, in each folder
# Where a mailbox's own rules (or the office's) file returned mail, besides the inbox: a
# folder of one of these names, at the top or under INBOX, in any case. Gmail, Microsoft 365
# and Zoho leave bounces in the inbox; no IMAP flag marks such a folder (RFC 6154 has none).
BOUNCE_FOLDER_NAMES = (
    "Bounces",
    "Bounced",
    "Bounce",
    "Undeliverable",
    "Undelivered",
    "Undelivered Mail",
    "Returned Mail",
    "Mail Delivery",
)
_MAX_BOUNCE_FOLDERS = 3  # read at most so many besides the inbox


@dataclass(frozen=True)
class BouncedMember:
    """One member's address that a bounce names, on the item it returned."""

    flat: str
    address: str
    reason: BounceReason
    status: str  # the enhanced status code, "5.1.1"
    diagnostic: str  # the remote server's reply, shortened
    message_id: str  # the item's

    @property
    def words(self) -> str:
        return in_words(self.reason)

    def line(self) -> str:
        """What the register keeps for this address (its Bounce column)."""
        reply = f"{self.status} {self.diagnostic}".strip()
        return translate("bounces", "{address}: {reason} (the server said: {reply})").format(
            address=self.address, reason=self.words, reply=reply
        )

    def __str__(self) -> str:
        return translate("bounces", "{flat} {address}: {reason}").format(
            flat=self.flat, address=self.address, reason=self.words
        )


@dataclass
class BounceReport:
    """What reading the inbox found: members' addresses that bounced (recorded), delivery
    delays (reported only), and how many bounces were of messages that are not ours."""

    since: date
    bounced: list[BouncedMember] = field(default_factory=list)
    delayed: list[BouncedMember] = field(default_factory=list)
    unmatched: int = 0
    messages_read: int = 0
    folders: list[str] = field(default_factory=lambda: [INBOX])  # the folders read
    new: list[BouncedMember] = field(default_factory=list)  # of bounced: recorded this time

    @property
    def newly_recorded(self) -> int:
        """Addresses recorded by this read (the rest were recorded before)."""
        return len(self.new)

    def __str__(self) -> str:
        if not self.bounced and not self.delayed:
            return translate(
                "bounces", "No bill came back undelivered since {since} ({count} messages read)."
            ).format(since=self.since.isoformat(), count=self.messages_read)
        text = translate(
            "bounces",
            "{bounced} came back undelivered since {since} ({new} newly recorded); "
            "{delayed} delayed.",
        ).format(
            bounced=len(self.bounced),
            since=self.since.isoformat(),
            new=self.newly_recorded,
            delayed=len(self.delayed),
        )
        return text


def read_bounces(
    folder: DataFolder,
    account: AccountSettings,
    *,
    since: date,
    now: datetime,
    secrets: SecretStore | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> BounceReport:
    """Read the bounces dated ``since`` or later in the inbox and the bounce folders (see
    :func:`bounce_folders`) and record them on the items they return. Raises
    :class:`MailboxError` (nothing changed) when the mailbox cannot be read."""
    del now  # the bounce's own columns say what happened; no item's time changes
    settings = mailbox_for(account)
    sign_in = mailbox_sign_in(account, secrets)
    with open_mailbox(settings, sign_in, timeout=timeout) as mailbox:
        folders = [INBOX, *bounce_folders(mailbox)]
        messages = mailbox.messages_since(INBOX, since, MESSAGE_LIMIT)
        for name in folders[1:]:
            messages += _folder_messages(mailbox, name, since)
    report = BounceReport(since=since, messages_read=len(messages), folders=folders)
    bounces = [b for b in (read_bounce(raw) for raw in messages) if b is not None]
    if not bounces or not folder.register_file.exists():
        report.unmatched = len(bounces)
        return report
    with Store.open(folder.register_file) as store:
        outbox = Outbox(store, domain="")
        items = {item.message_id: item for item in outbox.items()}
        seen: set[tuple[int, str]] = set()
        for bounce in bounces:
            item = _item_of(bounce, items)
            if item is None:
                report.unmatched += 1
                continue
            for recipient in bounce.recipients:
                member = _member(item, recipient)
                if (item.id, member.address + member.reason) in seen:
                    continue
                seen.add((item.id, member.address + member.reason))
                if recipient.reason is BounceReason.DELAYED:
                    report.delayed.append(member)
                else:
                    report.bounced.append(member)
        recorded = outbox.record_bounces(
            [(_item_id(items, m), m.address, m.reason.value, m.line()) for m in report.bounced]
        )
        report.new = [report.bounced[place] for place in recorded]
    log.info("%s", report)
    return report


def bounce_folders(mailbox: MailboxReader) -> list[str]:
    """The folders besides the inbox where ``mailbox`` files bounces: those named as in
    :data:`BOUNCE_FOLDER_NAMES` (at the top, or under INBOX with "/" or "."), in the order of
    that list; none for most mailboxes (bounces stay in the inbox)."""
    wanted = [name.casefold() for name in BOUNCE_FOLDER_NAMES]
    found: list[tuple[int, str]] = []
    try:
        listed = mailbox.folders()
    except MailboxError as exc:  # the inbox can still be read
        log.warning("The mailbox's folders were not listed: %s", exc)
        return []
    for folder in listed:
        if "\\noselect" in {flag.casefold() for flag in folder.flags}:
            continue
        name = folder.name.casefold()
        for prefix in ("", "inbox/", "inbox."):
            if name.startswith(prefix) and name[len(prefix) :] in wanted:
                found.append((wanted.index(name[len(prefix) :]), folder.name))
                break
    return [name for _rank, name in sorted(found)][:_MAX_BOUNCE_FOLDERS]


def _folder_messages(mailbox: MailboxReader, name: str, since: date) -> list[bytes]:
    """A bounce folder's messages; a folder the server lists but will not open is passed
    over (said in the log) rather than costing the inbox's bounces."""
    try:
        return mailbox.messages_since(name, since, MESSAGE_LIMIT)
    except MailboxError as exc:
        log.warning("The bounce folder %s was not read: %s", name, exc)
        return []


def _item_of(bounce: Bounce, items: dict[str, Item]) -> Item | None:
    for message_id in bounce.original_message_ids:
        if message_id in items:
            return items[message_id]
    return None


def _item_id(items: dict[str, Item], member: BouncedMember) -> int:
    return items[member.message_id].id


def _member(item: Item, recipient: BouncedRecipient) -> BouncedMember:
    address = recipient.address
    if not address and len(item.recipients) == 1:  # the report names none: the only one
        address = item.recipients[0].lower()
    return BouncedMember(
        flat=item.flat,
        address=address,
        reason=recipient.reason,
        status=recipient.status,
        diagnostic=recipient.diagnostic,
        message_id=item.message_id,
    )
