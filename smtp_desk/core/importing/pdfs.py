"""A folder of ready-made PDFs from the ERP, matched to members by the flat in the name.

The rule: the file name is cut into words at anything that is not a letter or digit, and a
short word of up to three letters followed by a number is read as one word (``a 101`` →
``A101``). A
file belongs to the flat whose letters and digits (``A-101`` → ``A101``) equal one of those
words, ignoring case. So ``A-101.pdf``, ``Bill_A101_Nov2026.pdf`` and ``a 101 nov.pdf`` all
belong to A-101. A file that matches no flat, or more than one, is listed and nothing is
imported until the folder is corrected; so is a ``.pdf`` that is not a PDF, or two files
for one flat.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from smtp_desk.core.importing.table import Problem
from smtp_desk.core.model import Period
from smtp_desk.core.store import Store, StoredDocument

__all__ = ["PDF_KINDS", "PdfImportReport", "flat_key", "import_pdfs", "match_flat"]

PDF_KINDS = ("bill", "receipt", "statement")


def flat_key(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def _words(stem: str) -> set[str]:
    parts = [p for p in re.split(r"[^A-Z0-9]+", stem.upper()) if p]
    words: set[str] = set()
    index = 0
    while index < len(parts):
        part = parts[index]
        following = parts[index + 1] if index + 1 < len(parts) else ""
        if part.isalpha() and len(part) <= 3 and following.isdigit():
            words.add(part + following)  # "A", "101" is A101, not also flat 101
            index += 2
        else:
            words.add(part)
            index += 1
    return words


def match_flat(filename: str, flats: dict[str, str]) -> list[str]:
    """The flats (from ``flats``: key → flat) that ``filename`` names."""
    words = _words(Path(filename).stem)
    return sorted(flat for key, flat in flats.items() if key in words)


@dataclass
class PdfImportReport:
    folder: str
    matched: dict[str, str] = field(default_factory=dict)  # file name -> flat
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.matched)

    def __str__(self) -> str:
        if self.ok:
            return f"Imported {len(self.matched)} PDF(s) from {self.folder}."
        return f"Nothing was imported from {self.folder}: {len(self.problems)} problem(s)."

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "imported": {"pdfs": len(self.matched)} if self.ok else {},
            "problems": [
                {"row": 0, "column": p.column, "message": p.message} for p in self.problems
            ],
        }


def import_pdfs(
    store: Store, data_root: Path, folder: Path, *, kind: str, period: Period
) -> PdfImportReport:
    report = PdfImportReport(folder.name)
    if kind not in PDF_KINDS:
        raise ValueError(f"kind must be one of {', '.join(PDF_KINDS)}")
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".pdf" and p.is_file())
    except OSError as exc:
        report.problems.append(
            Problem(0, "", f"cannot read the folder ({exc.strerror})", folder.name)
        )
        return report
    if not files:
        report.problems.append(Problem(0, "", "there are no .pdf files in it", folder.name))
        return report
    flats = {flat_key(flat): flat for flat in store.flats()}
    owners: dict[str, str] = {}
    contents: dict[str, bytes] = {}
    for path in files:
        found = match_flat(path.name, flats)
        if not found:
            report.problems.append(
                Problem(0, "", f"{path.name} names no flat of the members", folder.name)
            )
            continue
        if len(found) > 1:
            report.problems.append(
                Problem(
                    0, "", f"{path.name} could be flat {' or '.join(found)}; rename it", folder.name
                )
            )
            continue
        data = path.read_bytes()
        if not data.startswith(b"%PDF-"):
            report.problems.append(Problem(0, "", f"{path.name} is not a PDF file", folder.name))
            continue
        flat = found[0]
        if flat in owners:
            report.problems.append(
                Problem(
                    0,
                    "",
                    f"{path.name} is a second file for flat {flat} (also {owners[flat]})",
                    folder.name,
                )
            )
            continue
        owners[flat] = path.name
        contents[path.name] = data
        report.matched[path.name] = flat
    if report.problems:
        report.matched.clear()
        return report
    target = data_root / "documents" / kind / period.key
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    old = {d.flat: d.file for d in store.documents(kind, period.key)}
    try:
        documents = []
        for name, flat in report.matched.items():
            digest = hashlib.sha256(contents[name]).hexdigest()
            stored = target / f"{flat_key(flat)}-{digest[:12]}.pdf"
            if not stored.exists():
                stored.write_bytes(contents[name])
                written.append(stored)
            documents.append(
                StoredDocument(
                    kind,
                    period.key,
                    flat,
                    stored.relative_to(data_root).as_posix(),
                    name,
                    digest,
                    len(contents[name]),
                )
            )
        with store.transaction() as db:
            for document in documents:
                store.put_document(db, document)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    kept = {d.file for d in documents}
    for file in old.values():
        if file not in kept:
            (data_root / file).unlink(missing_ok=True)
    return report
