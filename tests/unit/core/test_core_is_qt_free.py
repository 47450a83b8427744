"""The core must work where Qt cannot: importing it never loads PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import smtp_desk.core


def test_importing_every_core_module_does_not_import_pyside6() -> None:
    modules = [m.name for m in pkgutil.walk_packages(smtp_desk.core.__path__, "smtp_desk.core.")]
    assert "smtp_desk.core.validation" in modules
    program = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import smtp_desk.cli\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(len(sys.modules)); sys.exit(', '.join(bad) or 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 10
