"""The maintenance bill (demand notice) as a PDF."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

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
from smtp_desk.core.documents.styles import ACCENT, LIGHT, RULE, STYLES, grid_table
from smtp_desk.core.documents.upi import QrCode, upi_uri
from smtp_desk.core.model import ZERO, Bill, Member
from smtp_desk.core.money import amount_in_words, currency_symbol, format_amount, format_money
from smtp_desk.core.society import SocietyProfile

__all__ = ["bill_pdf", "payment_uri"]


def bill_pdf(
    bill: Bill,
    member: Member,
    profile: SocietyProfile,
    *,
    logo: bytes | None = None,
    created: datetime | None = None,
) -> bytes:
    """The bill as PDF bytes (reproducible when ``created`` is given)."""
    money = money_style(profile)
    symbol = currency_symbol(**money)
    story = opening(
        profile,
        logo,
        "MAINTENANCE BILL",
        [("Member", member.name), ("Flat", member.flat), ("Billing period", bill.period.label)],
        [
            ("Bill No.", bill.number),
            ("Bill date", f"{bill.bill_date:{DATE}}"),
            ("Due date", f"{bill.due_date:{DATE}}"),
        ],
    )
    story.append(_charges_table(bill, symbol, money))
    story.append(Spacer(1, 5))
    payable = max(bill.total, ZERO)
    words = amount_in_words(payable, **money)
    story.append(Paragraph(f"Amount in words: {esc(words)}", STYLES["words"]))
    if bill.total < 0:
        advance = format_money(-bill.total, **money)
        story.append(
            Paragraph(
                f"Nothing to pay: your advance of {advance} is carried forward.", STYLES["body"]
            )
        )
    story.append(Spacer(1, 8))
    story.append(_payment_block(bill, profile, money))
    if bill.note:
        story += [Spacer(1, 6), Paragraph(esc(bill.note), STYLES["note"])]
    story += [
        Spacer(1, 8),
        Paragraph(
            "Please pay by the due date; interest is charged on arrears as decided by the "
            "general body under the bye-laws. Payments made after the bill date appear on "
            "your next bill. For questions, reply to this email or contact the society office.",
            STYLES["note"],
        ),
    ]
    info = DocumentInfo(
        title=f"Maintenance bill {bill.number} – {member.flat} – {bill.period.label}",
        subject=f"Maintenance bill for {bill.period.label}, flat {member.flat}",
        running_head=f"Bill {bill.number} · Flat {member.flat}",
        keywords=(member.name, member.flat, bill.number, bill.period.label),
    )
    return build_pdf(story, info=info, profile=profile, created=created)


def _charges_table(bill: Bill, symbol: str, money: dict[str, str]) -> Table:
    right = STYLES["cell_right"]
    rows: list[list[object]] = [["#", "Particulars", f"Amount ({symbol})"]]
    for number, line in enumerate(bill.charges, start=1):
        rows.append(
            [
                str(number),
                Paragraph(esc(line.head), STYLES["cell"]),
                Paragraph(format_amount(line.amount, **money), right),
            ]
        )
    first_summary = len(rows)
    rows.append(
        ["", "Current charges", Paragraph(format_amount(bill.current_charges, **money), right)]
    )
    arrears_label = "Previous arrears" if bill.arrears >= 0 else "Less: advance paid earlier"
    rows.append(["", arrears_label, Paragraph(format_amount(bill.arrears, **money), right)])
    rows.append(
        ["", "Interest on arrears", Paragraph(format_amount(bill.interest, **money), right)]
    )
    rows.append(
        [
            "",
            Paragraph("<b>Total payable</b>", STYLES["body"]),
            Paragraph(f"<b>{format_money(max(bill.total, ZERO), **money)}</b>", right),
        ]
    )
    table = Table(rows, colWidths=[10 * mm, WIDTH - 10 * mm - 40 * mm, 40 * mm], repeatRows=1)
    last = len(rows) - 1
    table.setStyle(
        grid_table(
            extra=[
                ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                ("LINEABOVE", (0, first_summary), (-1, first_summary), 0.8, ACCENT),
                ("BACKGROUND", (0, first_summary), (-1, last - 1), LIGHT),
                ("BACKGROUND", (0, last), (-1, last), ACCENT.clone(alpha=0.12)),
                ("FONTSIZE", (0, last), (-1, last), 10),
            ]
        )
    )
    return table


def payment_uri(bill: Bill, profile: SocietyProfile) -> str | None:
    """The UPI link printed as the bill's QR code: the exact total, the bill number as the
    note; None without a UPI ID, outside India, or when nothing is due."""
    if not profile.upi_id or profile.currency != "INR" or bill.total <= 0:
        return None
    return upi_uri(upi_id=profile.upi_id, payee=profile.name, amount=bill.total, note=bill.number)


def _payment_block(bill: Bill, profile: SocietyProfile, money: dict[str, str]) -> Table:
    lines = [Paragraph("How to pay", STYLES["heading"])]
    if profile.bank_name:
        lines += [
            Paragraph(
                f"Bank transfer / cheque: <b>{esc(profile.account_name)}</b>", STYLES["body"]
            ),
            Paragraph(
                f"{esc(profile.bank_name)} · A/c No. {esc(profile.account_number)} · "
                f"IFSC {esc(profile.ifsc)}",
                STYLES["body"],
            ),
        ]
    if profile.upi_id:
        lines.append(Paragraph(f"UPI: <b>{esc(profile.upi_id)}</b>", STYLES["body"]))
    lines.append(
        Paragraph(
            f"Cheques in favour of “{esc(profile.account_name or profile.name)}”; please "
            f"write flat {esc(bill.flat)} and your mobile number on the back. Quote bill "
            f"{esc(bill.number)} as the payment reference.",
            STYLES["note"],
        )
    )
    cells: list[object] = [lines]
    widths = [WIDTH]
    if profile.upi_id and profile.currency == "INR" and bill.total > 0:
        uri = upi_uri(
            upi_id=profile.upi_id, payee=profile.name, amount=bill.total, note=bill.number
        )
        qr = [
            QrCode(uri, size=32 * mm),
            Paragraph(f"Scan to pay {format_money(bill.total, **money)}", STYLES["note"]),
        ]
        cells.append(qr)
        widths = [WIDTH - 38 * mm, 38 * mm]
    block = Table([cells], colWidths=widths)
    block.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (-1, 0), (-1, 0), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return block
