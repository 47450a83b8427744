from __future__ import annotations

from pathlib import Path

import pytest

from smtp_desk.core.safe_names import (
    LONGEST_NAME,
    folded,
    inside,
    safe_file_name,
    unique_file_name,
)
from tests.support.export_corpus import portable


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CH/26-27/0421", "CH-26-27-0421.eml"),
        ("statement A-101", "statement-A-101.eml"),
        ("..\\..\\evil", "evil.eml"),
        ("../x", "x.eml"),
        ("/etc/passwd", "etc-passwd.eml"),
        ("C:\\Windows\\evil", "C-Windows-evil.eml"),
        ("CON", "_CON.eml"),
        ("con", "_con.eml"),
        ("aux.txt", "_aux.txt.eml"),
        ("LPT9", "_LPT9.eml"),
        ("COM¹", "_COM¹.eml"),
        ("CONSOLE", "CONSOLE.eml"),
        ("a:b", "a-b.eml"),
        ('what?*"<>|', "what.eml"),
        ("name.", "name.eml"),
        ("name .. ", "name.eml"),
        (".hidden", "hidden.eml"),
        ("..", "document.eml"),
        ("???", "document.eml"),
        ("", "document.eml"),
        ("tab\there\nand\x07bell", "tab-here-and-bell.eml"),
        ("bill\u202efdp.exe", "billfdp.exe.eml"),  # a right-to-left override is dropped
        ("बिल/०४२१", "बिल-०४२१.eml"),
    ],
)
def test_safe_file_name(text: str, name: str) -> None:
    assert safe_file_name(text, suffix=".eml") == name
    assert portable(name)


def test_a_long_name_is_cut() -> None:
    assert safe_file_name("x" * 300, suffix=".eml") == "x" * LONGEST_NAME + ".eml"
    wide = safe_file_name("ग" * 300, suffix=".eml")
    assert portable(wide) and len(wide.encode("utf-8")) <= 210
    assert safe_file_name("a" * 99 + ". b", suffix=".eml") == "a" * 99 + ".eml"


def test_an_unsafe_suffix_is_refused() -> None:
    with pytest.raises(ValueError, match="unsafe file suffix"):
        safe_file_name("x", suffix="/../.eml")


def test_unique_file_name_counts_past_names_taken_in_any_case() -> None:
    taken: set[str] = set()
    names = []
    for text in ("A/1", "A:1", "a-1", "A-1-2"):
        name = unique_file_name(text, suffix=".eml", taken=taken)
        taken.add(folded(name))
        names.append(name)
    assert names == ["A-1.eml", "A-1-2.eml", "a-1-3.eml", "A-1-2-2.eml"]
    long = unique_file_name("x" * 300, suffix=".eml", taken={folded("x" * 100 + ".eml")})
    assert long == "x" * 98 + "-2.eml"


def test_inside_keeps_a_name_in_its_folder(tmp_path: Path) -> None:
    assert inside(tmp_path, "a.eml") == tmp_path.resolve() / "a.eml"
    for name in ("../a.eml", "/etc/passwd", "..", ".", "", "sub/../../a.eml"):
        with pytest.raises(ValueError, match="would be written outside"):
            inside(tmp_path, name)


def test_inside_refuses_a_link_that_points_out(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "bill.eml").symlink_to(tmp_path / "elsewhere.eml")
    with pytest.raises(ValueError, match=r"'bill\.eml' would be written outside"):
        inside(folder, "bill.eml")
