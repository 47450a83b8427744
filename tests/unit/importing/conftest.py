from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.store import Store

DATA = Path(__file__).resolve().parents[2] / "data" / "import"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "register.db") as opened:
        yield opened


@pytest.fixture
def with_members(store: Store) -> Store:
    report = import_file(store, Kind.MEMBERS, DATA / "members_ok.csv")
    assert report.ok, report.problems
    return store


def contents(store: Store) -> tuple[object, ...]:
    """Everything in the register, to show a rejected import changed nothing."""
    return store.members(), store.bills(), store.receipts()


def problems(report: object) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.message) for p in report.problems]  # type: ignore[attr-defined]
