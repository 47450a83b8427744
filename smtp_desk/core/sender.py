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
import random
import smtplib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.diagnosis import Diagnosis, diagnose, make, stops_run
from smtp_desk.core.dispatch import Job
from smtp_desk.core.limits import DAY, Limits, Plan, make_plan, plan_after_quota
from smtp_desk.core.member_reasons import member_reason
from smtp_desk.core.outbox import Item, ItemState, Outbox, retry_delay
from smtp_desk.core.render_pool import MessageRecipe, RenderPool, default_workers
from smtp_desk.core.sender_connection import ConnectFailed, Connection
from smtp_desk.core.signin import SignIn
from smtp_desk.core.society import SocietyProfile
from smtp_desk.core.transport import DEFAULT_TIMEOUT, Cancelled, Canceller, Unconfirmed

__all__ = ["Progress", "RunResult", "SendOptions", "StopReason", "send_run"]

log = logging.getLogger(__name__)
_THROTTLE_STOP = 5  # transient failures in a row that stop the run
_LOOKAHEAD = 16  # messages composed ahead of the one being sent
_WAITING = (ItemState.PENDING, ItemState.DEFERRED)


@dataclass(frozen=True)
class SendOptions:
    timeout: float = DEFAULT_TIMEOUT
    max_attempts: int = 4
    retry_base: timedelta = timedelta(seconds=30)
    reconnect_attempts: int = 3  # tries to open a connection for a passing reason
    reconnect_base: timedelta = timedelta(seconds=5)
    minute_window: timedelta = timedelta(minutes=1)
    jitter: Callable[[], float] = random.random
    render_workers: int = field(default_factory=default_workers)


class StopReason(StrEnum):
    DONE = "done"
    DAILY_LIMIT = "daily_limit"  # the account's daily limit (set or learned) is reached
    QUOTA = "quota"  # the provider said its limit is reached
    THROTTLED = "throttled"  # the provider kept asking to try later
    PAUSED = "paused"
    CANCELLED = "cancelled"
    PROBLEM = "problem"  # a failure no member can get past: see RunResult.diagnosis


class _Outcome(StrEnum):
    SENT = "sent"
    FAILED = "failed"
    DEFERRED = "deferred"
    UNCONFIRMED = "unconfirmed"
    QUOTA = "quota"
    CANCELLED = "cancelled"
    STOP = "stop"  # a run-stopping refusal; the member is waiting again
    RECONNECT = "reconnect"  # the connection was found closed; the member is waiting again
    NO_CONNECTION = "no_connection"  # the connection could not be opened


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


@dataclass
class _Run:
    """What the loop needs besides the outbox: the shared pieces of one run."""

    outbox: Outbox
    account: AccountSettings
    options: SendOptions
    clock: Callable[[], datetime]
    connection: Connection
    canceller: Canceller
    should_stop: Callable[[], bool]

    def wait_until(self, moment: datetime) -> bool:
        """Sleep until ``moment`` in small steps; False when asked to stop first."""
        while self.clock() < moment:
            if self.canceller.cancelled or self.should_stop():
                return False
            time.sleep(min(0.2, max((moment - self.clock()).total_seconds(), 0.01)))
        return True

    def diagnose(self, error: BaseException, stage: str) -> Diagnosis:
        return diagnose(error, stage=stage, preset=self.account.preset)


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
    on_limit_learned: Callable[[int], None] | None = None,
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
    state = _Run(outbox, account, options, clock, connection, canceller, should_stop)
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
            outcome, diagnosis = _attempt(state, renderer, jobs, item, due[1:])
            if outcome is _Outcome.SENT:
                sent_now += 1
                in_a_row = {"throttled": 0, "no_connection": 0}
                connection.count()
            elif outcome is _Outcome.DEFERRED:
                in_a_row["throttled"] += 1
                if in_a_row["throttled"] >= _THROTTLE_STOP:
                    result.stopped, result.diagnosis = StopReason.THROTTLED, diagnosis
                    break
            elif outcome is _Outcome.NO_CONNECTION:
                assert diagnosis is not None
                in_a_row["no_connection"] += 1
                if stops_run(diagnosis) or in_a_row["no_connection"] >= options.reconnect_attempts:
                    result.stopped, result.diagnosis = StopReason.PROBLEM, diagnosis
                    break
                pause = options.reconnect_base * (2 ** (in_a_row["no_connection"] - 1))
                log.info("The connection could not be opened (%s); trying again.", diagnosis.title)
                state.wait_until(clock() + pause)
                continue
            elif outcome is _Outcome.STOP:
                result.stopped, result.diagnosis = StopReason.PROBLEM, diagnosis
                break
            elif outcome is _Outcome.QUOTA:
                result.stopped, result.diagnosis = StopReason.QUOTA, diagnosis
                _after_quota(outbox, run_id, result, clock(), on_limit_learned)
                break
            elif outcome is _Outcome.CANCELLED:
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
    states = {StopReason.DONE: "done", StopReason.CANCELLED: "paused", StopReason.PAUSED: "paused"}
    outbox.set_run_state(run_id, states.get(result.stopped, "open"))
    result.counts = outbox.counts(run_id)
    result.failures = outbox.items(run_id, states=(ItemState.FAILED, ItemState.UNCONFIRMED))
    result.partly = [i for i in outbox.items(run_id, states=(ItemState.SENT,)) if i.partly]
    report(None)
    return result


def _after_quota(
    outbox: Outbox,
    run_id: int,
    result: RunResult,
    now: datetime,
    on_limit_learned: Callable[[int], None] | None,
) -> None:
    """The provider's limit is reached: what was sent in the last 24 hours is the limit
    (kept with the account), and everything left waits for the window to move on."""
    recent = outbox.sent_times(now - DAY)
    waiting = len(outbox.items(run_id, states=_WAITING))
    if recent:
        result.learned_limit = len(recent)
        if on_limit_learned is not None:
            on_limit_learned(len(recent))
        learned = Limits(len(recent), None, 1, learned=now.date().isoformat())
        result.plan = make_plan(waiting, recent, learned, now)
    else:  # sent by something else (another program, the webmail): a day from now
        result.plan = plan_after_quota(waiting, recent, now)
    log.warning("The provider's daily sending limit was reached. %s", result.plan)


def _attempt(
    run: _Run, renderer: RenderPool, jobs: dict[str, Job], item: Item, ahead: list[Item]
) -> tuple[_Outcome, Diagnosis | None]:
    """Compose and send one item; its outcome, with the diagnosis of a failure."""
    job = jobs.get(item.document)
    if job is None:
        diagnosis = make(
            "document_withdrawn",
            preset=run.account.preset,
            detail="the document is no longer in the register",
        )
        return _fail(run, item, diagnosis), diagnosis
    upcoming = [(i, jobs[i.document]) for i in ahead if i.document in jobs]
    try:
        content = renderer.message(item, job, upcoming)
    except Exception as exc:  # this member's document: fail the member, go on
        category = "document_missing" if isinstance(exc, FileNotFoundError) else "document_failed"
        detail = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else category
        diagnosis = make(category, preset=run.account.preset, detail=detail)
        log.debug("Flat %s: the document could not be made", item.flat, exc_info=exc)
        return _fail(run, item, diagnosis), diagnosis
    return _send_one(run, item, content)


def _send_one(run: _Run, item: Item, content: bytes) -> tuple[_Outcome, Diagnosis | None]:
    outbox, clock, connection = run.outbox, run.clock, run.connection
    try:
        session = connection.get()
    except Cancelled:
        return _Outcome.CANCELLED, None
    except ConnectFailed as exc:
        return _Outcome.NO_CONNECTION, exc.diagnosis
    reused = not connection.fresh
    if len(session.unusable(item.recipients)) == len(item.recipients):
        diagnosis = make(
            "address_unsupported",
            preset=run.account.preset,
            detail="the server does not offer SMTPUTF8",
        )
        return _fail(run, item, diagnosis, address=", ".join(item.recipients)), diagnosis
    outbox.mark_sending(item, clock())
    try:
        delivery = session.deliver(run.account.from_email, item.recipients, content)
    except Unconfirmed as exc:
        connection.drop()
        outbox.mark_unconfirmed(item, clock(), str(exc))
        log.warning("Flat %s: unconfirmed (%s)", item.flat, exc)
        return _Outcome.UNCONFIRMED, None
    except Cancelled:
        connection.drop()
        outbox.put_back(item, clock())
        return _Outcome.CANCELLED, None
    except smtplib.SMTPRecipientsRefused as exc:
        address = ", ".join(exc.recipients)
        return _refused(run, item, run.diagnose(exc, "rcpt"), address=address)
    except smtplib.SMTPResponseException as exc:
        stage = "mail" if isinstance(exc, smtplib.SMTPSenderRefused) else "data"
        return _refused(run, item, run.diagnose(exc, stage))
    except (smtplib.SMTPException, OSError) as exc:  # the connection broke before DATA ended
        connection.drop()
        if connection.cancelled:
            outbox.put_back(item, clock())
            return _Outcome.CANCELLED, None
        if reused:  # closed while idle, or by the server after its count: not the member's
            outbox.put_back(item, clock())
            return _Outcome.RECONNECT, None
        diagnosis = run.diagnose(exc, "mail")
        return _defer(run, item, diagnosis), diagnosis
    outbox.mark_sent(item, clock(), delivery.reply, refused=delivery.refused)
    if delivery.refused:
        log.warning(
            "Flat %s: sent, but the provider refused %s.", item.flat, ", ".join(delivery.refused)
        )
    return _Outcome.SENT, None


def _refused(
    run: _Run, item: Item, diagnosis: Diagnosis, *, address: str = ""
) -> tuple[_Outcome, Diagnosis]:
    outbox, clock = run.outbox, run.clock
    if diagnosis.category == "quota_exceeded":
        outbox.put_back(item, clock())
        return _Outcome.QUOTA, diagnosis
    if stops_run(diagnosis):  # e.g. the From address refused: the same for every member
        outbox.put_back(item, clock())
        run.connection.drop()
        return _Outcome.STOP, diagnosis
    if diagnosis.transient or (diagnosis.smtp_code or 500) < 500:
        if diagnosis.smtp_code == 421:
            run.connection.drop()
        return _defer(run, item, diagnosis, address=address), diagnosis
    return _fail(run, item, diagnosis, address=address), diagnosis


def _fail(run: _Run, item: Item, diagnosis: Diagnosis, *, address: str = "") -> _Outcome:
    reason = member_reason(diagnosis, flat=item.flat, address=address, attempts=item.attempts)
    run.outbox.mark_failed(item, run.clock(), diagnosis.detail, diagnosis.category, reason=reason)
    log.warning("%s", reason)
    log.info("Flat %s, details: %s", item.flat, diagnosis.detail)
    return _Outcome.FAILED


def _defer(run: _Run, item: Item, diagnosis: Diagnosis, *, address: str = "") -> _Outcome:
    attempts = item.attempts + 1
    if attempts >= run.options.max_attempts:
        reason = member_reason(diagnosis, flat=item.flat, address=address, attempts=attempts)
        run.outbox.mark_failed(
            item, run.clock(), diagnosis.detail, diagnosis.category, reason=reason
        )
        log.warning("%s", reason)
        return _Outcome.FAILED
    options = run.options
    delay = retry_delay(attempts, base=options.retry_base, jitter=options.jitter())
    reason = member_reason(
        diagnosis, flat=item.flat, address=address, attempts=attempts, final=False
    )
    run.outbox.mark_deferred(
        item,
        run.clock(),
        run.clock() + delay,
        diagnosis.detail,
        diagnosis.category,
        attempts=attempts,
        reason=reason,
    )
    log.info("%s (in %.0f s; details: %s)", reason, delay.total_seconds(), diagnosis.detail)
    return _Outcome.DEFERRED
