"""``smtp-desk configure`` and ``smtp-desk presets``, run in-process and as the real command."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from smtp_desk.cli import main
from smtp_desk.core.no_password_store import NO_STORE
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SERVICE
from tests.support.keyrings import MemoryKeyring

PASSWORD = "abcd efgh ijkl mnop"
GMAIL = [
    "configure",
    "--preset",
    "gmail",
    "--user",
    "billing@crystalheights.in",
    "--from-email",
    "billing@crystalheights.in",
    "--from-name",
    "Crystal Heights CHS",
]


def run(
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_configure_saves_settings_and_password(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_home: DataFolder,
    memory_keyring: MemoryKeyring,
) -> None:
    code, out, err = run([*GMAIL, "--password-stdin"], capsys, monkeypatch, PASSWORD + "\n")
    assert (code, err) == (0, "")
    assert "Saved to" in out and "MemoryKeyring" in out
    saved = json.loads(data_home.settings_file.read_text(encoding="utf-8"))["account"]
    assert (saved["host"], saved["port"], saved["security"]) == ("smtp.gmail.com", 587, "starttls")
    assert memory_keyring.entries == {
        (SERVICE, "billing@crystalheights.in@smtp.gmail.com"): PASSWORD
    }
    assert PASSWORD not in out + err


def test_invalid_input_exits_2_with_one_line_per_problem_naming_the_option(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_home: DataFolder
) -> None:
    code, _out, err = run(
        ["configure", "--host", "https://mail.x.in", "--port", "70000", "--from-email", "x"],
        capsys,
        monkeypatch,
    )
    assert code == 2
    lines = err.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == ["--host", "--port", "--from-email"]
    assert not data_home.settings_file.exists()


def test_warnings_are_printed_but_do_not_stop_the_save(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = [*GMAIL, "--from-email", "crystalheights@gmail.com", "--password-stdin"]
    code, _out, err = run(args, capsys, monkeypatch, PASSWORD)
    assert code == 0
    assert "warning: --from-email: Members trust bills" in err


def test_options_not_given_keep_their_saved_values(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_home: DataFolder
) -> None:
    run([*GMAIL, "--password-stdin"], capsys, monkeypatch, PASSWORD)
    code, _, err = run(
        ["configure", "--reply-to", "treasurer@crystalheights.in"], capsys, monkeypatch
    )
    assert (code, err) == (0, "")
    account = json.loads(data_home.settings_file.read_text(encoding="utf-8"))["account"]
    assert account["reply_to"] == "treasurer@crystalheights.in"
    assert account["from_name"] == "Crystal Heights CHS"


def test_security_follows_the_port_unless_given(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_home: DataFolder
) -> None:
    run([*GMAIL, "--password-stdin"], capsys, monkeypatch, PASSWORD)
    assert run(["configure", "--port", "465"], capsys, monkeypatch)[0] == 0
    account = json.loads(data_home.settings_file.read_text(encoding="utf-8"))["account"]
    assert (account["preset"], account["port"], account["security"]) == ("gmail", 465, "ssl")
    code, _, err = run(["configure", "--port", "587", "--security", "ssl"], capsys, monkeypatch)
    assert code == 0 and "normally uses STARTTLS" in err
    account = json.loads(data_home.settings_file.read_text(encoding="utf-8"))["account"]
    assert (account["preset"], account["security"]) == ("custom", "ssl")


def test_ses_region_and_sendgrid_user(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_home: DataFolder
) -> None:
    ses = ["configure", "--preset", "ses", "--region", "eu-west-2", "--user", "AKIAEXAMPLE"]
    ses += ["--from-email", "bills@crystal.in", "--password-stdin"]
    assert run(ses, capsys, monkeypatch, "ses-smtp-password")[0] == 0
    account = json.loads(data_home.settings_file.read_text(encoding="utf-8"))["account"]
    assert account["host"] == "email-smtp.eu-west-2.amazonaws.com"
    code, _, err = run(["configure", "--preset", "sendgrid", "--user", "me"], capsys, monkeypatch)
    assert code == 2 and "--user: For SendGrid the user ID is literally 'apikey'" in err


def test_empty_password_on_stdin_is_invalid(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run([*GMAIL, "--password-stdin"], capsys, monkeypatch, "\n")
    assert code == 2 and err.startswith("--password-stdin:")


def test_show_json_never_contains_the_password(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run([*GMAIL, "--password-stdin"], capsys, monkeypatch, PASSWORD)
    code, out, _ = run(["configure", "--show", "--json"], capsys, monkeypatch)
    assert code == 0
    shown = json.loads(out)
    assert shown["password_stored"] is True
    assert shown["account"]["user"] == "billing@crystalheights.in"
    assert shown["problems"] == []
    assert PASSWORD not in out and "abcdefgh" not in out.replace(" ", "")
    code, text, _ = run(["configure", "--show"], capsys, monkeypatch)
    assert "Password       stored" in text and PASSWORD not in text


def test_show_before_anything_is_saved(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(["configure", "--show", "--json"], capsys, monkeypatch)
    assert code == 0 and json.loads(out)["account"] is None
    assert "No account saved yet" in run(["configure", "--show"], capsys, monkeypatch)[1]


def test_a_newer_settings_file_is_reported_and_kept(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_home: DataFolder
) -> None:
    data_home.ensure()
    newer = '{"format": "smtp-desk-settings", "version": 4}'
    data_home.settings_file.write_text(newer, encoding="utf-8")
    code, _, err = run([*GMAIL, "--password-stdin"], capsys, monkeypatch, PASSWORD)
    assert code == 1 and "newer SMTP Desk" in err
    assert data_home.settings_file.read_text(encoding="utf-8") == newer


def test_presets_lists_every_short_id(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(["presets", "--json"], capsys, monkeypatch)
    ids = [p["id"] for p in json.loads(out)["presets"]]
    assert code == 0 and ids[0] == "gmail" and ids[-1] == "custom" and len(ids) == 15
    text = run(["presets"], capsys, monkeypatch)[1]
    assert "smtp.office365.com — 587 STARTTLS" in text


def test_the_installed_command_without_a_keyring_saves_the_settings_and_says_so_once(
    tmp_path: Path,
) -> None:
    command = shutil.which("smtp-desk", path=str(Path(sys.executable).parent))
    assert command, "the console entry point is installed"
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run(
        [command, *GMAIL, "--password-stdin"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Saved to" in done.stdout and "error" not in done.stdout + done.stderr
    assert (done.stdout + done.stderr).count(NO_STORE) == 1, "said once, plainly"
    home = Path(env["SMTP_DESK_HOME"])
    for path in home.rglob("*"):
        if path.is_file():
            assert PASSWORD not in path.read_text(encoding="utf-8")
    version = subprocess.run(
        [command, "--version"], capture_output=True, text=True, timeout=60, check=True
    )
    assert version.stdout.startswith("smtp-desk ")
