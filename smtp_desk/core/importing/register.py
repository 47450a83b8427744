"""Import members, bills and receipts: check everything, then write all or nothing.

Members are imported here; bills and receipts by their own modules (:mod:`.bills`,
:mod:`.receipts`), over the shared row access of :mod:`.rows`.
"""

from __future__ import annotations

from pathlib import Path

from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.importing.bills import import_bills
from smtp_desk.core.importing.fields import MEMBER_COLUMNS, parse_emails
from smtp_desk.core.importing.receipts import import_receipts
from smtp_desk.core.importing.rows import (
    ImportReport,
    Kind,
    Rows,
    check_unique,
    flat_cell,
    found_columns,
)
from smtp_desk.core.importing.table import Problem, Table, UnreadableFile, read_table
from smtp_desk.core.model import Member, Period
from smtp_desk.core.store import Store

__all__ = ["ImportReport", "Kind", "import_file"]


def _without_name(message: str, name: str) -> str:
    """The reason without the "NAME: " it may start with: the problem names the file
    already ("README.md: README.md: …" otherwise). A sentence whose subject is the file
    ("members.xlsx is protected by a password …") is kept whole."""
    prefix = f"{name}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _start(kind: Kind, path: Path) -> tuple[ImportReport, Table | None]:
    report = ImportReport(kind, path.name)
    try:
        table = read_table(path)
    except UnreadableFile as exc:
        report.problems.append(Problem(0, "", _without_name(str(exc), path.name), path.name))
        return report, None
    if not table.headers or not table.rows:
        message = translate("importing_register", "has no rows under a header row")
        report.problems.append(Problem(0, "", message, path.name))
        return report, None
    return report, table


def _import_members(store: Store, report: ImportReport, table: Table) -> None:
    columns = found_columns(Kind.MEMBERS, table, report, MEMBER_COLUMNS)
    if columns is None:
        return
    rows = Rows(table, columns, report)
    members: list[Member] = []
    flats: list[tuple[int, str]] = []
    for row, cells in table.rows:
        flat = flat_cell(rows, row, cells, None)
        name = rows.text(row, cells, "name")
        emails = rows.get(row, cells, "email", parse_emails) or ()
        more = rows.get(row, cells, "email2", parse_emails) or ()
        phone = rows.text(row, cells, "phone") or ""
        if name == "":
            message = translate("importing_register", "the member's name is missing")
            rows.problem(row, rows.header("name"), message)
        if flat:
            flats.append((row, flat))
        if flat and name:
            everything = tuple(dict.fromkeys([*emails, *more]))
            members.append(Member(flat, name, everything, phone))
    check_unique(rows, flats, "flat", QT_TRANSLATE_NOOP("importing_rows", "flat"))
    if report.problems:
        return
    existing = store.flats()
    with store.transaction() as db:
        store.put_members(
            db, members, emails="email" in columns or "email2" in columns, phone="phone" in columns
        )
    report.counts = {  # keys stay English (JSON); ImportReport shows them translated
        QT_TRANSLATE_NOOP("importing_rows", "members"): len(members),
        QT_TRANSLATE_NOOP("importing_rows", "new"): sum(
            1 for m in members if m.flat not in existing
        ),
        QT_TRANSLATE_NOOP("importing_rows", "without email"): sum(
            1 for m in members if not m.has_email
        ),
        QT_TRANSLATE_NOOP("importing_rows", "with two or more emails"): sum(
            1 for m in members if len(m.emails) > 1
        ),
    }


def import_file(
    store: Store,
    kind: Kind,
    path: Path,
    *,
    period: Period | None = None,
    replace: bool = False,
    day_first: bool = True,
) -> ImportReport:
    """Read, check and (only when there is no problem) import ``path``."""
    report, table = _start(kind, path)
    if table is None:
        return report
    if kind is Kind.MEMBERS:
        _import_members(store, report, table)
    elif kind is Kind.BILLS:
        import_bills(store, report, table, period=period, replace=replace, day_first=day_first)
    else:
        import_receipts(store, report, table, replace=replace, day_first=day_first)
    report.problems.sort()
    return report
