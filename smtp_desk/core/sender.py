"""The month-end batch: send a run's items through one reused connection, durably.

* Every state change is committed before the next step (see :mod:`smtp_desk.core.outbox`).
* A failure no member can get past (the sign-in refused, an untrusted certificate, no
  STARTTLS, the server not found …, see :data:`~smtp_desk.core.diagnosis.RUN_STOPPING`)
  **stops the run at once** with its diagnosis: one refused sign-in at most, never retried
  on its own, and the members not yet sent stay waiting.
* A connection that cannot be opened for a passing reason (a timeout) is tried again a
  few times with backoff, then the run stops with the diagnosis; a reused connection that
  turns out to be closed is reopened without charging the member.
* One member's trouble is that member's: a document that cannot be made, an address the
  server cannot take, a permanent refusal (5xx) fail that member only, in plain words
  (:func:`~smtp_desk.core.member_reasons.member_reason`). Transient replies (4xx) defer the
  member with exponential backoff and jitter; after ``max_attempts`` it fails.
* A quota reply stops the run; the limit it reveals is reported (``on_limit_learned``) so
  it is kept with the account, and the rest is planned for after the window.
* The daily limit (rolling 24 hours, counted from the register, all runs) and the
  per-minute limit are respected; the connection is renewed after the provider's count.
* ``should_stop`` (pause) and the :class:`Canceller` (cancel) end the run within a second,
  never leaving an item in "sending".
* The wall clock is checked against the monotonic one before every message: a move of
  more than 10 minutes either way is logged in plain words, and a move of more than an
  hour stops the run (:attr:`StopReason.CLOCK`) before the next message, the members
  waiting. Forward, the daily window would empty at once; back, the messages this run just
  sent would look "later than now" and stop counting: either way a provider's quota could
  be exceeded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.diagnosis import Diagnosis, stops_run
from smtp_desk.core.dispatch import Job
from smtp_desk.core.limits import DAY, Limits, Plan, in_window, make_plan, plan_after_quota
from smtp_desk.core.outbox import Item, ItemState, Outbox, RunState, as_utc, now_utc
from smtp_desk.core.render_pool import MessageRecipe, RenderPool
from smtp_desk.core.send_item import ItemRun, Outcome, SendOptions, attempt
from smtp_desk.core.sender_connection import Connection
from smtp_desk.core.signin import SignIn
from smtp_desk.core.society import SocietyProfile

__all__ = ["Progress", "RunResult", "SendOptions", "StopReason", "clock_moved_text", "send_run"]

log = logging.getLogger(__name__)
_THROTTLE_STOP = 5  # transient failures in a row that stop the run
_LOOKAHEAD = 16  # messages composed ahead of the one being sent
_WAITING = (ItemState.PENDING, ItemState.DEFERRED)
_CLOCK_SAID = timedelta(minutes=10)  # a move of the wall clock worth a warning
_CLOCK_STOP = timedelta(hours=1)  # a move that stops the run


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


def send_run(
    outbox: Outbox,
    run_id: int,
    jobs: dict[str, Job],
    *,
    account: AccountSettings,
    sign_in: SignIn | None,
    profile: SocietyProfile,
    logo: bytes | None,
    data_root: Path,
    limits: Limits,
    options: SendOptions | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    on_limit_learned: Callable[[int], tuple[int, str]] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    canceller: Canceller | None = None,
    clock: Callable[[], datetime] = now_utc,
) -> RunResult:
    """Send every due item of the run; ``jobs`` maps an item's document to its job.

    ``clock`` is the wall clock (a naive time it gives is local time); the monotonic one
    is ``options.monotonic``. The caller holds the data folder's sending lock
    (:mod:`smtp_desk.core.run_lock`).
    """
    options = options or SendOptions()
    canceller = canceller or Canceller()

    def wall() -> datetime:  # the given clock, as a UTC instant
        return as_utc(clock())

    outbox.recover(wall())
    run = outbox.run_by_id(run_id)
    connection = Connection(
        account,
        sign_in,
        per_connection=limits.per_connection,
        timeout=options.timeout,
        canceller=canceller,
    )
    state = ItemRun(outbox, account, options, wall, connection, canceller, should_stop)
    monotonic = options.monotonic
    started, sent_now = monotonic(), 0
    watch = _ClockWatch(wall(), started)

    def report(last: Item | None) -> None:
        if on_progress is None:
            return
        counts = outbox.counts(run_id)
        remaining = counts[ItemState.PENDING] + counts[ItemState.DEFERRED]
        eta = None
        if sent_now and remaining:
            per_message = (monotonic() - started) / sent_now
            if limits.minute:
                window = options.minute_window.total_seconds()
                per_message = max(per_message, window / limits.minute)
            eta = per_message * remaining
        on_progress(Progress(counts, sum(counts.values()), last, eta))

    report(None)
    expected = len(outbox.items(run_id, states=_WAITING))
    renderer = RenderPool(
        MessageRecipe(account, run.subject, run.body),
        profile,
        logo,
        data_root,
        workers=options.render_workers,
        expected=expected,
    )
    result = RunResult({}, StopReason.DONE)
    in_a_row = {Outcome.DEFERRED: 0, Outcome.NO_CONNECTION: 0}
    try:
        while True:
            if canceller.cancelled:
                result.stopped = StopReason.CANCELLED
                break
            if should_stop():
                result.stopped = StopReason.PAUSED
                break
            now = wall()
            moved = watch.moved(now, monotonic())
            if moved is not None:
                result.stopped, result.clock_moved = StopReason.CLOCK, moved
                break
            due = outbox.due(run_id, now, limit=_LOOKAHEAD + 1)
            if not due:
                retry = outbox.next_retry(run_id)
                if retry is None:
                    break
                state.wait_until(retry)
                continue
            if limits.daily is not None:
                recent = outbox.sent_times(now - DAY)
                if len(in_window(recent, now)) >= limits.daily:
                    result.stopped = StopReason.DAILY_LIMIT
                    waiting = len(outbox.items(run_id, states=_WAITING))
                    result.plan = make_plan(waiting, recent, limits, now)
                    break
            if limits.minute is not None:
                window = in_window(
                    outbox.sent_times(now - options.minute_window),
                    now,
                    window=options.minute_window,
                )
                if len(window) >= limits.minute:
                    state.wait_until(window[0] + options.minute_window + timedelta(milliseconds=5))
                    continue
            item = due[0]
            outcome, diagnosis = attempt(state, renderer, jobs, item, due[1:])
            if outcome is Outcome.SENT:
                sent_now += 1
                in_a_row = {Outcome.DEFERRED: 0, Outcome.NO_CONNECTION: 0}
                connection.count()
            elif outcome is Outcome.DEFERRED:
                in_a_row[Outcome.DEFERRED] += 1
                if in_a_row[Outcome.DEFERRED] >= _THROTTLE_STOP:
                    result.stopped, result.diagnosis = StopReason.THROTTLED, diagnosis
                    break
            elif outcome is Outcome.NO_CONNECTION:
                assert diagnosis is not None
                in_a_row[Outcome.NO_CONNECTION] += 1
                if (
                    stops_run(diagnosis)
                    or connection.failed_at == "auth"  # never a second sign-in per Start
                    or in_a_row[Outcome.NO_CONNECTION] >= options.reconnect_attempts
                ):
                    result.stopped, result.diagnosis = StopReason.PROBLEM, diagnosis
                    break
                pause = options.reconnect_base * (2 ** (in_a_row[Outcome.NO_CONNECTION] - 1))
                log.info("The connection could not be opened (%s); trying again.", diagnosis.title)
                state.wait_until(wall() + pause)
                continue
            elif outcome is Outcome.STOP:
                result.stopped, result.diagnosis = StopReason.PROBLEM, diagnosis
                break
            elif outcome is Outcome.QUOTA:
                result.stopped, result.diagnosis = StopReason.QUOTA, diagnosis
                _after_quota(outbox, run_id, result, wall(), on_limit_learned)
                break
            elif outcome is Outcome.CANCELLED:
                result.stopped = StopReason.CANCELLED
                break
            report(outbox.item(item.id))
    finally:
        renderer.close()
        try:
            connection.close()
        except Exception:  # closing politely is a courtesy; the run's result stands
            connection.drop()
    if result.stopped is StopReason.PROBLEM and result.diagnosis is not None:
        log.warning("The run stopped: %s", result.diagnosis)
        log.info("Details: %s", result.diagnosis.detail)
    if result.clock_moved is not None:
        log.warning(
            "%s, so it stopped before the next message: the daily limit is counted by the "
            "register's times. Check the PC's date and time, then start again; the members "
            "not sent yet are waiting.",
            clock_moved_text(result.clock_moved),
        )
    result.counts = outbox.counts(run_id)
    if result.stopped in (StopReason.PAUSED, StopReason.CANCELLED) and not (result.waiting):
        result.stopped = StopReason.DONE  # stopped on the last message: nothing waits
    states = {
        StopReason.DONE: RunState.DONE,
        StopReason.CANCELLED: RunState.PAUSED,
        StopReason.PAUSED: RunState.PAUSED,
    }
    outbox.set_run_state(run_id, states.get(result.stopped, RunState.OPEN))
    result.failures = outbox.items(run_id, states=(ItemState.FAILED, ItemState.UNCONFIRMED))
    result.partly = [i for i in outbox.items(run_id, states=(ItemState.SENT,)) if i.partly]
    report(None)
    return result


def _after_quota(
    outbox: Outbox,
    run_id: int,
    result: RunResult,
    now: datetime,
    on_limit_learned: Callable[[int], tuple[int, str]] | None,
) -> None:
    """The provider's limit is reached: what was sent in the last 24 hours is the limit
    (kept with the account), and everything left waits for the window to move on."""
    sent_times = outbox.sent_times(now - DAY)
    recent = in_window(sent_times, now)
    waiting = len(outbox.items(run_id, states=_WAITING))
    if recent:
        kept, day = (
            on_limit_learned(len(recent))
            if on_limit_learned is not None
            else (len(recent), now.astimezone().date().isoformat())
        )
        result.learned_limit = kept
        learned = Limits(kept, None, 1, learned=day)
        result.plan = make_plan(waiting, sent_times, learned, now)
    else:  # sent by something else (another program, the webmail): a day from now
        result.plan = plan_after_quota(waiting, sent_times, now)
    log.warning("The provider's daily sending limit was reached. %s", result.plan)


class _ClockWatch:
    """How far the wall clock moved against the monotonic one since the run began."""

    def __init__(self, wall: datetime, monotonic: float) -> None:
        self._wall, self._monotonic = wall, monotonic
        self._said = timedelta()  # the move already logged

    def moved(self, wall: datetime, monotonic: float) -> timedelta | None:
        """Log a new move of more than 10 minutes; the move when it stops the run."""
        moved = (wall - self._wall) - timedelta(seconds=monotonic - self._monotonic)
        if abs(moved) > _CLOCK_STOP:
            return moved  # the stop says it
        if abs(moved - self._said) > _CLOCK_SAID:
            log.warning(
                "%s; the daily limit is counted by the register's times, check the date and time.",
                clock_moved_text(moved - self._said),
            )
            self._said = moved
        return None


def clock_moved_text(moved: timedelta) -> str:
    """``The PC's clock moved forward by 3 h during the run``."""
    way = "forward" if moved > timedelta() else "back"
    return f"The PC's clock moved {way} by {_span(abs(moved))} during the run"


def _span(span: timedelta) -> str:
    """``25 min``, ``3 h``, ``1 h 20 min``, ``8 days``."""
    minutes = round(span.total_seconds() / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours >= 48:
        return f"{round(hours / 24)} days"
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"
