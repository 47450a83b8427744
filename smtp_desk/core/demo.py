"""The practice society and the headless month-end run of ``smtp-desk demo``."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from smtp_desk.core.batch import prepare_batch, run_batch
from smtp_desk.core.kinds import DocumentKind
from smtp_desk.core.model import Period
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import ItemState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.practice import PracticeServer, practice_folder
from smtp_desk.core.sample import sample_society
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import Settings, save_settings
from smtp_desk.core.society import save_profile
from smtp_desk.core.store import Store

__all__ = ["INVALID_FLAT", "DemoSummary", "load_practice_society", "run_headless_demo"]

INVALID_FLAT = "B-404"  # in practice, this member's address is mistyped (an "@" is missing)


def load_practice_society(folder: DataFolder, server: PracticeServer, store: SecretStore) -> str:
    """A fresh practice register with the sample society; returns the latest period."""
    folder.ensure()
    for stale in ("register.db", "register.db-wal", "register.db-shm", "society.json"):
        (folder.root / stale).unlink(missing_ok=True)
    server.empty_inbox()
    sample = sample_society()
    save_profile(folder.root, replace(sample.profile, logo=""), logo_png=sample.logo)
    members = dict(sample.members)
    mistyped = members[INVALID_FLAT]
    members[INVALID_FLAT] = replace(mistyped, emails=(mistyped.emails[0].replace("@", ".at."),))
    with Store.open(folder.register_file) as register, register.transaction() as db:
        register.put_members(db, members.values())
        register.replace_bills(db, sorted({b.period.key for b in sample.bills}), sample.bills)
        register.put_receipts(db, sample.receipts)
    refresh_practice_account(folder, server, store)
    return sample.latest_period.key


def refresh_practice_account(
    folder: DataFolder, server: PracticeServer, store: SecretStore
) -> None:
    """Point the practice settings at this session's server (its port and password)."""
    draft = server.account()
    save_settings(folder.settings_file, Settings(account=draft))
    store.remember_for_session(draft.secret_name, server.password)


@dataclass(frozen=True)
class DemoSummary:
    members: int
    sent: int
    skipped: list[str]
    failed: list[str]
    seconds: float
    inbox: str

    def __str__(self) -> str:
        lines = [
            f"Practice month-end run: bills for {self.members} members.",
            f"  sent to the test inbox: {self.sent}",
            f"  skipped (no email address, print a copy): {len(self.skipped)}"
            + (f" — {', '.join(self.skipped)}" if self.skipped else ""),
        ]
        lines += [f"  failed: {failure}" for failure in self.failed]
        lines.append(f"  time taken: {self.seconds:.1f} s")
        lines.append(f"  the messages are in {self.inbox} (one .eml file each)")
        return "\n".join(lines)


def run_headless_demo(real: DataFolder) -> DemoSummary:
    """Load the practice society and send its latest bills through the practice server."""
    folder = practice_folder(real)
    server = PracticeServer(folder).start()
    try:
        store = SecretStore()
        period = load_practice_society(folder, server, store)
        start = time.monotonic()
        batch = prepare_batch(folder, DocumentKind.BILL, Period.parse(period), secrets=store)
        result = run_batch(batch)
        seconds = time.monotonic() - start
        with Store.open(folder.register_file) as register:
            items = Outbox(register, domain="").items(batch.run.id)
    finally:
        server.stop()
    skipped = [i.flat for i in items if i.state is ItemState.SKIPPED]
    failed = [f"{i.flat}: {i.reason or i.reply}" for i in items if i.state is ItemState.FAILED]
    return DemoSummary(
        len(items), result.counts[ItemState.SENT], skipped, failed, seconds, str(server.inbox)
    )
