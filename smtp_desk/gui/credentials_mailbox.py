"""The Email Credentials form's mailbox part: where the society's mailbox is read (IMAP) to
confirm sent bills from the Sent folder and to find bounces.

Empty is the usual answer: the provider's own server (Gmail's imap.gmail.com, port 993) is
then used, and shows as the fields' grey placeholder text; Custom has none, and the mailbox
is then not read. A server typed by hand stays when the provider changes, unless it was
just the last provider's own (:func:`without_old_default`); the line under the fields says
whose server is used. The security follows a port typed as 993 or 143, and choosing the
security moves a port that is one of those two to the other. Under them: a copy of each
message filed in Sent (for servers that keep none; off for providers that keep their own)
and an address every message is also sent to, for an archive.

Like :mod:`smtp_desk.gui.credentials_form` this only builds and shows; the page decides.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from smtp_desk.core.account import AccountDraft
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.imap_settings import ImapSecurity, imap_defaults, keeps_sent
from smtp_desk.core.presets import preset
from smtp_desk.gui.signin_fields import FieldRow

__all__ = ["MAILBOX_FIELDS", "MailboxBox", "without_old_default"]

MAILBOX_FIELDS = ("imap_host", "imap_port", "imap_security", "copy_to_sent", "archive_bcc")

_SECURITY_WORDS = {  # English; translated when shown
    ImapSecurity.SSL: QT_TRANSLATE_NOOP(
        "credentials_mailbox", "Encrypted from the start (SSL/TLS, port 993)"
    ),
    ImapSecurity.STARTTLS: QT_TRANSLATE_NOOP(
        "credentials_mailbox", "Encrypted after connecting (STARTTLS, port 143)"
    ),
}
_NAMES = {  # how messages and screen readers name the fields
    "imap_host": QT_TRANSLATE_NOOP("credentials_mailbox", "Mailbox server"),
    "imap_port": QT_TRANSLATE_NOOP("credentials_mailbox", "Mailbox port"),
    "imap_security": QT_TRANSLATE_NOOP("credentials_mailbox", "Mailbox security"),
    "copy_to_sent": QT_TRANSLATE_NOOP("credentials_mailbox", "File a copy in the Sent folder"),
    "archive_bcc": QT_TRANSLATE_NOOP("credentials_mailbox", "Archive copy (BCC) to"),
}
_NOTE_STYLE = "color: #57606a;"
_LABEL_CHARS = 24  # the label column is as wide as its longest label, up to about so many


def without_old_default(draft: AccountDraft, *, before: str) -> AccountDraft:
    """``draft`` after the provider changed from ``before``: a mailbox server that is just
    ``before``'s own (typed, or loaded) goes, so the new provider's shows in its place;
    any other server typed stays. A provider that files its own copy of each message in
    Sent takes no second one."""
    d = draft.normalized()
    if before != d.preset and keeps_sent(d.preset):
        draft = draft.with_changes(copy_to_sent="")
    old = imap_defaults(before)
    if old is None or before == d.preset or d.imap_host != old.host:
        return draft
    if d.imap_port not in ("", str(old.port)) or d.imap_security not in ("", old.security):
        return draft
    return draft.with_changes(imap_host="", imap_port="", imap_security="")


class MailboxBox(QGroupBox):
    """Server, port and security of the mailbox, the copy filed in its Sent folder and the
    archive copy's address, each with its message line (in :attr:`rows`, for
    :class:`~smtp_desk.gui.credentials_messages.FieldMessages`), and a line saying whose
    server is used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("credentials_mailbox", "Mailbox (to confirm sent bills and find bounces)"),
            parent,
        )
        self.setObjectName("mailbox")
        self._before_follow: str | None = None  # the security before a typed port chose one
        self.shown_for = "custom"  # the provider whose own server the fields show now
        self.host_edit = QLineEdit(self)
        self.port_edit = QLineEdit(self, maxLength=5)
        self.port_edit.setMaximumWidth(80)
        self.security_box = QComboBox(self)
        # a combo box takes the focus from a wheel turned over it (Qt's WheelFocus), before
        # the window's wheel guard looks: the wheel scrolling past would change the security
        self.security_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for security, words in _SECURITY_WORDS.items():
            self.security_box.addItem(translate("credentials_mailbox", words), security.value)
        self.copy_box = QCheckBox(
            translate(
                "credentials_mailbox",
                "File a copy of each message in the Sent folder (for servers that do not keep one)",
            ),
            self,
        )
        self.archive_edit = QLineEdit(
            self, placeholderText=translate("credentials_mailbox", "optional")
        )
        self.note = QLabel(self, wordWrap=True)
        self.note.setObjectName("mailbox_note")
        self.note.setStyleSheet(_NOTE_STYLE)
        for field, widget in self.widgets.items():
            widget.setObjectName(field)
            widget.setAccessibleName(translate("credentials_mailbox", _NAMES[field]))
        self._lay_out()
        self.port_edit.textEdited.connect(self._on_port_edit_textEdited)
        self.security_box.activated.connect(self._on_security_box_activated)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        self.rows: dict[str, FieldRow] = {}
        port_row = QHBoxLayout()
        port_row.setSpacing(6)
        port_row.addWidget(self.port_edit)
        # no keys of their own (the form's letters are taken): Tab from the server reaches them
        port_row.addWidget(QLabel(translate("credentials_mailbox", "Security"), self))
        port_row.addWidget(self.security_box, 1)
        layout_rows: list[tuple[str, str, QWidget | QHBoxLayout]] = [
            ("imap_host", translate("credentials_mailbox", "Mail&box server"), self.host_edit),
            ("imap_port", translate("credentials_mailbox", "Port"), port_row),
            ("copy_to_sent", "", self.copy_box),
            (
                "archive_bcc",
                translate("credentials_mailbox", "Also send a copy to (archive, BCC)"),
                self.archive_edit,
            ),
        ]
        row = 0
        labels: list[QLabel] = []
        for field, text, widget in layout_rows:
            label = QLabel(text, self, wordWrap=True)
            labels.append(label)
            message = QLabel(self, wordWrap=True)
            message.setObjectName(f"{field}_message")
            grid.addWidget(label, row, 0)
            if isinstance(widget, QHBoxLayout):
                grid.addLayout(widget, row, 1)
            else:
                grid.addWidget(widget, row, 1)
            grid.addWidget(message, row + 1, 1)
            self.rows[field] = FieldRow(label, message)
            row += 2
            if field == "imap_port":  # whose server is used, under server, port and security
                grid.addWidget(self.note, row, 0, 1, 2)
                row += 1
        self.rows["imap_host"].label.setBuddy(self.host_edit)
        grid.setColumnStretch(1, 1)
        # wrapping labels alone get squeezed to a word a line ("Also / send a / copy to …")
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(label.text().replace("&", "")) for label in labels)
        grid.setColumnMinimumWidth(0, min(widest, metrics.averageCharWidth() * _LABEL_CHARS))

    @property
    def widgets(self) -> dict[str, QWidget]:
        return {
            "imap_host": self.host_edit,
            "imap_port": self.port_edit,
            "imap_security": self.security_box,
            "copy_to_sent": self.copy_box,
            "archive_bcc": self.archive_edit,
        }

    def tab_order(self) -> list[QWidget]:
        return [
            self.host_edit,
            self.port_edit,
            self.security_box,
            self.copy_box,
            self.archive_edit,
        ]

    @staticmethod
    def field_name(field: str) -> str:
        """ "Mailbox server", for messages about a field of this box."""
        return translate("credentials_mailbox", _NAMES[field])

    def values(self) -> dict[str, str]:
        """The draft's mailbox fields as typed; no security without a server (the
        provider's own is used as it is)."""
        host = self.host_edit.text()
        return {
            "imap_host": host,
            "imap_port": self.port_edit.text(),
            "imap_security": str(self.security_box.currentData()) if host.strip() else "",
            "copy_to_sent": "yes" if self.copy_box.isChecked() else "",
            "archive_bcc": self.archive_edit.text(),
        }

    def write(self, draft: AccountDraft) -> None:
        """Put the draft's mailbox fields in (loaded, reverted, a provider picked)."""
        self._before_follow = None
        self.host_edit.setText(draft.imap_host)
        self.port_edit.setText(draft.imap_port)
        security = draft.imap_security.strip().lower() or ImapSecurity.SSL.value
        index = self.security_box.findData(security)
        self.security_box.setCurrentIndex(max(index, 0))
        self.copy_box.setChecked(draft.copy_to_sent.strip().lower() == "yes")
        self.archive_edit.setText(draft.archive_bcc)

    def show_defaults(self, preset_id: str) -> None:
        """The provider's own server as placeholder text, and whose server is used."""
        self.shown_for = preset_id
        default = imap_defaults(preset_id)
        typed = self.host_edit.text().strip().rstrip(".").lower()
        self.security_box.setEnabled(bool(typed))  # nothing to choose for the provider's own
        if not typed:
            shown = default.security if default is not None else ImapSecurity.SSL
            self.security_box.setCurrentIndex(self.security_box.findData(shown.value))
            self._before_follow = None
        self.host_edit.setPlaceholderText(
            default.host if default is not None else translate("credentials_mailbox", "optional")
        )
        if typed:
            follows = _port_security(self.port_edit.text())  # 993 or 143 say which, always
            if follows is not None:
                self.security_box.setCurrentIndex(self.security_box.findData(follows.value))
            port = ImapSecurity(str(self.security_box.currentData())).default_port
            self.port_edit.setPlaceholderText(str(port))
        else:
            self.port_edit.setPlaceholderText(str(default.port) if default is not None else "")
        self.note.setText(_note(preset_id, typed))
        # a provider that files its own copy takes no second one (a loaded "yes" stays
        # clickable, so that it can be turned off)
        own_copy = keeps_sent(preset_id)
        self.copy_box.setEnabled(not own_copy or self.copy_box.isChecked())
        self.copy_box.setToolTip(
            translate(
                "credentials_mailbox",
                "This provider files a copy of every message in the Sent folder itself.",
            )
            if own_copy
            else translate(
                "credentials_mailbox",
                "SMTP Desk files the copy in the mailbox above after each message is sent.",
            )
        )

    # ----- slots --------------------------------------------------------------------------

    def _on_port_edit_textEdited(self, text: str) -> None:
        follows = _port_security(text)
        if follows is not None:
            if self._before_follow is None:  # what was chosen, before the port led
                self._before_follow = str(self.security_box.currentData())
            self.security_box.setCurrentIndex(self.security_box.findData(follows.value))
        elif self._before_follow is not None:  # typing on past 993 ("9930"): no lead any more
            self.security_box.setCurrentIndex(self.security_box.findData(self._before_follow))
            self._before_follow = None

    def _on_security_box_activated(self, _index: int) -> None:
        self._before_follow = None
        chosen = ImapSecurity(str(self.security_box.currentData()))
        if _port_security(self.port_edit.text()) not in (None, chosen):  # 993 ↔ 143
            self.port_edit.setText(str(chosen.default_port))


def _port_security(text: str) -> ImapSecurity | None:
    """The security a port typed as 993 or 143 means; None for any other."""
    text = text.strip()
    for security in ImapSecurity:
        if text == str(security.default_port):
            return security
    return None


def _note(preset_id: str, typed: str) -> str:
    """Whose mailbox server is used: the provider's, the one typed, or none."""
    default = imap_defaults(preset_id)
    try:
        name = translate("preset_table", preset(preset_id).name)
    except KeyError:  # a hand-edited settings file
        name = preset_id
    if not typed and default is not None:
        return translate(
            "credentials_mailbox", "Empty: {provider}'s own ({host}) is used; nothing to type."
        ).format(provider=name, host=default.host)
    if not typed:
        return translate(
            "credentials_mailbox",
            "Empty: the mailbox is not read, and unconfirmed bills are settled by hand. "
            "Enter its server (from your mail provider's help) to confirm them from the Sent "
            "folder.",
        )
    if default is not None and typed != default.host:
        return translate(
            "credentials_mailbox",
            "The server typed here is used, not {provider}'s own ({host}): clear it to use theirs.",
        ).format(provider=name, host=default.host)
    return ""
