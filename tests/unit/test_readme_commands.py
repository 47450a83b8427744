"""The README's command synopsis matches the program (issue 16): every command it names
exists, every command of the program is named, and every option it shows a command taking
is one that command's parser accepts."""

from __future__ import annotations

import re
from pathlib import Path

from smtp_desk.cli import build_parser, command_tree

README = Path(__file__).resolve().parents[2] / "README.md"
TREE = command_tree(build_parser())


def _synopsis() -> list[str]:
    """The synopsis block's command lines, continuation lines joined, comments dropped."""
    section = README.read_text(encoding="utf-8").split("## Command line", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    joined = block.replace("\\\n", " ")
    return [line.split("  #")[0].strip() for line in joined.splitlines() if line.strip()]


def _command(line: str) -> str:
    """The longest command of the tree that the line names (``import members``)."""
    words = [w for w in line.split()[1:] if not w.startswith(("-", "[", "("))]
    for n in range(len(words), 0, -1):
        for first in words[0].split("|"):
            name = " ".join([first, *words[1:n]])
            if name in TREE:
                return name
    return ""


def _names(line: str) -> list[str]:
    """Every command a line names; ``import members|bills`` names two."""
    first = line.split()[1] if len(line.split()) > 1 else ""
    rest = line.split()[2:3]
    found = []
    for word in first.split("|"):
        for sub in rest[0].split("|") if rest else [""]:
            name = f"{word} {sub}".strip()
            found.append(name if name in TREE else word)
    return found


def _options(line: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", line))


def test_the_synopsis_is_found() -> None:
    lines = _synopsis()
    assert lines[0].startswith("smtp-desk") and len(lines) > 10


def test_every_command_named_in_the_readme_exists() -> None:
    for line in _synopsis():
        if line == "smtp-desk":
            continue
        for name in _names(line):
            assert name in TREE, f"README names {name!r}, which smtp-desk does not have"


def test_every_command_of_the_program_is_in_the_readme() -> None:
    named = {name for line in _synopsis() for name in _names(line)}
    for command in TREE:
        children = [other for other in TREE if other.startswith(f"{command} ")]
        if command not in named and children:  # import: named by its kinds
            assert set(children) & named, f"README's synopsis leaves out 'smtp-desk {command}'"
            continue
        assert command in named, f"README's synopsis leaves out 'smtp-desk {command}'"


def test_every_option_the_readme_shows_is_accepted() -> None:
    for line in _synopsis():
        if line == "smtp-desk":
            continue
        command = _command(line)
        accepted = {option for action in TREE[command]._actions for option in action.option_strings}
        for name in _names(line):  # import members|bills: each must accept every option
            if name != command and name in TREE:
                accepted &= {
                    option for action in TREE[name]._actions for option in action.option_strings
                }
        unknown = _options(line) - accepted
        assert not unknown, f"README: 'smtp-desk {command}' does not accept {sorted(unknown)}"


def test_the_preset_table_lists_every_preset() -> None:
    from smtp_desk.core.preset_table import PRESETS

    text = README.read_text(encoding="utf-8")
    table = text.split("| Preset (`--preset`)", 1)[1].split("\n\n", 1)[0]
    missing = [p.id for p in PRESETS if f"`{p.id}`" not in table]
    assert not missing, f"README's preset table leaves out {missing}"
