"""``smtp-desk profile`` and ``smtp-desk render``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from smtp_desk.core.paths import DataFolder
from tests.support.commands import run_command
from tests.support.pdf import metadata, text

PROFILE = [
    "profile",
    "--name",
    "Green Meadows CHS Ltd.",
    "--address",
    "Plot 7, Sector 12\\nVashi, Navi Mumbai 400703",
    "--bank-name",
    "State Bank of India, Vashi",
    "--account-name",
    "Green Meadows CHS Ltd.",
    "--account-number",
    "12345678901",
    "--ifsc",
    "sbin0001234",
    "--upi-id",
    "greenmeadows@sbi",
]


run = run_command


def test_profile_saves_and_shows(
    capsys: pytest.CaptureFixture[str], data_home: DataFolder, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.jpg"
    Image.new("RGB", (900, 900), (0, 120, 60)).save(logo, "JPEG")
    code, out, err = run([*PROFILE, "--logo", str(logo)], capsys)
    assert code == 0, err
    assert "warning: --registration:" in err
    code, out, _ = run(["profile", "--show", "--json"], capsys)
    shown = json.loads(out)["society"]
    assert shown["address"] == "Plot 7, Sector 12\nVashi, Navi Mumbai 400703"
    assert shown["ifsc"] == "SBIN0001234"
    assert (data_home.root / shown["logo"]).is_file()
    assert "IFSC             SBIN0001234" in run(["profile", "--show"], capsys)[1]


def test_profile_problems_exit_2_naming_the_option(
    capsys: pytest.CaptureFixture[str], data_home: DataFolder
) -> None:
    code, _, err = run(["profile", "--name", "X", "--address", "Y", "--ifsc", "123"], capsys)
    assert code == 2
    assert "--ifsc: An IFSC has 11 characters" in err
    assert "--bank-name: Members need all of bank" in err
    assert not (data_home.root / "society.json").exists()
    code, _, err = run([*PROFILE, "--logo", str(data_home.root / "none.png")], capsys)
    assert code == 2 and err.strip().endswith("cannot be read (No such file or directory).")


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("bill", "Maintenance bill CH/26-27/0429 – A-204 – November 2026"),
        ("receipt", "Payment receipt CH/R/26-27/0356 – A-102"),
        ("statement", "Member statement – A-102 – April–November 2026"),
    ],
)
def test_render_sample_documents(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str, title: str
) -> None:
    out = tmp_path / f"{kind}.pdf"
    code, printed, _ = run(["render", kind, "--sample", "--out", str(out)], capsys)
    assert code == 0 and f"Wrote {out}" in printed
    assert metadata(out.read_bytes())["Title"].startswith(title)


def test_render_with_the_office_letterhead(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "bill.pdf"
    code, _, err = run(
        ["render", "bill", "--sample", "--own-letterhead", "--out", str(out)], capsys
    )
    assert code == 1 and "save a complete Society Profile first" in err
    assert run(PROFILE, capsys)[0] == 0
    code, _, _ = run(["render", "bill", "--sample", "--own-letterhead", "--out", str(out)], capsys)
    shown = text(out.read_bytes())
    assert code == 0 and "Green Meadows CHS Ltd." in shown and "SBIN0001234" in shown
    assert "Crystal Heights" not in shown


def test_render_unknown_flat_is_invalid_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(
        ["render", "bill", "--sample", "--flat", "C-999", "--out", str(tmp_path / "x.pdf")], capsys
    )
    assert code == 2 and "no flat 'C-999'" in err
