"""The member statement (ledger) as a PDF; long ones flow over several pages with the
table header repeated."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from smtp_desk.core.documents.pdf import (
    DATE,
    WIDTH,
    DocumentInfo,
    build_pdf,
    esc,
    money_style,
    opening,
)
from smtp_desk.core.documents.scripts import Paragraph
from smtp_desk.core.documents.styles import ACCENT, LIGHT, STYLES, grid_table
from smtp_desk.core.model import Member, Statement
from smtp_desk.core.money import amount_in_words, currency_symbol, format_amount, format_money
from smtp_desk.core.society import SocietyProfile

__all__ = ["balance_text", "statement_pdf"]


def balance_text(balance: Decimal, money: dict[str, str]) -> str:
    """``12,345.00 Dr`` when the member owes, ``500.00 Cr`` when paid in advance."""
    if balance == 0:
        return format_amount(balance, **money)
    return f"{format_amount(abs(balance), **money)} {'Dr' if balance > 0 else 'Cr'}"


def statement_pdf(
    statement: Statement,
    member: Member,
    profile: SocietyProfile,
    *,
    logo: bytes | None = None,
    created: datetime | None = None,
) -> bytes:
    """The statement as PDF bytes (reproducible when ``created`` is given)."""
    money = money_style(profile)
    symbol = currency_symbol(**money)
    story = opening(
        profile,
        logo,
        "MEMBER STATEMENT",
        [("Member", member.name), ("Flat", member.flat)],
        [
            ("Period", statement.period.label),
            ("Statement date", f"{statement.statement_date:{DATE}}"),
        ],
    )
    story.append(_ledger(statement, symbol, money))
    story.append(Spacer(1, 8))
    story.append(_summary(statement, money))
    story += [
        Spacer(1, 8),
        Paragraph(
            "Dr: amount due from you. Cr: amount paid in advance. Please tell the society "
            "office of any difference within 15 days.",
            STYLES["note"],
        ),
    ]
    info = DocumentInfo(
        title=f"Member statement – {member.flat} – {statement.period.label}",
        subject=f"Statement of account for flat {member.flat}, {statement.period.label}",
        running_head=f"Statement · Flat {member.flat} · {statement.period.label}",
        keywords=(member.name, member.flat, statement.period.label),
    )
    return build_pdf(story, info=info, profile=profile, created=created)


def _ledger(statement: Statement, symbol: str, money: dict[str, str]) -> Table:
    widths = [
        20 * mm,
        WIDTH - 20 * mm - 33 * mm - 24 * mm - 24 * mm - 27 * mm,
        33 * mm,
        24 * mm,
        24 * mm,
        27 * mm,
    ]
    table = Table(_ledger_rows(statement, symbol, money), colWidths=widths, repeatRows=1)
    table.setStyle(
        grid_table(
            extra=[
                ("ALIGN", (3, 0), (-1, 0), "RIGHT"),
                ("FONTSIZE", (0, 1), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("BACKGROUND", (0, 1), (-1, 1), LIGHT),
                ("BACKGROUND", (0, -1), (-1, -1), LIGHT),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
            ]
        )
    )
    return table


def _ledger_rows(statement: Statement, symbol: str, money: dict[str, str]) -> list[list[object]]:
    """The header, the opening balance, one row an entry, the closing balance and totals."""
    right, cell = STYLES["ledger_right"], STYLES["ledger"]

    def amount(value: Decimal) -> Paragraph:
        return Paragraph(format_amount(value, **money) if value else "", right)

    header: list[object] = [
        "Date",
        "Particulars",
        "Ref. No.",
        f"Debit ({symbol})",
        f"Credit ({symbol})",
        f"Balance ({symbol})",
    ]
    rows: list[list[object]] = [header]
    rows.append(
        [
            f"{statement.period.start:{DATE}}",
            Paragraph("<b>Opening balance</b>", cell),
            "",
            "",
            "",
            Paragraph(balance_text(statement.opening_balance, money), right),
        ]
    )
    for row in statement.rows():
        entry = row.entry
        rows.append(
            [
                f"{entry.date:{DATE}}",
                Paragraph(esc(entry.description), STYLES["cell"]),
                Paragraph(esc(entry.reference), STYLES["cell"]),
                amount(entry.debit),
                amount(entry.credit),
                Paragraph(balance_text(row.balance, money), right),
            ]
        )
    rows.append(
        [
            f"{statement.period.end:{DATE}}",
            Paragraph("<b>Closing balance</b>", cell),
            "",
            Paragraph(f"<b>{format_amount(statement.total_debits, **money)}</b>", right),
            Paragraph(f"<b>{format_amount(statement.total_credits, **money)}</b>", right),
            Paragraph(f"<b>{balance_text(statement.closing_balance, money)}</b>", right),
        ]
    )
    return rows


def _summary(statement: Statement, money: dict[str, str]) -> Table:
    if statement.advance:
        headline = f"Advance with the society: {format_money(statement.advance, **money)} (credit)"
        words = amount_in_words(statement.advance, **money)
    else:
        headline = f"Amount due: {format_money(statement.amount_due, **money)}"
        words = amount_in_words(statement.amount_due, **money)
    rows = [
        ["Opening balance", balance_text(statement.opening_balance, money)],
        ["Total billed", format_amount(statement.total_debits, **money)],
        ["Total received", format_amount(statement.total_credits, **money)],
        ["Closing balance", balance_text(statement.closing_balance, money)],
        [Paragraph(f"<b>{esc(headline)}</b><br/>{esc(words)}", STYLES["body"]), ""],
    ]
    table = Table(rows, colWidths=[WIDTH - 45 * mm, 45 * mm])
    table.setStyle(
        grid_table(
            header_rows=0,
            extra=[
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("SPAN", (0, -1), (-1, -1)),
                ("BACKGROUND", (0, -1), (-1, -1), LIGHT),
            ],
        )
    )
    return table
