"""How the Email Credentials fields follow each other while the clerk edits them.

The provider follows the host, port and security (Custom while they are not the provider's
own, back to the provider when they are again); the security follows the port until the
clerk chooses it; choosing Custom empties the last provider's server; another provider
empties a mailbox server that was the last one's own
(:func:`~smtp_desk.gui.credentials_mailbox.without_old_default`); a provider without the
chosen sign-in falls back to the password; and the society's address fills the rest
(:class:`~smtp_desk.gui.credentials_autofill.AddressFill`). Each field's problems are due
once the clerk has touched it (:class:`~smtp_desk.gui.credentials_messages.FieldMessages`).

What the form means — load, check, save, test, sign in — is the page's
(:class:`~smtp_desk.gui.credentials_page.CredentialsPage`), which shows everything that
follows from the fields in :meth:`CredentialsEditor._refresh`.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QLineEdit, QWidget

from smtp_desk.core.account import AccountDraft, Security, SignInMethod, security_for_port
from smtp_desk.core.presets import (
    CUSTOM,
    SES_DEFAULT_REGION,
    apply_preset,
    preset,
    reconcile_preset,
    ses_region,
)
from smtp_desk.core.validation_signin import methods_for, sign_in_method
from smtp_desk.gui.credentials_autofill import AddressFill
from smtp_desk.gui.credentials_form import CredentialsForm
from smtp_desk.gui.credentials_mailbox import without_old_default

__all__ = ["CredentialsEditor"]


class CredentialsEditor(CredentialsForm):
    """The form's fields, kept consistent with each other as the clerk edits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen = "custom"  # the preset the person last picked
        self._security_overridden = False
        self._before_follow: str | None = None  # the security before the port chose one
        self.address = AddressFill(self, fill=self._on_address_fill, user_fixed=self._user_fixed)
        self.preset_box.activated.connect(self._on_preset_box_activated)
        self.region_box.activated.connect(self._on_region_box_activated)
        self.security_box.activated.connect(self._on_security_box_activated)
        self.mailbox.security_box.activated.connect(self._on_mailbox_security_box_activated)
        self.mailbox.copy_box.clicked.connect(self._on_mailbox_copy_box_clicked)
        self.sign_in_box.activated.connect(self._on_sign_in_box_activated)
        self.port_edit.textEdited.connect(self._on_port_edit_textEdited)
        for field, widget in self._widgets().items():
            if isinstance(widget, QLineEdit) and field != "port":  # port: its own handler
                widget.textEdited.connect(partial(self._on_field_edited, field))
        self.messages.touched.connect(self._on_messages_touched)

    def _refresh(self) -> None:
        """Show everything that follows from the fields (the page's)."""
        raise NotImplementedError

    def _show_draft(self, draft: AccountDraft) -> None:
        """Put ``draft`` in the form as placed, not typed (loaded, picked, found)."""
        self._chosen = draft.preset
        self._before_follow = None
        self._security_overridden = security_for_port(_port_or_zero(draft.port)) not in (
            None,
            _security_or_none(draft.security),
        )
        self.write_draft(draft)
        self.region_box.setCurrentText(ses_region(draft.host) or SES_DEFAULT_REGION)
        self._refresh()

    def _reconcile(self) -> None:
        draft = reconcile_preset(self.draft(), chosen=self._chosen)
        self.preset_box.setCurrentIndex(self.preset_box.findData(draft.preset))
        self._refresh()

    def _oauth(self) -> bool:
        method = self.sign_in_method()
        return method is not None and method.is_oauth

    def _user_fixed(self) -> bool:
        """The provider has its own user ID (SendGrid's "apikey"): it follows no address."""
        return bool(preset(str(self.preset_box.currentData())).user_fixed)

    # ----- slots --------------------------------------------------------------------------

    def _on_preset_box_activated(self, index: int) -> None:
        chosen = preset(str(self.preset_box.itemData(index)))
        before = self.draft()
        draft = apply_preset(before, chosen, region=self.region_box.currentText())
        if chosen.is_custom and reconcile_preset(before, chosen=self._chosen).preset != CUSTOM.id:
            draft = draft.with_changes(host="")  # not the last provider's server any more
        if self.sign_in_method() not in methods_for(chosen.id):
            draft = draft.with_changes(sign_in=SignInMethod.PASSWORD.value)
        draft = without_old_default(draft, before=self.mailbox.shown_for)
        self.messages.touch("preset")
        self._show_draft(draft)
        self.address.place()

    def _on_sign_in_box_activated(self, _index: int) -> None:
        if self._oauth():
            self.password_edit.clear()  # a typed password is not used; it is not kept
        self.messages.touch("sign_in")
        self._refresh()

    def _on_region_box_activated(self, _index: int) -> None:
        self._show_draft(
            apply_preset(self.draft(), preset("ses"), region=self.region_box.currentText())
        )
        self.address.place()

    def _on_security_box_activated(self, _index: int) -> None:
        self._security_overridden = True
        self._before_follow = None
        self.messages.touch("security")
        self._reconcile()

    def _on_mailbox_security_box_activated(self, _index: int) -> None:
        self.messages.touch("imap_security")  # the box moved a port of 993 or 143 already
        self._reconcile()

    def _on_mailbox_copy_box_clicked(self, _checked: bool) -> None:
        self.messages.touch("copy_to_sent")
        self._reconcile()

    def _on_port_edit_textEdited(self, text: str) -> None:
        follows = security_for_port(_port_or_zero(text))
        if follows is not None and not self._security_overridden:
            if self._before_follow is None:  # what a person chose, before the port led
                self._before_follow = str(self.security_box.currentData())
            self.security_box.setCurrentIndex(self.security_box.findData(follows.value))
        elif follows is None and self._before_follow is not None:
            # typing on past a known port ("465" on the way to "46541"): the port no
            # longer says which security, so the one chosen before comes back
            self.security_box.setCurrentIndex(self.security_box.findData(self._before_follow))
            self._before_follow = None
        if follows is not None and self._security_overridden:
            self._before_follow = None
        self.messages.edited("port")
        self._reconcile()

    def _on_field_edited(self, field: str, _text: str) -> None:
        self.messages.edited(field)
        if field in ("user", "from_email"):
            self.address.edited(field)
        self._reconcile()

    def _on_messages_touched(self, _field: str) -> None:
        self._refresh()

    def _on_address_fill(self, draft: AccountDraft) -> None:
        """Settings found from the address go in, as a provider picked would."""
        method = sign_in_method(draft.sign_in)
        if method is not None and method.is_oauth:
            self.password_edit.clear()  # not used with Sign in with Microsoft; not kept
        self._show_draft(without_old_default(draft, before=self.mailbox.shown_for))
        self.address.place()

    def _use_port(self, port: int, security: str) -> None:
        """The port and security the Test found working, as if chosen by the clerk."""
        self.port_edit.setText(str(port))
        self.security_box.setCurrentIndex(self.security_box.findData(security))
        self._security_overridden = security_for_port(port) is not Security(security)
        self._reconcile()


def _port_or_zero(text: str) -> int:
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() else 0


def _security_or_none(text: str) -> Security | None:
    try:
        return Security(text)
    except ValueError:
        return None
