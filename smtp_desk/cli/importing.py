"""``smtp-desk import …`` and ``smtp-desk template …``.

Exit codes: 0 imported, 1 rejected (every problem listed with row and column), 2 unusable
arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from smtp_desk.cli.problems import period_arg
from smtp_desk.core.backups import backup_or_warn
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.importing.pdfs import import_pdfs
from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.importing.templates import TEMPLATES, write_template
from smtp_desk.core.kinds import PDF_KINDS, DocumentKind
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.model import Period
from smtp_desk.core.paths import data_folder
from smtp_desk.core.register import open_for_import

__all__ = ["add_parsers"]


def add_parsers(commands: Any) -> None:
    parser = commands.add_parser(
        "import",
        help="import members, bills, receipts (CSV/Excel) or a folder of PDFs",
        description="Check a whole file and import it only if it has no problem; every "
        "problem is printed as 'file, row N, column C: problem'. A copy of the register is "
        "kept first ('smtp-desk backups'). Exit 0 imported, 1 refused, 2 unusable arguments. "
        "'smtp-desk template WHAT' prints a file to start from.",
    )
    kinds = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    for kind in Kind:
        sub = kinds.add_parser(
            kind.value,
            help=f"import the {kind.value} file (.csv or .xlsx)",
            description=_DESCRIPTIONS[kind],
        )
        sub.add_argument("file", type=Path, metavar="FILE", help="the .csv or .xlsx file")
        if kind is Kind.BILLS:
            sub.add_argument(
                "--period",
                type=period_arg,
                metavar="YYYY-MM",
                help="the bills' month, e.g. 2026-11, when the file has no Period column",
            )
        if kind is not Kind.MEMBERS:
            sub.add_argument(
                "--replace",
                action="store_true",
                help="replace what was imported before for the same period/numbers",
            )
        sub.add_argument(
            "--month-first",
            action="store_true",
            help="read 05/11/2026 as May 11 (default: 5 November)",
        )
        sub.add_argument("--json", action="store_true", help="one JSON object on stdout")
        sub.set_defaults(run=run_file, kind=kind)
    pdfs = kinds.add_parser(
        "pdfs",
        help="import a folder of ready PDFs, one per flat",
        description="Import a folder of ready PDFs (made by the ERP or accounting program), "
        "one per flat, matched by the flat in the file name (A-101.pdf, "
        "Bill_A101_Nov2026.pdf). They are sent as they are.",
    )
    pdfs.add_argument("folder", type=Path, metavar="FOLDER", help="the folder of PDF files")
    pdfs.add_argument(
        "--kind",
        choices=[k.value for k in PDF_KINDS],
        required=True,
        help="what the PDFs are: " + ", ".join(k.value for k in PDF_KINDS),
    )
    pdfs.add_argument(
        "--period",
        required=True,
        type=period_arg,
        metavar="YYYY-MM",
        help="the month they belong to, e.g. 2026-11",
    )
    pdfs.add_argument("--json", action="store_true", help="one JSON object on stdout")
    pdfs.set_defaults(run=run_pdfs)

    template = commands.add_parser(
        "template",
        help="print a starting file for importing",
        description="Print (or write with --out) an import file with the right columns and "
        "one example row, ready to fill in Excel or LibreOffice.",
    )
    template.add_argument(
        "what", choices=list(TEMPLATES), help="which file: " + ", ".join(TEMPLATES)
    )
    template.add_argument("--out", type=Path, help="write to this file instead of printing")
    template.set_defaults(run=run_template)


_DESCRIPTIONS = {
    Kind.MEMBERS: "Import the members: flat, name, email addresses (several in one cell "
    "separated by ';') and phone. A members file updates the members it lists; a member "
    "with no email is marked for a printed copy.",
    Kind.BILLS: "Import a period's bills, one row a bill; every numeric column not named "
    "otherwise is a charge head. Without a Period column give --period; importing a "
    "period's bills again needs --replace.",
    Kind.RECEIPTS: "Import the receipts (payments received), one row a receipt; --replace "
    "replaces receipts with the same numbers imported before.",
}


def _period(text: str | None) -> Period | None:
    return Period.parse(text) if text else None


def _unusable(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def _report(ok: bool, text: str, problems: list[Any], as_json: dict[str, object] | None) -> int:
    if as_json is not None:
        print(json.dumps(as_json, ensure_ascii=False))
    else:
        print(text, file=sys.stdout if ok else sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
    return 0 if ok else 1


def run_file(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        return _unusable(f"{args.file} is not a file")
    try:
        period = _period(getattr(args, "period", None))
    except ValueError as exc:
        return _unusable(f"--period: {exc}")
    folder = data_folder().ensure()
    setup_logging(folder.log_file)
    backup_or_warn(folder, "before-import")  # a failed copy is a warning, never a stop
    try:
        with open_for_import(folder) as store:
            report = import_file(
                store,
                args.kind,
                args.file,
                period=period,
                replace=getattr(args, "replace", False),
                day_first=not args.month_first,
            )
    except SmtpDeskError as exc:
        return _unusable(str(exc))
    return _report(report.ok, str(report), report.problems, report.as_json() if args.json else None)


def run_pdfs(args: argparse.Namespace) -> int:
    if not args.folder.is_dir():
        return _unusable(f"{args.folder} is not a folder")
    try:
        period = Period.parse(args.period)
    except ValueError as exc:
        return _unusable(f"--period: {exc}")
    folder = data_folder().ensure()
    setup_logging(folder.log_file)
    backup_or_warn(folder, "before-import")  # a failed copy is a warning, never a stop
    try:
        with open_for_import(folder) as store:
            report = import_pdfs(
                store, folder.root, args.folder, kind=DocumentKind(args.kind), period=period
            )
    except SmtpDeskError as exc:
        return _unusable(str(exc))
    return _report(report.ok, str(report), report.problems, report.as_json() if args.json else None)


def run_template(args: argparse.Namespace) -> int:
    text = TEMPLATES[args.what]
    if args.out is None:
        sys.stdout.write(text.replace("\r\n", "\n"))
        return 0
    try:
        write_template(args.what, args.out)  # BOM: Excel reads UTF-8; no cell is a formula
    except SmtpDeskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Wrote {args.out}.")
    return 0
