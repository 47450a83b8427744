"""Colours, paragraph styles and table styles shared by the three documents."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from smtp_desk.core.documents.fonts import BOLD, REGULAR, register_fonts

__all__ = ["ACCENT", "LIGHT", "RULE", "STYLES", "grid_table"]

register_fonts()  # paragraphs resolve their font names when they are created

ACCENT = colors.HexColor("#14468c")  # the letterhead blue
LIGHT = colors.HexColor("#eef3fa")
RULE = colors.HexColor("#9fb3d1")
MUTED = colors.HexColor("#555f6d")


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": REGULAR, "fontSize": 9, "leading": 12}
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES = {
    "society": _style("society", fontName=BOLD, fontSize=15, leading=18, textColor=ACCENT),
    "small": _style("small", fontSize=8, leading=10, textColor=MUTED),
    "title": _style(
        "title",
        fontName=BOLD,
        fontSize=12.5,
        leading=16,
        alignment=TA_CENTER,
        textColor=colors.white,
    ),
    "body": _style("body"),
    "bold": _style("bold", fontName=BOLD),
    "label": _style("label", fontSize=8, leading=10, textColor=MUTED),
    "value": _style("value", fontName=BOLD, fontSize=9.5, leading=12),
    "right": _style("right", alignment=TA_RIGHT),
    "right_bold": _style("right_bold", fontName=BOLD, alignment=TA_RIGHT),
    "cell": _style("cell", fontSize=8.5, leading=10.5, alignment=TA_LEFT),
    "cell_right": _style("cell_right", fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
    "ledger": _style("ledger", fontSize=8, leading=10),
    "ledger_right": _style("ledger_right", fontSize=8, leading=10, alignment=TA_RIGHT),
    "words": _style("words", fontName=BOLD, fontSize=9, leading=12),
    "note": _style("note", fontSize=7.5, leading=9.5, textColor=MUTED),
    "heading": _style("heading", fontName=BOLD, fontSize=9.5, leading=12, textColor=ACCENT),
    # the single lines drawn on every page (pdf.py)
    "running_society": _style(
        "running_society", fontName=BOLD, fontSize=8.5, leading=10.5, textColor=ACCENT
    ),
    "running_head": _style("running_head", fontSize=8, leading=10, textColor=MUTED),
    "footer": _style("footer", fontSize=7.5, leading=9.5, textColor=MUTED),
}


def grid_table(
    *, header_rows: int = 1, extra: list[tuple[object, ...]] | None = None
) -> TableStyle:
    """Thin rules, a tinted header row, numbers right-aligned by the caller's cells."""
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), BOLD),
        ]
    return TableStyle(commands + (extra or []))
