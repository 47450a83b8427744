"""Real storage trouble for tests: a damaged page, and a disk that fills up.

A damaged register is a real one with random bytes written over a page (page 2 holds the
members table). A full disk is SQLite's own: ``PRAGMA max_page_count`` on the connections
the program opens makes a write that needs a new page fail with SQLITE_FULL ("database or
disk is full"), exactly as a full disk does; nothing is mocked but the size of the disk.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from smtp_desk.core.store import Store

PAGE = 4096


def damage_page(path: Path, page: int = 2, *, seed: int = 12) -> None:
    """Overwrite page ``page`` (1-based) of the SQLite file at ``path`` with random bytes,
    after folding the write-ahead log in, as a failing disk or a killed copy would leave it."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    with path.open("r+b") as file:
        file.seek((page - 1) * PAGE)
        file.write(random.Random(seed).randbytes(PAGE))  # noqa: S311 (no secret)


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, to compare a register before and after."""
    db = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {t: sorted(db.execute(f"SELECT * FROM {t}"), key=repr) for t in tables}  # noqa: S608
    finally:
        db.close()


def limit_growth(
    monkeypatch: pytest.MonkeyPatch,
    *,
    pages: int = 0,
    when: Callable[[Path], bool] = lambda _path: True,
) -> None:
    """From now on, every register this process opens (when ``when(path)``) may grow by
    ``pages`` pages at most: a disk that is full, for SQLite."""
    original = Store.open.__func__  # type: ignore[attr-defined]

    def open_limited(cls: type[Store], path: Path) -> Store:
        store: Store = original(cls, path)
        if when(path):
            db = store.connection
            count = int(db.execute("PRAGMA page_count").fetchone()[0])
            db.execute(f"PRAGMA max_page_count = {count + pages}")
        return store

    monkeypatch.setattr(Store, "open", classmethod(open_limited))
