"""Several societies on one PC: each is its own data folder (what ``SMTP_DESK_HOME`` chooses
for the command line), the window remembers the last few opened, and a society goes by the
name in its Society Profile.

The list of recent societies belongs to the person, not to a society: it is kept in
``recent-societies.json`` in the per-user config folder
(:func:`~smtp_desk.core.paths.config_folder`), never inside a society's folder, so copying
or backing up one society carries nothing of the others. A damaged or newer list is not
worth refusing to start over: it reads as empty and is left as it is.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from smtp_desk.core.errors import SettingsError
from smtp_desk.core.json_file import VersionedJson
from smtp_desk.core.paths import DataFolder, config_folder, default_data_folder
from smtp_desk.core.society import load_profile

__all__ = [
    "RECENT_LIMIT",
    "FolderKind",
    "RecentSociety",
    "folder_kind",
    "recent_file",
    "recent_societies",
    "remember_society",
    "society_name",
]

log = logging.getLogger(__name__)

RECENT_LIMIT = 5
_FILE = VersionedJson("smtp-desk-recent-societies", 1, "list of recent societies")
# What only a society's data folder holds (settings, profile, register, logs).
_MARKS = ("settings.json", "society.json", "register.db", "logs")


@dataclass(frozen=True)
class RecentSociety:
    """A society opened before: its folder, and its name as it was then ("" for none)."""

    folder: Path
    name: str = ""

    def __str__(self) -> str:
        return self.name or self.folder.name or str(self.folder)


class FolderKind(Enum):
    """What a folder chosen with File > Open Society… holds."""

    SOCIETY = "society"  # an SMTP Desk data folder
    EMPTY = "empty"  # empty or not made yet: a new society starts here
    OTHER = "other"  # other files: probably not meant for a society's data


def recent_file() -> Path:
    return config_folder() / "recent-societies.json"


def recent_societies() -> list[RecentSociety]:
    """The societies opened last, the latest first (at most :data:`RECENT_LIMIT`)."""
    path = recent_file()
    try:
        data = _FILE.load(path)
    except SettingsError as exc:
        log.warning("%s", exc)
        return []
    raw = [] if data is None else data.get("societies", [])
    if not isinstance(raw, list):
        return []
    found: list[RecentSociety] = []
    for entry in raw:
        if isinstance(entry, dict) and isinstance(entry.get("folder"), str):
            name = entry.get("name")
            name = name if isinstance(name, str) else ""
            found.append(RecentSociety(Path(entry["folder"]), name))
    return found[:RECENT_LIMIT]


def remember_society(folder: DataFolder, *, name: str = "") -> list[RecentSociety]:
    """Put ``folder`` first in the recent list (once, with its name now); the list as kept.
    A list that cannot be written is said in the log and left: nothing else depends on it."""
    root = folder.root
    kept = [RecentSociety(root, name)]
    kept += [entry for entry in recent_societies() if entry.folder != root]
    kept = kept[:RECENT_LIMIT]
    content = {"societies": [{"folder": str(e.folder), "name": e.name} for e in kept]}
    try:
        _FILE.save(recent_file(), content)
    except (SettingsError, OSError) as exc:
        log.warning("The list of recent societies was not updated: %s", exc)
    return kept


def society_name(folder: DataFolder) -> str:
    """The name the society goes by: its Society Profile's, else its folder's; "" for the
    per-user default folder before a profile is saved (its folder name says nothing)."""
    try:
        name = load_profile(folder.root).name.strip()
    except SettingsError:
        name = ""
    if name:
        return name
    if folder.root == default_data_folder().root:
        return ""
    return folder.root.name


def folder_kind(path: Path) -> FolderKind:
    """Whether ``path`` is a society's data folder, a new (empty) one, or holds other files."""
    try:
        names = {child.name for child in path.iterdir()}
    except FileNotFoundError:
        return FolderKind.EMPTY
    except OSError:
        return FolderKind.OTHER
    if names & set(_MARKS):
        return FolderKind.SOCIETY
    return FolderKind.OTHER if names else FolderKind.EMPTY
