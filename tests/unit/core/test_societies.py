"""Several societies on one PC: the recent list (per user, outside every society's folder,
the last five, latest first), the name a society goes by, and what a chosen folder holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smtp_desk.core.paths import CONFIG_ENV, DataFolder, config_folder
from smtp_desk.core.societies import (
    RECENT_LIMIT,
    FolderKind,
    folder_kind,
    recent_file,
    recent_societies,
    remember_society,
    society_name,
)
from smtp_desk.core.society import SocietyProfile, save_profile


@pytest.fixture(autouse=True)
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv(CONFIG_ENV, str(folder))
    return folder


def test_the_recent_list_is_kept_per_user_outside_the_societies(
    tmp_path: Path, config: Path
) -> None:
    assert config_folder() == config.resolve()
    assert recent_societies() == [], "nothing written by reading"
    assert not config.exists()
    green = DataFolder(tmp_path / "green")
    remember_society(green, name="Green Park CHS")
    assert recent_file().parent == config.resolve()
    assert recent_societies()[0].folder == green.root
    assert str(recent_societies()[0]) == "Green Park CHS"
    assert not (green.root / "recent-societies.json").exists()


def test_the_latest_comes_first_once_and_the_list_keeps_five(tmp_path: Path) -> None:
    folders = [DataFolder(tmp_path / f"society-{n}") for n in range(7)]
    for folder in folders:
        remember_society(folder)
    assert [e.folder.name for e in recent_societies()] == [
        "society-6",
        "society-5",
        "society-4",
        "society-3",
        "society-2",
    ]
    assert len(recent_societies()) == RECENT_LIMIT
    remember_society(folders[3], name="Laxmi CHS")
    assert [str(e) for e in recent_societies()] == [
        "Laxmi CHS",
        "society-6",
        "society-5",
        "society-4",
        "society-2",
    ]


def test_a_damaged_list_reads_as_empty_and_is_left_alone(config: Path, tmp_path: Path) -> None:
    config.mkdir()
    recent_file().write_text("{damaged", "utf-8")
    assert recent_societies() == []
    newer = {"format": "smtp-desk-recent-societies", "version": 99, "societies": []}
    recent_file().write_text(json.dumps(newer), "utf-8")
    assert recent_societies() == []
    remember_society(DataFolder(tmp_path / "x"))  # said in the log; the newer file stays
    assert json.loads(recent_file().read_text("utf-8")) == newer


def test_a_society_goes_by_its_profile_name_else_its_folder(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "green-park")
    assert society_name(folder) == "green-park"
    profile = SocietyProfile(name="Green Park CHS", address="Aundh, Pune")
    save_profile(folder.ensure().root, profile)
    assert society_name(folder) == "Green Park CHS"


def test_what_a_chosen_folder_holds(tmp_path: Path) -> None:
    assert folder_kind(tmp_path / "new") is FolderKind.EMPTY
    (tmp_path / "empty").mkdir()
    assert folder_kind(tmp_path / "empty") is FolderKind.EMPTY
    society = DataFolder(tmp_path / "society").ensure()
    assert folder_kind(society.root) is FolderKind.SOCIETY
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "letter.docx").write_bytes(b"x")
    assert folder_kind(tmp_path / "documents") is FolderKind.OTHER
