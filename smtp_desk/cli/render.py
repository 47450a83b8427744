"""``smtp-desk render``: one document as a PDF file, for a look before sending."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from smtp_desk.cli.problems import period_range_arg
from smtp_desk.core.documents.render import SAMPLE_FLATS, DocumentKind, sample_document
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.model import Period
from smtp_desk.core.paths import data_folder
from smtp_desk.core.render_member import MemberDocumentError, member_document
from smtp_desk.core.society import SocietyProfile, check_profile, load_profile
from smtp_desk.core.validation import errors_in

__all__ = ["add_parser"]


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "render",
        help="write a bill, receipt or statement as a PDF file",
        description="Write one document as a PDF. With --flat and --period: that member's "
        "real document from the register, as it would be sent. With --sample: the bundled "
        "sample society's.",
        epilog="example: smtp-desk render bill --flat A-101 --period 2026-11 --out bill.pdf",
    )
    parser.add_argument(
        "kind",
        choices=[k.value for k in DocumentKind],
        help="the document to write: bill, receipt or statement",
    )
    parser.add_argument("--sample", action="store_true", help="use the sample society's data")
    defaults = ", ".join(f"{kind} {flat}" for kind, flat in SAMPLE_FLATS.items())
    parser.add_argument(
        "--flat",
        default="",
        help=f"the member's flat (with --sample: a sample flat; default {defaults})",
    )
    parser.add_argument(
        "--period",
        type=period_range_arg,
        metavar="YYYY-MM",
        default=None,
        help="the month of the member's bill or receipt; statements also take a range "
        "(2026-04..2026-11)",
    )
    parser.add_argument(
        "--receipt",
        metavar="NO",
        default="",
        help="the receipt number, when the member has several in the month",
    )
    parser.add_argument(
        "--own-letterhead",
        action="store_true",
        help="head the sample document with your saved Society Profile",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="PDF file to write (a member's document: default e.g. bill-A-101-2026-11.pdf "
        "in the current folder)",
    )
    parser.set_defaults(run=run)


def _usage(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    if not args.sample:
        return _member(args)
    if args.period or args.receipt:
        return _usage("--period and --receipt go with a member's document, not --sample")
    if args.out is None:
        return _usage("--out: give the PDF file to write")
    profile: SocietyProfile | None = None
    logo: bytes | None = None
    if args.own_letterhead:
        folder = data_folder()
        try:
            profile = load_profile(folder.root)
        except SmtpDeskError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        if profile == SocietyProfile() or errors_in(check_profile(profile)):
            print(
                "error: save a complete Society Profile first ('smtp-desk profile').",
                file=sys.stderr,
            )
            return 1
        logo_path = profile.logo_path(folder.root)
        logo = logo_path.read_bytes() if logo_path and logo_path.exists() else None
    try:
        pdf = sample_document(DocumentKind(args.kind), profile=profile, logo=logo, flat=args.flat)
    except KeyError as exc:
        print(f"--flat: {exc.args[0]}", file=sys.stderr)
        return 2
    try:
        args.out.write_bytes(pdf)
    except OSError as exc:
        print(f"error: {args.out} cannot be written ({exc.strerror}).", file=sys.stderr)
        return 1
    print(f"Wrote {args.out} ({len(pdf):,} bytes).")
    return 0


def _member(args: argparse.Namespace) -> int:
    """A real member's document from the register."""
    if not args.flat or not args.period:
        return _usage(
            "give the member's --flat and --period (e.g. --flat A-101 --period 2026-11), "
            "or --sample for the sample society"
        )
    if args.own_letterhead:
        return _usage(
            "--own-letterhead goes with --sample; a member's document always carries the "
            "saved Society Profile"
        )
    if args.receipt and args.kind != DocumentKind.RECEIPT.value:
        return _usage("--receipt goes with 'render receipt'")
    try:
        period = Period.parse(args.period)
    except ValueError as exc:
        return _usage(f"--period: {exc}")
    try:
        made = member_document(
            data_folder(), DocumentKind(args.kind), args.flat, period, number=args.receipt
        )
    except MemberDocumentError as exc:
        return _usage(str(exc))
    except SmtpDeskError as exc:  # a damaged or unreadable register
        return _usage(str(exc))
    out: Path = args.out if args.out is not None else Path(made.file_name)
    try:
        out.write_bytes(made.pdf)
    except OSError as exc:
        print(f"error: {out} cannot be written ({exc.strerror}).", file=sys.stderr)
        return 1
    print(f"Wrote {out} ({len(made.pdf):,} bytes): {made.document}, flat {made.flat}.")
    return 0
