"""What a run reports: :class:`Progress` after every item, :class:`RunResult` at the end,
and :class:`StopReason`, how it stopped (the loop itself is :mod:`smtp_desk.core.sender`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum

from smtp_desk.core.diagnosis import Diagnosis
from smtp_desk.core.limits import Plan
from smtp_desk.core.outbox_records import Item, ItemState
from smtp_desk.core.sent_copies import CopiesReport

__all__ = ["Progress", "RunResult", "StopReason"]


class StopReason(StrEnum):
    DONE = "done"
    DAILY_LIMIT = "daily_limit"  # the account's daily limit (set or learned) is reached
    QUOTA = "quota"  # the provider said its limit is reached
    THROTTLED = "throttled"  # the provider kept asking to try later
    PAUSED = "paused"
    CANCELLED = "cancelled"
    PROBLEM = "problem"  # a failure no member can get past: see RunResult.diagnosis
    CLOCK = "clock_changed"  # the PC's clock moved by more than an hour: see clock_moved


_FINISHED = (
    ItemState.SENT,
    ItemState.FAILED,
    ItemState.UNCONFIRMED,
    ItemState.SKIPPED,
    ItemState.CANCELLED,
)
_OPEN = (
    ItemState.FAILED,
    ItemState.DEFERRED,
    ItemState.UNCONFIRMED,
    ItemState.PENDING,
    ItemState.SENDING,
)


@dataclass(frozen=True)
class Progress:
    """Where the run stands; sent to ``on_progress`` after every item. ``counts`` is keyed
    by :class:`ItemState`'s value (what JSON and the text show); index it with the state."""

    counts: dict[str, int]
    total: int
    last: Item | None
    eta_seconds: float | None

    @property
    def done(self) -> int:
        """Items that reached an end state (sent, failed, unconfirmed, skipped, cancelled)."""
        return sum(self.counts.get(s, 0) for s in _FINISHED)

    @property
    def countable(self) -> int:
        """What a progress bar counts: every item but the skipped (no address)."""
        return self.total - self.counts.get(ItemState.SKIPPED, 0)

    @property
    def handled(self) -> int:
        """Of :attr:`countable`, the items this run has dealt with (not the cancelled)."""
        return (
            self.done
            - self.counts.get(ItemState.SKIPPED, 0)
            - self.counts.get(ItemState.CANCELLED, 0)
        )

    @property
    def problems(self) -> int:
        return self.counts.get(ItemState.FAILED, 0) + self.counts.get(ItemState.UNCONFIRMED, 0)


@dataclass
class RunResult:
    counts: dict[str, int]
    stopped: StopReason
    plan: Plan | None = None
    diagnosis: Diagnosis | None = None  # why the run stopped, when it stopped on a problem
    failures: list[Item] = field(default_factory=list)
    partly: list[Item] = field(default_factory=list)  # sent, some addresses refused
    learned_limit: int | None = None  # the daily limit a quota reply revealed
    clock_moved: timedelta | None = None  # how far the PC's clock moved, when that stopped it
    copies: CopiesReport = field(default_factory=CopiesReport)  # Sent and archive copies

    @property
    def complete(self) -> bool:
        return self.stopped is StopReason.DONE and all(self.counts.get(s, 0) == 0 for s in _OPEN)

    @property
    def problems(self) -> int:
        """Members that need a person: failed or unconfirmed."""
        return self.counts.get(ItemState.FAILED, 0) + self.counts.get(ItemState.UNCONFIRMED, 0)

    @property
    def waiting(self) -> int:
        """Members still waiting to be sent (pending or deferred)."""
        return self.counts.get(ItemState.PENDING, 0) + self.counts.get(ItemState.DEFERRED, 0)

    @property
    def stop_word(self) -> str:
        """``done``, ``paused`` … or, for a problem, its diagnosis category."""
        if self.stopped is StopReason.PROBLEM and self.diagnosis is not None:
            return self.diagnosis.category
        return self.stopped.value
