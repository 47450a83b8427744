"""``smtp-desk profile``: the Society Profile on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from smtp_desk.cli.problems import print_problems, problems_json
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.paths import data_folder
from smtp_desk.core.society import (
    PROFILE_FIELDS,
    PROFILE_LABELS,
    InvalidProfile,
    SocietyProfile,
    check_profile,
    load_profile,
    prepare_logo,
    save_profile,
)

__all__ = ["add_parser"]

_HELP = {
    "name": "the society's registered name",
    "registration": "registration number",
    "address": "address; use \\n or several lines in quotes for line breaks",
    "email": "the society office's email address",
    "phone": "office phone number",
    "bank_name": "bank and branch, e.g. 'HDFC Bank, Baner Branch'",
    "account_name": "name on the bank account",
    "account_number": "bank account number",
    "ifsc": "the branch's IFSC, e.g. HDFC0001234",
    "upi_id": "UPI ID for payments, e.g. crystalheights@hdfcbank",
    "currency": "currency code (default INR)",
    "locale": "number and word style (default en_IN)",
}


def _option(field: str) -> str:
    return "--" + field.replace("_", "-")


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "profile",
        help="set the society's name, address, bank and UPI details",
        description="Set the Society Profile used on every PDF. Options not given keep "
        "their saved value.",
    )
    for field, text in _HELP.items():
        parser.add_argument(_option(field), dest=field, help=text)
    parser.add_argument("--logo", type=Path, help="PNG or JPEG logo; copied and scaled")
    parser.add_argument("--show", action="store_true", help="print the saved profile")
    parser.add_argument("--json", action="store_true", help="with --show: one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folder = data_folder()
    try:
        saved = load_profile(folder.root)
    except SmtpDeskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.show:
        return _show(saved, folder.root / "society.json", as_json=args.json)
    if args.json:
        print("error: --json goes with --show", file=sys.stderr)
        return 2
    changes = {
        f: getattr(args, f).replace("\\n", "\n") for f in _HELP if getattr(args, f) is not None
    }
    profile = replace(saved, **changes)
    problems = check_profile(profile)
    print_problems(problems, _option)
    if any(p.is_error for p in problems):
        return 2
    setup_logging(folder.ensure().log_file)
    try:
        logo = prepare_logo(args.logo) if args.logo is not None else None
    except SmtpDeskError as exc:
        print(f"--logo: {exc}", file=sys.stderr)
        return 2
    try:
        save_profile(folder.root, profile, logo_png=logo)
    except InvalidProfile as exc:
        print_problems(exc.problems, _option)
        return 2
    except SmtpDeskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Saved to {folder.root / 'society.json'}.")
    return 0


def _show(profile: SocietyProfile, path: Path, *, as_json: bool) -> int:
    problems = check_profile(profile) if profile != SocietyProfile() else []
    if as_json:
        out = {
            "profile_file": str(path),
            "society": {f: getattr(profile, f) for f in PROFILE_FIELDS},
            "problems": problems_json(problems),
        }
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print(f"{'Profile file':<16} {path}")
    if profile == SocietyProfile():
        print("No society profile saved yet: run 'smtp-desk profile --name …' or open the window.")
        return 0
    for field in PROFILE_FIELDS:
        value = getattr(profile, field).replace("\n", " / ")
        print(f"{PROFILE_LABELS[field]:<16} {value}")
    print_problems(problems, _option, sys.stdout)
    return 0
