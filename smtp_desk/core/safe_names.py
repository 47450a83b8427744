"""File names made from text the office typed (a bill number, a flat), safe on Windows,
macOS and Linux, and kept inside the folder they are meant for.

``CH/26-27/0421`` becomes ``CH-26-27-0421.eml``; ``..\\..\\evil`` becomes ``evil.eml``,
never a path; ``CON`` becomes ``_CON.eml`` (Windows reserves it, with any extension).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from pathlib import Path

__all__ = ["LONGEST_NAME", "folded", "inside", "safe_file_name", "unique_file_name"]

LONGEST_NAME = 100  # characters before the suffix
_LONGEST_BYTES = 200  # and UTF-8 bytes: macOS and Linux allow 255 for the whole name
# Windows refuses these in a name; "/" is every system's separator; whitespace becomes "-"
# as the dry run always did (a name that needs no quoting in a command line).
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')
_TRIMMED = " .-_"  # around the name: no hidden ".file", no Windows-stripped trailing dot
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{n}" for device in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")}
)


def safe_file_name(text: str, *, suffix: str, fallback: str = "document") -> str:
    """``text`` as a file name ending in ``suffix`` (".eml"): characters that are unsafe on
    some system replaced by "-", control and invisible formatting characters dropped,
    surrounding dots, spaces, dashes and underscores trimmed, a reserved device name
    prefixed with "_", at most :data:`LONGEST_NAME` characters before the suffix, and
    ``fallback`` when nothing is left."""
    if not re.fullmatch(r"(\.[A-Za-z0-9]+)+", suffix):
        raise ValueError(f"unsafe file suffix {suffix!r}")
    return _stem(text, fallback) + suffix


def unique_file_name(
    text: str, *, suffix: str, taken: Collection[str], fallback: str = "document"
) -> str:
    """:func:`safe_file_name`, with "-2", "-3" … before the suffix until it is not in
    ``taken`` — compared as Windows and macOS do, ignoring case (``taken`` should hold
    names as :func:`folded`)."""
    name = safe_file_name(text, suffix=suffix, fallback=fallback)
    if folded(name) not in taken:
        return name
    stem = name[: -len(suffix)]
    number = 2
    while True:
        counter = f"-{number}"
        candidate = _fit(stem, LONGEST_NAME - len(counter)) + counter + suffix
        if folded(candidate) not in taken:
            return candidate
        number += 1


def folded(name: str) -> str:
    """``name`` as a case-insensitive file system compares it."""
    return unicodedata.normalize("NFC", name).casefold()


def inside(folder: Path, name: str) -> Path:
    """The path of ``name`` in ``folder``, links resolved; ValueError when it would land
    anywhere else (an absolute name, "..", a link pointing out)."""
    home = folder.resolve()
    target = (home / name).resolve()
    if target == home or not target.is_relative_to(home):
        raise ValueError(
            f"The file name {name!r} would be written outside {folder}; nothing was written."
        )
    return target


def _stem(text: str, fallback: str) -> str:
    text = unicodedata.normalize("NFC", text)
    # control characters separate like spaces; invisible formatting (a right-to-left
    # override that disguises "fdp.exe" as "exe.pdf") is dropped
    text = "".join(_clean(c) for c in text)
    stem = _fit(_UNSAFE.sub("-", text).strip(_TRIMMED), LONGEST_NAME)
    if not stem:
        stem = fallback
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem = f"_{stem}"
    return stem


def _clean(character: str) -> str:
    category = unicodedata.category(character)
    if category == "Cc":
        return " "
    return "" if category.startswith("C") else character


def _fit(stem: str, characters: int) -> str:
    """``stem`` cut to ``characters`` and to :data:`_LONGEST_BYTES` in UTF-8, without
    leaving a trailing dot or space."""
    stem = stem[:characters]
    while len(stem.encode("utf-8")) > _LONGEST_BYTES:
        stem = stem[:-1]
    return stem.rstrip(_TRIMMED)
