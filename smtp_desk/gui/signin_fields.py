"""The Email Credentials form's parts for Sign in with Microsoft or Google: the "Sign in with"
choice, the app registration's fields, the IT person's setup steps and the notice that
offers to switch a Microsoft 365 account away from its password.

Like :mod:`smtp_desk.gui.credentials_form` these only build and show; the page decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
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

from smtp_desk.core.account import SignInMethod
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.oauth_apps import built_in_client, default_tenant
from smtp_desk.gui.signin_help import CHECKLIST_LINK, ChecklistDialog, setup_steps

__all__ = [
    "AppRegistrationBox",
    "FieldRow",
    "SetupHelp",
    "SwitchNotice",
    "fill_sign_in_box",
    "method_label",
]

# The tenant field's hint: short enough for the field at 1024 pixels, the whole sentence
# in its tooltip.
_TENANT_HINTS = {
    "organizations": QT_TRANSLATE_NOOP(
        "signin_fields", "organizations (work) · consumers (Outlook.com) · tenant ID or domain"
    ),
    "consumers": QT_TRANSLATE_NOOP(
        "signin_fields", "consumers (Outlook.com) · organizations (work) · tenant ID or domain"
    ),
}
_TENANT_TIP = QT_TRANSLATE_NOOP(
    "signin_fields",
    "organizations (work accounts) — or consumers for Outlook.com, or your tenant ID/domain "
    "(the Directory (tenant) ID on the app's Overview page, or yoursociety.in). Left empty: "
    "organizations, or consumers for Outlook.com.",
)
_RECOMMENDED = ("office365", "outlook")


@dataclass
class FieldRow:
    """A field's label and the message line under it."""

    label: QLabel
    message: QLabel


def method_label(method: SignInMethod, preset: str) -> str:
    """The words in the "Sign in with" list."""
    if method is SignInMethod.PASSWORD:
        return translate("signin_fields", "Password")
    label = translate("signin_fields", "{service} account").format(service=method.label)
    if preset in _RECOMMENDED:
        return translate("signin_fields", "{method} (recommended)").format(method=label)
    return label


def fill_sign_in_box(
    box: QComboBox, offered: list[SignInMethod], value: str, *, preset: str
) -> None:
    """The "Sign in with" list for a provider, keeping ``value`` selected (also one the
    provider does not offer, or a hand-edited word, so its problem can be shown)."""
    box.blockSignals(True)
    box.clear()
    for method in offered:
        box.addItem(method_label(method, preset), method.value)
    current = value.strip().lower() or SignInMethod.PASSWORD.value
    if box.findData(current) < 0:
        known = {m.value: m for m in SignInMethod}
        shown = method_label(known[current], preset) if current in known else current
        text = translate("signin_fields", "{method} (not offered for this provider)")
        box.addItem(text.format(method=shown), current)
    box.setCurrentIndex(box.findData(current))
    box.blockSignals(False)


class AppRegistrationBox(QGroupBox):
    """Client ID, tenant (Microsoft), client secret (Google) and, under Advanced, the
    sign-in authority; each with its message line, for :meth:`CredentialsForm.show_problems`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("signin_fields", "App registration (set up once by your IT person)"),
            parent,
        )
        self.setObjectName("app_registration")
        self.client_id_edit = _edit(
            self, "oauth_client_id", translate("signin_fields", "Application (client) ID")
        )
        self.tenant_edit = _edit(self, "oauth_tenant", translate("signin_fields", "Tenant"))
        self.tenant_edit.setToolTip(translate("signin_fields", _TENANT_TIP))
        self.secret_edit = _edit(
            self, "oauth_client_secret", translate("signin_fields", "Client secret")
        )
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.authority_edit = _edit(
            self, "oauth_authority", translate("signin_fields", "Sign-in authority")
        )
        self.authority_edit.setPlaceholderText(
            translate(
                "signin_fields", "empty: the service's usual one (for a private cloud: https://…)"
            )
        )
        self.advanced_button = QToolButton(self)
        self.advanced_button.setObjectName("oauth_advanced")
        self.advanced_button.setCheckable(True)
        self.advanced_button.setAccessibleName(
            translate("signin_fields", "Advanced sign-in settings")
        )
        self.advanced_button.toggled.connect(self._on_advanced_button_toggled)

        grid = QGridLayout(self)
        self.rows: dict[str, FieldRow] = {}
        client_row = QHBoxLayout()
        client_row.addWidget(self.client_id_edit, 1)
        client_row.addWidget(self.advanced_button)
        layout_rows: list[tuple[str, str, QWidget | QHBoxLayout]] = [
            (
                "oauth_client_id",
                translate("signin_fields", "Applicati&on (client) ID"),
                client_row,
            ),
            ("oauth_tenant", translate("signin_fields", "T&enant"), self.tenant_edit),
            (
                "oauth_client_secret",
                translate("signin_fields", "Client s&ecret"),
                self.secret_edit,
            ),
            ("oauth_authority", translate("signin_fields", "Authority"), self.authority_edit),
        ]
        for index, (field, text, widget) in enumerate(layout_rows):
            label = QLabel(text, self)
            message = QLabel(self, wordWrap=True)
            message.setObjectName(f"{field}_message")
            message.hide()
            grid.addWidget(label, index * 2, 0)
            if isinstance(widget, QHBoxLayout):
                grid.addLayout(widget, index * 2, 1)
            else:
                grid.addWidget(widget, index * 2, 1)
            grid.addWidget(message, index * 2 + 1, 1)
            self.rows[field] = FieldRow(label, message)
        for field, edit in self.widgets.items():
            if field != "oauth_authority":  # reached through Advanced, which has the key
                self.rows[field].label.setBuddy(edit)
        grid.setColumnStretch(1, 1)
        self._on_advanced_button_toggled(False)

    @property
    def widgets(self) -> dict[str, QLineEdit]:
        return {
            "oauth_client_id": self.client_id_edit,
            "oauth_tenant": self.tenant_edit,
            "oauth_client_secret": self.secret_edit,
            "oauth_authority": self.authority_edit,
        }

    def tab_order(self) -> list[QWidget]:
        return [
            self.client_id_edit,
            self.advanced_button,
            self.tenant_edit,
            self.secret_edit,
            self.authority_edit,
        ]

    def set_method(self, method: SignInMethod, preset: str) -> None:
        """Show the fields ``method`` uses, with hints for ``preset``."""
        microsoft = method is SignInMethod.MICROSOFT
        for field, shown in (("oauth_tenant", microsoft), ("oauth_client_secret", not microsoft)):
            self.rows[field].label.setVisible(shown)
            self.widgets[field].setVisible(shown)
        built_in = built_in_client(method)
        example = (
            translate("signin_fields", "1b2c3d4e-… (from your IT person)")
            if microsoft
            else "123456789-abc….apps.googleusercontent.com"
        )
        self.client_id_edit.setPlaceholderText(
            translate(
                "signin_fields", "empty: the one built into this installation ({client}…)"
            ).format(client=built_in[:8])
            if built_in
            else example
        )
        hint = _TENANT_HINTS[default_tenant(preset)]
        self.tenant_edit.setPlaceholderText(translate("signin_fields", hint))

    def set_secret_saved(self, saved: bool) -> None:
        self.secret_edit.setPlaceholderText(
            translate("signin_fields", "Saved — type a new one to replace it")
            if saved
            else translate(
                "signin_fields", "from the Google Cloud console (kept in the password store)"
            )
        )

    def expand_advanced(self) -> None:
        self.advanced_button.setChecked(True)

    def _on_advanced_button_toggled(self, shown: bool) -> None:
        self.advanced_button.setText(
            translate("signin_fields", "Ad&vanced ▾")
            if shown
            else translate("signin_fields", "Ad&vanced ▸")
        )
        self.rows["oauth_authority"].label.setVisible(shown)
        self.authority_edit.setVisible(shown)
        if not shown:
            self.rows["oauth_authority"].message.hide()


class SetupHelp(QWidget):
    """The IT person's setup steps, folded away until asked for, with "Copy the steps"; the
    full checklist's link (or button, for the keyboard) opens it in SMTP Desk
    (:attr:`checklist`, once opened)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup_help")
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("setup_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.text = QLabel(self, wordWrap=True)
        self.text.setObjectName("setup_steps")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.copy_button = QPushButton(translate("signin_fields", "Copy the steps"), self)
        self.copy_button.setObjectName("copy_setup_steps")
        self.copy_button.setToolTip(
            translate("signin_fields", "To paste into an email to your IT person")
        )
        self.checklist_button = QPushButton(
            translate("signin_fields", "Open the full checklist"), self
        )
        self.checklist_button.setObjectName("open_checklist")
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.checklist_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.text)
        column.addLayout(buttons)
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.text.linkActivated.connect(self._on_text_linkActivated)
        self.checklist_button.clicked.connect(self.show_checklist)
        self.checklist: ChecklistDialog | None = None
        self._method = SignInMethod.MICROSOFT
        self.set_method(SignInMethod.MICROSOFT)
        self._on_toggle_toggled(False)

    def set_method(self, method: SignInMethod) -> None:
        self._method = method
        self.text.setText(setup_steps(method).html())
        self._on_toggle_toggled(self.toggle.isChecked())

    def _on_toggle_toggled(self, shown: bool) -> None:
        arrow = "▾" if shown else "▸"
        text = translate("signin_fields", "How your IT person sets up Sign in with {service}")
        self.toggle.setText(f"{arrow} {text.format(service=self._method.label)}")
        self.text.setVisible(shown)
        self.copy_button.setVisible(shown)
        self.checklist_button.setVisible(shown)

    def show_checklist(self) -> ChecklistDialog:
        """The full checklist in a window of its own (not modal: the form stays usable)."""
        if self.checklist is None:
            self.checklist = ChecklistDialog(self._method, self)
        else:
            self.checklist.show_method(self._method)
        if self.checklist.isVisible():  # open already, perhaps behind the main window
            self.checklist.raise_()
            self.checklist.activateWindow()
        self.checklist.show()
        return self.checklist

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(setup_steps(self._method).text())
        self.copy_button.setText(translate("signin_fields", "Copied — paste it into an email"))

    def _on_text_linkActivated(self, link: str) -> None:
        if link == CHECKLIST_LINK:
            self.show_checklist()
        else:
            QDesktopServices.openUrl(QUrl(link))  # the provider's guide, in the browser


class SwitchNotice(QFrame):
    """Microsoft's switch-off of passwords, with the one-click way out.

    Signals:
        switch_requested(): the person chose Sign in with Microsoft.
    """

    switch_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("switch_notice")
        self.setStyleSheet("#switch_notice { background: #fff4e0; border: 1px solid #bf5700; }")
        self.text = QLabel(self, wordWrap=True)
        self.text.setObjectName("switch_notice_text")
        self.switch_button = QPushButton(
            translate("signin_fields", "Switch to Sign in with Microsoft"), self
        )
        self.switch_button.setObjectName("switch_to_microsoft")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.switch_button)
        self.switch_button.clicked.connect(self.switch_requested)
        self.hide()

    def show_text(self, text: str) -> None:
        self.text.setText(f"⚠ {text}")
        self.setVisible(bool(text))


def _edit(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit
