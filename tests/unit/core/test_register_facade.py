"""The register façade is the one way the front ends reach the register: nothing under
``smtp_desk/gui`` or ``smtp_desk/cli`` imports ``Store`` or ``Outbox`` (nor their modules),
or calls anything named so. Read from the source with ``ast``, as ``test_layers`` does."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smtp_desk.core import register
from smtp_desk.core.outbox_records import RunState
from smtp_desk.core.paths import DataFolder

PACKAGE = Path(__file__).resolve().parents[3] / "smtp_desk"
FRONT_ENDS = sorted([*(PACKAGE / "gui").rglob("*.py"), *(PACKAGE / "cli").rglob("*.py")])
MODULES = ("smtp_desk.core.store", "smtp_desk.core.outbox")
NAMES = ("Store", "Outbox")


def _reaches_the_register(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module in MODULES:
            found += [f"imports {a.name} from {node.module}" for a in node.names if a.name in NAMES]
        elif isinstance(node, ast.ImportFrom) and node.module == "smtp_desk.core":
            found += [f"imports {a.name}" for a in node.names if a.name in ("store", "outbox")]
        elif isinstance(node, ast.Import):
            found += [f"imports {a.name}" for a in node.names if a.name in MODULES]
        elif isinstance(node, ast.Call):
            called = node.func
            name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
            if name in NAMES or (
                isinstance(called, ast.Attribute)
                and isinstance(called.value, ast.Name)
                and called.value.id in NAMES
            ):
                found.append(f"calls {ast.unparse(called)}")
    return found


@pytest.mark.parametrize("path", FRONT_ENDS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_front_ends_never_open_the_register_themselves(path: Path) -> None:
    assert _reaches_the_register(path.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_store_opened() -> None:
    source = (
        "from smtp_desk.core.store import Store\n"
        "from smtp_desk.core.outbox import Outbox\n"
        "with Store.open(p) as s:\n    Outbox(s, domain='')\n"
    )
    assert len(_reaches_the_register(source)) == 4


def test_an_empty_data_folder_has_nothing_to_show(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path)
    assert register.unfinished_runs(folder) == []
    assert register.members_page(folder) is None
    assert register.status(folder, now=datetime.now(UTC)).runs == []
    assert register.register_rows(folder) == []


def test_run_states_keep_their_words() -> None:
    assert [s.value for s in RunState] == ["open", "paused", "done"]
