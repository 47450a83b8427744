"""The payment receipt as a PDF."""

from __future__ import annotations

from datetime import datetime

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
from smtp_desk.core.model import Member, PaymentMode, Receipt
from smtp_desk.core.money import amount_in_words, format_money
from smtp_desk.core.society import SocietyProfile

__all__ = ["payment_details", "receipt_pdf"]


def payment_details(receipt: Receipt) -> list[tuple[str, str]]:
    """How the money came: mode and its particulars, as label/value rows."""
    rows = [("Mode of payment", receipt.mode.label)]
    if receipt.mode is PaymentMode.CHEQUE:
        rows.append(("Cheque No.", receipt.cheque_number))
        if receipt.cheque_date:
            rows.append(("Cheque date", f"{receipt.cheque_date:{DATE}}"))
        if receipt.bank:
            rows.append(("Drawn on", receipt.bank))
    elif receipt.reference:
        rows.append(("Transaction reference", receipt.reference))
    if receipt.against:
        rows.append(("Against bill(s)", ", ".join(receipt.against)))
    return rows


def receipt_pdf(
    receipt: Receipt,
    member: Member,
    profile: SocietyProfile,
    *,
    logo: bytes | None = None,
    created: datetime | None = None,
) -> bytes:
    """The receipt as PDF bytes (reproducible when ``created`` is given)."""
    money = money_style(profile)
    amount = format_money(receipt.amount, **money)
    story = opening(
        profile,
        logo,
        "PAYMENT RECEIPT",
        [("Received from", member.name), ("Flat", member.flat)],
        [("Receipt No.", receipt.number), ("Date", f"{receipt.date:{DATE}}")],
    )
    story.append(
        Paragraph(
            f"Received with thanks from <b>{esc(member.name)}</b> (flat {esc(member.flat)}) "
            f"the sum of <b>{esc(amount)}</b> — {esc(amount_in_words(receipt.amount, **money))}.",
            STYLES["body"],
        )
    )
    story.append(Spacer(1, 8))
    rows: list[list[object]] = [["Particulars", ""]]
    rows += [
        [label, Paragraph(esc(value), STYLES["cell"])] for label, value in payment_details(receipt)
    ]
    rows.append(["Amount received", Paragraph(f"<b>{esc(amount)}</b>", STYLES["cell"])])
    table = Table(rows, colWidths=[50 * mm, WIDTH - 50 * mm])
    table.setStyle(
        grid_table(
            extra=[
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, -1), (-1, -1), LIGHT),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 8))
    if receipt.mode is PaymentMode.CHEQUE:
        story.append(Paragraph("Cheque payments are subject to realisation.", STYLES["note"]))
    story += [
        Spacer(1, 22),
        Paragraph(f"For <b>{esc(profile.name)}</b>", STYLES["right"]),
        Spacer(1, 4),
        Paragraph("Treasurer", STYLES["right"]),
    ]
    info = DocumentInfo(
        title=f"Payment receipt {receipt.number} – {member.flat}",
        subject=f"Receipt for {amount} received from flat {member.flat}",
        running_head=f"Receipt {receipt.number} · Flat {member.flat}",
        keywords=(member.name, member.flat, receipt.number),
    )
    return build_pdf(story, info=info, profile=profile, created=created)
