from __future__ import annotations

import json
from pathlib import Path

import pytest

from smtp_desk.core.errors import SettingsError
from smtp_desk.core.settings_file import FORMAT, VERSION, Settings, load_settings, save_settings
from tests.support.accounts import GMAIL_DRAFT

DRAFT = GMAIL_DRAFT.with_changes(from_name="Crystal Heights CHS – Accounts")


def test_no_file_yet_means_no_account(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.json") == Settings()


def test_round_trip_is_human_readable_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(account=DRAFT))
    assert load_settings(path) == Settings(account=DRAFT)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == (FORMAT, VERSION)
    assert data["account"]["port"] == 587
    assert "Crystal Heights CHS – Accounts" in path.read_text(encoding="utf-8"), "not escaped"
    assert path.read_text(encoding="utf-8").count("\n") > 5, "one setting a line"


def test_saving_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(account=DRAFT))
    save_settings(path, Settings(account=DRAFT.with_changes(port="465", security="ssl")))
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def _write(path: Path, data: object) -> str:
    text = json.dumps(data)
    path.write_text(text, encoding="utf-8")
    return text


def test_a_newer_version_is_refused_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    original = _write(path, {"format": FORMAT, "version": VERSION + 1, "account": {}, "x": 1})
    with pytest.raises(SettingsError, match=r"newer SMTP Desk \(version 2"):
        load_settings(path)
    with pytest.raises(SettingsError, match="Nothing was changed"):
        save_settings(path, Settings(account=DRAFT))
    assert path.read_text(encoding="utf-8") == original


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('{"format": "smtp-desk-settings", "version": 1,\n  "account": {', "line 2, column"),
        ('{"version": 1}', "not an SMTP Desk settings file"),
        ('["a list"]', "not an SMTP Desk settings file"),
        ('{"format": "smtp-desk-settings", "version": "1"}', "no valid version"),
        ('{"format": "smtp-desk-settings", "version": 0}', "unknown version 0"),
        ('{"format": "smtp-desk-settings", "version": 1, "account": 5}', "group of settings"),
        (
            '{"format": "smtp-desk-settings", "version": 1, "account": {"hots": "x"}}',
            "unknown setting\\(s\\): hots",
        ),
    ],
)
def test_damaged_or_foreign_files_are_refused_and_kept(
    tmp_path: Path, content: str, says: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError, match=says):
        load_settings(path)
    with pytest.raises(SettingsError):
        save_settings(path, Settings(account=DRAFT))
    assert path.read_text(encoding="utf-8") == content


def test_a_hand_edited_invalid_value_still_loads_so_the_form_can_show_it(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    _write(path, {"format": FORMAT, "version": 1, "account": {"host": "x y", "port": "abc"}})
    loaded = load_settings(path).account
    assert loaded is not None and (loaded.host, loaded.port) == ("x y", "abc")


def test_an_unreadable_file_is_reported_in_words(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()
    with pytest.raises(SettingsError, match="cannot be read"):
        load_settings(path)
