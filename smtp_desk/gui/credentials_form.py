"""The widgets of the Email Credentials form: fields, labels, messages and layout.

:class:`CredentialsForm` only builds and shows; what the form means (load, check, save,
presets, the settings found from the address) is
:class:`~smtp_desk.gui.credentials_page.CredentialsPage`'s business.

The form reads as a clerk fills it: the society's address first (the settings are found
from it), the password, then the provider and server that were found, the sender, and
last the mailbox that is read to confirm sent bills (:mod:`~smtp_desk.gui.credentials_mailbox`).
"""

from __future__ import annotations

import re
from functools import partial
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.account import AccountDraft, Security, SignInMethod
from smtp_desk.core.i18n import translate
from smtp_desk.core.presets import PRESETS, SES_REGIONS
from smtp_desk.core.validation import FieldProblem
from smtp_desk.gui.credentials_detect import FoundLine
from smtp_desk.gui.credentials_limits import LearnedLimit
from smtp_desk.gui.credentials_mailbox import MAILBOX_FIELDS, MailboxBox
from smtp_desk.gui.credentials_messages import (
    ERROR_STYLE,
    SHARED_ROWS,
    WARNING_STYLE,
    FieldMessages,
)
from smtp_desk.gui.signin_fields import (
    AppRegistrationBox,
    FieldRow,
    SetupHelp,
    SwitchNotice,
    fill_sign_in_box,
)

__all__ = ["ERROR_STYLE", "WARNING_STYLE", "CredentialsForm"]  # styles: the Society page

_W = TypeVar("_W", bound=QWidget)
_ACCELERATOR_AFTER = re.compile(r"\s*\(&[^)]\)$")  # a translation's "… (&S)"


class CredentialsForm(QWidget):
    """The form's widgets, in reading and tab order, with a message line under each field.

    The page scrolls when the window is too small for it (a sign-in code and the IT
    person's steps make it tall); nothing is ever cut off.
    """

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
            self.preset_box.addItem(translate("preset_table", p.name), p.id)
        self.region_box = _named(QComboBox(self), "region")
        self.region_box.addItems(SES_REGIONS)
        self.host_edit = _named(QLineEdit(self, placeholderText="smtp.example.com"), "host")
        self.port_edit = _named(QLineEdit(self, maxLength=5), "port")
        self.port_edit.setMaximumWidth(80)
        self.security_box = _named(QComboBox(self), "security")
        for s in Security:
            self.security_box.addItem(translate("account", s.label), s.value)
        self.user_edit = _named(QLineEdit(self), "user")
        self.found_line = FoundLine(self)
        self.sign_in_box = _named(QComboBox(self), "sign_in")
        fill_sign_in_box(self.sign_in_box, [SignInMethod.PASSWORD], "", preset="custom")
        self.switch_notice = SwitchNotice(self)
        self.password_edit = _named(QLineEdit(self), "password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = _named(QToolButton(self), "show_password")
        self.show_password.setCheckable(True)
        self.show_password.setText(translate("credentials_form", "Sh&ow"))
        self.show_password.setToolTip(translate("credentials_form", "Show or hide the password"))
        self.app_registration = AppRegistrationBox(self)
        self.from_email_edit = _named(QLineEdit(self), "from_email")
        self.from_name_edit = _named(QLineEdit(self), "from_name")
        self.reply_to_edit = _named(
            QLineEdit(self, placeholderText=translate("credentials_form", "optional")), "reply_to"
        )
        self.daily_limit_edit = _named(QLineEdit(self, maxLength=7), "daily_limit")
        self.minute_limit_edit = _named(QLineEdit(self, maxLength=5), "minute_limit")
        for edit in (self.daily_limit_edit, self.minute_limit_edit):
            edit.setMinimumWidth(60)
            edit.setMaximumWidth(90)
        self.learned_note = _named(QLabel(self), "daily_limit_learned")
        self.learned = LearnedLimit(self.daily_limit_edit, self.learned_note)
        self.mailbox = MailboxBox(self)
        self.revert_button = _named(
            QPushButton(translate("credentials_form", "Revert"), self), "revert"
        )
        self.save_button = _named(QPushButton(translate("credentials_form", "Save"), self), "save")
        self.help_label = _named(QLabel(self, wordWrap=True, openExternalLinks=True), "help")
        self.help_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setup_help = SetupHelp(self)
        self._lay_out(self._build_grid())
        self.messages = FieldMessages(self._rows, self.field_widget, [*self._widgets()], self)
        self._set_tab_order()

    def _build_grid(self) -> QGridLayout:
        grid = QGridLayout()
        self._rows: dict[str, FieldRow] = {}
        port_row = QHBoxLayout()
        port_row.setSpacing(6)
        port_row.addWidget(self.port_edit)
        self._security_label = QLabel(translate("credentials_form", "Sec&urity"), self)
        self._security_label.setBuddy(self.security_box)
        port_row.addWidget(self._security_label)
        port_row.addWidget(self.security_box, 1)
        limits_row = QHBoxLayout()
        limits_row.setSpacing(6)
        limits_row.addWidget(self.daily_limit_edit)
        limits_row.addWidget(QLabel(translate("credentials_form", "a day,"), self))
        limits_row.addWidget(self.learned_note)
        limits_row.addWidget(self.minute_limit_edit)
        limits_row.addWidget(
            QLabel(translate("credentials_form", "a minute (empty: the provider's; 0: none)"), self)
        )
        limits_row.addStretch(1)
        password_row = QHBoxLayout()
        password_row.setSpacing(6)
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.show_password)
        layout_rows: list[tuple[str, str, QWidget | QBoxLayout, str]] = [
            (
                "user",
                translate("credentials_form", "User &ID"),
                self.user_edit,
                translate("credentials_form", "User ID"),
            ),
            (
                "password",
                translate("credentials_form", "Pass&word"),
                password_row,
                translate("credentials_form", "Password"),
            ),
            (
                "sign_in",
                translate("credentials_form", "Si&gn in with"),
                self.sign_in_box,
                translate("credentials_form", "Sign in with"),
            ),
            (
                "preset",
                translate("credentials_form", "&Provider"),
                self.preset_box,
                translate("credentials_form", "Mail provider"),
            ),
            (
                "region",
                translate("credentials_form", "Re&gion"),
                self.region_box,
                translate("credentials_form", "Amazon SES region"),
            ),
            (
                "host",
                translate("credentials_form", "SMTP hos&t"),
                self.host_edit,
                translate("credentials_form", "SMTP host"),
            ),
            (
                "port",
                translate("credentials_form", "Po&rt"),
                port_row,
                translate("credentials_form", "Port"),
            ),
            (
                "from_email",
                translate("credentials_form", "From em&ail"),
                self.from_email_edit,
                translate("credentials_form", "From email"),
            ),
            (
                "from_name",
                translate("credentials_form", "From na&me"),
                self.from_name_edit,
                translate("credentials_form", "From name"),
            ),
            (
                "reply_to",
                translate("credentials_form", "Repl&y-To"),
                self.reply_to_edit,
                translate("credentials_form", "Reply-To"),
            ),
            (
                "daily_limit",
                translate("credentials_form", "&Limits"),
                limits_row,
                translate("credentials_form", "Messages a day"),
            ),
        ]
        row = 0
        for field, text, widget, _accessible in layout_rows:
            label = QLabel(text, self)
            message = _named(QLabel(self, wordWrap=True), f"{field}_message")
            grid.addWidget(label, row, 0)
            if isinstance(widget, QBoxLayout):
                grid.addLayout(widget, row, 1)
            else:
                grid.addWidget(widget, row, 1)
            self._rows[field] = FieldRow(label, message)
            if field == "sign_in":  # its fields are under it, and so are their messages
                self._rows.update(self.app_registration.rows)
            row += 1
            for widget_below, column in self._below(field, message):
                grid.addWidget(widget_below, row, column, 1, 2 - column)
                row += 1
        grid.addWidget(self.mailbox, row, 0, 1, 2)  # its rows follow the limits in order
        self._rows.update(self.mailbox.rows)
        row += 1
        self.minute_limit_edit.setAccessibleName(translate("credentials_form", "Messages a minute"))
        for field, _text, _widget, accessible in layout_rows:
            target = self.field_widget(field)
            self._rows[field].label.setBuddy(target)
            target.setAccessibleName(accessible)
        self.security_box.setAccessibleName(translate("credentials_form", "Security"))
        self.show_password.setAccessibleName(translate("credentials_form", "Show password"))
        self.found_line.label.setAccessibleName(
            translate("credentials_form", "Settings found from the address")
        )
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)  # a field and its message line read as one
        grid.setRowStretch(row, 1)  # a taller side column leaves room below, not between
        return grid

    def _below(self, field: str, message: QLabel) -> list[tuple[QWidget, int]]:
        """What goes under a field's row, and from which column: its message line; what was
        found from the address (right under it); the Microsoft 365 notice and the sign-in's
        own fields."""
        if field == "user":
            return [(self.found_line, 1), (message, 1)]
        if field == "sign_in":
            return [(message, 1), (self.switch_notice, 1), (self.app_registration, 0)]
        return [(message, 1)]

    def _lay_out(self, grid: QGridLayout) -> None:
        help_box = QGroupBox(translate("credentials_form", "About this provider"), self)
        help_layout = QVBoxLayout(help_box)
        help_layout.addWidget(self.help_label)
        help_layout.addWidget(self.setup_help)
        help_layout.addStretch(1)
        self.side = QVBoxLayout()  # the help; the page adds the sign-in box under it
        self.side.addWidget(help_box, 1)

        body = QHBoxLayout()
        body.addLayout(grid, 3)
        body.addLayout(self.side, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        content = QWidget(self)
        self._column = QVBoxLayout(content)
        self._column.addWidget(
            QLabel(translate("credentials_form", "<h2>Email Credentials</h2>"), content)
        )
        self._column.addWidget(self.banner)
        self._column.addLayout(body)
        self._column.addLayout(buttons)
        self._column.addStretch(1)
        self._scroll = scroll = _named(QScrollArea(self), "credentials_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _set_tab_order(self) -> None:
        order = [
            self.user_edit,
            self.found_line.use_button,
            self.password_edit,
            self.show_password,
            self.sign_in_box,
            self.switch_notice.switch_button,
            *self.app_registration.tab_order(),
            self.preset_box,
            self.region_box,
            self.host_edit,
            self.port_edit,
            self.security_box,
            self.from_email_edit,
            self.from_name_edit,
            self.reply_to_edit,
            self.daily_limit_edit,
            self.minute_limit_edit,
            *self.mailbox.tab_order(),
            self.revert_button,
            self.save_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def reveal(self, widget: QWidget) -> None:
        """Scroll the page so that ``widget`` is in view, once the layout has settled."""
        QTimer.singleShot(0, self._scroll, partial(self._scroll.ensureWidgetVisible, widget, 0, 8))

    def add_section(self, widget: QWidget) -> None:
        """A part of the page below the Save button (the connection test)."""
        self._column.insertWidget(self._column.count() - 1, widget)  # above the stretch

    def field_widget(self, field: str) -> QWidget:
        return self._widgets()[field]

    def _widgets(self) -> dict[str, QWidget]:
        """Each field's widget, by the field's name in the account draft."""
        return {
            "preset": self.preset_box,
            "region": self.region_box,
            "host": self.host_edit,
            "port": self.port_edit,
            "security": self.security_box,
            "user": self.user_edit,
            "sign_in": self.sign_in_box,
            "password": self.password_edit,
            "from_email": self.from_email_edit,
            "from_name": self.from_name_edit,
            "reply_to": self.reply_to_edit,
            "daily_limit": self.daily_limit_edit,
            "minute_limit": self.minute_limit_edit,
            **self.app_registration.widgets,
            **self.mailbox.widgets,
        }

    def field_label(self, field: str) -> str:
        """A field's name as its label shows it ("Reply-To"), for messages about it."""
        if field in MAILBOX_FIELDS:
            return self.mailbox.field_name(field)
        row = self._rows.get(SHARED_ROWS.get(field, field))
        label = self._security_label if field == "security" else row.label if row else None
        return _without_accelerator(label.text()) if label is not None else field

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
            daily_limit_learned=self.learned.day(),
            sign_in=str(self.sign_in_box.currentData()),
            oauth_client_id=self.app_registration.client_id_edit.text(),
            oauth_tenant=self.app_registration.tenant_edit.text(),
            oauth_authority=self.app_registration.authority_edit.text(),
            **self.mailbox.values(),
        )

    def sign_in_method(self) -> SignInMethod | None:
        """The chosen sign-in (None: a word from a hand-edited file that means none)."""
        try:
            return SignInMethod(str(self.sign_in_box.currentData()))
        except ValueError:
            return None

    def write_draft(self, draft: AccountDraft) -> None:
        """Put a draft into the fields (the password and client secret are left alone)."""
        self.preset_box.setCurrentIndex(_index_of(self.preset_box, draft.preset, "custom"))
        fill_sign_in_box(self.sign_in_box, [], draft.sign_in, preset=draft.preset)
        registration = self.app_registration
        registration.client_id_edit.setText(draft.oauth_client_id)
        registration.tenant_edit.setText(draft.oauth_tenant)
        registration.authority_edit.setText(draft.oauth_authority)
        if draft.oauth_authority.strip():
            registration.expand_advanced()
        self.host_edit.setText(draft.host)
        self.port_edit.setText(draft.port)
        self.security_box.setCurrentIndex(
            _index_of(self.security_box, draft.security, Security.STARTTLS.value)
        )
        self.user_edit.setText(draft.user)
        self.from_email_edit.setText(draft.from_email)
        self.from_name_edit.setText(draft.from_name)
        self.reply_to_edit.setText(draft.reply_to)
        self.daily_limit_edit.setText(draft.daily_limit)
        self.minute_limit_edit.setText(draft.minute_limit)
        self.learned.set(draft.daily_limit, draft.daily_limit_learned)
        self.mailbox.write(draft)

    def learned_sentence(self) -> str:
        """ "Learned from the provider's reply on 30 Nov 2026 …", while the field holds it."""
        return self.learned.sentence()

    def show_sign_in(self, offered: list[SignInMethod], *, preset: str) -> None:
        """The "Sign in with" list for the provider, and the fields the choice needs: the
        password, or the app registration of Microsoft or Google."""
        fill_sign_in_box(
            self.sign_in_box, offered, str(self.sign_in_box.currentData()), preset=preset
        )
        method = self.sign_in_method()
        oauth = method is not None and method.is_oauth
        choice: list[QWidget] = [self._rows["sign_in"].label, self.sign_in_box]
        for widget in choice:
            widget.setVisible(len(offered) > 1 or method is not SignInMethod.PASSWORD)
        password: list[QWidget] = [self._rows["password"].label, self.password_edit]
        for widget in [*password, self.show_password]:
            widget.setVisible(not oauth)
        self.app_registration.setVisible(oauth)
        self.setup_help.setVisible(oauth)
        if oauth:
            assert method is not None
            self.app_registration.set_method(method, preset)
            self.setup_help.set_method(method)

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Each problem under its field, once it is due (see :class:`FieldMessages`)."""
        if any(p.field == "oauth_authority" and self.messages.due(p.field) for p in problems):
            self.app_registration.expand_advanced()
        self.messages.show(problems)

    def _on_show_password_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.show_password.setText(
            translate("credentials_form", "Hid&e")
            if shown
            else translate("credentials_form", "Sh&ow")
        )


def _named(widget: _W, name: str) -> _W:
    """The widget with its object name set (tests and style sheets find it by name)."""
    widget.setObjectName(name)
    return widget


def _without_accelerator(text: str) -> str:
    """A label's words without its ``&`` mark: "Repl&y-To" → "Reply-To", and a translated
    "पासवर्ड (&W)" → "पासवर्ड"."""
    return _ACCELERATOR_AFTER.sub("", text).replace("&", "")


def _index_of(box: QComboBox, data: str, fallback: str) -> int:
    """The item holding ``data``; the ``fallback`` item for a value the box does not know
    (a hand-edited settings file)."""
    index = box.findData(data)
    return index if index >= 0 else box.findData(fallback)
