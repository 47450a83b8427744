"""Each sample document's first page as a PNG, drawn by poppler's pdftoppm (an independent
PDF reader), under build/screenshots/ for a person to look at."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from smtp_desk.core.documents.render import DocumentKind, sample_document
from tests.conftest import unavailable
from tests.support.desktop import missing_programs

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_first_page_drawn_by_pdftoppm(kind: DocumentKind, tmp_path: Path) -> None:
    if missing_programs("pdftoppm"):
        unavailable("pdftoppm is not installed (Debian: apt-get install poppler-utils)")
    pdf = tmp_path / f"{kind}.pdf"
    pdf.write_bytes(sample_document(kind))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    stem = SCREENSHOTS / f"sample-{kind}"
    done = subprocess.run(
        ["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", f"poppler complained about the PDF: {done.stderr}"
    image = QImage(str(stem.with_suffix(".png")))
    assert (image.width(), image.height()) == (910, 1287), "one A4 page at 110 dpi"
    ink = sum(
        1
        for x in range(0, image.width(), 5)
        for y in range(0, image.height(), 5)
        if image.pixelColor(x, y).lightness() < 200
    )
    assert ink > 1500, "the page has letterhead, tables and text on it"
