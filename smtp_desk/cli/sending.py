"""``smtp-desk send``: the month-end batch (``status``, ``register`` and ``resolve`` are in
:mod:`smtp_desk.cli.runs`).

send exits 0 when everything was sent (members sent at only some of their addresses are
listed as "sent (partly)"), 1 when something failed, was deferred or is unconfirmed, or
the run stopped before the end (a daily limit; a problem no member can get past, such as
a refused sign-in, with its diagnosis), 2 when it cannot start (also when another run is
sending from this data folder).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from smtp_desk.cli.password_input import read_password
from smtp_desk.cli.problems import diagnosis_json, period_range_arg
from smtp_desk.core.batch import Batch, BatchError, prepare_batch, run_batch
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.clock_watch import clock_moved_text
from smtp_desk.core.dispatch import render_job
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.instants import as_utc
from smtp_desk.core.kinds import DocumentKind
from smtp_desk.core.logs import redactor, setup_logging
from smtp_desk.core.model import Period
from smtp_desk.core.no_password_store import NO_STORE_RUN, needs_password_each_run
from smtp_desk.core.outbox_records import ItemState
from smtp_desk.core.paths import DataFolder, data_folder
from smtp_desk.core.render_pool import MessageRecipe, message_for
from smtp_desk.core.run_lock import RunLockHeld
from smtp_desk.core.run_result import Progress, RunResult, StopReason
from smtp_desk.core.safe_names import folded, inside, unique_file_name
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import load_settings

__all__ = ["add_parser"]


def add_parser(commands: Any) -> None:
    send = commands.add_parser("send", help="send a kind of document for a period")
    send.add_argument(
        "--kind",
        choices=[k.value for k in DocumentKind],
        required=True,
        help="the documents to send: bill, receipt or statement",
    )
    send.add_argument(
        "--period",
        type=period_range_arg,
        metavar="YYYY-MM",
        required=True,
        help="YYYY-MM (statements also YYYY-MM..YYYY-MM)",
    )
    send.add_argument(
        "--dry-run",
        metavar="DIR",
        type=Path,
        help="write every message as an .eml file in DIR and send nothing",
    )
    send.add_argument(
        "--yes",
        action="store_true",
        help="also send documents that are new or changed since the run began",
    )
    send.add_argument(
        "--wait",
        action="store_true",
        help="when a daily limit stops the run, sleep until more may go and continue "
        "(Ctrl+C stops cleanly)",
    )
    send.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input for this run only (machines without a "
        "credential store); it is never saved",
    )
    send.add_argument("--json", action="store_true", help="one JSON object on stdout")
    send.set_defaults(run=run_send)


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def run_send(args: argparse.Namespace) -> int:
    try:
        period = Period.parse(args.period)
    except ValueError as exc:
        return _fail(f"--period: {exc}")
    folder = data_folder().ensure()
    setup_logging(folder.log_file)
    secrets = SecretStore()
    if args.password_stdin and _signs_in_with_a_token(folder):
        return _fail(
            "--password-stdin: this account signs in with Microsoft or Google and uses no "
            "password; run 'smtp-desk signin' once instead."
        )
    if args.password_stdin and not _password_from_stdin(folder, secrets):
        return _fail("--password-stdin: no password was given.")
    if not args.dry_run and (unkept := _password_not_kept(folder, secrets)):
        return _fail(NO_STORE_RUN.format(user=unkept, command=_command_line(args)))
    try:
        batch = prepare_batch(
            folder,
            DocumentKind(args.kind),
            period,
            secrets=secrets,
            accept_changes=args.yes,
            now=_clock(),
        )
    except SmtpDeskError as exc:
        return _fail(str(exc))
    if args.dry_run:
        return _dry_run(args.dry_run, batch)
    if batch.waiting_confirmation:
        print(
            f"{len(batch.waiting_confirmation)} document(s) are new or changed since this run "
            "began and were not added; run again with --yes to send them.",
            file=sys.stderr,
        )
    canceller = Canceller()
    previous = signal.signal(signal.SIGINT, lambda *_: canceller.cancel(grace=0.7))
    try:
        result = _send_until_done(args, batch, secrets, canceller)
    except RunLockHeld as exc:
        return _fail(str(exc))
    finally:
        signal.signal(signal.SIGINT, previous)
    if args.json:
        print(json.dumps(_result_json(batch, result), ensure_ascii=False))
    else:
        _print_result(result)
    return 0 if result.complete else 1


def _password_not_kept(folder: DataFolder, secrets: SecretStore) -> str:
    """The user whose password this computer cannot keep and was not given; "" if none."""
    try:
        draft = load_settings(folder.settings_file).account
    except SmtpDeskError:
        return ""  # prepare_batch says what is wrong with the settings
    if draft is None or not needs_password_each_run(draft, secrets):
        return ""
    return draft.user


def _command_line(args: argparse.Namespace) -> str:
    """``send --kind bill --period 2026-11``: the run to give the password to."""
    return f"send --kind {args.kind} --period {args.period}"


def _signs_in_with_a_token(folder: DataFolder) -> bool:
    draft = load_settings(folder.settings_file).account
    return draft is not None and draft.sign_in not in ("", "password")


def _password_from_stdin(folder: DataFolder, secrets: SecretStore) -> bool:
    """Keep a password read from standard input in this process's memory only."""
    draft = load_settings(folder.settings_file).account
    password = read_password()
    if not password or draft is None:
        return bool(password)
    redactor.add(password)
    secrets.remember_for_session(draft.secret_name, password)
    return True


def _send_until_done(
    args: argparse.Namespace, batch: Batch, secrets: SecretStore, canceller: Canceller
) -> RunResult:
    """Run the batch; with ``--wait``, sleep through daily limits and continue."""
    while True:
        if not args.json:
            print(f"{args.kind.capitalize()}s for {batch.period.label}: {batch.plan}", flush=True)
        result = run_batch(
            batch,
            who="command",
            canceller=canceller,
            on_progress=None if args.json else _printer(),
            clock=_clock,
        )
        limited = result.stopped in (StopReason.DAILY_LIMIT, StopReason.QUOTA)
        moment = result.plan.later_from if result.plan else None
        if not (args.wait and limited and moment) or canceller.cancelled:
            return result
        if not args.json:
            when = f"{moment.astimezone():%d %b %H:%M}"
            print(f"Waiting until {when} for the daily limit (Ctrl+C stops).")
        if not _sleep_until(moment, canceller):
            return result
        try:
            batch = prepare_batch(
                batch.folder, batch.kind, batch.period, secrets=secrets, now=_clock()
            )
        except BatchError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return result


def _clock() -> datetime:
    """The wall clock, as a UTC instant (what the register keeps)."""
    return datetime.now(UTC)


def _sleep_until(moment: datetime, canceller: Canceller) -> bool:
    """Sleep until ``moment`` (a little after, so the window has moved); False on Ctrl+C.
    Never longer than ``moment`` was away when the sleep began, even if the PC's clock is
    moved back meanwhile (the next plan then reports sent times later than now)."""
    until = as_utc(moment) + _AFTER_LIMIT
    end = time.monotonic() + (until - as_utc(_clock())).total_seconds()
    while as_utc(_clock()) < until and time.monotonic() < end:
        if canceller.cancelled:
            return False
        left = min((until - as_utc(_clock())).total_seconds(), end - time.monotonic())
        _sleep(min(1.0, max(left, 0.01)))
    return not canceller.cancelled


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def _result_json(batch: Batch, result: RunResult) -> dict[str, Any]:
    diagnosis = result.diagnosis
    return {
        "ok": result.complete,
        "run": batch.run.id,
        "counts": result.counts,
        "stopped": result.stop_word,
        "diagnosis": diagnosis_json(diagnosis),
        "plan": str(result.plan) if result.plan else None,
        "learned_daily_limit": result.learned_limit,
        "problems": [
            {
                "item": i.id,
                "flat": i.flat,
                "document": i.document,
                "state": i.state.value,
                "category": i.category,
                "reason": i.reason,
                "reply": i.reply,
            }
            for i in result.failures
        ],
        "partly": [
            {"item": i.id, "flat": i.flat, "document": i.document, "refused": i.refused}
            for i in result.partly
        ],
        "copies": result.copies.as_json(),
    }


def _print_result(result: RunResult) -> None:
    counts = ", ".join(f"{n} {state}" for state, n in result.counts.items() if n)
    if result.diagnosis is not None and result.stopped is StopReason.PROBLEM:
        print(f"Stopped: {result.diagnosis.title}. {counts}.")
        print(f"  {result.diagnosis.cause}")
        print(f"  What to do: {result.diagnosis.action}")
        print("  The members not sent yet are still waiting; run the same command again.")
    elif result.clock_moved is not None:
        print(f"Stopped: {clock_moved_text(result.clock_moved)}. {counts}.")
        print("  The daily limit is counted by the register's times: a wrong clock could send")
        print("  more than the provider allows. Check the PC's date and time, then run the same")
        print("  command again; the members not sent yet are waiting.")
    else:
        print(f"Stopped: {_STOP_WORDS[result.stopped]}. {counts}.")
    if result.plan:
        print(f"Plan: {result.plan}")
    for item in result.failures:
        print(
            f"  item {item.id} flat {item.flat}: {item.state.value} — {item.reason or item.reply}"
        )
    for item in result.partly:
        refused = "; ".join(f"{a} ({r})" for a, r in item.refused.items())
        print(f"  item {item.id} flat {item.flat}: sent (partly); refused: {refused}")
    for line in result.copies.lines():
        print(line)
    if any(i.state is ItemState.UNCONFIRMED for i in result.failures):
        print(
            "Unconfirmed items may have arrived; check with the member, then "
            "'smtp-desk resolve ITEM --sent' or '--resend'."
        )


_STOP_WORDS = {
    StopReason.DONE: "done",
    StopReason.DAILY_LIMIT: "the daily limit is reached",
    StopReason.QUOTA: "the provider's daily limit is reached",
    StopReason.THROTTLED: "the provider kept asking to try later",
    StopReason.PAUSED: "paused",
    StopReason.CANCELLED: "cancelled",
    StopReason.PROBLEM: "a problem",
    StopReason.CLOCK: "the PC's clock moved during the run",
}
_AFTER_LIMIT = timedelta(seconds=5)


def _printer() -> Any:
    def show(progress: Progress) -> None:
        last = progress.last
        if last is None:
            return
        eta = f", about {progress.eta_seconds / 60:.0f} min left" if progress.eta_seconds else ""
        word = "sent (partly)" if last.partly else last.state.value
        why = f" — {last.reason or last.reply}" if last.state is not ItemState.SENT else ""
        print(f"[{progress.done}/{progress.total}] {last.flat}: {word}{why}{eta}", flush=True)

    return show


def _dry_run(folder_out: Path, batch: Batch) -> int:
    """Each message as an .eml file in ``folder_out``, named after its document with a
    safe name (``CON``, ``..\\..\\evil`` stay inside; names that clash get "-2")."""
    try:
        folder_out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _fail(f"--dry-run: {folder_out} cannot be made ({exc.strerror or exc}).")
    written = 0
    failed = 0
    taken: set[str] = set()
    for job in batch.jobs.values():
        if not job.spec.recipients:
            continue
        try:
            attachment = render_job(job, batch.profile, batch.logo, batch.folder.root)
        except Exception as exc:  # this member's document only; the others are written
            failed += 1
            what = (
                "its PDF file is missing"
                if isinstance(exc, FileNotFoundError)
                else ("a field is too long or cannot be laid out")
            )
            print(f"  flat {job.member.flat}: the document could not be made ({what}).")
            continue
        recipe = MessageRecipe(batch.account, batch.run.subject, batch.run.body, batch.run.language)
        message = message_for(recipe, job, None, job.spec.recipients, batch.profile, attachment)
        name = unique_file_name(job.spec.document, suffix=".eml", taken=taken)
        taken.add(folded(name))
        try:
            inside(folder_out, name).write_bytes(message.as_bytes())
        except ValueError as exc:  # a link in the folder pointing out of it
            failed += 1
            print(f"  flat {job.member.flat}: {exc}")
            continue
        except OSError as exc:
            print(f"error: {folder_out / name} cannot be written ({exc.strerror or exc}).")
            print(f"Dry run stopped: {written} message(s) written; nothing was sent.")
            return 1
        written += 1
    print(f"Dry run: {written} message(s) written to {folder_out}; nothing was sent.")
    if failed:
        print(f"{failed} document(s) could not be made; correct those members and try again.")
    return 1 if failed else 0
