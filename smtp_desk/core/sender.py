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
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.diagnosis import Diagnosis, stops_run
from smtp_desk.core.dispatch import Job
from smtp_desk.core.limits import DAY, Limits, Plan, make_plan, plan_after_quota
from smtp_desk.core.outbox import Item, ItemState, Outbox
from smtp_desk.core.render_pool import MessageRecipe, RenderPool
from smtp_desk.core.send_item import ItemRun, Outcome, SendOptions, attempt
from smtp_desk.core.sender_connection import Connection
from smtp_desk.core.signin import SignIn
from smtp_desk.core.society import SocietyProfile
from smtp_desk.core.transport import Canceller

__all__ = ["Progress", "RunResult", "SendOptions", "StopReason", "send_run"]

log = logging.getLogger(__name__)
_THROTTLE_STOP = 5  # transient failures in a row that stop the run
_LOOKAHEAD = 16  # messages composed ahead of the one being sent
_WAITING = (ItemState.PENDING, ItemState.DEFERRED)


class StopReason(StrEnum):
    DONE = "done"
    DAILY_LIMIT = "daily_limit"  # the account's daily limit (set or learned) is reached
    QUOTA = "quota"  # the provider said its limit is reached
    THROTTLED = "throttled"  # the provider kept asking to try later
    PAUSED = "paused"
    CANCELLED = "cancelled"
    PROBLEM = "problem"  # a failure no member can get past: see RunResult.diagnosis


_FINISHED = ("sent", "failed", "unconfirmed", "skipped", "cancelled")


@dataclass(frozen=True)
class Progress:
    """Where the run stands; sent to ``on_progress`` after every item."""

    counts: dict[str, int]
    total: int
    last: Item | None
    eta_seconds: float | None

    @property
    def done(self) -> int:
        return sum(self.counts.get(s, 0) for s in _FINISHED)


@dataclass
class RunResult:
    counts: dict[str, int]
    stopped: StopReason
    plan: Plan | None = None
    diagnosis: Diagnosis | None = None  # why the run stopped, when it stopped on a problem
    failures: list[Item] = field(default_factory=list)
    partly: list[Item] = field(default_factory=list)  # sent, some addresses refused
    learned_limit: int | None = None  # the daily limit a quota reply revealed

    @property
    def complete(self) -> bool:
        open_states = ("failed", "deferred", "unconfirmed", "pending", "sending")
        return self.stopped is StopReason.DONE and all(
            self.counts.get(s, 0) == 0 for s in open_states
        )

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
    clock: Callable[[], datetime] = datetime.now,
) -> RunResult:
    """Send every due item of the run; ``jobs`` maps an item's document to its job.

    The caller holds the data folder's sending lock (:mod:`smtp_desk.core.run_lock`).
    """
    options = options or SendOptions()
    canceller = canceller or Canceller()
    outbox.recover(clock())
    run = outbox.run_by_id(run_id)
    connection = Connection(
        account,
        sign_in,
        per_connection=limits.per_connection,
        timeout=options.timeout,
        canceller=canceller,
    )
    state = ItemRun(outbox, account, options, clock, connection, canceller, should_stop)
    started, sent_now = time.monotonic(), 0

    def report(last: Item | None) -> None:
        if on_progress is None:
            return
        counts = outbox.counts(run_id)
        remaining = counts["pending"] + counts["deferred"]
        eta = None
        if sent_now and remaining:
            per_message = (time.monotonic() - started) / sent_now
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
    in_a_row = {"throttled": 0, "no_connection": 0}
    try:
        while True:
            if canceller.cancelled:
                result.stopped = StopReason.CANCELLED
                break
            if should_stop():
                result.stopped = StopReason.PAUSED
                break
            now = clock()
            due = outbox.due(run_id, now, limit=_LOOKAHEAD + 1)
            if not due:
                retry = outbox.next_retry(run_id)
                if retry is None:
                    break
                state.wait_until(retry)
                continue
            if limits.daily is not None:
                recent = outbox.sent_times(now - DAY)
                if len(recent) >= limits.daily:
                    result.stopped = StopReason.DAILY_LIMIT
                    waiting = len(outbox.items(run_id, states=_WAITING))
                    result.plan = make_plan(waiting, recent, limits, now)
                    break
            if limits.minute is not None:
                window = outbox.sent_times(now - options.minute_window)
                if len(window) >= limits.minute:
                    state.wait_until(window[0] + options.minute_window + timedelta(milliseconds=5))
                    continue
            item = due[0]
            outcome, diagnosis = attempt(state, renderer, jobs, item, due[1:])
            if outcome is Outcome.SENT:
                sent_now += 1
                in_a_row = {"throttled": 0, "no_connection": 0}
                connection.count()
            elif outcome is Outcome.DEFERRED:
                in_a_row["throttled"] += 1
                if in_a_row["throttled"] >= _THROTTLE_STOP:
                    result.stopped, result.diagnosis = StopReason.THROTTLED, diagnosis
                    break
            elif outcome is Outcome.NO_CONNECTION:
                assert diagnosis is not None
                in_a_row["no_connection"] += 1
                if (
                    stops_run(diagnosis)
                    or connection.failed_at == "auth"  # never a second sign-in per Start
                    or in_a_row["no_connection"] >= options.reconnect_attempts
                ):
                    result.stopped, result.diagnosis = StopReason.PROBLEM, diagnosis
                    break
                pause = options.reconnect_base * (2 ** (in_a_row["no_connection"] - 1))
                log.info("The connection could not be opened (%s); trying again.", diagnosis.title)
                state.wait_until(clock() + pause)
                continue
            elif outcome is Outcome.STOP:
                result.stopped, result.diagnosis = StopReason.PROBLEM, diagnosis
                break
            elif outcome is Outcome.QUOTA:
                result.stopped, result.diagnosis = StopReason.QUOTA, diagnosis
                _after_quota(outbox, run_id, result, clock(), on_limit_learned)
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
    result.counts = outbox.counts(run_id)
    if result.stopped in (StopReason.PAUSED, StopReason.CANCELLED) and not (
        result.counts["pending"] + result.counts["deferred"]
    ):
        result.stopped = StopReason.DONE  # stopped on the last message: nothing waits
    states = {StopReason.DONE: "done", StopReason.CANCELLED: "paused", StopReason.PAUSED: "paused"}
    outbox.set_run_state(run_id, states.get(result.stopped, "open"))
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
    recent = outbox.sent_times(now - DAY)
    waiting = len(outbox.items(run_id, states=_WAITING))
    if recent:
        kept, day = (
            on_limit_learned(len(recent))
            if on_limit_learned is not None
            else (len(recent), now.date().isoformat())
        )
        result.learned_limit = kept
        learned = Limits(kept, None, 1, learned=day)
        result.plan = make_plan(waiting, recent, learned, now)
    else:  # sent by something else (another program, the webmail): a day from now
        result.plan = plan_after_quota(waiting, recent, now)
    log.warning("The provider's daily sending limit was reached. %s", result.plan)
