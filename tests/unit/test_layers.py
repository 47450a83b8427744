"""The layers, read from the source (docs/architecture.md draws them):

    smtp_desk.entry ──► smtp_desk.gui ──┐
            └─────────► smtp_desk.cli ──┴──► smtp_desk.core

Every import in every module is read with ``ast``, the ones inside functions too: the
command line never imports the window or Qt, the window never imports the command line,
and the core imports neither front end nor Qt. Only ``smtp_desk.entry`` knows both front
ends. (That importing the core never loads Qt is also checked in a fresh interpreter by
``tests/unit/core/test_core_is_qt_free.py``.)
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "smtp_desk"
QT = ("PySide6", "shiboken6")
ENTRY = ("smtp_desk.entry", "smtp_desk.__main__")

# What each layer must never import (a name, or anything below it).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "smtp_desk.core": ("smtp_desk.gui", "smtp_desk.cli", *ENTRY, *QT),
    "smtp_desk.cli": ("smtp_desk.gui", *ENTRY, *QT),
    "smtp_desk.gui": ("smtp_desk.cli", *ENTRY),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module name ``source`` imports, anywhere in it. ``from a import b`` counts as
    ``a`` and ``a.b`` (``b`` may be a module); relative imports are made absolute;
    ``importlib.import_module("…")`` and ``__import__("…")`` with a literal name count too."""
    package = module if is_package else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                start = ".".join([*base, node.module] if node.module else base)
            else:
                start = node.module or ""
            names.add(start)
            names.update(f"{start}.{alias.name}" for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call) and node.args:
            called = node.func
            name = (
                called.attr
                if isinstance(called, ast.Attribute)
                else called.id
                if isinstance(called, ast.Name)
                else ""
            )
            first = node.args[0]
            if (
                name in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                names.add(first.value)
    return names


def _below(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _modules() -> dict[str, set[str]]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        source = path.read_text(encoding="utf-8")
        found[module] = imported_names(source, module, is_package=path.name == "__init__.py")
    return found


MODULES = _modules()


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_layer_imports_what_it_must_not(layer: str) -> None:
    modules = {m: names for m, names in MODULES.items() if _below(m, (layer,))}
    assert len(modules) > 10, f"{layer}: the modules were not found"
    broken = {}
    for module, names in sorted(modules.items()):
        bad = {n for n in names if _below(n, FORBIDDEN[layer])}
        if bad:
            broken[module] = sorted(bad)
    assert not broken, f"{layer} must not import {', '.join(FORBIDDEN[layer])}: {broken}"


def test_only_the_entry_knows_both_front_ends() -> None:
    both = [
        module
        for module, names in MODULES.items()
        if any(_below(n, ("smtp_desk.gui",)) for n in names)
        and any(_below(n, ("smtp_desk.cli",)) for n in names)
    ]
    assert both == ["smtp_desk.entry"]
    assert "smtp_desk.entry" in MODULES["smtp_desk.__main__"]


def test_the_reader_sees_every_way_of_importing() -> None:
    source = (
        "import PySide6.QtCore\n"
        "from smtp_desk.core import outbox\n"
        "from . import sibling\n"
        "from ..gui.app import main\n"
        "def later():\n"
        "    from smtp_desk.gui import app\n"
        "    importlib.import_module('smtp_desk.entry')\n"
    )
    names = imported_names(source, "smtp_desk.cli.demo")
    assert {
        "PySide6.QtCore",
        "smtp_desk.core.outbox",
        "smtp_desk.cli.sibling",
        "smtp_desk.gui.app",
        "smtp_desk.gui.app.main",
        "smtp_desk.entry",
    } <= names
    assert "smtp_desk.cli.x" in imported_names("from . import x", "smtp_desk.cli", is_package=True)


def test_a_command_loads_neither_qt_nor_the_window() -> None:
    """Through the real way in, in a fresh interpreter: ``smtp-desk presets``."""
    program = (
        "import sys, contextlib, io\n"
        "from smtp_desk.entry import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): code = main(['presets', '--json'])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')\n"
        "             or m.startswith('smtp_desk.gui'))\n"
        "sys.exit(', '.join(bad) or code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
