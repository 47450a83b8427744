"""One test (or one parameter row) per validation rule of the Email Credentials form."""

from __future__ import annotations

import pytest

from smtp_desk.core.account import AccountDraft, Security
from smtp_desk.core.presets import apply_preset, preset
from smtp_desk.core.validation import (
    FieldProblem,
    InvalidAccount,
    Severity,
    check,
    checked_account,
    has_control_characters,
)

GOOD = AccountDraft(
    preset="custom",
    host="mail.crystalheights.in",
    port="587",
    security="starttls",
    user="billing@crystalheights.in",
    from_email="billing@crystalheights.in",
    from_name="Crystal Heights CHS",
    reply_to="treasurer@crystalheights.in",
)


def problems(draft: AccountDraft, **kwargs: object) -> list[FieldProblem]:
    kwargs.setdefault("password_stored", True)
    return check(draft, **kwargs)  # type: ignore[arg-type]


def errors(draft: AccountDraft, **kwargs: object) -> dict[str, str]:
    return {p.field: p.message for p in problems(draft, **kwargs) if p.is_error}


def warnings(draft: AccountDraft, **kwargs: object) -> dict[str, str]:
    return {p.field: p.message for p in problems(draft, **kwargs) if not p.is_error}


def test_a_complete_society_account_has_no_problems() -> None:
    assert problems(GOOD) == []
    account = checked_account(GOOD, password_stored=True)
    assert (account.port, account.security) == (587, Security.STARTTLS)


@pytest.mark.parametrize(
    "host",
    [
        "smtp.gmail.com",
        "mail.crystalheights.in",
        "MAIL.Example.IN.",
        "localhost",
        "mailserver",
        "192.168.1.20",
        "::1",
        "2001:db8::25",
        "mail.société.fr",  # international domain name
        "xn--socit-esab.fr",
        "smtp-relay.brevo.com",
    ],
)
def test_host_accepts_names_and_addresses(host: str) -> None:
    assert "host" not in errors(GOOD.with_changes(host=host))


@pytest.mark.parametrize(
    ("host", "says"),
    [
        ("", "Enter the SMTP server"),
        ("https://smtp.gmail.com", "without 'https://'"),
        ("smtp://mail.crystal.in", "without 'https://'"),
        ("smtp .gmail.com", "cannot contain spaces"),
        ("smtp.gmail.com:587", "Port field"),
        ("billing@gmail.com", "email address"),
        ("smtp.gmail.com/mail", "path"),
        ("[::1]", "square brackets"),
        ("smtp..gmail.com", "letters, digits"),
        ("-smtp.gmail.com", "letters, digits"),
        ("smtp_gmail.com", "letters, digits"),
        ("a" * 64 + ".com", "letters, digits"),
        ("192.168.1.300", "IP address"),
        ("192.168.1", "IP address"),
        ("smtp.gmail.com\r\n", "control character"),
        ("smtp.\tgmail.com", "control character"),
    ],
)
def test_host_rejects_what_is_not_a_host(host: str, says: str) -> None:
    assert says in errors(GOOD.with_changes(host=host)).get("host", "")


@pytest.mark.parametrize("port", ["1", "25", "465", "587", "2525", "65535", " 587 "])
def test_port_accepts_1_to_65535(port: str) -> None:
    assert "port" not in errors(GOOD.with_changes(port=port))


@pytest.mark.parametrize("port", ["", "0", "65536", "99999", "abc", "58 7", "-1", "587.0", "٥٨٧"])
def test_port_rejects_anything_else(port: str) -> None:
    assert "port" in errors(GOOD.with_changes(port=port))


def test_security_must_be_one_of_the_three() -> None:
    assert "security" in errors(GOOD.with_changes(security="tls"))


def test_no_encryption_is_a_warning_that_names_the_consequence() -> None:
    plain = GOOD.with_changes(security="none", port="25")
    assert "security" not in errors(plain)
    message = warnings(plain)["security"]
    assert "Choose SSL/TLS or STARTTLS" in message
    assert "will not send your password" in message
    local = plain.with_changes(host="127.0.0.1")
    assert "will not send your password" not in warnings(local)["security"]


@pytest.mark.parametrize(
    ("port", "security", "says"),
    [
        ("465", "starttls", "Port 465 normally uses SSL/TLS"),
        ("587", "ssl", "587 normally uses STARTTLS"),
    ],
)
def test_port_and_security_mismatch_is_a_warning(port: str, security: str, says: str) -> None:
    draft = GOOD.with_changes(port=port, security=security)
    assert "security" not in errors(draft)
    assert says in warnings(draft)["security"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("from_email", "billing@crystalheights.in"),
        ("from_email", "accounts@société.fr"),  # international domain allowed
        ("from_email", "first.last+bills@mail.crystal.co.in"),
        ("reply_to", "treasurer@crystalheights.in"),
        ("reply_to", ""),  # Reply-To is optional
    ],
)
def test_addresses_accept_valid_ones(field: str, value: str) -> None:
    assert field not in errors(GOOD.with_changes(**{field: value}))


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("from_email", "", "Enter the From email"),
        ("from_email", "billing", "not valid"),
        ("from_email", "billing@", "not valid"),
        ("from_email", "bill ing@crystal.in", "not valid"),
        ("from_email", "a@b@crystal.in", "not valid"),
        ("from_email", "bill@crystal..in", "not valid"),
        ("from_email", "billing@crystal.in\r\nBcc: all@x.in", "line break"),
        ("reply_to", "treasurer", "not valid"),
        ("reply_to", "t@crystal.in\nBcc: x@y.in", "line break"),
    ],
)
def test_addresses_reject_invalid_ones(field: str, value: str, says: str) -> None:
    assert says in errors(GOOD.with_changes(**{field: value})).get(field, "")


@pytest.mark.parametrize("name", ["Crystal Heights\r\nBcc: x@y.in", "Accounts\x00", "A\u2028B"])
def test_from_name_rejects_line_breaks_and_control_characters(name: str) -> None:
    assert "control character" in errors(GOOD.with_changes(from_name=name))["from_name"]


def test_from_name_may_be_empty_or_unicode_but_not_endless() -> None:
    assert "from_name" not in errors(GOOD.with_changes(from_name=""))
    assert "from_name" not in errors(GOOD.with_changes(from_name="क्रिस्टल हाइट्स सीएचएस"))
    assert "from_name" in errors(GOOD.with_changes(from_name="x" * 101))


def test_user_id_with_a_control_character_is_refused() -> None:
    assert "control character" in errors(GOOD.with_changes(user="bill\ning@x.in"))["user"]


def test_user_id_is_required_by_every_provider_preset() -> None:
    gmail = apply_preset(GOOD, preset("gmail")).with_changes(user="")
    assert "Enter the user ID" in errors(gmail)["user"]


def test_custom_server_may_have_no_login() -> None:
    relay = GOOD.with_changes(user="")
    assert "user" not in errors(relay) and "password" not in errors(relay)


def test_gmail_user_id_should_be_the_full_address() -> None:
    gmail = apply_preset(GOOD, preset("gmail")).with_changes(user="billing")
    assert "full email address" in warnings(gmail)["user"]
    assert "user" not in errors(gmail)


def test_sendgrid_user_must_be_apikey() -> None:
    sendgrid = apply_preset(GOOD, preset("sendgrid")).with_changes(user="billing@crystal.in")
    assert "literally 'apikey'" in errors(sendgrid)["user"]
    assert "user" not in errors(sendgrid.with_changes(user="apikey"))


def test_password_is_required_when_none_is_stored() -> None:
    gmail = apply_preset(GOOD, preset("gmail"))
    assert "16-letter App Password" in errors(gmail, password_stored=False)["password"]
    assert "password" not in errors(gmail, password_stored=True)
    assert "password" not in errors(gmail, password="abcdefghijklmnop", password_stored=False)


def test_password_with_a_line_break_is_refused() -> None:
    assert "password" in errors(GOOD, password="secret\r\nQUIT")


def test_password_without_user_asks_for_the_user() -> None:
    relay = GOOD.with_changes(user="")
    assert "user" in errors(relay, password="something")


@pytest.mark.parametrize(
    ("preset_id", "password", "warned"),
    [
        ("gmail", "abcd efgh ijkl mnop", False),
        ("gmail", "MyNormalPassword9", True),
        ("workspace", "abcdefghijklmnop", False),
        ("yahoo", "abcd efgh ijkl mnop", False),
        ("yahoo", "yahoo-password", True),
        ("zoho-in", "a1b2c3d4e5f6", False),
        ("zoho", "my zoho password", True),
        ("custom", "anything at all", False),
        ("brevo", "xsmtpsib-0123", False),
    ],
)
def test_app_password_shape_is_a_warning(preset_id: str, password: str, warned: bool) -> None:
    draft = apply_preset(GOOD, preset(preset_id))
    if preset_id == "sendgrid":
        draft = draft.with_changes(user="apikey")
    assert "password" not in errors(draft, password=password)
    assert ("password" in warnings(draft, password=password)) is warned


@pytest.mark.parametrize("domain", ["gmail.com", "yahoo.co.in", "outlook.com", "rediffmail.com"])
def test_generic_from_domain_is_a_warning(domain: str) -> None:
    draft = GOOD.with_changes(from_email=f"crystalheights@{domain}")
    assert "from_email" not in errors(draft)
    assert "society's own domain" in warnings(draft)["from_email"]


@pytest.mark.parametrize(
    ("preset_id", "says"),
    [
        ("gmail", "Gmail replaces"),
        ("office365", "SendAsDenied"),
        ("zoho-in", "aliases"),
    ],
)
def test_from_different_from_login_warns_with_the_provider_consequence(
    preset_id: str, says: str
) -> None:
    draft = apply_preset(GOOD, preset(preset_id)).with_changes(from_email="secretary@crystal.in")
    assert says in warnings(draft)["from_email"]
    same = draft.with_changes(from_email=draft.user.upper())
    assert "from_email" not in warnings(same)


def test_providers_that_refuse_passwords_are_named_as_warnings() -> None:
    outlook = apply_preset(GOOD, preset("outlook"))
    assert "September 2024" in warnings(outlook)["sign_in"]
    assert "sign_in" not in errors(outlook)
    signed = outlook.with_changes(
        sign_in="microsoft", oauth_client_id="1b2c3d4e-5f60-4a1b-9c8d-7e6f5a4b3c2d"
    )
    assert "sign_in" not in warnings(signed), "no warning once it signs in with Microsoft"


def test_every_problem_is_reported_at_once() -> None:
    bad = AccountDraft(preset="gmail", host="https://x", port="0", from_email="nope")
    assert set(errors(bad, password_stored=False)) == {"host", "port", "user", "from_email"}


def test_checked_account_refuses_a_draft_with_errors() -> None:
    with pytest.raises(InvalidAccount) as raised:
        checked_account(GOOD.with_changes(port="70000"), password_stored=True)
    assert [p.field for p in raised.value.problems] == ["port"]


def test_warnings_do_not_stop_a_checked_account() -> None:
    account = checked_account(
        GOOD.with_changes(security="none", from_email="c@gmail.com"), password_stored=True
    )
    assert account.security is Security.NONE


def test_problem_text_is_the_message_and_severity_defaults_to_error() -> None:
    problem = FieldProblem("port", "The port must be a whole number.")
    assert str(problem) == "The port must be a whole number."
    assert problem.severity is Severity.ERROR and problem.is_error


@pytest.mark.parametrize(
    ("text", "has"), [("plain text", False), ("a\rb", True), ("a\u200bb", True), ("é", False)]
)
def test_control_character_detection(text: str, has: bool) -> None:
    assert has_control_characters(text) is has
