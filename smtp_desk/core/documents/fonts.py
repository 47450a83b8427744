"""The bundled fonts, registered once: DejaVu Sans (Latin and the rupee sign ₹) for all
text, and Noto Sans Devanagari and Noto Sans Gujarati for names and words in those scripts.

The Noto fonts are registered only when a document first holds such text, so an all-Latin
document costs no more than before. They are registered *shapable*: reportlab lays their
text out through HarfBuzz (uharfbuzz), which makes the conjuncts (श्री, क्ष) and puts the
vowel signs in place; :mod:`.scripts` decides which text goes to which font.
"""

from __future__ import annotations

import threading
from importlib.resources import as_file, files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = [
    "BOLD",
    "DEVANAGARI",
    "GUJARATI",
    "REGULAR",
    "SCRIPT_FONTS",
    "register_fonts",
    "register_script_fonts",
]

REGULAR = "SmtpDeskSans"
BOLD = "SmtpDeskSans-Bold"
DEVANAGARI = "SmtpDeskDevanagari"
GUJARATI = "SmtpDeskGujarati"
# ISO 15924 script code -> (regular, bold) reportlab font names
SCRIPT_FONTS = {
    "Deva": (DEVANAGARI, f"{DEVANAGARI}-Bold"),
    "Gujr": (GUJARATI, f"{GUJARATI}-Bold"),
}
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_SCRIPT_FILES = {
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    f"{DEVANAGARI}-Bold": "NotoSansDevanagari-Bold.ttf",
    GUJARATI: "NotoSansGujarati-Regular.ttf",
    f"{GUJARATI}-Bold": "NotoSansGujarati-Bold.ttf",
}
_lock = threading.Lock()
_done = False
_scripts_done = False


def _register(names: dict[str, str], *, shapable: bool) -> None:
    fonts = files("smtp_desk.resources.fonts")
    for name, filename in names.items():
        with as_file(fonts / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=shapable))
    for regular, bold in ((n, f"{n}-Bold") for n in names if not n.endswith("-Bold")):
        pdfmetrics.registerFontFamily(
            regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
        )


def register_fonts() -> None:
    """Make DejaVu Sans known to reportlab (idempotent, thread-safe)."""
    global _done
    with _lock:
        if not _done:
            # Shapable, so that a paragraph whose style asks for shaping (one holding
            # Devanagari or Gujarati) may shape; all-Latin paragraphs never ask.
            _register(_FILES, shapable=True)
            _done = True


def register_script_fonts() -> None:
    """Make the Noto Devanagari and Gujarati fonts known to reportlab, shapable
    (idempotent, thread-safe)."""
    global _scripts_done
    register_fonts()
    with _lock:
        if not _scripts_done:
            _register(_SCRIPT_FILES, shapable=True)
            _scripts_done = True
