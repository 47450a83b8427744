"""The widgets of the Email Credentials form: fields, labels, messages and layout.

:class:`CredentialsForm` only builds and shows; what the form means (load, check, save,
presets) is :class:`~smtp_desk.gui.credentials_page.CredentialsPage`'s business.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
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

from smtp_desk.core.account import AccountDraft, Security
from smtp_desk.core.presets import PRESETS, SES_REGIONS
from smtp_desk.core.validation import FieldProblem

__all__ = ["CredentialsForm"]

_W = TypeVar("_W", bound=QWidget)
ERROR_STYLE = "color: #cf222e;"
WARNING_STYLE = "color: #9a6700;"


@dataclass
class _Row:
    label: QLabel
    message: QLabel


class CredentialsForm(QWidget):
    """The form's widgets, in reading and tab order, with a message line under each field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()
        self.show_password.toggled.connect(self._on_show_password_toggled)

    def _build(self) -> None:
        self.banner = _named(QLabel(self, wordWrap=True), "banner")
        self.banner.setStyleSheet(f"{ERROR_STYLE} font-weight: bold;")
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
        self.daily_limit_edit = _named(QLineEdit(self, maxLength=7), "daily_limit")
        self.minute_limit_edit = _named(QLineEdit(self, maxLength=5), "minute_limit")
        for edit in (self.daily_limit_edit, self.minute_limit_edit):
            edit.setMinimumWidth(60)
            edit.setMaximumWidth(90)
        # The daily limit a provider's quota reply revealed (value, day), until edited.
        self._learned: tuple[str, str] = ("", "")
        self.learned_note = _named(QLabel(self), "daily_limit_learned")
        self.learned_note.setStyleSheet("color: #9a6700;")
        self.learned_note.hide()
        self.daily_limit_edit.textChanged.connect(self._show_learned)
        self.revert_button = _named(QPushButton("Revert", self), "revert")
        self.save_button = _named(QPushButton("Save", self), "save")
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
        limits_row = QHBoxLayout()
        limits_row.addWidget(self.daily_limit_edit)
        limits_row.addWidget(QLabel("a day,", self))
        limits_row.addWidget(self.learned_note)
        limits_row.addWidget(self.minute_limit_edit)
        limits_row.addWidget(QLabel("a minute (empty: the provider's; 0: none)", self))
        limits_row.addStretch(1)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.show_password)
        layout_rows: list[tuple[str, str, QWidget | QBoxLayout, str]] = [
            ("preset", "&Provider", self.preset_box, "Mail provider"),
            ("region", "Re&gion", self.region_box, "Amazon SES region"),
            ("host", "SMTP hos&t", self.host_edit, "SMTP host"),
            ("port", "Po&rt", port_row, "Port"),
            ("user", "User &ID", self.user_edit, "User ID"),
            ("password", "Pass&word", password_row, "Password"),
            ("from_email", "From &email", self.from_email_edit, "From email"),
            ("from_name", "From na&me", self.from_name_edit, "From name"),
            ("reply_to", "Repl&y-To", self.reply_to_edit, "Reply-To"),
            ("daily_limit", "&Limits", limits_row, "Messages a day"),
        ]
        for index, (field, text, widget, _accessible) in enumerate(layout_rows):
            label = QLabel(text, self)
            message = _named(QLabel(self, wordWrap=True), f"{field}_message")
            message.hide()
            grid.addWidget(label, index * 2, 0)
            if isinstance(widget, QBoxLayout):
                grid.addLayout(widget, index * 2, 1)
            else:
                grid.addWidget(widget, index * 2, 1)
            grid.addWidget(message, index * 2 + 1, 1)
            self._rows[field] = _Row(label, message)
        self._rows["security"] = self._rows["port"]  # shown under the port/security row
        self._rows["minute_limit"] = self._rows["daily_limit"]
        self.minute_limit_edit.setAccessibleName("Messages a minute")
        for field, _text, _widget, accessible in layout_rows:
            target = self.field_widget(field)
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
            self.daily_limit_edit,
            self.minute_limit_edit,
            self.revert_button,
            self.save_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def field_widget(self, field: str) -> QWidget:
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
            "daily_limit": self.daily_limit_edit,
            "minute_limit": self.minute_limit_edit,
        }
        return widgets[field]

    def set_region_visible(self, visible: bool) -> None:
        """The SES region row is shown only for Amazon SES."""
        self.region_box.setVisible(visible)
        self._rows["region"].label.setVisible(visible)

    def draft(self) -> AccountDraft:
        """The form's current content, as typed."""
        return AccountDraft(
            preset=str(self.preset_box.currentData()),
            host=self.host_edit.text(),
            port=self.port_edit.text(),
            security=str(self.security_box.currentData()),
            user=self.user_edit.text(),
            from_email=self.from_email_edit.text(),
            from_name=self.from_name_edit.text(),
            reply_to=self.reply_to_edit.text(),
            daily_limit=self.daily_limit_edit.text(),
            minute_limit=self.minute_limit_edit.text(),
            daily_limit_learned=self._learned_day(),
        )

    def write_draft(self, draft: AccountDraft) -> None:
        """Put a draft into the fields (the password field is left alone)."""
        self.preset_box.setCurrentIndex(_index_of(self.preset_box, draft.preset, "custom"))
        self.host_edit.setText(draft.host)
        self.port_edit.setText(draft.port)
        self.security_box.setCurrentIndex(
            _index_of(self.security_box, draft.security, Security.STARTTLS.value)
        )
        self.user_edit.setText(draft.user)
        self.from_email_edit.setText(draft.from_email)
        self.from_name_edit.setText(draft.from_name)
        self.reply_to_edit.setText(draft.reply_to)
        self._learned = (draft.daily_limit.strip(), draft.daily_limit_learned.strip())
        self.daily_limit_edit.setText(draft.daily_limit)
        self.minute_limit_edit.setText(draft.minute_limit)
        self._show_learned()

    def _learned_day(self) -> str:
        """The day the limit was learned, while the field still holds that limit."""
        value, day = self._learned
        return day if day and self.daily_limit_edit.text().strip() == value else ""

    def learned_sentence(self) -> str:
        """ "Learned from the provider's reply on 30 Nov 2026 …", while the field holds it."""
        day = self._learned_day()
        try:
            shown = f"{date.fromisoformat(day):%d %b %Y}" if day else ""
        except ValueError:
            shown = day
        if not shown:
            return ""
        return (
            f"Learned from the provider's reply on {shown}: it refused more than "
            f"{self.daily_limit_edit.text().strip()} messages in 24 hours. Change it if your "
            "plan allows more."
        )

    def _show_learned(self, *_args: object) -> None:
        sentence = self.learned_sentence()
        self.learned_note.setText("(learned from the provider)" if sentence else "")
        self.learned_note.setToolTip(sentence)
        self.learned_note.setVisible(bool(sentence))

    def show_problems(self, problems: list[FieldProblem]) -> None:
        by_field: dict[str, list[FieldProblem]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem)
        for field, row in self._rows.items():
            if field in ("security", "minute_limit"):
                continue
            shown = by_field.get(field, [])
            if field == "port":
                shown = shown + by_field.get("security", [])
            if field == "daily_limit":
                shown = shown + by_field.get("minute_limit", [])
            shown.sort(key=lambda p: not p.is_error)
            text = "\n".join(("✗ " if p.is_error else "⚠ ") + p.message for p in shown)
            row.message.setText(text)
            row.message.setVisible(bool(text))
            row.message.setStyleSheet(ERROR_STYLE if shown and shown[0].is_error else WARNING_STYLE)
            self.field_widget(field).setAccessibleDescription(text)

    def _on_show_password_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.show_password.setText("Hid&e" if shown else "Sh&ow")


def _named(widget: _W, name: str) -> _W:
    """The widget with its object name set (tests and style sheets find it by name)."""
    widget.setObjectName(name)
    return widget


def _index_of(box: QComboBox, data: str, fallback: str) -> int:
    """The item holding ``data``; the ``fallback`` item for a value the box does not know
    (a hand-edited settings file)."""
    index = box.findData(data)
    return index if index >= 0 else box.findData(fallback)
