"""Devanagari and Gujarati in the documents: which text goes to which font, and the
Paragraph every document uses so that a name like श्रीकांत क्षीरसागर comes out right.

DejaVu Sans has no Indian scripts, and reportlab only shapes text (makes the conjuncts श्री
and क्ष, places the vowel signs) inside a Paragraph whose style asks for shaping and whose
font is shapable. So :class:`Paragraph` moves each word written in an Indian script into
the matching Noto font and, only then, switches its style to shaping; an all-Latin
paragraph is exactly reportlab's and costs nothing more. :func:`draw_line` does the same
for the single lines drawn straight on the page (running head, footer).

A word is shaped with one font, so a word that glues Latin letters to an Indian script
without a space ("A-101श्री") shows its Latin letters as boxes; digits and punctuation
inside such a word ("(श्रीकांत),", "₹५००") take the Noto font, which has them.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph as _Paragraph

from smtp_desk.core.documents.fonts import REGULAR, SCRIPT_FONTS, register_script_fonts

__all__ = ["Paragraph", "draw_line", "has_indic", "runs"]

# Letters and signs of each script; the dandas (। ॥) are shared with Gujarati, so they
# follow the word they stand in, like digits and punctuation.
_SCRIPTS = {
    "Deva": re.compile("[\u0900-\u0963\u0966-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff]"),
    "Gujr": re.compile("[\u0a80-\u0aff]"),
}
_INDIC = re.compile("[\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff\u0a80-\u0aff]")
_WORD = re.compile(r"\S+|\s+")


def has_indic(text: str) -> bool:
    """Whether ``text`` holds Devanagari or Gujarati."""
    return _INDIC.search(text) is not None


def _script(char: str) -> str | None:
    for code, pattern in _SCRIPTS.items():
        if pattern.match(char):
            return code
    return None


def _has(font_name: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font_name).face.charToGlyph


def _word_scripts(word: str, previous: str | None) -> list[str | None]:
    """Each character's script font for one word: its own script's for letters, the
    word's script's for digits and punctuation that font has, None (DejaVu) otherwise.
    A word of signs alone that DejaVu lacks (a danda "।") follows the word before it."""
    own = [_script(char) for char in word]
    main = next((code for code in own if code), None)
    if main is None:
        if previous is None or all(_has(REGULAR, char) for char in word):
            return own
        main = previous
    return [
        code or (main if _has(SCRIPT_FONTS[main][0], char) else None)
        for char, code in zip(word, own, strict=True)
    ]


def runs(text: str) -> list[tuple[str, str | None]]:
    """``text`` cut where the font changes: (piece, script code or None for DejaVu).

    White space between two words of one script stays with them, so "श्रीकांत क्षीरसागर"
    is one piece.
    """
    if not has_indic(text):
        return [(text, None)] if text else []
    register_script_fonts()
    chars: list[str | None] = []
    pieces = _WORD.findall(text)
    previous: str | None = None
    for piece in pieces:
        if piece.isspace():
            chars += [None] * len(piece)
            continue
        codes = _word_scripts(piece, previous)
        previous = next((code for code in reversed(codes) if code), None)
        chars += codes
    # spaces inside a run of one script join it
    for start, piece in _spans(pieces):
        if piece.isspace() and start > 0 and start + len(piece) < len(text):
            before, after = chars[start - 1], chars[start + len(piece)]
            if before is not None and before == after:
                chars[start : start + len(piece)] = [before] * len(piece)
    return _cut(text, chars)


def _cut(text: str, codes: list[str | None]) -> list[tuple[str, str | None]]:
    """``text`` cut where ``codes`` (one per character) changes."""
    out: list[tuple[str, str | None]] = []
    for char, code in zip(text, codes, strict=True):
        if out and out[-1][1] == code:
            out[-1] = (out[-1][0] + char, code)
        else:
            out.append((char, code))
    return out


def _spans(pieces: list[str]) -> list[tuple[int, str]]:
    spans, start = [], 0
    for piece in pieces:
        spans.append((start, piece))
        start += len(piece)
    return spans


def _script_font(code: str, font_name: str) -> str:
    regular, bold = SCRIPT_FONTS[code]
    return bold if font_name.endswith("-Bold") else regular  # as DejaVu's BOLD is


def _script_frags(frags: list[Any]) -> list[Any]:
    """The parsed fragments with each Devanagari or Gujarati piece in its Noto font.

    The pieces are found over the whole paragraph's text, not fragment by fragment, so a
    word split by markup ("<b>श्रीकांत</b>,") is still one font."""
    texts = ["\n" if getattr(f, "lineBreak", False) else getattr(f, "text", "") for f in frags]
    scripts: list[str | None] = []
    for piece, code in runs("".join(texts)):
        scripts += [code] * len(piece)
    out: list[Any] = []
    start = 0
    for frag, text in zip(frags, texts, strict=True):
        codes = scripts[start : start + len(text)]
        start += len(text)
        if not any(codes) or hasattr(frag, "cbDefn") or getattr(frag, "lineBreak", False):
            out.append(frag)
            continue
        for piece, code in _cut(text, codes):
            name = _script_font(code, frag.fontName) if code else frag.fontName
            out.append(frag.clone(text=piece, fontName=name))
    return out


def _shaping(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with HarfBuzz shaping switched on."""
    return ParagraphStyle(f"{style.name}+shaping", parent=style, shaping=1)


class Paragraph(_Paragraph):  # type: ignore[misc]  # reportlab has no types
    """reportlab's Paragraph (same markup, same arguments) that draws Devanagari and
    Gujarati in Noto Sans, shaped. Without such text it is reportlab's, unchanged."""

    frags: list[Any]
    style: ParagraphStyle

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle | None = None,
        bulletText: str | None = None,  # reportlab's names
        frags: list[Any] | None = None,
        caseSensitive: int = 1,
        encoding: str = "utf8",
    ) -> None:
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        if frags is None and any(has_indic(getattr(f, "text", "")) for f in self.frags):
            self.frags = _script_frags(self.frags)
            self.style = _shaping(self.style)


def draw_line(
    canvas: Canvas, text: str, *, x: float, y: float, style: ParagraphStyle, right: bool = False
) -> None:
    """One line of plain ``text`` in ``style``'s font, size and colour with its baseline at
    ``y``, starting at ``x`` (ending there with ``right``); shaped when it needs to be."""
    if not has_indic(text):
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)
        return
    para = Paragraph(escape(text), style)
    _width, height = para.wrapOn(canvas, 10_000, 10_000)
    width = max(para.getActualLineWidths0() or [0])
    # reportlab puts the first baseline one font size below the paragraph's top
    para.drawOn(canvas, x - width if right else x, y - (height - style.fontSize))
