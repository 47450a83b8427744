"""``smtp-desk status``, ``register`` and ``resolve``: what the register says, and a
person's decision about an unconfirmed item (``send`` is :mod:`smtp_desk.cli.sending`)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from smtp_desk.cli.problems import period_range_arg
from smtp_desk.core.dispatch_register import write_register_csv, write_register_xlsx
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.instants import now_utc
from smtp_desk.core.model import Period
from smtp_desk.core.paths import data_folder
from smtp_desk.core.register import register_rows, resolve_item, status
from smtp_desk.core.safe_csv import ExportError
from smtp_desk.core.sent_check import check_sent
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.validation import InvalidAccount, checked_account

__all__ = ["add_parsers"]


def add_parsers(commands: Any) -> None:
    status = commands.add_parser(
        "status",
        help="runs, counts per state, unconfirmed items",
        description="What the register says: each run with its counts per state, the items "
        "waiting for your decision (unconfirmed: see 'smtp-desk resolve'), the sending plan "
        "and limits. Says 'No runs yet.' when nothing was sent from this data folder.",
    )
    status.add_argument(
        "--json",
        action="store_true",
        help='one JSON object on stdout: {"runs", "unconfirmed", "plan", "limits"}',
    )
    status.set_defaults(run=run_status)

    register = commands.add_parser(
        "register",
        help="the dispatch register of a period",
        description="Every document sent for a period, newest first: flat, member, "
        "addresses, document, when it was sent and the server's reply; or, with --csv, the "
        "same as a CSV file or an Excel workbook (every cell text, safe to open).",
    )
    register.add_argument(
        "--period",
        required=True,
        type=period_range_arg,
        metavar="YYYY-MM",
        help="the month of the runs, e.g. 2026-11 (a statement run's range: 2026-04..2026-11)",
    )
    register.add_argument(
        "--csv", type=Path, metavar="FILE", help="write it as CSV (a FILE.xlsx as Excel)"
    )
    register.set_defaults(run=run_register)

    resolve = commands.add_parser(
        "resolve",
        help="decide about an unconfirmed item",
        description="Decide about an item whose sending could not be confirmed (the "
        "connection dropped after the message was handed over) or that failed: mark it as "
        "sent, or send it again on the next run. 'smtp-desk status' lists the items. "
        "--check-sent settles every unconfirmed item from the account's Sent folder (IMAP): "
        "found there, sent; not there, sent again on the next run.",
    )
    resolve.add_argument(
        "item",
        type=int,
        nargs="?",
        metavar="ITEM",
        help="the item number, as 'smtp-desk status' lists it",
    )
    choice = resolve.add_mutually_exclusive_group()
    choice.add_argument("--sent", action="store_true", help="it arrived: mark it as sent")
    choice.add_argument("--resend", action="store_true", help="send it again on the next run")
    choice.add_argument(
        "--check-sent",
        action="store_true",
        help="settle every unconfirmed item from the Sent folder over IMAP",
    )
    resolve.add_argument("--json", action="store_true", help="with --check-sent: JSON output")
    resolve.set_defaults(run=run_resolve)


def run_status(args: argparse.Namespace) -> int:
    folder = data_folder()
    if not folder.register_file.exists():
        if args.json:
            print(json.dumps({"runs": [], "unconfirmed": [], "plan": None, "limits": None}))
        else:
            print("No runs yet: nothing has been sent from this data folder.")
        return 0
    found = status(folder, now=now_utc())  # a damaged register is said (exit 2), never in part
    runs = [
        {
            "run": r.run.id,
            "kind": r.run.kind,
            "period": r.run.period,
            "state": r.run.state.value,
            "counts": r.counts,
        }
        for r in found.runs
    ]
    unconfirmed = [
        {
            "item": i.id,
            "flat": i.flat,
            "document": i.document,
            "recipients": list(i.recipients),
            "reply": i.reply,
        }
        for i in found.unconfirmed
    ]
    limits, plan = found.limits, found.plan
    if args.json:
        out: dict[str, object] = {"runs": runs, "unconfirmed": unconfirmed, "plan": plan}
        out["limits"] = None
        if limits is not None:
            out["limits"] = {
                "daily": limits.daily,
                "minute": limits.minute,
                "daily_learned": limits.learned or None,
            }
        print(json.dumps(out, ensure_ascii=False))
        return 0
    if limits is not None and limits.learned:
        print(
            f"Daily limit: {limits.daily}, learned from the provider's reply on "
            f"{limits.learned} (change it with 'smtp-desk configure --daily-limit N')."
        )
    if plan:
        print(f"Plan: {plan}")
    if not found.runs:
        print("No runs yet: nothing has been sent from this data folder.")
    for r in found.runs:
        counts = ", ".join(f"{n} {s}" for s, n in r.counts.items() if n) or "no items"
        print(f"Run {r.run.id}: {r.run.kind} {r.run.period} ({r.run.state}): {counts}")
    for item in found.unconfirmed:
        print(f"  unconfirmed: item {item.id} flat {item.flat} {item.document}")
    return 0


def run_register(args: argparse.Namespace) -> int:
    rows = register_rows(data_folder(), period=args.period)
    label = Period.parse(args.period).label
    if args.csv:  # a .xlsx name is written as an Excel workbook; every cell is text
        excel = args.csv.suffix.lower() == ".xlsx"
        try:
            count = (write_register_xlsx if excel else write_register_csv)(args.csv, rows)
        except ExportError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        nothing = "" if rows else f" (nothing sent for {label})"
        print(f"Wrote {count} row(s) to {args.csv}{nothing}.")
        return 0
    print(f"Dispatch register for {label}:")
    if not rows:
        print(f"Nothing sent for {label}.")
    for row in rows:
        print(" | ".join(cell for cell in row.cells() if cell))
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    if args.check_sent:
        if args.item is not None:
            return _resolve_usage("--check-sent settles every unconfirmed item: give no ITEM")
        return run_check_sent(args.json)
    if args.item is None or not (args.sent or args.resend):
        return _resolve_usage("give an ITEM with --sent or --resend, or --check-sent")
    if args.json:
        return _resolve_usage("--json goes with --check-sent")
    item = resolve_item(data_folder(), args.item, sent=args.sent, now=datetime.now())
    if item is None:
        print(f"error: item {args.item} is not unconfirmed or failed", file=sys.stderr)
        return 2
    print(f"Item {item.id} (flat {item.flat}) is now {item.state.value}.")
    return 0


def _resolve_usage(message: str) -> int:
    print(f"smtp-desk resolve: error: {message}", file=sys.stderr)
    return 2


def run_check_sent(as_json: bool) -> int:
    """``resolve --check-sent``: 0 when the mailbox was read (whatever it settled), 1 when it
    could not be (nothing changed), 2 when there are no usable settings."""
    folder = data_folder()

    def say(ok: bool, text: str, **more: object) -> None:
        if as_json:
            print(json.dumps({"ok": ok, **more, **({} if ok else {"error": text})}))
        else:
            print(text if ok else f"error: {text}", file=sys.stdout if ok else sys.stderr)

    draft = load_settings(folder.settings_file).account
    if draft is None:
        say(False, "no email account is saved yet: run 'smtp-desk configure' first")
        return 2
    try:
        account = checked_account(draft, password_stored=True)
    except InvalidAccount as exc:
        problems = "; ".join(f"{p.field}: {p.message}" for p in exc.problems)
        say(False, f"the saved settings cannot be used ({problems})")
        return 2
    try:
        result = check_sent(folder, account, now=now_utc())
    except SmtpDeskError as exc:
        say(False, f"{exc}. Nothing was changed: the items stay unconfirmed.")
        return 1
    say(
        True,
        str(result),
        folder=result.folder,
        confirmed=result.confirmed,
        resend=result.resend,
        too_recent=result.too_recent,
        undecided=result.undecided,
    )
    return 0
