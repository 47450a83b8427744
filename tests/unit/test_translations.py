"""The Marathi and Hindi catalogues: every text the program marks is translated, keeps its
{fields}, its markup and the SMTP terms, and compiles into a catalogue Qt loads."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree as ET

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("mr", "hi")
_FIELDS = re.compile(r"(?<!\{)\{[a-z_]*\}(?!\})|\{\{\{[a-z_]+\}\}\}")
_TAGS = re.compile(r"</?([a-z]+)\b[^>]*>")
_KEPT = ("SMTP", "STARTTLS", "App Password", "IMAP", "OAuth", "UPI", "PDF", "CSV", "DNS")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
_ACCELERATOR = re.compile(r"&(?![&\s#]|amp;|lt;|gt;|quot;|nbsp;)")


def _bare(text: str) -> str:
    """``text`` without its keyboard accelerator, in lower case."""
    return _ACCELERATOR.sub("", re.sub(r" ?\(&\w\)", "", text)).lower().strip()


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def messages(path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → the translation (None when unfinished)."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            done = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            text = translation.text or ""
            found[(name, message.findtext("source") or "")] = text if done and text else None
    return found


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Every text the sources mark for translation, as pyside6-lupdate collects it."""
    out = tmp_path_factory.mktemp("lupdate") / "all.ts"
    command = [_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-extensions", "py"]
    subprocess.run([*command, str(ROOT / "smtp_desk"), "-ts", str(out)], check=True, timeout=300)
    return set(messages(out))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_text_is_in_the_catalogue_and_translated(
    language: str, marked: set[tuple[str, str]]
) -> None:
    catalogue = messages(TRANSLATIONS / f"smtp_desk_{language}.ts")
    missing = sorted(marked - set(catalogue))
    assert not missing, f"run 'make translations-update' and translate: {missing[:10]}"
    stale = sorted(set(catalogue) - marked)
    assert not stale, f"no longer in the program (make translations-update): {stale[:10]}"
    unfinished = sorted(key for key, text in catalogue.items() if text is None)
    assert not unfinished, f"{len(unfinished)} not translated, e.g. {unfinished[:10]}"
    assert len(catalogue) > 1000


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_fields_markup_and_smtp_terms(language: str) -> None:
    problems = []
    for (context, source), text in messages(TRANSLATIONS / f"smtp_desk_{language}.ts").items():
        if text is None:
            continue
        where = f"{context}: {source[:60]!r}"
        if sorted(_FIELDS.findall(text)) != sorted(_FIELDS.findall(source)):
            problems.append(f"{where}: fields {_FIELDS.findall(text)}")
        if sorted(_TAGS.findall(text)) != sorted(_TAGS.findall(source)):
            problems.append(f"{where}: markup differs")
        problems += [
            f"{where}: {term} changed" for term in _KEPT if term in source and term not in text
        ]
        accelerators = len(_ACCELERATOR.findall(text))
        if accelerators > 1 or (_ACCELERATOR.search(source) and not accelerators):
            problems.append(f"{where}: keyboard accelerator")
        english = re.search("[a-z]{3}", source) and not _DEVANAGARI.search(text)
        if english and _bare(text) not in _bare(source):  # a term kept as it is may stay
            problems.append(f"{where}: not in Devanagari: {text[:40]!r}")
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_compiles_and_qt_reads_it(language: str, tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    compiled = tmp_path / f"smtp_desk_{language}.qm"
    subprocess.run(
        [
            _tool("pyside6-lrelease"),
            "-silent",
            str(TRANSLATIONS / f"smtp_desk_{language}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
        timeout=120,
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    bill = translator.translate("kinds", "Maintenance bill")
    assert bill and _DEVANAGARI.search(bill)
    assert translator.translate("QPlatformTheme", "Cancel") not in ("", "Cancel")
