"""System Tools > Email Credentials: the form the office fills once.

The page only shows what the core decides: :func:`~smtp_desk.core.validation.check` names
the problems, :mod:`~smtp_desk.core.presets` fills and reconciles the fields, and
:func:`~smtp_desk.core.account_store.save_account` saves. The typed password stays in its
field only until it is saved or reverted, and is never kept on the page otherwise.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.account import AccountDraft, Security, security_for_port
from smtp_desk.core.account_store import save_account
from smtp_desk.core.errors import SettingsError
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.presets import (
    PRESETS,
    SES_DEFAULT_REGION,
    SES_REGIONS,
    apply_preset,
    preset,
    reconcile_preset,
    ses_region,
)
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.validation import FieldProblem, InvalidAccount, check
from smtp_desk.gui.help_panel import help_html

__all__ = ["CredentialsPage"]

log = logging.getLogger(__name__)

_W = TypeVar("_W", bound=QWidget)
_ERROR_STYLE = "color: #cf222e;"
_WARNING_STYLE = "color: #9a6700;"


@dataclass
class _Row:
    label: QLabel
    message: QLabel


class CredentialsPage(QWidget):
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
        self._build()
        self.load()

    # ----- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = _named(QLabel(self, wordWrap=True), "banner")
        self.banner.setStyleSheet(f"{_ERROR_STYLE} font-weight: bold;")
        self.banner.hide()

        self.preset_box = _named(QComboBox(self), "preset")
        for p in PRESETS:
            self.preset_box.addItem(p.name, p.id)
        self.region_box = _named(QComboBox(self), "region")
        self.region_box.addItems(SES_REGIONS)
        self.host_edit = _named(QLineEdit(self, placeholderText="smtp.example.com"), "host")
        self.port_edit = _named(QLineEdit(self, maxLength=5), "port")
        self.port_edit.setMaximumWidth(80)
        self.security_box = _named(QComboBox(self), "security")
        for s in Security:
            self.security_box.addItem(s.label, s.value)
        self.user_edit = _named(QLineEdit(self), "user")
        self.password_edit = _named(QLineEdit(self), "password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = _named(QToolButton(self), "show_password")
        self.show_password.setCheckable(True)
        self.show_password.setText("Sh&ow")
        self.show_password.setToolTip("Show or hide the password")
        self.from_email_edit = _named(QLineEdit(self), "from_email")
        self.from_name_edit = _named(QLineEdit(self), "from_name")
        self.reply_to_edit = _named(QLineEdit(self, placeholderText="optional"), "reply_to")
        self.revert_button = _named(QPushButton("Re&vert", self), "revert")
        self.save_button = _named(QPushButton("&Save", self), "save")
        self.help_label = _named(QLabel(self, wordWrap=True, openExternalLinks=True), "help")
        self.help_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        grid = QGridLayout()
        self._rows: dict[str, _Row] = {}
        port_row = QHBoxLayout()
        port_row.addWidget(self.port_edit)
        self._security_label = QLabel("Sec&urity", self)
        self._security_label.setBuddy(self.security_box)
        port_row.addWidget(self._security_label)
        port_row.addWidget(self.security_box, 1)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.show_password)
        layout_rows: list[tuple[str, str, QWidget | QHBoxLayout, str]] = [
            ("preset", "&Provider", self.preset_box, "Mail provider"),
            ("region", "Re&gion", self.region_box, "Amazon SES region"),
            ("host", "SMTP &host", self.host_edit, "SMTP host"),
            ("port", "Po&rt", port_row, "Port"),
            ("user", "User &ID", self.user_edit, "User ID"),
            ("password", "Pass&word", password_row, "Password"),
            ("from_email", "&From email", self.from_email_edit, "From email"),
            ("from_name", "From na&me", self.from_name_edit, "From name"),
            ("reply_to", "Repl&y-To", self.reply_to_edit, "Reply-To"),
        ]
        for index, (field, text, widget, _accessible) in enumerate(layout_rows):
            label = QLabel(text, self)
            message = _named(QLabel(self, wordWrap=True), f"{field}_message")
            message.hide()
            grid.addWidget(label, index * 2, 0)
            if isinstance(widget, QHBoxLayout):
                grid.addLayout(widget, index * 2, 1)
            else:
                grid.addWidget(widget, index * 2, 1)
            grid.addWidget(message, index * 2 + 1, 1)
            self._rows[field] = _Row(label, message)
        self._rows["security"] = self._rows["port"]  # shown under the port/security row
        for field, _text, _widget, accessible in layout_rows:
            target = self._field_widget(field)
            self._rows[field].label.setBuddy(target)
            target.setAccessibleName(accessible)
        self.security_box.setAccessibleName("Security")
        self.show_password.setAccessibleName("Show password")
        grid.setColumnStretch(1, 1)

        help_box = QGroupBox("About this provider", self)
        help_layout = QVBoxLayout(help_box)
        help_layout.addWidget(self.help_label)
        help_layout.addStretch(1)

        body = QHBoxLayout()
        body.addLayout(grid, 3)
        body.addWidget(help_box, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        title = QLabel("<h2>Email Credentials</h2>", self)
        outer.addWidget(title)
        outer.addWidget(self.banner)
        outer.addLayout(body)
        outer.addLayout(buttons)
        outer.addStretch(1)

        order = [
            self.preset_box,
            self.region_box,
            self.host_edit,
            self.port_edit,
            self.security_box,
            self.user_edit,
            self.password_edit,
            self.show_password,
            self.from_email_edit,
            self.from_name_edit,
            self.reply_to_edit,
            self.revert_button,
            self.save_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

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
        ):
            edit.textEdited.connect(self._on_field_edited)
        self.show_password.toggled.connect(self._on_show_password_toggled)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self)
            enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            enter.activated.connect(self._on_enter_activated)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.revert)

    def _field_widget(self, field: str) -> QWidget:
        widgets: dict[str, QWidget] = {
            "preset": self.preset_box,
            "region": self.region_box,
            "host": self.host_edit,
            "port": self.port_edit,
            "security": self.security_box,
            "user": self.user_edit,
            "password": self.password_edit,
            "from_email": self.from_email_edit,
            "from_name": self.from_name_edit,
            "reply_to": self.reply_to_edit,
        }
        return widgets[field]

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

    def draft(self) -> AccountDraft:
        """The form's current content."""
        return AccountDraft(
            preset=str(self.preset_box.currentData()),
            host=self.host_edit.text(),
            port=self.port_edit.text(),
            security=str(self.security_box.currentData()),
            user=self.user_edit.text(),
            from_email=self.from_email_edit.text(),
            from_name=self.from_name_edit.text(),
            reply_to=self.reply_to_edit.text(),
        )

    def check(self) -> list[FieldProblem]:
        """Validate the form and show every message beside its field."""
        draft = self.draft()
        self._problems = check(
            draft,
            password=self.password_edit.text(),
            password_stored=self._password_stored(draft),
        )
        self._show_problems()
        self._update_actions()
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
        self.preset_box.setCurrentIndex(_index_of(self.preset_box, draft.preset, "custom"))
        self.region_box.setCurrentText(ses_region(draft.host) or SES_DEFAULT_REGION)
        self.host_edit.setText(draft.host)
        self.port_edit.setText(draft.port)
        self.security_box.setCurrentIndex(
            _index_of(self.security_box, draft.security, Security.STARTTLS.value)
        )
        self.user_edit.setText(draft.user)
        self.from_email_edit.setText(draft.from_email)
        self.from_name_edit.setText(draft.from_name)
        self.reply_to_edit.setText(draft.reply_to)
        self._refresh()

    def _refresh(self) -> None:
        draft = self.draft()
        chosen = preset(draft.preset)
        is_ses = chosen.id == "ses"
        self.region_box.setVisible(is_ses)
        self._rows["region"].label.setVisible(is_ses)
        self.password_edit.setPlaceholderText(
            "Saved — type a new password to replace it"
            if self._password_stored(draft)
            else chosen.password_kind
        )
        self.user_edit.setPlaceholderText(chosen.user_hint)
        self.help_label.setText(help_html(chosen, self._store.status))
        self.check()
        self.changed.emit()

    def _show_problems(self) -> None:
        by_field: dict[str, list[FieldProblem]] = {}
        for problem in self._problems:
            by_field.setdefault(problem.field, []).append(problem)
        for field, row in self._rows.items():
            if field == "security":
                continue
            problems = by_field.get(field, [])
            if field == "port":
                problems = problems + by_field.get("security", [])
            problems.sort(key=lambda p: not p.is_error)
            text = "\n".join(("✗ " if p.is_error else "⚠ ") + p.message for p in problems)
            row.message.setText(text)
            row.message.setVisible(bool(text))
            row.message.setStyleSheet(
                _ERROR_STYLE if problems and problems[0].is_error else _WARNING_STYLE
            )
            self._field_widget(field).setAccessibleDescription(text)

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

    def _on_show_password_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.show_password.setText("Hid&e" if shown else "Sh&ow")

    def _on_enter_activated(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def _reconcile(self) -> None:
        draft = reconcile_preset(self.draft(), chosen=self._chosen)
        self.preset_box.setCurrentIndex(self.preset_box.findData(draft.preset))
        self._refresh()


def _named(widget: _W, name: str) -> _W:
    """The widget with its object name set (tests and style sheets find it by name)."""
    widget.setObjectName(name)
    return widget


def _index_of(box: QComboBox, data: str, fallback: str) -> int:
    """The item holding ``data``; the ``fallback`` item for a value the box does not know
    (a hand-edited settings file)."""
    index = box.findData(data)
    return index if index >= 0 else box.findData(fallback)


def _port_or_zero(text: str) -> int:
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() else 0


def _security_or_none(text: str) -> Security | None:
    try:
        return Security(text)
    except ValueError:
        return None
