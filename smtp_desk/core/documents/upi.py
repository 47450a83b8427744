"""UPI payment links (NPCI "UPI Linking Specifications") and their QR codes."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import quote

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from smtp_desk.core.money import to_money

__all__ = ["upi_qr", "upi_uri"]


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


def upi_qr(uri: str, *, size: float) -> Drawing:
    """A square QR code drawing of ``size`` points."""
    widget = QrCodeWidget(uri, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    width, height = x1 - x0, y1 - y0
    drawing = Drawing(size, size, transform=[size / width, 0, 0, size / height, 0, 0])
    drawing.add(widget)
    return drawing
