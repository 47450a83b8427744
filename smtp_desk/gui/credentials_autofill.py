"""The society's address, typed once, fills the rest of the Email Credentials form.

:class:`AddressFill` ties three things to the User ID: the From email follows it (and it
the From email) until one is edited separately (:class:`AddressLink`); a moment after the
typing pauses the address is looked up (:class:`AddressDetector`); and what was found fills
the provider, server and sign-in, unless the clerk set the server by hand since it was last
placed (:mod:`smtp_desk.gui.detect_fill`), in which case the finding is offered ("Use
them"). The line under the address says what was found and where from.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from smtp_desk.core.account import AccountDraft
from smtp_desk.gui.credentials_address import USER, AddressLink
from smtp_desk.gui.credentials_detect import AddressDetector, Finding
from smtp_desk.gui.credentials_form import CredentialsForm
from smtp_desk.gui.detect_fill import Placed, filled, found_sentence, with_found

__all__ = ["AddressFill"]


class AddressFill(QObject):
    """The address's part of the page; ``fill(draft)`` shows a draft the finding made (the
    page writes it, and calls :meth:`place` as for a provider picked)."""

    def __init__(
        self,
        form: CredentialsForm,
        *,
        fill: Callable[[AccountDraft], None],
        user_fixed: Callable[[], bool],
    ) -> None:
        super().__init__(form)
        self._form = form
        self._fill = fill
        self.link = AddressLink(form.user_edit, form.from_email_edit, user_fixed=user_fixed)
        self.detector = AddressDetector(form.user_edit.text, self)
        self._placed: Placed | None = None
        self._by_finding = False  # the server in the form came from the previous finding
        self._finding: Finding | None = None
        self.detector.looking.connect(form.found_line.show_looking)
        self.detector.found.connect(self._on_detector_found)
        self.detector.idle.connect(self._on_detector_idle)
        form.found_line.use_requested.connect(self._on_found_line_use_requested)
        form.user_edit.editingFinished.connect(self.detector.flush)  # left the field

    def place(self) -> None:
        """The server and sign-in in the form now were placed (not typed by the clerk): a
        finding may replace them."""
        self._placed = Placed.of(self._form.draft())
        self._by_finding = False

    def may_fill(self) -> bool:
        """An answer is on its way that may fill the server in (it was not set by hand)."""
        placed = self._placed
        return (
            self.detector.pending and placed is not None and placed.server_kept(self._form.draft())
        )

    def start_over(self) -> None:
        """The form was loaded or reverted."""
        self.detector.forget()
        self.link.reset()
        self._finding = None
        self._form.found_line.free_space()
        self.place()
        self._on_detector_idle()

    def edited(self, field: str) -> None:
        """The clerk typed in User ID or From email."""
        followed = self.link.edited(field)
        if USER in (field, followed):
            self.detector.typed()

    def _on_detector_found(self, finding: Finding) -> None:
        self._finding = finding
        draft = self._form.draft()
        new = filled(draft, finding.detected, placed=self._placed)
        stale = (
            new is None
            and not finding.detected.found
            and self._by_finding
            and self._placed is not None
            and self._placed.server_kept(draft)
        )
        if stale:  # another address's provider must not stay as if found for this one
            assert self._placed is not None
            gone = draft.with_changes(preset="custom", host="", sign_in="password")
            if self._placed.mailbox_kept(draft):  # nor its mailbox server
                gone = gone.with_changes(imap_host="", imap_port="", imap_security="")
            self._fill(gone)
        elif new is not None:
            self._fill(new)
            self._by_finding = True
        self._say(finding, applied=new is not None)

    def _on_found_line_use_requested(self) -> None:
        if self._finding is not None:
            self._fill(with_found(self._form.draft(), self._finding.detected, keep_sign_in=False))
            self._say(self._finding, applied=True)

    def _on_detector_idle(self) -> None:
        if self._form.user_edit.text().strip():
            self._form.found_line.clear_line()
        else:
            self._form.found_line.show_hint()

    def _say(self, finding: Finding, *, applied: bool) -> None:
        found = finding.detected
        draft = self._form.draft()
        holds = applied or (
            found.found
            and Placed.of(with_found(draft, found, keep_sign_in=True)).server_kept(draft)
        )
        self._form.found_line.show_found(
            found_sentence(found, applied=holds), found=found.found, offer=found.found and not holds
        )
