"""Reading bounces without being asked (the window does, soon after it opens and some
minutes after each run): whether there is anything to read, from which day, and the moment
bounces were last read, kept per data folder in ``bounce-reading.json``.

There is something to read when the account has a mailbox (:func:`mailbox_of`) and a bill was
sent in the last :data:`LOOK_BACK` days. Each read looks from a day before the last one (a
bounce may be dated before it arrived), never further back than the oldest bill sent in those
days; the first read looks from that bill's day. The moment is kept only after a read that
worked, so a mailbox that could not be read is looked at from the same day next time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from smtp_desk.core.bounces import BounceReport, read_bounces
from smtp_desk.core.errors import SettingsError
from smtp_desk.core.i18n import translate
from smtp_desk.core.imap import DEFAULT_TIMEOUT
from smtp_desk.core.instants import instant, stamp
from smtp_desk.core.json_file import VersionedJson
from smtp_desk.core.mailbox import MailboxUnavailable, saved_mailbox_account
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.store import Store

__all__ = ["LOOK_BACK", "BounceCheck", "check_bounces", "keep_last_read", "last_read", "read_since"]

log = logging.getLogger(__name__)

LOOK_BACK = timedelta(days=45)  # bills sent longer ago are not looked for
OVERLAP = timedelta(days=1)  # each read looks again at the day before the last read
_FILE = VersionedJson("smtp-desk-bounce-reading", 1, "record of reading bounces")


@dataclass(frozen=True)
class BounceCheck:
    """What a read found (``report``), or why nothing was read (``skipped``, in plain words:
    nothing to read is not a problem)."""

    report: BounceReport | None
    skipped: str = ""

    def __str__(self) -> str:
        return self.skipped if self.report is None else str(self.report)


def _record_file(folder: DataFolder) -> Path:
    return folder.root / "bounce-reading.json"


def last_read(folder: DataFolder) -> datetime | None:
    """When bounces were last read for ``folder`` (None: never, or a record that cannot be
    read, which only means looking further back)."""
    try:
        data = _FILE.load(_record_file(folder))
    except SettingsError as exc:
        log.warning("%s", exc)
        return None
    if data is None:
        return None
    try:
        return instant(str(data.get("last_read", "")))
    except ValueError:
        return None


def keep_last_read(folder: DataFolder, when: datetime) -> None:
    """Keep ``when`` as the moment bounces were last read (atomically)."""
    _FILE.save(_record_file(folder), {"last_read": stamp(when)})


def read_since(folder: DataFolder, *, now: datetime) -> date | None:
    """The day the next read looks from, or None when no bill was sent in the last
    :data:`LOOK_BACK` days (nothing can bounce)."""
    if not folder.register_file.exists():
        return None
    with Store.open(folder.register_file) as store:
        sent = Outbox(store, domain="").sent_times(now - LOOK_BACK)
    sent = [moment for moment in sent if moment <= now]
    if not sent:
        return None
    since = sent[0].astimezone().date()
    last = last_read(folder)
    if last is not None and last <= now:
        since = max(since, (last - OVERLAP).astimezone().date())
    return since


def check_bounces(
    folder: DataFolder,
    *,
    now: datetime,
    secrets: SecretStore | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> BounceCheck:
    """Read the bounces that came in since the last read and record them (off the GUI
    thread), then keep ``now`` as the last read. Nothing to read (no account, no mailbox,
    nothing sent lately): a :class:`BounceCheck` saying why, nothing looked at. Raises
    :class:`~smtp_desk.core.imap.MailboxError` (nothing changed) when the mailbox cannot be
    read."""
    try:
        account = saved_mailbox_account(folder)
    except MailboxUnavailable as exc:
        return BounceCheck(None, _capitalised(str(exc)) + ".")
    since = read_since(folder, now=now)
    if since is None:
        return BounceCheck(
            None,
            translate(
                "bounce_check", "Nothing was sent in the last {days} days: no bounces to read."
            ).format(days=LOOK_BACK.days),
        )
    report = read_bounces(folder, account, since=since, now=now, secrets=secrets, timeout=timeout)
    try:
        keep_last_read(folder, now)
    except (SettingsError, OSError) as exc:  # only costs the next read a longer look
        log.warning("When bounces were last read was not kept: %s", exc)
    return BounceCheck(report)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
