"""``smtp-desk test``: the connection test on the command line.

Exit 0 when every step passes, 1 when the test fails (the diagnosis says why), 2 when the
saved settings cannot be used. A mailbox (IMAP) that cannot be read is a warning: sending
works, so the exit is still 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from email_validator import EmailNotValidError, validate_email

from smtp_desk.cli.password_input import read_password
from smtp_desk.core.connection_test import ConnectionReport, run_test
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.logs import redactor, setup_logging
from smtp_desk.core.no_password_store import NO_STORE_RUN, needs_password_each_run
from smtp_desk.core.oauth import printable, sign_in_for
from smtp_desk.core.paths import data_folder
from smtp_desk.core.sample_statement import statement_for_test_email
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.session import DEFAULT_TIMEOUT
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.signin import SignIn, TypedPassword
from smtp_desk.core.steps import StepReport
from smtp_desk.core.transcript import Transcript
from smtp_desk.core.validation import InvalidAccount, checked_account
from smtp_desk.core.wording_store import test_email_wording

__all__ = ["add_parser"]


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "test",
        help="test the saved email settings step by step",
        description="Connect, secure, sign in and try the sender and recipient, explaining "
        "any failure; then, when the account's mailbox is read (IMAP), sign in to it and find "
        "its Sent folder (a warning if that fails: sending still works). With --send-to, "
        "also send a test member statement there.",
    )
    parser.add_argument(
        "--send-to",
        metavar="EMAIL",
        default="",
        help="send a test member statement to this address",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"seconds to wait for each answer (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--transcript", action="store_true", help="print the SMTP conversation (password hidden)"
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input and sign in with it for this test only "
        "(prompted when it is a terminal; never saved): for a computer without a password "
        "store, or to try a password before saving it",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.set_defaults(run=run)


def _unusable(message: str, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"ok": False, "error": message}, ensure_ascii=False))
    else:
        print(f"error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    folder = data_folder()
    try:
        draft = load_settings(folder.settings_file).account
    except SmtpDeskError as exc:
        return _unusable(str(exc), args.json)
    if draft is None:
        return _unusable(
            "no email account is saved yet: run 'smtp-desk configure' first.", args.json
        )
    store = SecretStore()
    password = ""
    if args.password_stdin:
        if draft.sign_in not in ("", "password"):
            return _unusable(
                "--password-stdin: this account signs in with Microsoft or Google and uses no "
                "password; run 'smtp-desk signin' once instead.",
                args.json,
            )
        password = read_password()
        if not password:
            return _unusable("--password-stdin: no password was given.", args.json)
        redactor.add(password)
    elif needs_password_each_run(draft, store):
        return _unusable(NO_STORE_RUN.format(user=draft.user, command="test"), args.json)
    try:
        account = checked_account(
            draft, password=password, password_stored=store.has(draft.secret_name)
        )
    except InvalidAccount as exc:
        problems = "; ".join(f"{p.field}: {p.message}" for p in exc.problems)
        return _unusable(f"the saved settings cannot be used ({problems})", args.json)
    sign_in: SignIn = (
        TypedPassword(account.user, password) if password else sign_in_for(account, store)
    )
    if args.send_to:
        try:
            validate_email(args.send_to, check_deliverability=False)
        except EmailNotValidError as exc:
            return _unusable(f"--send-to: {exc}", args.json)
    if args.timeout <= 0:
        return _unusable("--timeout must be more than 0 seconds", args.json)
    setup_logging(folder.ensure().log_file)

    def show(step: StepReport) -> None:
        if not args.json:
            print(printable(str(step)), flush=True)
            if step.warning:
                print(f"  ⚠ {step.warning}", flush=True)

    transcript = (
        Transcript(lambda line: print(f"  {printable(line)}", file=sys.stderr))
        if (args.transcript and not args.json)
        else None
    )
    attachment, society = statement_for_test_email(folder.root) if args.send_to else (None, "")
    report = run_test(
        account,
        sign_in=sign_in,
        send_to=args.send_to,
        attachment=(lambda: attachment) if attachment else None,
        society_name=society,
        wording=test_email_wording(folder.root) if args.send_to else None,
        timeout=args.timeout,
        on_step=show,
        transcript=transcript,
    )
    _print_report(report, args)
    return 0 if report.ok else 1


def _print_report(report: ConnectionReport, args: argparse.Namespace) -> None:
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    elif report.ok:
        sent = f" The test statement was sent to {args.send_to}." if args.send_to else ""
        if report.warnings:  # the mailbox could not be read: sending works all the same
            print(f"Sending works.{sent} The mailbox could not be read (see ⚠ above).")
        else:
            print(f"Everything works.{sent}")
    elif report.diagnosis is not None:
        d = report.diagnosis
        print(f"\n{d.title}.\n{d.cause}\nWhat to do: {d.action}")
        if report.suggestion is not None:
            print(
                f"Suggested: smtp-desk configure --port {report.suggestion.port} "
                f"--security {report.suggestion.security.value}"
            )
        print(f"(Details for the log: {printable(d.detail)})")
