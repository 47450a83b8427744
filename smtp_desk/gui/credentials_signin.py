"""What the Email Credentials page decides about Sign in with Microsoft or Google, apart
from its widgets: which warning becomes the Switch notice, which saved account can sign in,
where a Google client secret is kept, and when a failed Test offers to sign in (with a
button under its result)."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtWidgets import QPushButton, QVBoxLayout

from smtp_desk.core.account import AccountDraft, AccountSettings, SignInMethod
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.connection_test import ConnectionReport
from smtp_desk.core.logs import redactor
from smtp_desk.core.oauth_apps import oauth_app
from smtp_desk.core.oauth_google import client_secret_entry
from smtp_desk.core.presets import Preset
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.validation import FieldProblem, InvalidAccount, checked_account
from smtp_desk.core.validation_signin import methods_for
from smtp_desk.gui.connection_test_panel import ConnectionTestPanel

__all__ = [
    "field_names",
    "help_preset",
    "keep_client_secret",
    "offers_sign_in",
    "saved_oauth_account",
    "secret_kept",
    "sign_in_offer",
    "switch_warning",
]

log = logging.getLogger(__name__)

_GOOGLE_HELP = (
    "Sign in with Google uses the society's own OAuth client (the steps for your IT person "
    "are below); no App Password is needed. The browser opens on this computer to sign in."
)
# Test failures that signing in (again) puts right: the Test result offers the sign-in.
_SIGN_IN_FIXES = frozenset(
    {
        DiagnosisCategory.SIGN_IN_NEEDED,
        DiagnosisCategory.SIGN_IN_DECLINED,
        DiagnosisCategory.TOKEN_REFUSED,
    }
)


def switch_warning(
    problems: list[FieldProblem], *, method: SignInMethod | None, preset: str
) -> FieldProblem | None:
    """The warning that the password will stop working (Microsoft 365's switch-off), which
    the page shows as the notice with its Switch button instead of a line under the field."""
    if method is not SignInMethod.PASSWORD or SignInMethod.MICROSOFT not in methods_for(preset):
        return None
    return next((p for p in problems if p.field == "sign_in" and not p.is_error), None)


def saved_oauth_account(saved: AccountDraft) -> AccountSettings | None:
    """The saved account, when it signs in with Microsoft or Google and can be used."""
    try:
        account = checked_account(saved, password_stored=True)
    except InvalidAccount:
        return None
    return account if account.sign_in.is_oauth else None


def secret_kept(store: SecretStore, account: AccountSettings | None) -> bool:
    """Whether the credential store holds the Google client secret of ``account``."""
    if account is None or account.sign_in is not SignInMethod.GOOGLE:
        return False
    return store.has(client_secret_entry(oauth_app(account).client_id))


def keep_client_secret(store: SecretStore, account: AccountSettings, secret: str) -> None:
    """A Google client secret goes to the credential store, never to the settings file."""
    secret = secret.strip()
    if not secret or account.sign_in is not SignInMethod.GOOGLE:
        return
    redactor.add(secret)
    store.put(client_secret_entry(oauth_app(account).client_id), secret)
    log.info("The Google client secret is kept in the password store.")


def offers_sign_in(report: ConnectionReport | None) -> bool:
    """Whether a finished test failed for want of a (new) sign-in."""
    return (
        report is not None
        and report.diagnosis is not None
        and report.diagnosis.category in _SIGN_IN_FIXES
    )


def sign_in_offer(panel: ConnectionTestPanel) -> QPushButton:
    """A button under the Test result, shown when the test failed for want of a sign-in."""
    button = QPushButton("Sign in now", panel)
    button.setObjectName("test_sign_in")
    button.hide()
    column = panel.layout()
    assert isinstance(column, QVBoxLayout)
    column.insertWidget(column.indexOf(panel.verdict) + 1, button)
    return button


def help_preset(chosen: Preset, method: SignInMethod | None) -> Preset:
    """The provider as the help describes it: with an OAuth sign-in there is no password."""
    if method is None or not method.is_oauth:
        return chosen
    described = replace(chosen, password_kind=f"none: SMTP Desk signs in with {method.label}")
    if method is SignInMethod.GOOGLE:  # the provider's own help is about App Passwords
        described = replace(described, help=_GOOGLE_HELP, learn_url="")
    return described


def field_names(problems: list[FieldProblem]) -> str:
    """ "client id, tenant": the fields to correct, in words."""
    names = {p.field.removeprefix("oauth_").replace("_", " ") for p in problems}
    return ", ".join(sorted(names))
