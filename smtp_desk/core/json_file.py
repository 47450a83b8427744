"""Versioned, human-readable JSON files in the data folder, written atomically.

Every file names its format and version. A file from a newer SMTP Desk, or one this
version cannot understand, is refused with a message that says so and is never
overwritten: the office may run two versions, and the newer one's data must survive.
Writes go to a temporary file that is renamed over the old one, so a power cut leaves
the old file or the new one, never half of each.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smtp_desk.core.errors import SettingsError

__all__ = ["VersionedJson"]


@dataclass(frozen=True)
class VersionedJson:
    """One kind of file: its ``format`` name, the ``version`` written, and what it is called
    in messages (``what``, e.g. "settings file")."""

    format: str
    version: int
    what: str

    def load(self, path: Path) -> dict[str, Any] | None:
        """The file's content, or None when it does not exist yet."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise SettingsError(f"The {self.what} {path} cannot be read ({exc.strerror}).") from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SettingsError(
                f"The {self.what} {path} is damaged (line {exc.lineno}, column {exc.colno}: "
                f"{exc.msg}). It was left as it is; fix it in a text editor or move it away "
                "to start afresh."
            ) from exc
        self._check_header(path, data)
        assert isinstance(data, dict)
        return data

    def save(self, path: Path, content: dict[str, Any]) -> None:
        """Write ``content`` with the header, refusing to replace a file this version
        cannot read."""
        self.load(path)  # raises for a newer or damaged file, which must not be replaced
        data = {"format": self.format, "version": self.version, **content}
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as tmp:
                tmp.write(text)
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise

    def group(self, path: Path, data: dict[str, Any], key: str) -> dict[str, Any] | None:
        """``data[key]`` as a dict (None when absent); a clear error when it is not one."""
        raw = data.get(key)
        if raw is None:
            return None
        if not isinstance(raw, dict):
            raise SettingsError(f"In {path}, '{key}' must be a group of settings.")
        return raw

    def strings(
        self, path: Path, raw: dict[str, Any], known: tuple[str, ...], key: str
    ) -> dict[str, str]:
        """The known settings of a group as text; unknown names are refused by name."""
        unknown = sorted(set(raw) - set(known))
        if unknown:
            raise SettingsError(
                f"In {path}, '{key}' has unknown setting(s): {', '.join(unknown)}. "
                "It was left as it is; correct the name or remove the line."
            )
        return {n: "" if raw[n] is None else str(raw[n]) for n in known if n in raw}

    def _check_header(self, path: Path, data: object) -> None:
        if not isinstance(data, dict) or data.get("format") != self.format:
            raise SettingsError(
                f"{path} is not an SMTP Desk {self.what}. It was left as it is; "
                "move it away to start afresh."
            )
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise SettingsError(f"The {self.what} {path} has no valid version number.")
        if version > self.version:
            raise SettingsError(
                f"The {self.what} {path} was written by a newer SMTP Desk (version "
                f"{version}; this program understands up to {self.version}). Nothing was "
                "changed. Install the newer SMTP Desk again, or use another data folder."
            )
        if version < 1:
            raise SettingsError(f"The {self.what} {path} has an unknown version {version}.")
