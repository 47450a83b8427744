"""``smtp-desk bounces``: read the bounces in the account's inbox (IMAP) and record on each
bill that came back undelivered why, as the register and its CSV then show."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from typing import Any

from smtp_desk.core.bounces import BouncedMember, read_bounces
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.instants import now_utc
from smtp_desk.core.mailbox import MailboxUnavailable, saved_mailbox_account
from smtp_desk.core.paths import data_folder

__all__ = ["add_parser"]

DEFAULT_DAYS = 30


def add_parser(commands: Any) -> None:
    bounces = commands.add_parser(
        "bounces",
        help="read bounces from the inbox and mark the bills that came back",
        description="Read the account's inbox over IMAP, and a folder such as Bounces or "
        "Undeliverable where the mailbox has one (nothing is marked read, moved or "
        "deleted), for bills that the member's provider accepted and later returned "
        "undelivered, and record each on its bill in the register with the reason in plain "
        "words; the bill stays sent. Delays are listed but not recorded. Reading again "
        "changes nothing. Exit 0 when the inbox was read (even with no bounce), 1 when it "
        "could not be (nothing changed), 2 when there are no usable settings.",
        epilog="examples:\n  smtp-desk bounces\n  smtp-desk bounces --since 2026-11-01 --json",
    )
    bounces.add_argument(
        "--since",
        type=_day,
        metavar="YYYY-MM-DD",
        help=f"read mail from this day on (default: {DEFAULT_DAYS} days ago)",
    )
    bounces.add_argument("--json", action="store_true", help="JSON output")
    bounces.set_defaults(run=run_bounces)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-01") from None


def _as_json(member: BouncedMember) -> dict[str, str]:
    return {
        "flat": member.flat,
        "address": member.address,
        "reason": member.reason.value,
        "words": member.words,
        "status": member.status,
        "detail": member.diagnostic,
    }


def run_bounces(args: argparse.Namespace) -> int:
    folder = data_folder()
    now = now_utc()
    since: date = args.since or (now.astimezone().date() - timedelta(days=DEFAULT_DAYS))

    def fail(code: int, text: str) -> int:
        if args.json:
            print(json.dumps({"ok": False, "since": since.isoformat(), "error": text}))
        else:
            print(f"error: {text}", file=sys.stderr)
        return code

    try:
        account = saved_mailbox_account(folder)
    except MailboxUnavailable as exc:
        return fail(2, str(exc))
    try:
        report = read_bounces(folder, account, since=since, now=now)
    except SmtpDeskError as exc:
        return fail(1, f"{exc}. Nothing was changed.")
    if args.json:
        print(
            json.dumps(
                {
                    "ok": True,
                    "since": since.isoformat(),
                    "bounced": [_as_json(m) for m in report.bounced],
                    "delayed": [_as_json(m) for m in report.delayed],
                    "unmatched": report.unmatched,
                    "folders": report.folders,
                },
                ensure_ascii=False,
            )
        )
        return 0
    for member in report.bounced:
        print(f"{member.flat}  {member.address}  {member.words}")
    for member in report.delayed:
        print(f"{member.flat}  {member.address}  (delayed) {member.words}")
    print(
        f"{len(report.bounced)} bounced, {len(report.delayed)} delayed, "
        f"{report.unmatched} bounce(s) of other mail, since {since.isoformat()} "
        f"({report.messages_read} message(s) read in {', '.join(report.folders)})."
    )
    return 0
