"""The month-end batch: send a run's items through one reused connection, durably.

* Every state change is committed before the next step (see :mod:`smtp_desk.core.outbox`).
* Transient trouble (4xx, a dropped connection, a timeout) defers the item with
  exponential backoff and jitter; after ``max_attempts`` it fails. A permanent refusal (5xx)
  fails that item only. A quota reply, or throttling again and again, stops the run; the
  rest is planned for after the window.
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
from pathlib import Path

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.diagnosis import Diagnosis, diagnose
from smtp_desk.core.dispatch import Job
from smtp_desk.core.limits import DAY, Limits, Plan, make_plan, plan_after_quota
from smtp_desk.core.outbox import Item, ItemState, Outbox, retry_delay
from smtp_desk.core.render_pool import MessageRecipe, RenderPool, default_workers
from smtp_desk.core.society import SocietyProfile
from smtp_desk.core.transport import DEFAULT_TIMEOUT, Cancelled, Canceller, Session, Unconfirmed
from smtp_desk.core.transport import open_session as _open_session

__all__ = ["Progress", "RunResult", "SendOptions", "send_run"]

log = logging.getLogger(__name__)
_THROTTLE_STOP = 5  # transient failures in a row that stop the run
_LOOKAHEAD = 16  # messages composed ahead of the one being sent


@dataclass(frozen=True)
class SendOptions:
    timeout: float = DEFAULT_TIMEOUT
    max_attempts: int = 4
    retry_base: timedelta = timedelta(seconds=30)
    minute_window: timedelta = timedelta(minutes=1)
    jitter: Callable[[], float] = random.random
    render_workers: int = field(default_factory=default_workers)


@dataclass(frozen=True)
class Progress:
    """Where the run stands; sent to ``on_progress`` after every item."""

    counts: dict[str, int]
    total: int
    last: Item | None
    eta_seconds: float | None

    @property
    def done(self) -> int:
        return sum(
            self.counts.get(s, 0) for s in ("sent", "failed", "unconfirmed", "skipped", "cancelled")
        )


@dataclass
class RunResult:
    counts: dict[str, int]
    stopped: str  # done, daily_limit, quota, throttled, paused, cancelled
    plan: Plan | None = None
    diagnosis: Diagnosis | None = None
    failures: list[Item] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.stopped == "done" and all(
            self.counts.get(s, 0) == 0 for s in ("failed", "deferred", "unconfirmed", "pending")
        )


class _Connection:
    """Opens lazily, renews after ``limit`` messages, reopens after a drop."""

    def __init__(
        self,
        account: AccountSettings,
        password: str,
        limits: Limits,
        options: SendOptions,
        canceller: Canceller,
    ) -> None:
        self._account, self._password = account, password
        self._limit = limits.per_connection
        self._options, self._canceller = options, canceller
        self._session: Session | None = None
        self._sent = 0

    def get(self) -> Session:
        if self._session is not None and self._sent >= self._limit:
            self.close()
        if self._session is None:
            self._session = _open_session(
                self._account,
                password=self._password,
                timeout=self._options.timeout,
                canceller=self._canceller,
            )
            self._sent = 0
        return self._session

    @property
    def cancelled(self) -> bool:
        return self._canceller.cancelled

    def count(self) -> None:
        self._sent += 1

    def drop(self) -> None:
        if self._session is not None:
            self._session.close()
        self._session = None

    def close(self) -> None:
        if self._session is not None:
            self._session.quit()
        self._session = None


def send_run(
    outbox: Outbox,
    run_id: int,
    jobs: dict[str, Job],
    *,
    account: AccountSettings,
    password: str,
    profile: SocietyProfile,
    logo: bytes | None,
    data_root: Path,
    limits: Limits,
    options: SendOptions | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    canceller: Canceller | None = None,
    clock: Callable[[], datetime] = datetime.now,
) -> RunResult:
    """Send every due item of the run; ``jobs`` maps an item's document to its job."""
    options = options or SendOptions()
    canceller = canceller or Canceller()
    outbox.recover(clock())
    run = outbox.run_by_id(run_id)
    connection = _Connection(account, password, limits, options, canceller)
    started, sent_now = time.monotonic(), 0
    throttled_in_a_row = 0
    result = RunResult({}, "done")

    def report(last: Item | None) -> None:
        counts = outbox.counts(run_id)
        total = sum(counts.values())
        remaining = counts["pending"] + counts["deferred"]
        eta = None
        if sent_now and remaining:
            per_message = (time.monotonic() - started) / sent_now
            if limits.minute:
                per_message = max(
                    per_message, options.minute_window.total_seconds() / limits.minute
                )
            eta = per_message * remaining
        if on_progress is not None:
            on_progress(Progress(counts, total, last, eta))

    def wait_until(moment: datetime) -> bool:
        """Sleep until ``moment`` in small steps; False when asked to stop first."""
        while clock() < moment:
            if canceller.cancelled or should_stop():
                return False
            time.sleep(min(0.2, max((moment - clock()).total_seconds(), 0.01)))
        return True

    report(None)
    expected = len(outbox.items(run_id, states=(ItemState.PENDING, ItemState.DEFERRED)))
    renderer = RenderPool(
        MessageRecipe(account, run.subject, run.body),
        profile,
        logo,
        data_root,
        workers=options.render_workers,
        expected=expected,
    )
    try:
        while True:
            if canceller.cancelled:
                result.stopped = "cancelled"
                break
            if should_stop():
                result.stopped = "paused"
                break
            now = clock()
            due = outbox.due(run_id, now, limit=_LOOKAHEAD + 1)
            if not due:
                retry = outbox.next_retry(run_id)
                if retry is None:
                    break
                if not wait_until(retry):
                    continue
                continue
            if limits.daily is not None:
                recent = outbox.sent_times(now - DAY)
                if len(recent) >= limits.daily:
                    waiting = len(
                        outbox.items(run_id, states=(ItemState.PENDING, ItemState.DEFERRED))
                    )
                    result.stopped = "daily_limit"
                    result.plan = make_plan(waiting, recent, limits, now)
                    break
            if limits.minute is not None:
                window = outbox.sent_times(now - options.minute_window)
                if len(window) >= limits.minute:
                    wait_until(window[0] + options.minute_window + timedelta(milliseconds=5))
                    continue
            item = due[0]
            job = jobs.get(item.document)
            if job is None:
                outbox.mark_failed(
                    item, now, "the document is no longer in the register", "unknown"
                )
                report(item)
                continue
            upcoming = [(i, jobs[i.document]) for i in due[1:] if i.document in jobs]
            content = renderer.message(item, job, upcoming)
            outcome = _send_one(outbox, item, content, connection, account, options, clock)
            if outcome == "sent":
                sent_now += 1
                throttled_in_a_row = 0
                connection.count()
            elif outcome in ("deferred", "dropped"):
                throttled_in_a_row += 1
                if throttled_in_a_row >= _THROTTLE_STOP:
                    result.stopped = "throttled"
                    break
            elif outcome == "quota":
                result.stopped = "quota"
                waiting = len(outbox.items(run_id, states=(ItemState.PENDING, ItemState.DEFERRED)))
                result.plan = plan_after_quota(waiting, outbox.sent_times(clock() - DAY), clock())
                break
            elif outcome == "cancelled":
                result.stopped = "cancelled"
                break
            report(outbox.item(item.id))
    finally:
        renderer.close()
        try:
            connection.close()
        except Exception:  # closing politely is a courtesy; the run's result stands
            connection.drop()
    states = {"done": "done", "cancelled": "paused", "paused": "paused"}
    outbox.set_run_state(run_id, states.get(result.stopped, "open"))
    result.counts = outbox.counts(run_id)
    result.failures = outbox.items(run_id, states=(ItemState.FAILED, ItemState.UNCONFIRMED))
    report(None)
    return result


def _send_one(
    outbox: Outbox,
    item: Item,
    content: bytes,
    connection: _Connection,
    account: AccountSettings,
    options: SendOptions,
    clock: Callable[[], datetime],
) -> str:
    """One item, start to end; the outcome word for the loop."""
    try:
        session = connection.get()
    except Cancelled:
        return "cancelled"
    except Exception as exc:  # cannot connect: transient for this item
        connection.drop()
        return _defer(
            outbox, item, diagnose(exc, stage="connect", preset=account.preset), options, clock
        )
    outbox.mark_sending(item, clock())
    try:
        reply = session.deliver(account.from_email, item.recipients, content)
    except Unconfirmed as exc:
        connection.drop()
        outbox.mark_unconfirmed(item, clock(), str(exc))
        log.warning("Flat %s: %s", item.flat, exc)
        return "unconfirmed"
    except Cancelled:
        connection.drop()
        outbox.put_back(item, clock())
        return "cancelled"
    except smtplib.SMTPResponseException as exc:
        stage = "mail" if isinstance(exc, smtplib.SMTPSenderRefused) else "data"
        diagnosis = diagnose(exc, stage=stage, preset=account.preset)
        return _refused(outbox, item, diagnosis, options, clock, connection)
    except smtplib.SMTPRecipientsRefused as exc:
        diagnosis = diagnose(exc, stage="rcpt", preset=account.preset)
        return _refused(outbox, item, diagnosis, options, clock, connection)
    except (smtplib.SMTPException, OSError) as exc:
        connection.drop()
        if connection.cancelled:
            outbox.put_back(item, clock())
            return "cancelled"
        return _defer(
            outbox, item, diagnose(exc, stage="mail", preset=account.preset), options, clock
        )
    outbox.mark_sent(item, clock(), reply)
    return "sent"


def _refused(
    outbox: Outbox,
    item: Item,
    diagnosis: Diagnosis,
    options: SendOptions,
    clock: Callable[[], datetime],
    connection: _Connection,
) -> str:
    if diagnosis.category == "quota_exceeded":
        outbox.put_back(item, clock())
        log.warning("The provider's sending limit was reached: %s", diagnosis.detail)
        return "quota"
    if diagnosis.transient or (diagnosis.smtp_code or 500) < 500:
        if diagnosis.smtp_code == 421:
            connection.drop()
        return _defer(outbox, item, diagnosis, options, clock)
    outbox.mark_failed(item, clock(), diagnosis.detail, diagnosis.category)
    log.warning("Flat %s: %s (%s)", item.flat, diagnosis.title, diagnosis.detail)
    return "failed"


def _defer(
    outbox: Outbox,
    item: Item,
    diagnosis: Diagnosis,
    options: SendOptions,
    clock: Callable[[], datetime],
) -> str:
    attempts = item.attempts + 1
    if attempts >= options.max_attempts:
        outbox.mark_failed(item, clock(), diagnosis.detail, diagnosis.category)
        log.warning("Flat %s failed after %d attempts: %s", item.flat, attempts, diagnosis.detail)
        return "failed"
    delay = retry_delay(attempts, base=options.retry_base, jitter=options.jitter())
    outbox.mark_deferred(
        item, clock(), clock() + delay, diagnosis.detail, diagnosis.category, attempts=attempts
    )
    log.info("Flat %s deferred for %.0f s: %s", item.flat, delay.total_seconds(), diagnosis.detail)
    return "deferred"
