"""Settling "unconfirmed" messages from the account's Sent folder.

A message is unconfirmed when SMTP Desk stopped (killed, a power cut, a dropped
connection) while handing it over: it may or may not have gone. Gmail, Google Workspace,
Microsoft 365 and Zoho keep a copy of every message sent through them in the Sent folder,
with our Message-ID in it — so the mailbox knows:

* found there → *sent* ("confirmed from the Sent folder"), as of the moment it was handed
  over;
* not there, and handed over longer ago than :data:`SETTLE_AFTER` (the provider files its
  copy within seconds) → back to *waiting*, sent on resume;
* not there yet but handed over only just now → left unconfirmed (look again in a minute);
* not there, where the server files no copy of its own (SMTP Desk files them, or an archive
  copy is all there is) → *undecided*: left for a person (:func:`absence_proves_unsent`).
  An archive copy sent to the mailbox's own address and found in the inbox confirms it.

When the mailbox cannot be read (no IMAP set up, unreachable, the sign-in refused) nothing
changes: a failed search is never taken for "not sent", so nobody gets a second copy. It is
done under the sending lock, so it never races a run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import translate
from smtp_desk.core.imap import DEFAULT_TIMEOUT, open_mailbox
from smtp_desk.core.imap_settings import keeps_sent
from smtp_desk.core.mailbox import mailbox_for, mailbox_of, mailbox_sign_in
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import Item, ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_lock import RunLock
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.store import Store

__all__ = [
    "SETTLE_AFTER",
    "SentCheck",
    "absence_proves_unsent",
    "check_sent",
    "try_check_sent",
    "unconfirmed_items",
]

log = logging.getLogger(__name__)

_HELP_TIMEOUT = 8.0  # Prepare's own look: a mailbox that does not answer must not hold it
SETTLE_AFTER = timedelta(minutes=1)  # the providers file their copy within seconds
INBOX = "INBOX"


@dataclass
class SentCheck:
    """What the Sent folder settled: flats confirmed sent, flats to be sent again, flats
    too recent to tell; ``folder`` is the Sent folder's name ("" when nothing was asked)."""

    folder: str = ""
    confirmed: list[str] = field(default_factory=list)
    resend: list[str] = field(default_factory=list)
    too_recent: list[str] = field(default_factory=list)
    # not found, but the mailbox holds no copy of its own to prove it was not sent
    undecided: list[str] = field(default_factory=list)

    @property
    def settled(self) -> int:
        return len(self.confirmed) + len(self.resend)

    def __str__(self) -> str:
        if not self.folder:
            return translate("sent_check", "No message is unconfirmed.")
        text = translate(
            "sent_check",
            "Checked the Sent folder ({folder}): {confirmed} confirmed sent, {resend} not "
            "there (to be sent again).",
        ).format(folder=self.folder, confirmed=len(self.confirmed), resend=len(self.resend))
        if self.too_recent:
            text += " " + translate(
                "sent_check",
                "{count} handed over only just now: check again in a minute.",
            ).format(count=len(self.too_recent))
        if self.undecided:
            text += " " + translate(
                "sent_check",
                "{count} not found, but this mail server keeps no copy of its own, so that "
                "does not prove they were not sent: ask those members, then choose Mark as "
                "arrived or Send again on the Send page (or smtp-desk resolve ITEM).",
            ).format(count=len(self.undecided))
        return text


def unconfirmed_items(folder: DataFolder) -> list[Item]:
    if not folder.register_file.exists():
        return []
    with Store.open(folder.register_file) as store:
        outbox = Outbox(store, domain="")
        return [
            item
            for run in outbox.runs()
            for item in outbox.items(run.id, states=(ItemState.UNCONFIRMED,))
        ]


def check_sent(
    folder: DataFolder,
    account: AccountSettings,
    *,
    now: datetime,
    secrets: SecretStore | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    who: str = "command",
) -> SentCheck:
    """Settle every unconfirmed message of ``folder`` from the account's Sent folder.
    Raises :class:`MailboxError` (nothing changed) when the mailbox cannot be read, and
    :class:`~smtp_desk.core.run_lock.RunLockHeld` while a run is sending."""
    settings = mailbox_for(account)
    with RunLock(folder.root, who=who):  # no run sends meanwhile, none starts
        if folder.register_file.exists():
            with Store.open(folder.register_file) as store:
                Outbox(store, domain="").recover(now)  # left "sending" by a killed run
        items = unconfirmed_items(folder)
        if not items:
            return SentCheck()
        sign_in = mailbox_sign_in(account, secrets)
        since = min(item.changed for item in items).date()
        archive = _archive_in_mailbox(account)
        with open_mailbox(settings, sign_in, timeout=timeout) as mailbox:
            sent_folder = mailbox.sent_folder()
            found = mailbox.message_ids(sent_folder, since)
            in_inbox = mailbox.message_ids(INBOX, since) if archive else set()
        proof = absence_proves_unsent(account)
        result = SentCheck(folder=sent_folder)
        with Store.open(folder.register_file) as store:
            outbox = Outbox(store, domain="")
            for item in items:
                where = (
                    sent_folder
                    if item.message_id in found
                    else INBOX
                    if item.message_id in in_inbox
                    else ""
                )
                if where:
                    if outbox.settle_from_mailbox(item, found_in=where, now=now):
                        result.confirmed.append(item.flat)
                elif not proof:
                    result.undecided.append(item.flat)
                elif now - item.changed >= SETTLE_AFTER:
                    if outbox.settle_from_mailbox(item, found_in="", now=now):
                        result.resend.append(item.flat)
                else:
                    result.too_recent.append(item.flat)
    log.info("%s", result)
    return result


def _archive_in_mailbox(account: AccountSettings) -> bool:
    """True when the archive copy goes to the mailbox that is read (its own address)."""
    archive = account.archive_bcc.casefold()
    return bool(archive) and archive in (account.user.casefold(), account.from_email.casefold())


def absence_proves_unsent(account: AccountSettings) -> bool:
    """Whether a message missing from the Sent folder a minute after the handover was not
    sent: only where the server itself files a copy of everything it accepts there (the
    providers that do; a Custom server whose mailbox is read, taken to keep its own, unless
    SMTP Desk files the copies). A copy SMTP Desk files itself comes after the server's
    answer, and an archive copy is ordinary mail (Junk, rules, greylisting): their absence
    proves nothing, so such messages stay for a person to decide."""
    if account.copy_to_sent:
        return False
    return keeps_sent(account.preset) or account.preset == "custom"


def try_check_sent(
    folder: DataFolder, account: AccountSettings, *, now: datetime, secrets: SecretStore
) -> SentCheck | None:
    """:func:`check_sent` where it is only a help (before a run resumes): a mailbox that
    cannot be read is logged and the items stay unconfirmed."""
    if mailbox_of(account) is None or not unconfirmed_items(folder):
        return None
    try:
        return check_sent(folder, account, now=now, secrets=secrets, timeout=_HELP_TIMEOUT)
    except SmtpDeskError as exc:
        log.warning("The Sent folder could not be checked: %s. Nothing was changed.", exc)
        return None
