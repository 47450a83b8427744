"""One item of a batch, start to end: compose its message, send it through the run's
connection, and record what happened, in plain words for the member when it failed.

The outcome tells the batch loop (:mod:`smtp_desk.core.sender`) what to do next: go on,
reconnect, or stop the run.
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

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.addresses import malformed_address, printable
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.diagnosis import Diagnosis, diagnose, make, stops_run
from smtp_desk.core.dispatch import Job
from smtp_desk.core.errors import Cancelled, Unconfirmed
from smtp_desk.core.member_reasons import member_reason
from smtp_desk.core.outbox import Outbox, retry_delay
from smtp_desk.core.outbox_records import Item, ItemState
from smtp_desk.core.render_pool import RenderPool, default_workers
from smtp_desk.core.sender_connection import ConnectFailed, Connection
from smtp_desk.core.session import DEFAULT_TIMEOUT, Delivery

__all__ = ["ItemRun", "Outcome", "SendOptions", "attempt"]

log = logging.getLogger(__name__)


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
    # seconds that only ever go forward, whatever the wall clock does (tests: their own)
    monotonic: Callable[[], float] = time.monotonic


class Outcome(StrEnum):
    SENT = "sent"
    FAILED = "failed"
    DEFERRED = "deferred"
    UNCONFIRMED = "unconfirmed"
    QUOTA = "quota"
    CANCELLED = "cancelled"
    STOP = "stop"  # a run-stopping refusal; the member is waiting again
    RECONNECT = "reconnect"  # the connection was found closed; the member is waiting again
    NO_CONNECTION = "no_connection"  # the connection could not be opened
    TAKEN = "taken"  # another sender claimed the item first: nothing was sent from here


@dataclass
class ItemRun:
    """What the loop needs besides the outbox: the shared pieces of one run."""

    outbox: Outbox
    account: AccountSettings
    options: SendOptions
    clock: Callable[[], datetime]
    connection: Connection
    canceller: Canceller
    should_stop: Callable[[], bool]
    # after each message the server accepted, with the exact bytes it was given
    after_sent: Callable[[Item, bytes, Delivery], None] = lambda item, content, delivery: None

    def wait_until(self, moment: datetime) -> bool:
        """Sleep until ``moment`` in small steps; False when asked to stop first. Never
        longer than ``moment`` was away when the wait began, even if the wall clock is
        moved back meanwhile (the run then notices the move)."""
        monotonic = self.options.monotonic
        end = monotonic() + (moment - self.clock()).total_seconds()
        while self.clock() < moment and monotonic() < end:
            if self.canceller.cancelled or self.should_stop():
                return False
            left = min((moment - self.clock()).total_seconds(), end - monotonic())
            time.sleep(min(0.2, max(left, 0.01)))
        return True

    def diagnose(self, error: BaseException, stage: str) -> Diagnosis:
        return diagnose(error, stage=stage, preset=self.account.preset)


def attempt(
    run: ItemRun, renderer: RenderPool, jobs: dict[str, Job], item: Item, ahead: list[Item]
) -> tuple[Outcome, Diagnosis | None]:
    """Compose and send one item; its outcome, with the diagnosis of a failure."""
    job = jobs.get(item.document)
    if job is None:
        diagnosis = make(
            DiagnosisCategory.DOCUMENT_WITHDRAWN,
            preset=run.account.preset,
            detail="the document is no longer in the register",
        )
        return _fail(run, item, diagnosis), diagnosis
    if all(malformed_address(a) for a in item.recipients):  # before composing a header
        diagnosis = make(
            DiagnosisCategory.ADDRESS_MALFORMED,
            preset=run.account.preset,
            detail="not a valid email address",
        )
        return _fail(run, item, diagnosis, address=_shown(item.recipients)), diagnosis
    upcoming = [(i, jobs[i.document]) for i in ahead if i.document in jobs]
    try:
        content = renderer.message(item, job, upcoming)
    except Exception as exc:  # this member's document: fail the member, go on
        category = (
            DiagnosisCategory.DOCUMENT_MISSING
            if isinstance(exc, FileNotFoundError)
            else DiagnosisCategory.DOCUMENT_FAILED
        )
        detail = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else category
        diagnosis = make(category, preset=run.account.preset, detail=detail)
        log.debug("Flat %s: the document could not be made", item.flat, exc_info=exc)
        return _fail(run, item, diagnosis), diagnosis
    try:
        return _send_one(run, item, content)
    except Exception:  # a fault of SMTP Desk's own: never resend blindly, never stop the run
        log.debug("Flat %s: unexpected failure while sending", item.flat, exc_info=True)
        run.connection.drop()
        current = run.outbox.item(item.id)
        if current is not None and current.state is ItemState.SENDING:
            run.outbox.mark_unconfirmed(item, run.clock(), "an unexpected fault while sending")
            return Outcome.UNCONFIRMED, None
        raise


def _send_one(run: ItemRun, item: Item, content: bytes) -> tuple[Outcome, Diagnosis | None]:
    outbox, clock, connection = run.outbox, run.clock, run.connection
    try:
        session = connection.get()
    except Cancelled:
        return Outcome.CANCELLED, None
    except ConnectFailed as exc:
        return Outcome.NO_CONNECTION, exc.diagnosis
    reused = not connection.fresh
    unusable = session.unusable(item.recipients)
    if len(unusable) == len(item.recipients):  # nothing to hand over: fail before "sending"
        malformed = [a for a in unusable if malformed_address(a)]
        diagnosis = make(
            DiagnosisCategory.ADDRESS_MALFORMED
            if malformed
            else DiagnosisCategory.ADDRESS_UNSUPPORTED,
            preset=run.account.preset,
            detail="; ".join(unusable.values()),
        )
        return _fail(run, item, diagnosis, address=_shown(item.recipients)), diagnosis
    if not outbox.mark_sending(item, clock()):  # taken by another sender meanwhile
        log.warning("Flat %s was taken by another sending run; not sent from here.", item.flat)
        return Outcome.TAKEN, None
    try:
        delivery = session.deliver(
            run.account.from_email, item.recipients, content, archive=run.account.archive_bcc
        )
    except Unconfirmed as exc:
        connection.drop()
        outbox.mark_unconfirmed(item, clock(), str(exc))
        log.warning("Flat %s: unconfirmed (%s)", item.flat, exc)
        return Outcome.UNCONFIRMED, None
    except Cancelled:
        connection.drop()
        outbox.put_back(item, clock())
        return Outcome.CANCELLED, None
    except smtplib.SMTPRecipientsRefused as exc:
        address = _shown(tuple(exc.recipients))
        return _refused(run, item, run.diagnose(exc, "rcpt"), address=address)
    except smtplib.SMTPResponseException as exc:
        stage = "mail" if isinstance(exc, smtplib.SMTPSenderRefused) else "data"
        return _refused(run, item, run.diagnose(exc, stage))
    except (smtplib.SMTPException, OSError, UnicodeError) as exc:  # broke before DATA ended
        connection.drop()
        if connection.cancelled:
            outbox.put_back(item, clock())
            return Outcome.CANCELLED, None
        if reused:  # closed while idle, or by the server after its count: not the member's
            outbox.put_back(item, clock())
            return Outcome.RECONNECT, None
        diagnosis = run.diagnose(exc, "mail")
        return _defer(run, item, diagnosis), diagnosis
    outbox.mark_sent(item, clock(), delivery.reply, refused=delivery.refused)
    if delivery.archive_refused:
        log.warning(
            "Flat %s: sent, but the archive copy to %s was refused (%s).",
            item.flat,
            printable(run.account.archive_bcc),
            delivery.archive_refused,
        )
    run.after_sent(item, content, delivery)
    if delivery.refused:
        log.warning("Flat %s: sent, but not to %s.", item.flat, _shown(tuple(delivery.refused)))
    return Outcome.SENT, None


def _refused(
    run: ItemRun, item: Item, diagnosis: Diagnosis, *, address: str = ""
) -> tuple[Outcome, Diagnosis]:
    outbox, clock = run.outbox, run.clock
    if diagnosis.category is DiagnosisCategory.QUOTA_EXCEEDED:
        outbox.put_back(item, clock())
        return Outcome.QUOTA, diagnosis
    if stops_run(diagnosis):  # e.g. the From address refused: the same for every member
        outbox.put_back(item, clock())
        run.connection.drop()
        return Outcome.STOP, diagnosis
    if diagnosis.transient or (diagnosis.smtp_code or 500) < 500:
        if diagnosis.smtp_code == 421:
            run.connection.drop()
        return _defer(run, item, diagnosis, address=address), diagnosis
    return _fail(run, item, diagnosis, address=address), diagnosis


def _fail(run: ItemRun, item: Item, diagnosis: Diagnosis, *, address: str = "") -> Outcome:
    reason = member_reason(diagnosis, flat=item.flat, address=address, attempts=item.attempts)
    run.outbox.mark_failed(item, run.clock(), diagnosis.detail, diagnosis.category, reason=reason)
    log.warning("%s", reason)
    log.info("Flat %s, details: %s", item.flat, diagnosis.detail)
    return Outcome.FAILED


def _defer(run: ItemRun, item: Item, diagnosis: Diagnosis, *, address: str = "") -> Outcome:
    attempts = item.attempts + 1
    if attempts >= run.options.max_attempts:
        reason = member_reason(diagnosis, flat=item.flat, address=address, attempts=attempts)
        run.outbox.mark_failed(
            item, run.clock(), diagnosis.detail, diagnosis.category, reason=reason
        )
        log.warning("%s", reason)
        return Outcome.FAILED
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
    return Outcome.DEFERRED


def _shown(addresses: tuple[str, ...]) -> str:
    return ", ".join(printable(a) for a in addresses)
