"""The bundled font (DejaVu Sans, which has the rupee sign ₹), registered once."""

from __future__ import annotations

import threading
from importlib.resources import as_file, files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = ["BOLD", "REGULAR", "register_fonts"]

REGULAR = "SmtpDeskSans"
BOLD = "SmtpDeskSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Make the fonts known to reportlab (idempotent, thread-safe)."""
    global _done
    with _lock:
        if _done:
            return
        fonts = files("smtp_desk.resources.fonts")
        for name, filename in _FILES.items():
            with as_file(fonts / filename) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        _done = True
