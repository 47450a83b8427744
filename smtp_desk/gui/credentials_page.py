"""System Tools > Email Credentials: the form the office fills once.

The page only shows what the core decides: :func:`~smtp_desk.core.validation.check` names
the problems, :mod:`~smtp_desk.core.presets` fills and reconciles the fields, and
:func:`~smtp_desk.core.account_store.save_account` saves. The typed password (and a Google
client secret) stays in its field only until it is saved or reverted, and is never kept on
the page otherwise.

The society's address, typed once, finds and fills the rest
(:class:`~smtp_desk.gui.credentials_autofill.AddressFill`); a problem shows once its field
was touched, or on Save or Test; any change to the settings puts the last Test result out
of date.

Signing in with Microsoft or Google works on the saved settings: the Sign-in box
(:class:`~smtp_desk.gui.signin_panel.SignInPanel`) asks :meth:`CredentialsPage.
_account_for_sign_in`, which saves a valid form first, so "Sign in" just works.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from smtp_desk.core.account import AccountDraft, AccountSettings, SignInMethod
from smtp_desk.core.account_store import save_account
from smtp_desk.core.errors import SettingsError
from smtp_desk.core.i18n import translate
from smtp_desk.core.limits import providers_daily_limit
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.presets import apply_preset, preset
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.signin import SignIn
from smtp_desk.core.validation import FieldProblem, InvalidAccount, check, checked_account
from smtp_desk.core.validation_signin import methods_for
from smtp_desk.gui.connection_test_panel import ConnectionTestPanel, NotYet
from smtp_desk.gui.credentials_editor import CredentialsEditor
from smtp_desk.gui.credentials_signin import (
    SignInAndTest,
    correct_first,
    help_preset,
    keep_client_secret,
    saved_oauth_account,
    secret_kept,
    switch_warning,
)
from smtp_desk.gui.credentials_testing import LastTest, sign_in_for_test
from smtp_desk.gui.form_keys import add_form_keys
from smtp_desk.gui.help_panel import help_html
from smtp_desk.gui.signin_panel import SignInPanel

__all__ = ["CredentialsPage"]

log = logging.getLogger(__name__)


class CredentialsPage(CredentialsEditor):
    """The Email Credentials form with load / check / save, and signing in.

    Signals:
        saved(str): the account was saved, or its sign-in made or forgotten; the text is for
            the status bar.
        changed(): any field changed (the window updates its title and actions).
    """

    saved = Signal(str)
    changed = Signal()

    def __init__(
        self, *, folder: DataFolder, store: SecretStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("credentials_page")
        self._folder = folder
        self._store = store
        self._loaded = AccountDraft()
        self._from_file = False  # the form was filled from the settings file
        self._blocked = ""  # why saving is impossible (a settings file we must not replace)
        self._saved_has_password = False  # asked of the store on load and save only
        self._saved_has_secret = False  # the same for a Google client secret
        self._problems: list[FieldProblem] = []
        self._method_shown: SignInMethod | None = None  # a change outdates the Test's result
        self.signin_panel = SignInPanel(self._account_for_sign_in, store=store, parent=self)
        self.side.addWidget(self.signin_panel)
        self.test_panel = ConnectionTestPanel(
            self._account_for_test,
            folder=folder.root,
            has_unsaved=self.has_unsaved_changes,
            parent=self,
        )
        self.add_section(self.test_panel)
        self._sign_in_and_test = SignInAndTest(
            self.test_panel, self.signin_panel, method=self.sign_in_method
        )
        self.test_sign_in_button = self._sign_in_and_test.button
        self._tested = LastTest(self.test_panel)
        self._test_waits = False  # Test was pressed while the address was being looked up
        self._connect()
        self.load()
        self.user_edit.setFocus()  # the address first: the rest is found from it

    def _connect(self) -> None:
        self.switch_notice.switch_requested.connect(self.switch_to_microsoft)
        self.password_edit.textEdited.connect(self._tested.password_typed)
        self.save_button.clicked.connect(self.save)
        self.test_panel.use_suggestion.connect(self._on_test_panel_use_suggestion)
        self.test_panel.save_requested.connect(self.save)
        self.test_panel.running_changed.connect(self._on_test_panel_running_changed)
        self.test_sign_in_button.clicked.connect(partial(self.reveal, self.signin_panel))
        self.signin_panel.sign_in_changed.connect(self.saved)
        self.signin_panel.running_changed.connect(self._on_signin_panel_running_changed)
        self.revert_button.clicked.connect(self.revert)
        self.address.detector.found.connect(self._on_detector_found)  # after it fills in
        self.address.detector.idle.connect(self._on_detector_idle)
        self.mailbox.archive_edit.textChanged.connect(self._show_limit_placeholders)
        add_form_keys(self, enter=self._on_enter_activated, escape=self.revert)

    # ----- load / check / save -----------------------------------------------------------

    def load(self) -> None:
        """Fill the form from the settings file (or leave it empty for a first setup)."""
        try:
            saved = load_settings(self._folder.settings_file).account
        except SettingsError as exc:
            self._blocked = str(exc)
            log.error("%s", exc)
            saved = None
        else:
            self._blocked = ""
        self._loaded = saved or AccountDraft(preset="gmail")
        if saved is None:
            self._loaded = apply_preset(self._loaded, preset("gmail"))
        self._from_file = saved is not None
        self._saved_has_password = saved is not None and self._store.has(saved.secret_name)
        self.banner.setText(self._blocked)
        self.banner.setVisible(bool(self._blocked))
        self.messages.reset(reveal=self._from_file)  # a file's problems show at once
        self._test_waits = False
        self._show_saved()
        self.address.start_over()

    def check(self) -> list[FieldProblem]:
        """Validate the form and show the messages that are due beside their fields; a
        Microsoft 365 password's warning shows as the notice with its Switch button."""
        draft = self.draft()
        self._problems = check(
            draft,
            password=self.password_edit.text(),
            password_stored=self._password_stored(draft),
        )
        self._problems = self._tested.without_contradiction(self._problems, draft)
        notice = switch_warning(self._problems, method=self.sign_in_method(), preset=draft.preset)
        self.switch_notice.show_text(notice.message if notice else "")
        self.show_problems([p for p in self._problems if p is not notice])
        self._update_actions()
        self.test_panel.set_default_recipient(draft.from_email.strip())
        return self._problems

    def can_save(self) -> bool:
        return not self._blocked and not any(p.is_error for p in self._problems)

    def has_unsaved_changes(self) -> bool:
        return (
            self.draft().normalized() != self._loaded.normalized()
            or bool(self.password_edit.text())
            or bool(self.app_registration.secret_edit.text())
        )

    def save(self) -> bool:
        """Save settings and password (or client secret); True on success. While the form
        has errors, every problem shows and the first field to correct takes the focus."""
        self.messages.reveal_all()
        self.check()
        if not self.can_save():
            self._point_at_first_error()
            return False
        oauth = self._oauth()
        try:
            result = save_account(
                self.draft(),
                password="" if oauth else self.password_edit.text(),
                folder=self._folder.ensure(),
                store=self._store,
            )
        except InvalidAccount:
            return False  # check() above already shows why
        except (SettingsError, OSError) as exc:
            log.error("The settings could not be saved: %s", exc)
            self.banner.setText(
                translate("credentials_page", "Not saved: {error}").format(error=exc)
            )
            self.banner.show()
            return False
        keep_client_secret(self._store, result.account, self.app_registration.secret_edit.text())
        self.app_registration.secret_edit.clear()
        self.password_edit.clear()
        self.banner.setVisible(False)  # an earlier "Not saved" no longer applies
        self._loaded = result.account.draft()
        self._saved_has_password = self._store.has(self._loaded.secret_name)
        self._show_saved()
        self.saved.emit(str(result))
        return True

    def revert(self) -> None:
        """Back to what was last saved; the typed password and secret are dropped."""
        self.password_edit.clear()
        self.app_registration.secret_edit.clear()
        self.messages.reset(reveal=self._from_file)
        self._test_waits = False
        self._show_draft(self._loaded)
        self.address.start_over()

    def switch_to_microsoft(self) -> None:
        """Sign in with Microsoft instead of the password; everything else stays."""
        self.sign_in_box.setCurrentIndex(self.sign_in_box.findData(SignInMethod.MICROSOFT.value))
        self._on_sign_in_box_activated(self.sign_in_box.currentIndex())
        if not self.app_registration.client_id_edit.text().strip():
            self.app_registration.client_id_edit.setFocus()

    # ----- showing ------------------------------------------------------------------------

    def _show_saved(self) -> None:
        """The saved settings in the form, and whether they are signed in."""
        saved = saved_oauth_account(self._loaded)
        self._saved_has_secret = secret_kept(self._store, saved)
        self._show_draft(self._loaded)
        self.signin_panel.show_account(saved)

    def _show_limit_placeholders(self, *_args: object) -> None:
        """The provider's limits in grey; the daily one halved with an archive address
        (the providers count recipients, and each bill is then two)."""
        draft = self.draft()
        chosen = preset(draft.preset)
        none = translate("credentials_page", "none")
        daily = providers_daily_limit(chosen, archive=bool(draft.archive_bcc.strip()))
        self.daily_limit_edit.setPlaceholderText(str(daily or none))
        self.minute_limit_edit.setPlaceholderText(str(chosen.minute_limit or none))

    def _refresh(self) -> None:
        draft = self.draft()
        chosen = preset(draft.preset)
        self.set_region_visible(chosen.id == "ses")
        self.show_sign_in(methods_for(chosen.id), preset=chosen.id)
        method = self.sign_in_method()
        changed = method is not self._method_shown
        if changed:
            self._method_shown = method
            self._sign_in_and_test.method_changed()
        if method is not None and method.is_oauth:
            self.signin_panel.set_method(method)
            if changed:  # whether the saved account is signed in this way
                self.signin_panel.show_account(saved_oauth_account(self._loaded))
        else:
            self.signin_panel.cancel(quiet=True)  # nothing to sign in to any more
        self.signin_panel.setVisible(self._oauth())
        self.password_edit.setPlaceholderText(
            translate("credentials_page", "Saved — type a new password to replace it")
            if self._password_stored(draft)
            else translate("preset_table", chosen.password_kind)
        )
        self.app_registration.set_secret_saved(
            self._saved_has_secret
            and draft.normalized().oauth_client_id == self._loaded.normalized().oauth_client_id
        )
        self.user_edit.setPlaceholderText(translate("preset_table", chosen.user_hint))
        self._show_limit_placeholders()
        self.mailbox.show_defaults(chosen.id)
        self.help_label.setText(
            help_html(
                help_preset(chosen, method), self._store.status, learned=self.learned_sentence()
            )
        )
        self._tested.changed(draft)
        self.check()
        self.changed.emit()

    def _update_actions(self) -> None:
        unsaved = self.has_unsaved_changes()
        self.save_button.setEnabled(not self._blocked and unsaved)  # Save says what to fix
        self.revert_button.setEnabled(unsaved)

    def _point_at_first_error(self) -> None:
        """Focus the first field (in reading order) whose error keeps the form from saving,
        and scroll it into view."""
        first = self.messages.first(p.field for p in self._problems if p.is_error)
        if first is not None and self.field_widget(first).isVisible():
            self.field_widget(first).setFocus()
            self.reveal(self.field_widget(first))

    def _password_stored(self, draft: AccountDraft) -> bool:
        """Whether the store holds this draft's password, without asking it per keystroke:
        only the saved login can have one (saving another login replaces the entry)."""
        return self._saved_has_password and draft.secret_name == self._loaded.secret_name

    # ----- slots --------------------------------------------------------------------------

    def _on_test_panel_use_suggestion(self, port: int, security: str) -> None:
        draft = self.draft().with_changes(port=str(port), security=security)
        self._tested.verified(draft)  # before the form shows it: no warning flashes
        self._use_port(port, security)

    def _on_test_panel_running_changed(self, running: bool) -> None:
        if not running:  # the verdict is what the clerk looks for next
            self.reveal(self.test_panel.verdict)

    def _on_signin_panel_running_changed(self, _running: bool) -> None:
        self.reveal(self.signin_panel)  # the code, the waiting, or how it ended

    def _account_for_test(self) -> tuple[AccountSettings, SignIn] | str | NotYet:
        """The form as it is now (saved or not) and how the test signs in: with the password
        typed, else with the saved one (read from the store when the test signs in), or with
        the kept Microsoft or Google sign-in; or why it cannot be tested."""
        if self.address.may_fill():  # the settings are on their way: test those
            self.address.detector.flush()
            self._test_waits = True
            return NotYet(
                translate(
                    "credentials_page",
                    "Looking up the settings for the address first; the test starts then.",
                )
            )
        draft = self.draft()
        typed = "" if self._oauth() else self.password_edit.text()
        try:
            account = checked_account(
                draft, password=typed, password_stored=self._password_stored(draft)
            )
        except InvalidAccount as exc:
            self.messages.reveal_all()
            self.check()
            return correct_first(exc.problems, self.field_label)
        self._tested.started(draft)
        return account, sign_in_for_test(account, typed=typed, store=self._store)

    def _account_for_sign_in(self) -> AccountSettings | str:
        """The saved account to sign in, after saving the form if it changed; or why not."""
        if not self._oauth():
            return translate("credentials_page", "choose Sign in with Microsoft or Google first.")
        self.messages.reveal_all()
        errors = [p for p in self.check() if p.is_error]
        if errors:
            return correct_first(errors, self.field_label)
        if self._blocked:
            return self._blocked
        if self.has_unsaved_changes() and not self.save():
            return translate(
                "credentials_page", "the settings could not be saved (see the message at the top)."
            )
        saved = saved_oauth_account(self._loaded)
        return (
            saved
            if saved is not None
            else translate("credentials_page", "save the settings first.")
        )

    def _on_detector_found(self, _finding: object) -> None:
        if self._test_waits:
            self._test_waits = False
            self.test_panel.start(send=self.test_panel.sends)

    def _on_detector_idle(self) -> None:
        self._test_waits = False

    def _on_enter_activated(self) -> None:
        if self.save_button.isEnabled():
            self.save()
