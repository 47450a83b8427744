from __future__ import annotations

import pytest

from smtp_desk.core.account import AccountDraft, Security, security_for_port
from smtp_desk.core.preset_table import PRESETS, SES_DEFAULT_REGION, AppPasswordShape, ses_region
from smtp_desk.core.presets import CUSTOM, apply_preset, preset, reconcile_preset

REQUIRED_IDS = [
    "gmail",
    "workspace",
    "office365",
    "outlook",
    "zoho-in",
    "zoho",
    "yahoo",
    "ses",
    "sendgrid",
    "mailgun",
    "mailgun-eu",
    "brevo",
    "postmark",
    "practice",
    "custom",
]


def test_the_table_holds_exactly_the_documented_presets_once_each() -> None:
    assert [p.id for p in PRESETS] == REQUIRED_IDS


@pytest.mark.parametrize("p", [p for p in PRESETS if not p.is_custom], ids=lambda p: p.id)
def test_every_provider_preset_is_complete_and_consistent(p: object) -> None:
    from smtp_desk.core.preset_table import Preset

    assert isinstance(p, Preset)
    assert p.host and p.name and p.help and p.limit_text and p.user_hint and p.password_kind
    ports = [port for port, _ in p.endpoints]
    assert len(ports) == len(set(ports)), "a port listed twice"
    for port, security in p.endpoints:
        assert security is not Security.NONE, "no preset may default to plain text"
        assert security_for_port(port) in (None, security), f"{port} paired with {security}"


@pytest.mark.parametrize(
    ("preset_id", "host", "port", "security"),
    [
        ("gmail", "smtp.gmail.com", 587, Security.STARTTLS),
        ("workspace", "smtp.gmail.com", 587, Security.STARTTLS),
        ("office365", "smtp.office365.com", 587, Security.STARTTLS),
        ("outlook", "smtp-mail.outlook.com", 587, Security.STARTTLS),
        ("zoho-in", "smtp.zoho.in", 465, Security.SSL),
        ("zoho", "smtp.zoho.com", 465, Security.SSL),
        ("yahoo", "smtp.mail.yahoo.com", 465, Security.SSL),
        ("ses", f"email-smtp.{SES_DEFAULT_REGION}.amazonaws.com", 587, Security.STARTTLS),
        ("sendgrid", "smtp.sendgrid.net", 587, Security.STARTTLS),
        ("mailgun", "smtp.mailgun.org", 587, Security.STARTTLS),
        ("mailgun-eu", "smtp.eu.mailgun.org", 587, Security.STARTTLS),
        ("brevo", "smtp-relay.brevo.com", 587, Security.STARTTLS),
        ("postmark", "smtp.postmarkapp.com", 587, Security.STARTTLS),
    ],
)
def test_choosing_a_preset_fills_host_port_and_security(
    preset_id: str, host: str, port: int, security: Security
) -> None:
    typed = AccountDraft(user="accounts@crystal.in", from_email="accounts@crystal.in")
    filled = apply_preset(typed, preset(preset_id))
    assert (filled.preset, filled.host, filled.port, filled.security) == (
        preset_id,
        host,
        str(port),
        security.value,
    )
    assert filled.from_email == "accounts@crystal.in", "typed addresses are kept"


def test_documented_limits_are_in_the_table() -> None:
    assert preset("gmail").daily_limit == 500
    assert preset("workspace").daily_limit == 2000
    assert (preset("office365").minute_limit, preset("office365").daily_limit) == (30, 10000)
    assert preset("brevo").daily_limit == 300
    assert (preset("ses").daily_limit, preset("ses").minute_limit) == (200, 60)
    assert preset("sendgrid").per_connection == 5000
    assert CUSTOM.daily_limit is None and CUSTOM.minute_limit is None


def test_providers_without_port_465_do_not_list_it() -> None:
    assert 465 not in [port for port, _ in preset("office365").endpoints]
    assert 465 not in [port for port, _ in preset("postmark").endpoints]


def test_sendgrid_fills_the_literal_user_id() -> None:
    filled = apply_preset(AccountDraft(user="someone@x.in"), preset("sendgrid"))
    assert filled.user == "apikey"


def test_ses_host_carries_the_chosen_region() -> None:
    filled = apply_preset(AccountDraft(), preset("ses"), region="eu-west-1")
    assert filled.host == "email-smtp.eu-west-1.amazonaws.com"
    assert ses_region(filled.host) == "eu-west-1"
    assert ses_region("smtp.gmail.com") is None
    again = apply_preset(filled.with_changes(port="2587"), preset("ses"))
    assert again.host == filled.host, "re-applying keeps the region already in the host"


def test_custom_keeps_every_field() -> None:
    draft = AccountDraft(preset="gmail", host="mail.crystal.in", port="2525", user="u")
    assert apply_preset(draft, CUSTOM) == draft.with_changes(preset="custom")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"port": "465", "security": "ssl"}, "gmail"),  # another documented endpoint
        ({"port": "465", "security": "starttls"}, "custom"),
        ({"host": "mail.crystal.in"}, "custom"),
        ({"host": "SMTP.Gmail.com."}, "gmail"),  # case and trailing dot do not matter
        ({"port": "abc"}, "custom"),
        ({"user": "someone-else@crystal.in"}, "gmail"),  # not part of the match
    ],
)
def test_editing_turns_the_preset_into_custom_only_when_it_no_longer_matches(
    change: dict[str, str], expected: str
) -> None:
    gmail = apply_preset(AccountDraft(), preset("gmail"))
    assert reconcile_preset(gmail.with_changes(**change)).preset == expected


def test_the_picked_preset_comes_back_when_the_fields_match_it_again() -> None:
    gmail = apply_preset(AccountDraft(), preset("gmail"))
    half_typed = reconcile_preset(gmail.with_changes(host="smtp.gmail.co"), chosen="gmail")
    assert half_typed.preset == "custom"
    retyped = reconcile_preset(half_typed.with_changes(host="smtp.gmail.com"), chosen="gmail")
    assert retyped.preset == "gmail"


def test_office365_on_465_is_not_office365() -> None:
    o365 = apply_preset(AccountDraft(), preset("office365"))
    assert reconcile_preset(o365.with_changes(port="465", security="ssl")).preset == "custom"


def test_zoho_paid_host_is_still_zoho() -> None:
    zoho = apply_preset(AccountDraft(), preset("zoho-in"))
    assert reconcile_preset(zoho.with_changes(host="smtppro.zoho.in")).preset == "zoho-in"


def test_unknown_preset_id_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="gmail"):
        preset("hotmail")
    assert reconcile_preset(AccountDraft(preset="hotmail")).preset == "custom"


@pytest.mark.parametrize(
    ("shape", "password", "fits"),
    [
        (AppPasswordShape(16, "letters"), "abcd efgh ijkl mnop", True),
        (AppPasswordShape(16, "letters"), "abcdefghijklmnop", True),
        (AppPasswordShape(16, "letters"), "MyGmailPassword1", False),
        (AppPasswordShape(16, "letters"), "short", False),
        (AppPasswordShape(12, "letters and digits"), "a1b2c3d4e5f6", True),
        (AppPasswordShape(12, "letters and digits"), "a1b2c3d4e5f!", False),
    ],
)
def test_app_password_shape(shape: AppPasswordShape, password: str, fits: bool) -> None:
    assert shape.fits(password) is fits
