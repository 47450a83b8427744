"""Names and words in Devanagari and Gujarati come out shaped (श्री, क्ष) in Noto Sans.

Checked on the real PDFs by their pixels against HarfBuzz's own shaping of the same text
(the text pypdf extracts from shaped Devanagari is lossy: ीकांत for श्रीकांत), by the fonts
embedded, and by the absence of .notdef boxes.
"""

from __future__ import annotations

import dataclasses
import io
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from smtp_desk.core.documents.bill import bill_pdf
from smtp_desk.core.documents.fonts import DEVANAGARI, REGULAR, SCRIPT_FONTS, register_script_fonts
from smtp_desk.core.documents.pdf import MARGIN
from smtp_desk.core.documents.receipt import receipt_pdf
from smtp_desk.core.documents.scripts import Paragraph, draw_line, runs
from smtp_desk.core.documents.statement import statement_pdf
from smtp_desk.core.documents.styles import STYLES
from smtp_desk.core.model import Bill, ChargeLine, Member
from smtp_desk.core.sample import SampleSociety
from smtp_desk.core.society import SocietyProfile
from tests.support.pdf import metadata
from tests.support.shaping import (
    agreement,
    changed_box,
    ink,
    line_picture,
    notdef_codes,
    page,
)
from tests.unit.core.documents.conftest import CREATED

MARATHI = "श्रीकांत क्षीरसागर"
GUJARATI = "ભાવેશ પટેલ"
SOCIETY = "श्री गणेश सहकारी गृहनिर्माण संस्था"
SCALE = 4  # pixels per point: 288 dpi
MATCH = 0.9  # agreement of a line with HarfBuzz's shaping of it; unshaped text scores ~0.6


def _bill(sample: SampleSociety, *, name: str, head: str = "", society: str = "") -> bytes:
    flat = "A-101"
    bill: Bill = sample.bill(flat)
    if head:
        bill = dataclasses.replace(
            bill, charges=(*bill.charges, ChargeLine(head, Decimal("250.00")))
        )
    member: Member = dataclasses.replace(sample.members[flat], name=name)
    profile: SocietyProfile = sample.profile
    if society:
        profile = dataclasses.replace(profile, name=society)
    return bill_pdf(bill, member, profile, created=CREATED)


def _fonts(pdf: bytes) -> set[str]:
    """The fonts the pages use, without the subset prefix."""
    names = set()
    for page_ in PdfReader(io.BytesIO(pdf)).pages:
        for font in page_["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def _name_picture(pdf: bytes, without: bytes) -> Image.Image:
    """The member's name as drawn: where the page differs from the same bill without it."""
    with_name, without_name = page(pdf, scale=SCALE), page(without, scale=SCALE)
    return ink(with_name.crop(changed_box(with_name, without_name)))


def test_a_devanagari_name_and_society_embed_noto_and_draw_no_boxes(
    sample: SampleSociety,
) -> None:
    pdf = _bill(sample, name=MARATHI, society=SOCIETY)
    assert {"NotoSansDevanagari-Bold", "DejaVuSans", "DejaVuSans-Bold"} <= _fonts(pdf)
    assert notdef_codes(pdf) == 0


def test_a_gujarati_name_and_charge_head_embed_noto_gujarati_and_draw_no_boxes(
    sample: SampleSociety,
) -> None:
    pdf = _bill(sample, name=GUJARATI, head="પાણી ચાર્જ (Water)")
    fonts = _fonts(pdf)
    assert {"NotoSansGujarati-Bold", "NotoSansGujarati-Regular"} <= fonts
    assert not any("Devanagari" in font for font in fonts)
    assert notdef_codes(pdf) == 0


def test_the_box_counter_sees_boxes_when_a_font_lacks_the_script() -> None:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont(REGULAR, 12)  # DejaVu Sans: no Devanagari
    canvas.drawString(10, 10, MARATHI)
    canvas.save()
    assert notdef_codes(out.getvalue()) == len(MARATHI.replace(" ", ""))


@pytest.mark.parametrize(
    ("name", "font"),
    [(MARATHI, "NotoSansDevanagari-Bold.ttf"), (GUJARATI, "NotoSansGujarati-Bold.ttf")],
)
def test_the_name_is_drawn_as_harfbuzz_shapes_it(
    sample: SampleSociety, name: str, font: str
) -> None:
    drawn = _name_picture(_bill(sample, name=name), _bill(sample, name=""))
    px = STYLES["value"].fontSize * SCALE
    assert agreement(drawn, ink(line_picture(name, font, px=px))) > MATCH
    # the check can fail: the same characters unshaped (श्‌री, क्‌ष) do not pass it
    if name == MARATHI:
        unshaped = ink(line_picture(name, font, px=px, shaped=False))
        assert agreement(drawn, unshaped) < 0.75


def test_text_drawn_without_shaping_fails_the_pixel_check() -> None:
    """What canvas.drawString does with a Noto font (no shaping): श्री and क्ष come apart."""
    register_script_fonts()
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont(f"{DEVANAGARI}-Bold", 9.5)
    canvas.drawString(20, 700, MARATHI)
    canvas.save()
    drawn = ink(page(out.getvalue(), scale=SCALE))
    shaped = ink(line_picture(MARATHI, "NotoSansDevanagari-Bold.ttf", px=9.5 * SCALE))
    assert agreement(drawn, shaped) < 0.75


def test_the_running_head_shapes_a_devanagari_society_name(sample: SampleSociety) -> None:
    flat = "A-102"
    statement = sample.statement(flat)
    statement = dataclasses.replace(statement, entries=statement.entries * 8)
    profile = dataclasses.replace(sample.profile, name=SOCIETY)
    pdf = statement_pdf(statement, sample.members[flat], profile, created=CREATED)
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 1
    assert notdef_codes(pdf) == 0
    second = page(pdf, scale=SCALE, index=1)
    height = second.height / SCALE
    baseline = height - MARGIN - 4 * mm
    head = second.crop(
        (
            int(MARGIN * SCALE),
            int((height - baseline - 12) * SCALE),
            int(second.width / 2),
            int((height - baseline + 4) * SCALE),
        )
    )
    px = STYLES["running_society"].fontSize * SCALE
    reference = ink(line_picture(SOCIETY, "NotoSansDevanagari-Bold.ttf", px=px))
    assert agreement(ink(head, threshold=200), reference) > MATCH


def test_draw_line_keeps_the_baseline_and_the_right_edge() -> None:
    """A shaped line sits where drawString would put it: same baseline, same right edge."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(300, 100))
    style = STYLES["footer"]
    draw_line(canvas, f"Latin {MARATHI}", x=280, y=50, style=style, right=True)
    canvas.save()
    picture = page(out.getvalue(), scale=SCALE)
    mask = picture.point(lambda v: 255 if v < 200 else 0)
    box = mask.getbbox()
    assert box is not None
    right, bottom = box[2] / SCALE, (picture.height - box[3]) / SCALE
    assert 278 <= right <= 280.5  # ink ends at x, less the last glyph's side bearing
    assert 47 <= bottom <= 50.5  # the Latin letters sit on y; nothing here hangs far below


def test_mixed_latin_and_devanagari_are_cut_into_runs() -> None:
    assert runs("Flat A-101 श्रीकांत क्षीरसागर (owner)") == [
        ("Flat A-101 ", None),
        ("श्रीकांत क्षीरसागर", "Deva"),
        (" (owner)", None),
    ]
    # digits and punctuation go with the word they are in; so do spaces between two words
    assert runs("(श्रीकांत), ₹५००") == [("(श्रीकांत), ₹५००", "Deva")]
    assert runs("श्री, ₹ 500") == [("श्री,", "Deva"), (" ₹ 500", None)]
    assert runs("ભાવેશ । पटेल") == [("ભાવેશ ।", "Gujr"), (" ", None), ("पटेल", "Deva")]
    assert runs("Maintenance") == [("Maintenance", None)]


def test_mixed_text_in_one_paragraph_draws_both_fonts_without_boxes() -> None:
    out = io.BytesIO()
    canvas = Canvas(out)
    para = Paragraph(f"Received from <b>{MARATHI}</b>, flat A-101 — ₹ 500", STYLES["body"])
    assert para.style.shaping
    fonts = [(frag.text, frag.fontName) for frag in para.frags]
    assert (MARATHI, f"{DEVANAGARI}-Bold") in fonts  # bold stays bold
    assert (",", DEVANAGARI) in fonts  # the comma after the name is part of its word
    assert ("Received from ", REGULAR) in fonts
    para.wrapOn(canvas, 400, 100)
    para.drawOn(canvas, 20, 700)
    canvas.save()
    assert notdef_codes(out.getvalue()) == 0


def test_an_all_latin_paragraph_is_reportlabs_unshaped() -> None:
    style = STYLES["body"]
    para = Paragraph("Maintenance <b>bill</b> ₹ 3,760.00", style)
    assert para.style is style and not style.shaping


def test_metadata_keeps_the_names_in_unicode(sample: SampleSociety) -> None:
    info = metadata(_bill(sample, name=MARATHI, society=SOCIETY))
    assert MARATHI in info["Keywords"]
    assert info["Author"] == SOCIETY
    flat = "A-101"
    member = dataclasses.replace(sample.members[flat], name=GUJARATI)
    pdf = receipt_pdf(sample.receipt(flat), member, sample.profile, created=CREATED)
    assert GUJARATI in metadata(pdf)["Keywords"]
    pdf = statement_pdf(sample.statement(flat), member, sample.profile, created=CREATED)
    assert GUJARATI in metadata(pdf)["Keywords"]


def test_no_document_module_uses_reportlabs_own_paragraph() -> None:
    """Every paragraph goes through scripts.Paragraph, the one that shapes."""
    folder = Path(__file__).resolve().parents[4] / "smtp_desk" / "core" / "documents"
    for path in folder.glob("*.py"):
        if path.name == "scripts.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert "reportlab.platypus import Paragraph" not in text, path.name
        for block in text.split("from reportlab.platypus import (")[1:]:
            assert "Paragraph" not in block.split(")")[0], path.name


def test_the_noto_fonts_are_shapable_and_bundled_with_uharfbuzz() -> None:
    """Without uharfbuzz reportlab silently draws the scripts unshaped."""
    register_script_fonts()
    for regular, bold in SCRIPT_FONTS.values():
        assert pdfmetrics.getFont(regular).shapable and pdfmetrics.getFont(bold).shapable
    root = Path(__file__).resolve().parents[4]
    assert '"uharfbuzz"' in (root / "build_installer.spec").read_text(encoding="utf-8")
    fonts = root / "resources" / "fonts"
    assert (fonts / "LICENSE-Noto.txt").is_file()
    for name in ("Devanagari", "Gujarati"):
        for weight in ("Regular", "Bold"):
            assert (fonts / f"NotoSans{name}-{weight}.ttf").is_file()
