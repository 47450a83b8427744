"""System Tools > Email Credentials: the form the office fills once.

The page only shows what the core decides: :func:`~smtp_desk.core.validation.check` names
the problems, :mod:`~smtp_desk.core.presets` fills and reconciles the fields, and
:func:`~smtp_desk.core.account_store.save_account` saves. The typed password stays in its
field only until it is saved or reverted, and is never kept on the page otherwise.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from smtp_desk.core.account import AccountDraft, AccountSettings, Security, security_for_port
from smtp_desk.core.account_store import save_account
from smtp_desk.core.errors import SettingsError
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.presets import (
    SES_DEFAULT_REGION,
    apply_preset,
    preset,
    reconcile_preset,
    ses_region,
)
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.signin import SignIn, StoredPassword, TypedPassword
from smtp_desk.core.validation import FieldProblem, InvalidAccount, check, checked_account
from smtp_desk.gui.connection_test_panel import ConnectionTestPanel
from smtp_desk.gui.credentials_form import CredentialsForm
from smtp_desk.gui.form_keys import add_form_keys
from smtp_desk.gui.help_panel import help_html

__all__ = ["CredentialsPage"]

log = logging.getLogger(__name__)


class CredentialsPage(CredentialsForm):
    """The Email Credentials form with load / check / save.

    Signals:
        saved(str): the account was saved; the text is for the status bar.
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
        self._chosen = "custom"  # the preset the person last picked
        self._security_overridden = False
        self._blocked = ""  # why saving is impossible (a settings file we must not replace)
        self._saved_has_password = False  # asked of the store on load and save only
        self._problems: list[FieldProblem] = []
        self.test_panel = ConnectionTestPanel(
            self._account_for_test,
            folder=folder.root,
            has_unsaved=self.has_unsaved_changes,
            parent=self,
        )
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(outer.count() - 1, self.test_panel)  # above the closing stretch
        self._connect()
        self.load()

    def _connect(self) -> None:
        self.preset_box.activated.connect(self._on_preset_box_activated)
        self.region_box.activated.connect(self._on_region_box_activated)
        self.security_box.activated.connect(self._on_security_box_activated)
        self.port_edit.textEdited.connect(self._on_port_edit_textEdited)
        self.host_edit.textEdited.connect(self._on_field_edited)
        for edit in (
            self.user_edit,
            self.password_edit,
            self.from_email_edit,
            self.from_name_edit,
            self.reply_to_edit,
            self.daily_limit_edit,
            self.minute_limit_edit,
        ):
            edit.textEdited.connect(self._on_field_edited)
        self.save_button.clicked.connect(self.save)
        self.test_panel.use_suggestion.connect(self._on_test_panel_use_suggestion)
        self.test_panel.save_requested.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
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
        self._saved_has_password = saved is not None and self._store.has(saved.secret_name)
        self.banner.setText(self._blocked)
        self.banner.setVisible(bool(self._blocked))
        self._show_draft(self._loaded)

    def check(self) -> list[FieldProblem]:
        """Validate the form and show every message beside its field."""
        draft = self.draft()
        self._problems = check(
            draft,
            password=self.password_edit.text(),
            password_stored=self._password_stored(draft),
        )
        self.show_problems(self._problems)
        self._update_actions()
        self.test_panel.set_default_recipient(draft.from_email.strip())
        return self._problems

    def can_save(self) -> bool:
        return not self._blocked and not any(p.is_error for p in self._problems)

    def has_unsaved_changes(self) -> bool:
        return self.draft().normalized() != self._loaded.normalized() or bool(
            self.password_edit.text()
        )

    def save(self) -> bool:
        """Save settings and password; True on success. Does nothing while invalid."""
        self.check()
        if not self.can_save():
            return False
        try:
            result = save_account(
                self.draft(),
                password=self.password_edit.text(),
                folder=self._folder.ensure(),
                store=self._store,
            )
        except InvalidAccount:
            return False  # check() above already shows why
        except (SettingsError, OSError) as exc:
            log.error("The settings could not be saved: %s", exc)
            self.banner.setText(f"Not saved: {exc}")
            self.banner.show()
            return False
        self.password_edit.clear()
        self.banner.setVisible(False)  # an earlier "Not saved" no longer applies
        self._loaded = result.account.draft()
        self._saved_has_password = self._store.has(self._loaded.secret_name)
        self._show_draft(self._loaded)
        self.saved.emit(str(result))
        return True

    def revert(self) -> None:
        """Back to what was last saved; the typed password is dropped."""
        self.password_edit.clear()
        self._show_draft(self._loaded)

    # ----- showing ------------------------------------------------------------------------

    def _show_draft(self, draft: AccountDraft) -> None:
        self._chosen = draft.preset
        self._security_overridden = security_for_port(_port_or_zero(draft.port)) not in (
            None,
            _security_or_none(draft.security),
        )
        self.write_draft(draft)
        self.region_box.setCurrentText(ses_region(draft.host) or SES_DEFAULT_REGION)
        self._refresh()

    def _refresh(self) -> None:
        draft = self.draft()
        chosen = preset(draft.preset)
        self.set_region_visible(chosen.id == "ses")
        self.password_edit.setPlaceholderText(
            "Saved — type a new password to replace it"
            if self._password_stored(draft)
            else chosen.password_kind
        )
        self.user_edit.setPlaceholderText(chosen.user_hint)
        self.daily_limit_edit.setPlaceholderText(str(chosen.daily_limit or "none"))
        self.minute_limit_edit.setPlaceholderText(str(chosen.minute_limit or "none"))
        self.help_label.setText(
            help_html(chosen, self._store.status, learned=self.learned_sentence())
        )
        self.check()
        self.changed.emit()

    def _update_actions(self) -> None:
        self.save_button.setEnabled(self.can_save() and self.has_unsaved_changes())
        self.revert_button.setEnabled(self.has_unsaved_changes())

    def _password_stored(self, draft: AccountDraft) -> bool:
        """Whether the store holds this draft's password, without asking it per keystroke:
        only the saved login can have one (saving another login replaces the entry)."""
        return self._saved_has_password and draft.secret_name == self._loaded.secret_name

    # ----- slots --------------------------------------------------------------------------

    def _on_preset_box_activated(self, index: int) -> None:
        chosen = preset(str(self.preset_box.itemData(index)))
        draft = apply_preset(self.draft(), chosen, region=self.region_box.currentText())
        self._show_draft(draft)

    def _on_region_box_activated(self, _index: int) -> None:
        self._show_draft(
            apply_preset(self.draft(), preset("ses"), region=self.region_box.currentText())
        )

    def _on_security_box_activated(self, _index: int) -> None:
        self._security_overridden = True
        self._reconcile()

    def _on_port_edit_textEdited(self, text: str) -> None:
        follows = security_for_port(_port_or_zero(text))
        if follows is not None and not self._security_overridden:
            self.security_box.setCurrentIndex(self.security_box.findData(follows.value))
        self._reconcile()

    def _on_field_edited(self, _text: str) -> None:
        self._reconcile()

    def _on_test_panel_use_suggestion(self, port: int, security: str) -> None:
        self.port_edit.setText(str(port))
        self.security_box.setCurrentIndex(self.security_box.findData(security))
        self._security_overridden = security_for_port(port) is not Security(security)
        self._reconcile()

    def _account_for_test(self) -> tuple[AccountSettings, SignIn] | str:
        """The form as it is now (saved or not) and how the test signs in: with the password
        typed, else with the saved one (read from the store when the test signs in); or why
        it cannot be tested."""
        draft = self.draft()
        typed = self.password_edit.text()
        try:
            account = checked_account(
                draft, password=typed, password_stored=self._password_stored(draft)
            )
        except InvalidAccount as exc:
            fields = ", ".join(sorted({p.field.replace("_", " ") for p in exc.problems}))
            return f"correct the fields marked in red first ({fields})."
        if typed:
            return account, TypedPassword(account.user, typed)
        return account, StoredPassword(account.user, account.secret_name, self._store)

    def _on_enter_activated(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def _reconcile(self) -> None:
        draft = reconcile_preset(self.draft(), chosen=self._chosen)
        self.preset_box.setCurrentIndex(self.preset_box.findData(draft.preset))
        self._refresh()


def _port_or_zero(text: str) -> int:
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() else 0


def _security_or_none(text: str) -> Security | None:
    try:
        return Security(text)
    except ValueError:
        return None
