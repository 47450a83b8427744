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
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.clock_watch import ClockWatch, clock_moved_text
from smtp_desk.core.diagnosis import Diagnosis, stops_run
from smtp_desk.core.dispatch import Job
from smtp_desk.core.instants import as_utc, now_utc
from smtp_desk.core.limits import DAY, Limits, in_window, make_plan, plan_after_quota
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import Item, ItemState, Run, RunState
from smtp_desk.core.render_pool import MessageRecipe, RenderPool
from smtp_desk.core.run_result import Progress, RunResult, StopReason
from smtp_desk.core.send_item import ItemRun, Outcome, SendOptions, attempt
from smtp_desk.core.sender_connection import Connection
from smtp_desk.core.sent_copies import SentCopies
from smtp_desk.core.signin import SignIn
from smtp_desk.core.society import SocietyProfile

__all__ = ["Progress", "RunResult", "SendOptions", "StopReason", "clock_moved_text", "send_run"]

log = logging.getLogger(__name__)
_THROTTLE_STOP = 5  # transient failures in a row that stop the run
_LOOKAHEAD = 16  # messages composed ahead of the one being sent
_WAITING = (ItemState.PENDING, ItemState.DEFERRED)


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
    copies: SentCopies | None = None,
) -> RunResult:
    """Send every due item of the run; ``jobs`` maps an item's document to its job.
    ``copies`` files each accepted message in Sent and notes refused archive copies.

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
    copies = copies or SentCopies(account, clock=wall, canceller=canceller)
    state = ItemRun(outbox, account, options, wall, connection, canceller, should_stop, copies)
    report = _Reporter(outbox, run_id, limits, options, on_progress)
    watch = ClockWatch(wall(), report.started)
    report(None)
    renderer = _renderer(outbox, run, account, profile, logo, data_root, options)
    loop = _Loop(state, run_id, jobs, limits, renderer, report, watch, on_limit_learned)
    try:
        while loop.step():
            pass
    finally:
        _close(renderer, connection)
        copies.close()
    loop.result.copies = copies.report
    return _finish(outbox, run_id, loop.result, report)


def _renderer(
    outbox: Outbox,
    run: Run,
    account: AccountSettings,
    profile: SocietyProfile,
    logo: bytes | None,
    data_root: Path,
    options: SendOptions,
) -> RenderPool:
    """The pool that composes the run's messages ahead of the one being sent."""
    expected = len(outbox.items(run.id, states=_WAITING))
    return RenderPool(
        MessageRecipe(account, run.subject, run.body, run.language),
        profile,
        logo,
        data_root,
        workers=options.render_workers,
        expected=expected,
    )


def _close(renderer: RenderPool, connection: Connection) -> None:
    renderer.close()
    try:
        connection.close()
    except Exception:  # closing politely is a courtesy; the run's result stands
        connection.drop()


class _Reporter:
    """Tells ``on_progress`` where the run stands, with an estimate of the time left."""

    def __init__(
        self,
        outbox: Outbox,
        run_id: int,
        limits: Limits,
        options: SendOptions,
        on_progress: Callable[[Progress], None] | None,
    ) -> None:
        self._outbox, self._run_id, self._limits, self._options = outbox, run_id, limits, options
        self._on_progress = on_progress
        self.monotonic = options.monotonic
        self.started = self.monotonic()
        self.sent_now = 0  # messages this run has sent

    def __call__(self, last: Item | None) -> None:
        if self._on_progress is None:
            return
        counts = self._outbox.counts(self._run_id)
        remaining = counts[ItemState.PENDING] + counts[ItemState.DEFERRED]
        eta = None
        if self.sent_now and remaining:
            per_message = (self.monotonic() - self.started) / self.sent_now
            if self._limits.minute:
                window = self._options.minute_window.total_seconds()
                per_message = max(per_message, window / self._limits.minute)
            eta = per_message * remaining
        self._on_progress(Progress(counts, sum(counts.values()), last, eta))


def _no_trouble() -> dict[Outcome, int]:
    return {Outcome.DEFERRED: 0, Outcome.NO_CONNECTION: 0}


@dataclass
class _Loop:
    """The run's loop, one item a :meth:`step`; :attr:`result` says how it stopped."""

    state: ItemRun
    run_id: int
    jobs: dict[str, Job]
    limits: Limits
    renderer: RenderPool
    report: _Reporter
    watch: ClockWatch
    on_limit_learned: Callable[[int], tuple[int, str]] | None

    def __post_init__(self) -> None:
        self.outbox, self.options = self.state.outbox, self.state.options
        self.connection = self.state.connection
        self.result = RunResult({}, StopReason.DONE)
        self.in_a_row = _no_trouble()  # transient troubles in a row, by outcome

    def step(self) -> bool:
        """Check whether to go on, then send the next due item; False when the run ends."""
        if self.state.canceller.cancelled:
            return self._stop(StopReason.CANCELLED)
        if self.state.should_stop():
            return self._stop(StopReason.PAUSED)
        now = self.state.clock()
        moved = self.watch.moved(now, self.report.monotonic())
        if moved is not None:
            self.result.clock_moved = moved
            return self._stop(StopReason.CLOCK)
        due = self.outbox.due(self.run_id, now, limit=_LOOKAHEAD + 1)
        if not due:
            retry = self.outbox.next_retry(self.run_id)
            if retry is None:
                return False
            self.state.wait_until(retry)
            return True
        if self._daily_limit_reached(now):
            return False
        if self._minute_limit_waited(now):
            return True
        outcome, diagnosis = attempt(self.state, self.renderer, self.jobs, due[0], due[1:])
        return self._handle(outcome, diagnosis, due[0])

    def _stop(self, reason: StopReason, diagnosis: Diagnosis | None = None) -> bool:
        self.result.stopped, self.result.diagnosis = reason, diagnosis
        return False

    def _daily_limit_reached(self, now: datetime) -> bool:
        """Whether the daily limit stops the run now (with the plan for the rest)."""
        if self.limits.daily is None:
            return False
        recent = self.outbox.sent_times(now - DAY)
        if len(in_window(recent, now)) < self.limits.daily:
            return False
        self.result.stopped = StopReason.DAILY_LIMIT
        waiting = len(self.outbox.items(self.run_id, states=_WAITING))
        self.result.plan = make_plan(waiting, recent, self.limits, now)
        return True

    def _minute_limit_waited(self, now: datetime) -> bool:
        """Whether the per-minute limit made the run wait (then it looks again)."""
        if self.limits.minute is None:
            return False
        minute = self.options.minute_window
        window = in_window(self.outbox.sent_times(now - minute), now, window=minute)
        if len(window) < self.limits.minute:
            return False
        self.state.wait_until(window[0] + minute + timedelta(milliseconds=5))
        return True

    def _handle(self, outcome: Outcome, diagnosis: Diagnosis | None, item: Item) -> bool:
        """What one attempt's outcome means for the run; False when it ends the run."""
        if outcome is Outcome.SENT:
            self.report.sent_now += 1
            self.in_a_row = _no_trouble()
            self.connection.count()
        elif outcome is Outcome.DEFERRED:
            self.in_a_row[Outcome.DEFERRED] += 1
            if self.in_a_row[Outcome.DEFERRED] >= _THROTTLE_STOP:
                return self._stop(StopReason.THROTTLED, diagnosis)
        elif outcome is Outcome.NO_CONNECTION:
            assert diagnosis is not None
            return self._no_connection(diagnosis)
        elif outcome is Outcome.STOP:
            return self._stop(StopReason.PROBLEM, diagnosis)
        elif outcome is Outcome.QUOTA:
            self._stop(StopReason.QUOTA, diagnosis)
            now = self.state.clock()
            _after_quota(self.outbox, self.run_id, self.result, now, self.on_limit_learned)
            return False
        elif outcome is Outcome.CANCELLED:
            return self._stop(StopReason.CANCELLED)
        self.report(self.outbox.item(item.id))
        return True

    def _no_connection(self, diagnosis: Diagnosis) -> bool:
        """No connection: stop on what no member gets past, else wait and try again."""
        self.in_a_row[Outcome.NO_CONNECTION] += 1
        if (
            stops_run(diagnosis)
            or self.connection.failed_at == "auth"  # never a second sign-in per Start
            or self.in_a_row[Outcome.NO_CONNECTION] >= self.options.reconnect_attempts
        ):
            return self._stop(StopReason.PROBLEM, diagnosis)
        pause = self.options.reconnect_base * (2 ** (self.in_a_row[Outcome.NO_CONNECTION] - 1))
        log.info("The connection could not be opened (%s); trying again.", diagnosis.title)
        self.state.wait_until(self.state.clock() + pause)
        return True


def _finish(outbox: Outbox, run_id: int, result: RunResult, report: _Reporter) -> RunResult:
    """After the loop: log why it stopped, keep the run's state, gather the result."""
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
