from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from smtp_desk.core.errors import SettingsError, SmtpDeskError
from smtp_desk.core.society import (
    LOGO_MAX_PX,
    InvalidProfile,
    SocietyProfile,
    check_profile,
    load_profile,
    prepare_logo,
    save_profile,
)

GOOD = SocietyProfile(
    name="Green Meadows Co-operative Housing Society Ltd.",
    registration="TNA/HSG/1234/2001",
    address="Plot 7, Sector 12\nVashi, Navi Mumbai 400703",
    email="office@greenmeadows.in",
    phone="+91 22 2789 0000",
    bank_name="State Bank of India, Vashi",
    account_name="Green Meadows CHS Ltd.",
    account_number="12345678901",
    ifsc="SBIN0001234",
    upi_id="greenmeadows@sbi",
)


def errors(profile: SocietyProfile) -> dict[str, str]:
    return {p.field: p.message for p in check_profile(profile) if p.is_error}


def test_a_complete_profile_has_no_problems() -> None:
    assert check_profile(GOOD) == []


@pytest.mark.parametrize("ifsc", ["SBIN0001234", "sbin0001234", "HDFC0ABC123", " UTIB0000001 "])
def test_ifsc_shape_accepted(ifsc: str) -> None:
    assert "ifsc" not in errors(replace(GOOD, ifsc=ifsc))


@pytest.mark.parametrize("ifsc", ["SBIN1001234", "SBI0001234", "SBIN00012345", "1234SBIN000"])
def test_ifsc_shape_refused(ifsc: str) -> None:
    assert "11 characters" in errors(replace(GOOD, ifsc=ifsc))["ifsc"]


@pytest.mark.parametrize(
    "upi", ["greenmeadows@sbi", "green.meadows-1@okhdfcbank", "9876543210@upi"]
)
def test_upi_id_shape_accepted(upi: str) -> None:
    assert "upi_id" not in errors(replace(GOOD, upi_id=upi))


@pytest.mark.parametrize("upi", ["greenmeadows", "@sbi", "green meadows@sbi", "a@b@c", "x@1bank"])
def test_upi_id_shape_refused(upi: str) -> None:
    assert "name@bank" in errors(replace(GOOD, upi_id=upi))["upi_id"]


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("name", "", "Enter the society's name"),
        ("name", "Green\r\nMeadows", "control character"),
        ("address", "  \n ", "Enter the society's address"),
        ("address", "Plot 7\x00", "control character"),
        ("email", "office@", "not valid"),
        ("phone", "call us", "digits"),
        ("account_number", "12AB", "9 to 18 digits"),
        ("currency", "RUPEES", "three-letter"),
        ("locale", "xx_YY_ZZ", "en_IN"),
    ],
)
def test_each_rule_names_its_field(field: str, value: str, says: str) -> None:
    assert says in errors(replace(GOOD, **{field: value}))[field]


def test_bank_details_come_complete_or_not_at_all() -> None:
    partial = replace(GOOD, account_name="", ifsc="")
    assert set(errors(partial)) == {"account_name", "ifsc"}
    none = replace(GOOD, bank_name="", account_name="", account_number="", ifsc="")
    assert errors(none) == {}


def test_address_may_have_several_lines_and_registration_is_advice() -> None:
    problems = check_profile(replace(GOOD, registration=""))
    assert [(p.field, p.is_error) for p in problems] == [("registration", False)]


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    saved = save_profile(
        tmp_path, replace(GOOD, ifsc="sbin0001234", account_number="1234 5678 901")
    )
    assert (saved.ifsc, saved.account_number) == ("SBIN0001234", "12345678901")
    assert load_profile(tmp_path) == saved
    data = json.loads((tmp_path / "society.json").read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("smtp-desk-society", 1)


def test_invalid_profile_is_not_saved(tmp_path: Path) -> None:
    with pytest.raises(InvalidProfile) as raised:
        save_profile(tmp_path, replace(GOOD, ifsc="X", upi_id="y"))
    assert {p.field for p in raised.value.problems} == {"ifsc", "upi_id"}
    assert not (tmp_path / "society.json").exists()


def test_a_newer_profile_file_is_refused_and_kept(tmp_path: Path) -> None:
    newer = '{"format": "smtp-desk-society", "version": 5}'
    (tmp_path / "society.json").write_text(newer, encoding="utf-8")
    with pytest.raises(SettingsError, match="newer SMTP Desk"):
        save_profile(tmp_path, GOOD)
    assert (tmp_path / "society.json").read_text(encoding="utf-8") == newer


def _picture(tmp_path: Path, name: str, size: tuple[int, int], kind: str) -> Path:
    path = tmp_path / name
    Image.new("RGB", size, (20, 70, 140)).save(path, kind)
    return path


@pytest.mark.parametrize(("name", "kind"), [("logo.png", "PNG"), ("logo.jpg", "JPEG")])
def test_logo_is_scaled_and_stored_with_the_profile(tmp_path: Path, name: str, kind: str) -> None:
    png = prepare_logo(_picture(tmp_path, name, (2400, 1200), kind))
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and max(image.size) == LOGO_MAX_PX
        assert image.size == (LOGO_MAX_PX, LOGO_MAX_PX // 2)
    folder = tmp_path / "data"
    saved = save_profile(folder, GOOD, logo_png=png)
    assert saved.logo.startswith("logo-") and (folder / saved.logo).read_bytes() == png


def test_a_new_logo_replaces_the_old_file_only_after_saving(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first = save_profile(
        folder, GOOD, logo_png=prepare_logo(_picture(tmp_path, "a.png", (50, 50), "PNG"))
    )
    other = prepare_logo(_picture(tmp_path, "b.png", (60, 40), "PNG"))
    with pytest.raises(InvalidProfile):
        save_profile(folder, replace(first, ifsc="bad"), logo_png=other)
    assert [p.name for p in folder.glob("logo-*")] == [first.logo], "nothing changed"
    second = save_profile(folder, first, logo_png=other)
    assert [p.name for p in folder.glob("logo-*")] == [second.logo] != [first.logo]
    removed = save_profile(folder, replace(second, logo=""))
    assert removed.logo == "" and list(folder.glob("logo-*")) == []


@pytest.mark.parametrize(
    ("content", "says"),
    [(b"GIF89a....", "not a PNG or JPEG"), (b"\x89PNG\r\n\x1a\nbroken", "damaged")],
)
def test_a_bad_logo_is_refused_in_words(tmp_path: Path, content: bytes, says: str) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    with pytest.raises(SmtpDeskError, match=says):
        prepare_logo(path)
    with pytest.raises(SmtpDeskError, match="cannot be read"):
        prepare_logo(tmp_path / "missing.png")
