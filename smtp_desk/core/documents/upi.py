"""UPI payment links (NPCI "UPI Linking Specifications") and their QR codes."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import quote

import segno
from reportlab.platypus import Flowable

from smtp_desk.core.money import to_money

__all__ = ["QrCode", "upi_uri"]


def upi_uri(*, upi_id: str, payee: str, amount: Decimal, note: str) -> str:
    """``upi://pay?pa=…&pn=…&am=…&tn=…&cu=INR`` with every value URL-encoded.

    The amount is fixed (two decimals), so the member cannot pay a different sum by
    mistake; ``note`` carries the bill number into the member's and the society's bank
    statements.
    """
    params = [
        ("pa", upi_id.strip()),
        ("pn", payee.strip()[:50]),
        ("am", f"{to_money(amount):.2f}"),
        ("tn", note.strip()[:50]),
        ("cu", "INR"),
    ]
    # '@' may stand unescaped in a query (RFC 3986), and some UPI apps expect it so.
    return "upi://pay?" + "&".join(f"{key}={quote(value, safe='@')}" for key, value in params)


class QrCode(Flowable):  # type: ignore[misc]  # reportlab has no types
    """A QR code drawn as one filled path (a rectangle per run of dark modules), with the
    standard quiet zone. segno encodes it (about 5× faster than reportlab's encoder, which
    took most of a bill's rendering time); drawing one path is far cheaper than a shape
    per module."""

    QUIET = 4  # modules of white border the standard asks for

    def __init__(self, text: str, *, size: float) -> None:
        super().__init__()
        matrix = segno.make_qr(text, error="m", boost_error=False).matrix
        self.text = text
        self.modules: list[list[bool]] = [[bool(dark) for dark in row] for row in matrix]
        self.width = self.height = size

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.modules)
        unit = self.width / (count + 2 * self.QUIET)
        path = self.canv.beginPath()
        for row_number, row in enumerate(self.modules):
            y = self.height - (row_number + self.QUIET + 1) * unit
            column = 0
            while column < count:
                if not row[column]:
                    column += 1
                    continue
                start = column
                while column < count and row[column]:
                    column += 1
                path.rect((start + self.QUIET) * unit, y, (column - start) * unit, unit)
        self.canv.setFillColorRGB(0, 0, 0)
        self.canv.drawPath(path, stroke=0, fill=1)
