"""The troubleshooting topics: one for every diagnosis, each link inside them leading to
another topic, the search finding what an office would type."""

from __future__ import annotations

import re

import pytest

from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.troubleshooting import GENERAL, TOPICS, matching, topic, topic_for

IDS = {t.id for t in TOPICS}


@pytest.mark.parametrize("category", list(DiagnosisCategory))
def test_every_diagnosis_category_has_a_topic(category: DiagnosisCategory) -> None:
    assert topic_for(category) in IDS
    assert topic_for(category.value) == topic_for(category), "the register's text works too"


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        ("auth_failed", "password"),
        ("password_missing", "password"),
        ("app_password_required", "app-password"),
        ("timeout", "firewall"),
        ("connection_refused", "firewall"),
        ("quota_exceeded", "daily-limit"),
        ("sender_rejected", "from-refused"),
        ("policy_rejected", "spam"),
        ("certificate_untrusted", "certificate"),
        ("clock_wrong", "certificate"),
        ("dns_not_found", "no-internet"),
        ("mailbox_smtp_auth_disabled", "microsoft"),
        ("oauth_consent_needed", "microsoft"),
        ("sign_in_needed", "microsoft"),
        ("unknown", GENERAL),
    ],
)
def test_the_topic_is_the_one_that_helps(category: str, expected: str) -> None:
    assert topic_for(category) == expected


def test_a_refused_password_at_a_provider_of_app_passwords_points_at_them() -> None:
    for preset in ("gmail", "workspace", "yahoo", "zoho-in"):
        assert topic_for("auth_failed", preset=preset) == "app-password"
    assert topic_for("auth_failed", preset="office365") == "password"
    assert topic_for("timeout", preset="gmail") == "firewall"


def test_an_unknown_category_or_topic_gets_the_general_topic() -> None:
    assert topic_for("something_from_a_newer_version") == GENERAL
    assert topic("no-such-topic").id == GENERAL


def test_topics_are_unique_and_their_links_lead_somewhere() -> None:
    assert len(IDS) == len(TOPICS)
    for each in TOPICS:
        assert each.title and each.text.strip()
        assert str(each) == each.title
        assert each.markdown().startswith(f"## {each.title}\n\n")
        for target in re.findall(r"\]\(#([^)]+)\)", each.text):
            assert target in IDS, f"{each.id} links to {target}"
        assert not re.search(r"^\s*>", each.text, re.MULTILINE), "no line read as a quote"


def test_the_topics_an_office_needs_say_what_to_do() -> None:
    assert "myaccount.google.com/apppasswords" in topic("app-password").text
    microsoft = topic("microsoft").text
    assert "docs/microsoft-365-sign-in.md" in microsoft
    assert "Authenticated SMTP" in microsoft and "admin consent" in microsoft
    assert "587" in topic("firewall").text and "465" in topic("firewall").text
    limit = topic("daily-limit").text
    assert "500 a day" in limit and "2,000 a day" in limit
    assert "Nobody gets a second copy" in limit
    spam = topic("spam").text
    for record in ("v=spf1 include:_spf.google.com", "google._domainkey", "v=DMARC1; p=none"):
        assert record in spam
    assert "February 2024" in spam
    assert "Send mail as" in topic("from-refused").text


def test_the_search_finds_every_word_in_any_case() -> None:
    assert [t.id for t in matching("")] == [t.id for t in TOPICS]
    assert "spam" in {t.id for t in matching("dmarc SPF")}
    antivirus = {t.id for t in matching("Antivirus")}
    assert {"firewall", "certificate"} <= antivirus
    assert matching("antivirus dmarc zzz") == []
