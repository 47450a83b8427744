"""The Send page's reads and writes of the register, off the GUI thread through the
background contract (:mod:`smtp_desk.gui.worker`) and one at a time: preparing a batch (with
the run's items and members for the table), putting the failed members back, and recording
what the person decided about unconfirmed messages.

The work never touches a widget; the page's callbacks run on the GUI thread once it ended.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.batch import Batch, prepare_batch
from smtp_desk.core.instants import now_utc
from smtp_desk.core.kinds import DocumentKind
from smtp_desk.core.model import Member, Period
from smtp_desk.core.outbox import Item
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.register import resolve_items, retry_failed, run_items
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.sent_check import SentCheck, check_sent
from smtp_desk.gui.worker import Operation, Task

__all__ = ["RunView", "SendOperations"]

log = logging.getLogger(__name__)
RunView = tuple[list[Item], dict[str, Member]]  # a run's items and its members, for the table


class SendOperations:
    """At most one background operation of the Send page at a time. ``on_begin`` runs as
    one starts, once :attr:`busy` (the page says "Preparing…" and turns its buttons off)."""

    def __init__(
        self, *, folder: DataFolder, secrets: SecretStore, on_begin: Callable[[], None]
    ) -> None:
        self._folder = folder
        self._secrets = secrets
        self._on_begin = on_begin
        self._operation: Operation[object] | None = None

    @property
    def busy(self) -> bool:
        return self._operation is not None

    def wait(self, ms: int) -> None:
        if self._operation is not None:
            self._operation.wait(ms)

    def prepare(
        self,
        kind: DocumentKind,
        text: str,
        *,
        accept_changes: bool,
        now: datetime,
        on_done: Callable[[tuple[Batch, RunView]], object],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Prepare the batch for ``kind`` and the period ``text``, then read its run."""
        folder, secrets = self._folder, self._secrets

        def work(_task: Task) -> tuple[Batch, RunView]:
            batch = prepare_batch(
                folder,
                kind,
                Period.parse(text),
                secrets=secrets,
                accept_changes=accept_changes,
                now=now,
            )
            return batch, run_items(folder, batch.run.id)

        self._begin(work, on_done=on_done, on_failed=on_failed)

    def retry_failed(
        self,
        run_id: int,
        *,
        now: datetime,
        on_done: Callable[[int], object],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Put the run's failed members back to wait."""
        folder = self._folder
        self._begin(
            lambda _task: retry_failed(folder, run_id, now=now),
            on_done=on_done,
            on_failed=on_failed,
        )

    def resolve(
        self,
        chosen: list[int],
        *,
        arrived: bool,
        now: datetime,
        on_done: Callable[[], object],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Record unconfirmed messages as arrived, or to be sent again (then ``on_done``)."""
        folder = self._folder

        def recorded(count: int) -> None:
            word = "marked as arrived" if arrived else "to be sent again with the next Start"
            log.info("%d unconfirmed message(s) %s.", count, word)
            on_done()

        self._begin(
            lambda _task: resolve_items(folder, chosen, sent=arrived, now=now),
            on_done=recorded,
            on_failed=on_failed,
        )

    def check_sent(
        self,
        account: AccountSettings,
        *,
        on_done: Callable[[SentCheck], object],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Settle the unconfirmed messages from the account's Sent folder (off the GUI
        thread; the mailbox unreadable: ``on_failed`` with the reason, nothing changed)."""
        folder = self._folder
        self._begin(
            lambda _task: check_sent(folder, account, now=now_utc(), who="window"),
            on_done=on_done,
            on_failed=on_failed,
        )

    def _begin(
        self,
        work: Callable[[Task], Any],
        *,
        on_done: Callable[[Any], object],
        on_failed: Callable[[Exception], None],
    ) -> None:
        def done(result: object) -> None:
            self._operation = None
            on_done(result)

        def failed(error: Exception) -> None:
            self._operation = None
            on_failed(error)

        self._operation = Operation(work, on_done=done, on_failed=failed)
        self._on_begin()
        self._operation.start()
