"""``smtp-desk render``: one document as a PDF file, for a look before sending."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from smtp_desk.core.documents.render import SAMPLE_FLATS, DocumentKind, sample_document
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.paths import data_folder
from smtp_desk.core.society import SocietyProfile, check_profile, load_profile
from smtp_desk.core.validation import errors_in

__all__ = ["add_parser"]


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "render",
        help="write a bill, receipt or statement as a PDF file",
        description="Write one document as a PDF. --sample uses the bundled sample "
        "society's members and bills (the office's own come with importing).",
    )
    parser.add_argument("kind", choices=[k.value for k in DocumentKind])
    parser.add_argument(
        "--sample", action="store_true", required=True, help="use the sample society's data"
    )
    defaults = ", ".join(f"{kind} {flat}" for kind, flat in SAMPLE_FLATS.items())
    parser.add_argument("--flat", default="", help=f"sample flat (default: {defaults})")
    parser.add_argument(
        "--own-letterhead",
        action="store_true",
        help="head the sample document with your saved Society Profile",
    )
    parser.add_argument("--out", type=Path, required=True, help="PDF file to write")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
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
