"""The example society account the tests share."""

from __future__ import annotations

from smtp_desk.core.account import AccountDraft

APP_PASSWORD = "abcd efgh ijkl mnop"  # a Gmail-shaped example, nobody's secret

GMAIL_DRAFT = AccountDraft(
    preset="gmail",
    host="smtp.gmail.com",
    port="587",
    security="starttls",
    user="billing@crystalheights.in",
    from_email="billing@crystalheights.in",
    from_name="Crystal Heights CHS",
)
