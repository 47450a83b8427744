from __future__ import annotations

import sys
from pathlib import Path

import pytest

from smtp_desk.core.paths import HOME_ENV, data_folder


def test_smtp_desk_home_chooses_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "society-2"))
    folder = data_folder()
    assert folder.root == (tmp_path / "society-2").resolve()
    assert folder.settings_file == folder.root / "settings.json"
    assert not folder.root.exists(), "nothing is created until needed"
    folder.ensure()
    assert folder.log_dir.is_dir()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are a Linux convention")
def test_without_the_variable_the_per_user_folder_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(HOME_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_folder().root == tmp_path / "xdg" / "smtp-desk"
