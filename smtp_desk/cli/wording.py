"""``smtp-desk wording``: the subject and text of a document kind's message, shown, changed
(checked like the window's Message Wording page) and previewed with a real member's data."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from smtp_desk.cli.problems import period_range_arg
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.message_language import MESSAGE_LANGUAGES
from smtp_desk.core.model import Period
from smtp_desk.core.paths import data_folder
from smtp_desk.core.society import load_profile
from smtp_desk.core.wording import Part, Problem, WordingKind, check, placeholders_for
from smtp_desk.core.wording_preview import PreviewError, WordingPreview, preview_wording
from smtp_desk.core.wording_store import (
    DEFAULTS,
    Wording,
    empty_values,
    is_standard_text,
    load_wording,
    reset_wording,
    save_wording,
    standard_wording,
)

__all__ = ["add_parser"]

_MAX_FILE = 1_000_000  # a body file larger than this is not a message text


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "wording",
        help="show or change the subject and text of a kind's message",
        description="The subject and text members get with a document: shown (--show, the "
        "default), changed (--subject, --body-file; checked like the window's Message "
        "Wording page, saved only when nothing is wrong) or previewed with a member's data "
        "(--preview FLAT). Placeholders such as {member_name} and {amount_due} are filled "
        "for each member; --show lists them. A run keeps the wording it started with.",
        epilog="examples:\n  smtp-desk wording bill --show\n"
        "  smtp-desk wording bill --subject 'Maintenance bill {period} – flat {flat}'\n"
        "  smtp-desk wording bill --body-file bill-text.txt --preview A-101",
    )
    parser.add_argument(
        "kind",
        choices=[k.value for k in WordingKind],
        help="bill, receipt, statement or test-statement",
    )
    parser.add_argument("--show", action="store_true", help="print the wording (the default)")
    parser.add_argument("--subject", metavar="TEXT", help="the new subject")
    parser.add_argument(
        "--body-file",
        type=Path,
        metavar="FILE",
        help="a UTF-8 text file with the new text ('-': read it from stdin)",
    )
    parser.add_argument(
        "--reset", action="store_true", help="go back to SMTP Desk's standard wording"
    )
    parser.add_argument(
        "--preview",
        metavar="FLAT",
        nargs="?",
        const="",
        help="show the message as that member would get it (test-statement: no flat)",
    )
    parser.add_argument(
        "--period",
        type=period_range_arg,
        metavar="YYYY-MM",
        default=None,
        help="with --preview: the month (default: the member's latest)",
    )
    parser.add_argument(
        "--language",
        choices=list(MESSAGE_LANGUAGES),
        help="the members' language (en, mr Marathi, hi Hindi, gu Gujarati): how {period}, "
        "{due_date} and the amount read; the standard wording comes in that language",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.set_defaults(run=run)


def _usage(message: str, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"ok": False, "error": message}, ensure_ascii=False))
    else:
        print(f"error: {message}", file=sys.stderr)
    return 2


def _read_body(path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read(_MAX_FILE + 1)
    with path.open(encoding="utf-8-sig") as file:
        return file.read(_MAX_FILE + 1)


def run(args: argparse.Namespace) -> int:
    kind = WordingKind(args.kind)
    folder = data_folder()
    if args.reset and (args.subject is not None or args.body_file is not None):
        return _usage("--reset goes alone, not with --subject or --body-file", args.json)
    if kind is WordingKind.TEST and args.preview:
        return _usage("the test statement is previewed without a flat: --preview", args.json)
    if args.preview is not None and kind is not WordingKind.TEST and not args.preview:
        return _usage("--preview: give the member's flat (e.g. --preview A-101)", args.json)
    try:
        current = load_wording(folder.root, kind)
    except SmtpDeskError as exc:
        if args.subject is None and args.body_file is None and not args.reset:
            return _usage(str(exc), args.json)
        current = DEFAULTS[kind]  # a damaged wording is being replaced
    language = args.language or current.language
    subject, body = current.subject, current.body
    if language != current.language and is_standard_text(kind, subject, body) is not None:
        standard = standard_wording(kind, language)  # the standard, in the new language
        subject, body = standard.subject, standard.body
    subject = subject if args.subject is None else args.subject
    if args.body_file is not None:
        try:
            body = _read_body(args.body_file)
        except (OSError, UnicodeDecodeError) as exc:
            return _usage(f"--body-file: {args.body_file} cannot be read ({exc})", args.json)
    changing = (
        args.subject is not None or args.body_file is not None or language != current.language
    )
    problems = _problems(folder.root, kind, subject, body)
    blocking = [p for p in problems if p.blocking]
    saved: Wording | None = None
    if args.reset:
        saved = current = reset_wording(folder.root, kind, language)
        subject, body = current.subject, current.body
        problems, blocking = [], []
    elif changing and not blocking:
        try:
            saved = current = save_wording(folder.root, kind, subject, body, language)
        except SmtpDeskError as exc:
            return _usage(str(exc), args.json)
    preview: WordingPreview | None = None
    preview_error = ""
    if args.preview is not None and not blocking:
        period = Period.parse(args.period) if args.period else None
        try:
            preview = preview_wording(
                folder, kind, subject, body, args.preview, period=period, language=language
            )
        except PreviewError as exc:
            preview_error = str(exc)
        except (SmtpDeskError, ValueError, OSError) as exc:  # a damaged register, a file
            preview_error = str(exc)
    if args.json:
        _print_json(kind, subject, body, problems, saved, preview, preview_error, current)
    else:
        shown = (saved or current).language if not any(p.blocking for p in problems) else language
        _print_text(kind, subject, body, problems, saved, preview, preview_error, changing, shown)
    if blocking:
        return 1
    return 1 if preview_error else 0


def _problems(root: Path, kind: WordingKind, subject: str, body: str) -> list[Problem]:
    try:
        profile = load_profile(root)
    except SmtpDeskError:
        profile = None
    empty = empty_values(kind, profile)
    return check(subject, Part.SUBJECT, kind, empty) + check(body, Part.BODY, kind, empty)


def _print_text(
    kind: WordingKind,
    subject: str,
    body: str,
    problems: list[Problem],
    saved: Wording | None,
    preview: WordingPreview | None,
    preview_error: str,
    changing: bool,
    language: str,
) -> None:
    for problem in problems:
        mark = "error" if problem.blocking else "warning"
        print(f"{mark}: {problem}", file=sys.stderr)
    if changing and any(p.blocking for p in problems):
        print("Nothing was saved.", file=sys.stderr)
        return
    if saved is not None:
        which = "the standard wording" if saved.standard else "the society's own wording"
        if saved.language != "en":
            which += f", in {MESSAGE_LANGUAGES[saved.language]}"
        print(f"Saved: {kind.value} messages now use {which}.")
    if preview is not None:
        _print_preview(preview)
    elif preview_error:
        print(f"error: no preview: {preview_error}.", file=sys.stderr)
    else:
        print(f"Language: {MESSAGE_LANGUAGES[language]}")
        print(f"Subject: {subject}\n\n{body.rstrip()}\n")
        print("Placeholders:")
        for placeholder in placeholders_for(kind):
            print(f"  {{{placeholder.name}}}  {placeholder.meaning} (e.g. {placeholder.example})")


def _print_preview(preview: WordingPreview) -> None:
    print(f"From: {preview.message['From']}")
    print(f"To: {preview.message['To']}")
    print(f"Subject: {preview.subject}")
    print(f"Attachment: {preview.attachment_name}")
    print()
    print(preview.part("plain").rstrip())


def _print_json(
    kind: WordingKind,
    subject: str,
    body: str,
    problems: list[Problem],
    saved: Wording | None,
    preview: WordingPreview | None,
    preview_error: str,
    current: Wording,
) -> None:
    out: dict[str, Any] = {
        "ok": not any(p.blocking for p in problems) and not preview_error,
        "kind": kind.value,
        "language": current.language,
        "subject": subject,
        "body": body,
        "standard": current.standard and subject == current.subject and body == current.body,
        "saved": saved is not None,
        "problems": [
            {
                "part": p.part.value,
                "line": p.line,
                "column": p.column,
                "message": p.message,
                "blocking": p.blocking,
            }
            for p in problems
        ],
        "placeholders": [
            {"name": p.name, "meaning": p.meaning, "example": p.example}
            for p in placeholders_for(kind)
        ],
    }
    if preview is not None:
        out["preview"] = {
            "flat": preview.flat,
            "period": preview.period,
            "from": str(preview.message["From"]),
            "to": str(preview.message["To"]),
            "subject": preview.subject,
            "text": preview.part("plain"),
            "html": preview.part("html"),
            "attachment": preview.attachment_name,
        }
    if preview_error:
        out["preview_error"] = preview_error
    print(json.dumps(out, ensure_ascii=False))
