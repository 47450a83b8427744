"""What the Email Credentials page decides about Sign in with Microsoft or Google, apart
from its widgets: which warning becomes the Switch notice, which saved account can sign in,
where a Google client secret is kept, and how the Test and the Sign-in box keep each other
up to date (:class:`SignInAndTest`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QVBoxLayout

from smtp_desk.core.account import AccountDraft, AccountSettings, SignInMethod
from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.connection_test import ConnectionReport
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.logs import redactor
from smtp_desk.core.oauth_apps import oauth_app
from smtp_desk.core.oauth_google import client_secret_entry
from smtp_desk.core.presets import Preset
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.validation import FieldProblem, InvalidAccount, checked_account
from smtp_desk.core.validation_signin import methods_for
from smtp_desk.gui.connection_test_panel import ConnectionTestPanel
from smtp_desk.gui.signin_panel import SignInPanel

__all__ = [
    "SETTINGS_CHANGED",
    "SignInAndTest",
    "correct_first",
    "help_preset",
    "keep_client_secret",
    "offers_sign_in",
    "saved_oauth_account",
    "secret_kept",
    "switch_warning",
]

log = logging.getLogger(__name__)

# Shown through translate("credentials_signin", …).
SETTINGS_CHANGED = QT_TRANSLATE_NOOP(
    "credentials_signin", "Settings changed — press Test connection."
)
SIGN_IN_CHANGED = QT_TRANSLATE_NOOP(
    "credentials_signin", "The sign-in changed — press Test connection."
)

_GOOGLE_HELP = QT_TRANSLATE_NOOP(
    "credentials_signin",
    "Sign in with Google uses the society's own OAuth client (the steps for your IT person "
    "are below); no App Password is needed. The browser opens on this computer to sign in.",
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


class SignInAndTest(QObject):
    """Keeps the Test and the Sign-in box from contradicting each other: a failed Test that
    signing in puts right offers the sign-in (:attr:`button`, under its result); a passing
    Test clears an older sign-in failure; a sign-in made or forgotten marks the last Test
    result out of date, and so does another "Sign in with" (:meth:`method_changed`)."""

    def __init__(
        self,
        test: ConnectionTestPanel,
        sign_in: SignInPanel,
        *,
        method: Callable[[], SignInMethod | None],
    ) -> None:
        super().__init__(test)
        self._test = test
        self._sign_in = sign_in
        self._method = method
        self.button = QPushButton(translate("credentials_signin", "Sign in now"), test)
        self.button.setObjectName("test_sign_in")
        self.button.hide()
        column = test.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(column.indexOf(test.verdict) + 1, self.button)
        test.running_changed.connect(self._on_test_running_changed)
        sign_in.sign_in_changed.connect(self._on_sign_in_changed)
        self.button.clicked.connect(self._on_button_clicked)

    def method_changed(self) -> None:
        self.button.hide()
        self._test.mark_outdated(translate("credentials_signin", SETTINGS_CHANGED))

    def _on_test_running_changed(self, running: bool) -> None:
        method = self._method()
        report = self._test.report
        oauth = not running and method is not None and method.is_oauth
        if oauth and report is not None and report.ok:
            self._sign_in.forget_failure()  # an older "could not be reached" is past
        offer = oauth and offers_sign_in(report)
        if offer and method is not None:
            self.button.setText(
                translate("credentials_signin", "Sign in with {method} now").format(
                    method=translate("account", method.label)
                )
            )
        self.button.setVisible(offer)

    def _on_sign_in_changed(self, _sentence: str) -> None:
        self.button.hide()
        self._test.mark_outdated(translate("credentials_signin", SIGN_IN_CHANGED))

    def _on_button_clicked(self) -> None:
        # The sign-in starts first and takes the focus (its Cancel), so hiding the button
        # that had it does not send the focus, and the page's scrolling, elsewhere.
        if not self._sign_in.sign_in_with_browser():
            self._sign_in.sign_in_button.setFocus()
        self.button.hide()


def help_preset(chosen: Preset, method: SignInMethod | None) -> Preset:
    """The provider as the help describes it: with an OAuth sign-in there is no password."""
    if method is None or not method.is_oauth:
        return chosen
    kind = translate("credentials_signin", "none: SMTP Desk signs in with {method}")
    described = replace(
        chosen, password_kind=kind.format(method=translate("account", method.label))
    )
    if method is SignInMethod.GOOGLE:  # the provider's own help is about App Passwords
        described = replace(
            described, help=translate("credentials_signin", _GOOGLE_HELP), learn_url=""
        )
    return described


def _plain_name(field: str) -> str:
    return field.removeprefix("oauth_").replace("_", " ")


def correct_first(problems: list[FieldProblem], label: Callable[[str], str] = _plain_name) -> str:
    """Why the form cannot be used yet, naming the fields to correct as ``label`` words
    them: the form's own labels, "… (Application (client) ID, Reply-To)."."""
    names = ", ".join(dict.fromkeys(label(p.field) for p in problems))
    return translate(
        "credentials_signin", "correct the fields marked in red first ({names})."
    ).format(names=names)
