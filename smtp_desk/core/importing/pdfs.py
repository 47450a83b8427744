"""A folder of ready-made PDFs from the ERP, matched to members by the flat in the name.

The rule: the file name is cut into words at anything that is not a letter or digit, and a
short word of up to three letters followed by a number is read as one word (``a 101`` →
``A101``). A file belongs to the flat whose letters and digits (``A-101`` → ``A101``) equal
one of those words, ignoring case. So ``A-101.pdf``, ``Bill_A101_Nov2026.pdf`` and
``a 101 nov.pdf`` all belong to A-101. A file that matches no flat, or more than one, is
listed and nothing is imported until the folder is corrected; so is a ``.pdf`` that is not
a PDF, two files for one flat, or a link to a file outside the folder (never followed).
Every file must also be a PDF a member can open (:mod:`.pdf_check`): not damaged or cut
short, not protected by a password, with a first page that renders, and at most 10 MB.

Files are checked one at a time and not kept in memory (a folder of 2,000 bills may hold
hundreds of megabytes); each is read again when it is copied, and a file that changed
since it was checked stops the import.

Importing a folder again for the same kind and period replaces the first import: the new
folder is the whole truth for that kind and period, so a flat without a file in it has no
imported PDF any more (its document is rendered again). The new files are first copied into
place under names of their own; then one transaction replaces every row of that kind and
period; only after the commit are the files of the replaced rows deleted. If anything fails
before the commit, the copies are removed and the first import stays as it was, files and
rows. A crash after the commit can leave an unreferenced file behind, never a row without
its file.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from smtp_desk.core.i18n import translate
from smtp_desk.core.importing.pdf_check import MAX_PDF_BYTES, pdf_problem, size_problem
from smtp_desk.core.importing.table import Problem
from smtp_desk.core.kinds import PDF_KINDS, DocumentKind
from smtp_desk.core.model import Period
from smtp_desk.core.store import Store, StoredDocument

__all__ = ["PDF_KINDS", "PdfImportReport", "flat_key", "import_pdfs", "match_flat"]


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


@dataclass(frozen=True)
class _Checked:
    """A file that passed every check: its flat, and what it held when it was checked."""

    path: Path
    flat: str
    sha256: str
    size: int


class _Changed(Exception):
    """A file changed between its check and its copy."""


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
            return translate("importing_pdfs", "Imported {count} PDF(s) from {folder}.").format(
                count=len(self.matched), folder=self.folder
            )
        return translate(
            "importing_pdfs", "Nothing was imported from {folder}: {count} problem(s)."
        ).format(folder=self.folder, count=len(self.problems))

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "imported": {"pdfs": len(self.matched)} if self.ok else {},  # data keys
            "problems": [
                {"row": 0, "column": p.column, "message": p.message} for p in self.problems
            ],
        }


def import_pdfs(
    store: Store, data_root: Path, folder: Path, *, kind: DocumentKind, period: Period
) -> PdfImportReport:
    """Match every PDF in ``folder`` to a flat and, only when all match, make them the
    imported ``kind`` PDFs for ``period`` (replacing any earlier import, see above)."""
    if kind not in PDF_KINDS:
        raise ValueError(f"kind must be one of {', '.join(PDF_KINDS)}")
    report = PdfImportReport(folder.name)
    files = _pdf_files(folder, report)
    flats = {flat_key(flat): flat for flat in store.flats()}
    checked = _matched(files, flats, report)
    if report.problems:
        report.matched.clear()
        return report
    target = data_root / "documents" / kind / period.key
    try:
        documents, copies = _stage(checked, data_root, target, kind=kind, period=period)
    except _Changed as changed:
        report.matched.clear()
        report.problems.append(
            Problem(
                0,
                "",
                translate(
                    "importing_pdfs",
                    "{file} changed while it was being imported; nothing was imported: "
                    "import the folder again",
                ).format(file=changed),
                folder.name,
            )
        )
        return report
    except OSError as exc:
        report.matched.clear()
        report.problems.append(
            Problem(
                0,
                "",
                translate(
                    "importing_pdfs",
                    "the PDFs cannot be copied into {folder} ({reason}); nothing was imported",
                ).format(folder=target, reason=exc.strerror or exc),
                folder.name,
            )
        )
        return report
    try:
        with store.transaction() as db:
            replaced = store.replace_documents(db, kind, period.key, documents)
    except BaseException:
        _remove(copies)
        raise
    for file in replaced - {d.file for d in documents}:
        with suppress(OSError):  # left behind, it is only an unreferenced file
            (data_root / file).unlink(missing_ok=True)
    return report


def _pdf_files(folder: Path, report: PdfImportReport) -> list[Path]:
    """The folder's ``.pdf`` files; a link to a file outside the folder is a problem."""
    try:
        entries = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".pdf")
        inside = folder.resolve()
        files = []
        for path in entries:
            if path.is_symlink() and not path.resolve().is_relative_to(inside):
                report.problems.append(
                    Problem(
                        0,
                        "",
                        translate(
                            "importing_pdfs",
                            "{file} is a link to a file outside the folder; copy the file "
                            "itself into the folder",
                        ).format(file=path.name),
                        folder.name,
                    )
                )
            elif path.is_file():
                files.append(path)
    except OSError as exc:
        message = translate("importing_pdfs", "cannot read the folder ({reason})")
        report.problems.append(Problem(0, "", message.format(reason=exc.strerror), folder.name))
        return []
    if not files and not report.problems:
        message = translate("importing_pdfs", "there are no .pdf files in it")
        report.problems.append(Problem(0, "", message, folder.name))
    return files


def _matched(
    files: list[Path], flats: dict[str, str], report: PdfImportReport
) -> dict[str, _Checked]:
    """File name → the checked file, for the PDFs that belong to exactly one flat."""
    owners: dict[str, str] = {}
    checked: dict[str, _Checked] = {}

    def problem(message: str) -> None:
        report.problems.append(Problem(0, "", message, report.folder))

    for path in files:
        found = match_flat(path.name, flats)
        if not found:
            problem(
                translate("importing_pdfs", "{file} names no flat of the members").format(
                    file=path.name
                )
            )
            continue
        if len(found) > 1:
            separator = translate("importing_pdfs", " or ")
            problem(
                translate("importing_pdfs", "{file} could be flat {flats}; rename it").format(
                    file=path.name, flats=separator.join(found)
                )
            )
            continue
        try:
            data = _read(path, MAX_PDF_BYTES + 1)
            too_big = size_problem(path.stat().st_size) if len(data) > MAX_PDF_BYTES else None
        except OSError as exc:
            problem(
                translate("importing_pdfs", "{file} cannot be read ({reason})").format(
                    file=path.name, reason=exc.strerror
                )
            )
            continue
        wrong = too_big or pdf_problem(data)
        if wrong:
            problem(f"{path.name} {wrong}")
            continue
        flat = found[0]
        if flat in owners:
            problem(
                translate(
                    "importing_pdfs", "{file} is a second file for flat {flat} (also {other})"
                ).format(file=path.name, flat=flat, other=owners[flat])
            )
            continue
        owners[flat] = path.name
        checked[path.name] = _Checked(path, flat, hashlib.sha256(data).hexdigest(), len(data))
        report.matched[path.name] = flat
    return checked


def _stage(
    checked: dict[str, _Checked],
    data_root: Path,
    target: Path,
    *,
    kind: str,
    period: Period,
) -> tuple[list[StoredDocument], list[Path]]:
    """Copy every file into ``target`` under a name no earlier import used (flat, content
    hash, a token of this import), on disk before the rows that name them are committed.
    Each file is read again and must hold what was checked (:class:`_Changed` if not)."""
    token = secrets.token_hex(4)
    copies: list[Path] = []
    documents: list[StoredDocument] = []
    try:
        target.mkdir(parents=True, exist_ok=True)
        for name, file in checked.items():
            data = _read(file.path, file.size + 1)
            if len(data) != file.size or hashlib.sha256(data).hexdigest() != file.sha256:
                raise _Changed(name)
            stored = target / f"{flat_key(file.flat)}-{file.sha256[:12]}-{token}.pdf"
            copies.append(stored)
            _write_durably(stored, data)
            relative = stored.relative_to(data_root).as_posix()
            documents.append(
                StoredDocument(kind, period.key, file.flat, relative, name, file.sha256, file.size)
            )
        _sync_directory(target)
    except BaseException:
        _remove(copies)
        raise
    return documents, copies


def _read(path: Path, most: int) -> bytes:
    """The file's first ``most`` bytes (all of it, when it is no longer)."""
    with open(path, "rb") as stream:
        return stream.read(most)


def _write_durably(path: Path, data: bytes) -> None:
    """Write a new file and flush it to the disk (a crash never leaves half of it named)."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, "xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _sync_directory(path: Path) -> None:
    """Flush the directory's entries, where the system can (not on Windows)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove(paths: list[Path]) -> None:
    for path in paths:
        with suppress(OSError):
            path.unlink(missing_ok=True)
