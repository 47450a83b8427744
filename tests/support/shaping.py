"""Checking Indian-script text in our PDFs by its pixels (its extracted text is lossy).

A reference line is shaped by HarfBuzz (uharfbuzz) straight from the font file and drawn
with Pillow from the glyph outlines; :func:`agreement` compares two pictures of ink with a
pixel's tolerance, so that two rasterisers agree on the same glyphs but not on different
ones. :func:`notdef_codes` counts the boxes (.notdef, code 0 in reportlab's font subsets)
a PDF draws.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2
import uharfbuzz as hb
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from pypdf import PdfReader
from pypdf.generic import ContentStream

__all__ = ["FONTS", "agreement", "changed_box", "ink", "line_picture", "notdef_codes", "page"]

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
_SUPER = 4  # supersampling for smooth edges, like a real rasteriser's anti-aliasing


class _PolygonPen:
    """A fontTools-style pen that flattens a glyph's outline into polygons."""

    def __init__(self, scale: float, x: float, y: float) -> None:
        self.scale, self.x, self.y = scale, x, y
        self.contours: list[list[tuple[float, float]]] = []
        self._at = (0.0, 0.0)

    def _point(self, x: float, y: float) -> tuple[float, float]:
        return (self.x + x * self.scale, self.y - y * self.scale)

    def moveTo(self, p: tuple[float, float]) -> None:  # the pen protocol
        self.contours.append([self._point(*p)])
        self._at = p

    def lineTo(self, p: tuple[float, float]) -> None:
        self.contours[-1].append(self._point(*p))
        self._at = p

    def qCurveTo(self, *points: tuple[float, float]) -> None:
        # TrueType: implied on-curve points halfway between consecutive off-curve ones
        off, end = list(points[:-1]), points[-1]
        for index, control in enumerate(off):
            last = index == len(off) - 1
            target = end if last else _mid(control, off[index + 1])
            self._quad(control, target)

    def curveTo(self, *points: tuple[float, float]) -> None:
        c1, c2, end = points[-3:]
        start = self._at
        for step in range(1, 13):
            t = step / 12
            u = 1 - t
            x = u**3 * start[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * end[0]
            y = u**3 * start[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * end[1]
            self.contours[-1].append(self._point(x, y))
        self._at = end

    def closePath(self) -> None:
        pass

    def _quad(self, control: tuple[float, float], end: tuple[float, float]) -> None:
        start = self._at
        for step in range(1, 9):
            t = step / 8
            u = 1 - t
            x = u * u * start[0] + 2 * u * t * control[0] + t * t * end[0]
            y = u * u * start[1] + 2 * u * t * control[1] + t * t * end[1]
            self.contours[-1].append(self._point(x, y))
        self._at = end


def _mid(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def line_picture(text: str, font_file: str, *, px: float, shaped: bool = True) -> Image.Image:
    """``text`` in ``font_file`` at ``px`` pixels to the em, black on white ("L" image).

    ``shaped=False`` draws each character's own glyph one after the other, as text comes
    out when nobody shapes it (श्री as श्‌री)."""
    face = hb.Face(hb.Blob.from_file_path(str(FONTS / font_file)))
    font = hb.Font(face)
    if shaped:
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        hb.shape(font, buf, {"kern": True, "liga": True})
        glyphs = [
            (info.codepoint, pos.x_advance, pos.x_offset, pos.y_offset)
            for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
        ]
    else:
        glyphs = []
        for char in text:
            gid = font.get_nominal_glyph(ord(char)) or 0
            glyphs.append((gid, font.get_glyph_h_advance(gid), 0, 0))
    scale = px * _SUPER / face.upem
    width = int(sum(g[1] for g in glyphs) * scale) + int(px * _SUPER)
    height = int(px * _SUPER * 2)
    picture = Image.new("L", (width, height), 0)
    pen_x, baseline = px * _SUPER / 2, px * _SUPER * 1.4
    for gid, advance, dx, dy in glyphs:
        pen = _PolygonPen(scale, pen_x + dx * scale, baseline - dy * scale)
        font.draw_glyph_with_pen(gid, pen)
        # even-odd fill per glyph (TrueType counters are drawn the other way round)
        mask = Image.new("L", picture.size, 0)
        for contour in pen.contours:
            if len(contour) > 2:
                shape = Image.new("L", picture.size, 0)
                ImageDraw.Draw(shape).polygon(contour, fill=255)
                mask = ImageChops.logical_xor(mask.convert("1"), shape.convert("1")).convert("L")
        picture = ImageChops.lighter(picture, mask)
        pen_x += advance * scale
    small = picture.resize((width // _SUPER, height // _SUPER), Image.Resampling.BOX)
    return ImageChops.invert(small)


def page(pdf: bytes, *, scale: float, index: int = 0) -> Image.Image:
    """A page of ``pdf`` rendered by pdfium, greyscale."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[index].render(scale=scale).to_pil().convert("L")
    finally:
        document.close()


def changed_box(a: Image.Image, b: Image.Image) -> tuple[int, int, int, int]:
    """Where two pictures of the same size differ."""
    box = ImageChops.difference(a, b).point(lambda v: 255 if v > 24 else 0).getbbox()
    assert box, "the pictures are the same"
    return box


def ink(picture: Image.Image, *, threshold: int = 140) -> Image.Image:
    """The dark pixels (text) as a mode-"1" picture, cropped to them."""
    mask = picture.point(lambda v: 255 if v < threshold else 0).convert("1")
    box = mask.getbbox()
    assert box, "no ink"
    return mask.crop(box)


def agreement(a: Image.Image, b: Image.Image) -> float:
    """How far two ink pictures (from :func:`ink`) show the same thing, 0 … 1: the smaller
    of the share of a's ink within one pixel of b's and the share of b's within one of a's
    (pictures of different sizes are compared over the larger, top-left aligned)."""
    width, height = max(a.width, b.width), max(a.height, b.height)

    def placed(mask: Image.Image) -> Image.Image:
        canvas = Image.new("L", (width, height), 0)
        canvas.paste(mask.convert("L").point(lambda v: 255 if v else 0), (0, 0))
        return canvas

    a, b = placed(a), placed(b)

    def covered(inked: Image.Image, other: Image.Image) -> float:
        near = other.filter(ImageFilter.MaxFilter(3))
        total = inked.histogram()[255]
        return ImageChops.multiply(inked, near).histogram()[255] / total if total else 0.0

    return min(covered(a, b), covered(b, a))


def notdef_codes(pdf: bytes) -> int:
    """How many .notdef glyphs (boxes) the PDF's text draws: reportlab's TrueType subsets
    draw a character the font lacks as code 0."""
    reader = PdfReader(io.BytesIO(pdf))
    count = 0
    for number in range(len(reader.pages)):
        content = ContentStream(reader.pages[number].get_contents(), reader)
        for operands, operator in content.operations:
            if operator in (b"Tj", b"'") or operator == b'"':
                strings = [operands[-1]]
            elif operator == b"TJ":
                strings = [item for item in operands[0] if not isinstance(item, int | float)]
            else:
                continue
            for string in strings:
                data = string.original_bytes if hasattr(string, "original_bytes") else bytes(string)
                count += data.count(b"\x00")
    return count
