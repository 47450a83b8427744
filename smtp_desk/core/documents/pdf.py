"""What every SMTP Desk PDF shares: A4 page, letterhead, running head, footer with
"Page 2 of 3", metadata, and byte-for-byte reproducible output when a creation date is
given."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from smtp_desk import APP_NAME, __version__
from smtp_desk.core.documents.fonts import REGULAR, register_fonts
from smtp_desk.core.documents.scripts import Paragraph, draw_line
from smtp_desk.core.documents.styles import ACCENT, LIGHT, MUTED, RULE, STYLES
from smtp_desk.core.society import SocietyProfile

__all__ = [
    "DATE",
    "MARGIN",
    "DocumentInfo",
    "build_pdf",
    "esc",
    "letterhead",
    "member_block",
    "money_style",
    "opening",
    "title_bar",
]

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
DATE = "%d %b %Y"  # 01 Nov 2026
FOOTER = "This is a computer-generated document and does not need a signature."


@dataclass(frozen=True)
class DocumentInfo:
    """PDF metadata and the line shown at the top of the second and later pages.

    ``keywords`` (the member's name, flat, number, period) go into the PDF's keywords as
    they are written, so a search for the name finds the file even where the name is in
    an Indian script, whose shaped glyphs do not read back as text.
    """

    title: str
    subject: str
    running_head: str
    keywords: tuple[str, ...] = ()


def esc(text: str) -> str:
    """Text safe inside a reportlab Paragraph (which reads a little XML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def letterhead(profile: SocietyProfile, logo: bytes | None) -> list[Flowable]:
    """Logo, name, registration number, address and contact, then a rule."""
    lines = [Paragraph(esc(profile.name), STYLES["society"])]
    if profile.registration:
        lines.append(Paragraph(f"Registration No. {esc(profile.registration)}", STYLES["small"]))
    for line in profile.address_lines:
        lines.append(Paragraph(esc(line), STYLES["small"]))
    contact = " · ".join(x for x in (profile.phone, profile.email) if x)
    if contact:
        lines.append(Paragraph(esc(contact), STYLES["small"]))
    if logo:
        image = Image(io.BytesIO(logo), width=22 * mm, height=22 * mm, kind="proportional")
        head = Table([[image, lines]], colWidths=[26 * mm, WIDTH - 26 * mm])
    else:
        head = Table([[lines]], colWidths=[WIDTH])
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        head,
        HRFlowable(width="100%", thickness=1.4, color=ACCENT, spaceBefore=5, spaceAfter=6),
    ]


def title_bar(text: str) -> Table:
    bar = Table([[Paragraph(esc(text), STYLES["title"])]], colWidths=[WIDTH])
    bar.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return bar


def member_block(rows_left: list[tuple[str, str]], rows_right: list[tuple[str, str]]) -> Table:
    """Two columns of label/value pairs under the title."""

    def cells(rows: list[tuple[str, str]]) -> list[Paragraph]:
        return [
            Paragraph(
                f'<font size="7.5" color="#555f6d">{esc(label)}</font><br/>{esc(value)}',
                STYLES["value"],
            )
            for label, value in rows
        ]

    left, right = cells(rows_left), cells(rows_right)
    height = max(len(left), len(right))
    left += [Paragraph("", STYLES["body"])] * (height - len(left))
    right += [Paragraph("", STYLES["body"])] * (height - len(right))
    table = Table(list(zip(left, right, strict=True)), colWidths=[WIDTH * 0.6, WIDTH * 0.4])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def opening(
    profile: SocietyProfile,
    logo: bytes | None,
    title: str,
    left: list[tuple[str, str]],
    right: list[tuple[str, str]],
) -> list[Flowable]:
    """Letterhead, title bar and the member/document details every document starts with."""
    return [
        *letterhead(profile, logo),
        title_bar(title),
        Spacer(1, 4),
        member_block(left, right),
        Spacer(1, 6),
    ]


def money_style(profile: SocietyProfile) -> dict[str, str]:
    """The profile's currency and locale, as keyword arguments for the money functions."""
    return {"currency": profile.currency, "locale": profile.locale}


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
    """Holds each finished page until the end, so the footer can say "Page 2 of 3"."""

    def __init__(self, *args: Any, created: datetime | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        if created is not None:
            stamp = self._doc._timeStamp  # reportlab keeps the creation date here
            offset = created.utcoffset()
            minutes = int(offset.total_seconds() // 60) if offset else 0
            stamp.YMDhms = created.timetuple()[:6]
            stamp.dhh, stamp.dmm = divmod(minutes, 60)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        self.saveState()
        self.setStrokeColor(MUTED)
        self.setLineWidth(0.4)
        self.line(MARGIN, 13 * mm, A4[0] - MARGIN, 13 * mm)
        style = STYLES["footer"]
        draw_line(self, FOOTER, x=MARGIN, y=9 * mm, style=style)
        page = f"Page {self._pageNumber} of {total}"
        draw_line(self, page, x=A4[0] - MARGIN, y=9 * mm, style=style, right=True)
        self.restoreState()


def build_pdf(
    story: list[Flowable],
    *,
    info: DocumentInfo,
    profile: SocietyProfile,
    created: datetime | None = None,
) -> bytes:
    """Lay out ``story`` on A4 pages and return the PDF.

    With ``created`` the output is byte-for-byte reproducible (fixed document ID, that
    creation date); without it the PDF carries the current time like any other.
    """
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=18 * mm,
        title=info.title,
        author=profile.name,
        subject=info.subject,
        keywords=[k for k in info.keywords if k],
        creator=f"{APP_NAME} {__version__}",
        producer=f"{APP_NAME} {__version__}",
        invariant=1 if created is not None else 0,
        initialFontName=REGULAR,
    )
    edges = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    frame = Frame(MARGIN, 18 * mm, WIDTH, A4[1] - MARGIN - 18 * mm, id="body", **edges)
    later = Frame(MARGIN, 18 * mm, WIDTH, A4[1] - MARGIN - 28 * mm, id="later", **edges)

    def running_head(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        baseline = A4[1] - MARGIN - 4 * mm
        draw_line(canvas, profile.name, x=MARGIN, y=baseline, style=STYLES["running_society"])
        draw_line(
            canvas,
            info.running_head,
            x=A4[0] - MARGIN,
            y=baseline,
            style=STYLES["running_head"],
            right=True,
        )
        canvas.setStrokeColor(ACCENT)
        canvas.line(MARGIN, A4[1] - MARGIN - 6.5 * mm, A4[0] - MARGIN, A4[1] - MARGIN - 6.5 * mm)
        canvas.restoreState()

    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[frame], autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[later], onPage=running_head),
        ]
    )

    def canvasmaker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, created=created, **kwargs)

    doc.build(story, canvasmaker=canvasmaker)
    return out.getvalue()
