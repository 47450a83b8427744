"""The register, as the window and the command line see it: the one way they read and
change it. Neither front end opens the :class:`~smtp_desk.core.store.Store` or builds an
:class:`~smtp_desk.core.outbox.Outbox` itself (``tests/unit/core/test_register_facade.py`` reads
their imports); what a run "unfinished" and an item "done" mean is decided here and in
:mod:`smtp_desk.core.sender`, once.

Reading: :func:`unfinished_runs`, :func:`status`, :func:`run_items`, :func:`members_page`,
:func:`bills`, :func:`register_rows` (the dispatch register, one format for the History
page and ``smtp-desk register``). Changing: :func:`retry_failed`, :func:`resolve_items`
(the Send page's bar), :func:`resolve_item` (``smtp-desk resolve``), :func:`open_for_import`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from smtp_desk.core.batch import settle_crashed_runs
from smtp_desk.core.dispatch_register import register_rows
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.limits import DAY, Limits, limits_for, make_plan
from smtp_desk.core.model import Bill, Member
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import Item, ItemState, Run, RunState
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.store import Store
from smtp_desk.core.validation import InvalidAccount, checked_account

__all__ = [
    "MembersView",
    "RunCounts",
    "Status",
    "UnfinishedRun",
    "bills",
    "members_page",
    "open_for_import",
    "register_rows",
    "resolve_item",
    "resolve_items",
    "retry_failed",
    "run_items",
    "status",
    "unfinished_runs",
]

log = logging.getLogger(__name__)

_STARTED = (ItemState.SENT, ItemState.FAILED, ItemState.UNCONFIRMED, ItemState.DEFERRED)
_WAITING = (ItemState.PENDING, ItemState.DEFERRED)


@dataclass(frozen=True)
class UnfinishedRun:
    kind: str
    period: str

    def __str__(self) -> str:
        return f"{self.kind} {self.period}"


@dataclass(frozen=True)
class RunCounts:
    run: Run
    counts: dict[str, int]  # keyed by ItemState's value, as JSON and the text show them


@dataclass(frozen=True)
class Status:
    """The register at a glance (``smtp-desk status``)."""

    runs: list[RunCounts] = field(default_factory=list)
    unconfirmed: list[Item] = field(default_factory=list)
    limits: Limits | None = None
    plan: str | None = None  # the quota plan for what still waits, when a limit applies


@dataclass(frozen=True)
class MembersView:
    """What the Members page shows: the members, the periods with bills, and the addresses
    a provider refused (flat → address → reply)."""

    members: dict[str, Member]
    periods: list[str]
    refused: dict[str, dict[str, str]]


def _is_unfinished(run: Run, counts: dict[str, int]) -> bool:
    """Began sending and still has messages to send; a run only prepared is not one."""
    started = sum(counts[s] for s in _STARTED)
    waiting = sum(counts[s] for s in _WAITING)
    return run.state in (RunState.PAUSED, RunState.OPEN) and bool(started and waiting)


def unfinished_runs(folder: DataFolder) -> list[UnfinishedRun]:
    """The runs that began sending and still have messages to send (the start-up question)."""
    if not folder.register_file.exists():
        return []
    with Store.open(folder.register_file) as store:
        outbox = Outbox(store, domain="")
        return [
            UnfinishedRun(run.kind, run.period)
            for run in outbox.runs()
            if _is_unfinished(run, outbox.counts(run.id))
        ]


def status(folder: DataFolder, *, now: datetime) -> Status:
    """Every run with its counts, the unconfirmed items, the limits and the plan. A damaged
    register raises (it is said, never shown in part)."""
    if not folder.register_file.exists():
        return Status()
    with Store.open(folder.register_file) as store:
        store.check()
        outbox = Outbox(store, domain="")
        runs = [RunCounts(r, outbox.counts(r.id)) for r in outbox.runs()]
        unconfirmed = outbox.items(states=(ItemState.UNCONFIRMED,))
        waiting = len(outbox.items(states=_WAITING))
        limits = _limits(folder)
        plan = None
        if limits is not None and waiting:
            plan = str(make_plan(waiting, outbox.sent_times(now - DAY), limits, now))
    return Status(runs, unconfirmed, limits, plan)


def _limits(folder: DataFolder) -> Limits | None:
    """The saved account's sending limits (as set, learned, or the provider's)."""
    try:
        draft = load_settings(folder.settings_file).account
        account = checked_account(draft, password_stored=True) if draft else None
    except (SmtpDeskError, InvalidAccount):
        account = None
    return None if account is None else limits_for(account)


def run_items(folder: DataFolder, run_id: int) -> tuple[list[Item], dict[str, Member]]:
    """A run's items, and the members they are for (to show them)."""
    with Store.open(folder.register_file) as store:
        return Outbox(store, domain="").items(run_id), store.members()


def retry_failed(folder: DataFolder, run_id: int, *, now: datetime) -> int:
    """The run's failed members wait to be sent again; how many."""
    with Store.open(folder.register_file) as store:
        count = Outbox(store, domain="").retry_failed(run_id, now)
    log.info("%d failed member(s) will be tried again.", count)
    return count


def resolve_items(folder: DataFolder, item_ids: list[int], *, sent: bool, now: datetime) -> int:
    """A person's decision on unconfirmed messages: they arrived (``sent``), or they are to
    be sent again on the next Start. Refused while a run is sending from this folder."""
    settle_crashed_runs(folder, now)
    done = 0
    with Store.open(folder.register_file) as store:
        outbox = Outbox(store, domain="")
        for item_id in item_ids:
            item = outbox.item(item_id)
            if item is not None and item.state is ItemState.UNCONFIRMED:
                outbox.resolve(item_id, sent=sent, now=now)
                done += 1
    return done


def resolve_item(folder: DataFolder, item_id: int, *, sent: bool, now: datetime) -> Item | None:
    """``smtp-desk resolve``: an unconfirmed or failed item marked sent or to be sent again;
    None when there is no such item in either state. Nothing is written into a damaged
    register."""
    with Store.open(folder.register_file) as store:
        store.check()
        outbox = Outbox(store, domain="")
        item = outbox.item(item_id)
        if item is None or item.state not in (ItemState.UNCONFIRMED, ItemState.FAILED):
            return None
        return outbox.resolve(item_id, sent=sent, now=now)


def members_page(folder: DataFolder) -> MembersView | None:
    """The Members page's view of the register; None when there is no register yet."""
    if not folder.register_file.exists():
        return None
    with Store.open(folder.register_file) as store:
        return MembersView(
            store.members(), store.periods(), Outbox(store, domain="").refused_addresses()
        )


def bills(folder: DataFolder, period: str) -> list[Bill]:
    """The bills of ``period`` (``YYYY-MM``)."""
    with Store.open(folder.register_file) as store:
        return store.bills(period)


@contextmanager
def open_for_import(folder: DataFolder) -> Iterator[Store]:
    """The register, open for an import (``importing.register.import_file``,
    ``importing.pdfs.import_pdfs`` take it); storage trouble leaves as
    :class:`~smtp_desk.core.store_errors.StorageError` at the end of the block."""
    with Store.open(folder.register_file) as store:
        yield store
