"""The strip above every page that says which bills came back undelivered (bounces newly
recorded), and why in a few words, with the way to the Members page (to correct the
addresses) and to History (the server's reply). It stays until dismissed; bounces found
later while it shows are added to it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from smtp_desk.core.bounces import BouncedMember
from smtp_desk.core.dsn import BounceReason
from smtp_desk.core.flat_order import flat_sort_key
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["BounceNotice"]

_STYLE = "#bounce_notice { background: #fff4e0; border: 1px solid #bf5700; }"
_NAMED = 6  # flats named in the sentence; the rest are counted
_SHORT = {  # why, in a few words (the whole sentence is on the Members page and in History)
    BounceReason.MAILBOX_UNKNOWN: QT_TRANSLATE_NOOP("bounce_notice", "mailbox does not exist"),
    BounceReason.MAILBOX_FULL: QT_TRANSLATE_NOOP("bounce_notice", "mailbox full"),
    BounceReason.REJECTED_AS_SPAM: QT_TRANSLATE_NOOP("bounce_notice", "rejected as spam"),
    BounceReason.DOMAIN_UNKNOWN: QT_TRANSLATE_NOOP("bounce_notice", "no such email domain"),
    BounceReason.MESSAGE_TOO_LARGE: QT_TRANSLATE_NOOP("bounce_notice", "message too large"),
    BounceReason.DELAYED: QT_TRANSLATE_NOOP("bounce_notice", "delayed"),
    BounceReason.OTHER: QT_TRANSLATE_NOOP("bounce_notice", "not delivered"),
}


class BounceNotice(QFrame):
    """Hidden until :meth:`add` is given bounces newly recorded.

    Signals:
        open_requested(str): the page to open, "members" or "history".
    """

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bounce_notice")
        self.setStyleSheet(_STYLE)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._members: list[BouncedMember] = []
        self.text = QLabel(self, wordWrap=True)
        self.text.setObjectName("bounce_notice_text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.members_button = QPushButton(translate("bounce_notice", "Correct on &Members"), self)
        self.members_button.setObjectName("bounce_notice_members")
        self.members_button.setToolTip(
            translate("bounce_notice", "Members & Documents, showing the addresses refused")
        )
        self.history_button = QPushButton(translate("bounce_notice", "See in H&istory"), self)
        self.history_button.setObjectName("bounce_notice_history")
        self.history_button.setToolTip(
            translate("bounce_notice", "The register, with what the member's server said")
        )
        self.dismiss_button = QPushButton(translate("bounce_notice", "&Dismiss"), self)
        self.dismiss_button.setObjectName("bounce_notice_dismiss")
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        for button in (self.members_button, self.history_button, self.dismiss_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.members_button.clicked.connect(lambda: self.open_requested.emit("members"))
        self.history_button.clicked.connect(lambda: self.open_requested.emit("history"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.hide()

    @property
    def members(self) -> list[BouncedMember]:
        """The bounces the notice speaks of."""
        return list(self._members)

    def add(self, members: list[BouncedMember]) -> None:
        """Say these bounces too (one already said is not said twice) and show."""
        said = {(m.message_id, m.address) for m in self._members}
        self._members += [m for m in members if (m.message_id, m.address) not in said]
        if not self._members:
            return
        self._members.sort(key=lambda m: flat_sort_key(m.flat))
        self.text.setText(sentence(self._members))
        self.show()

    def dismiss(self) -> None:
        self._members = []
        self.text.clear()
        self.hide()


def sentence(members: list[BouncedMember]) -> str:
    """ "2 bill(s) came back undelivered: A-101 (mailbox does not exist), …" as rich text:
    each bill counted once, however many of its addresses came back."""
    shown = list(
        dict.fromkeys((m.flat, translate("bounce_notice", _SHORT[m.reason])) for m in members)
    )
    named = [
        translate("bounce_notice", "{flat} ({why})").format(flat=escape(flat), why=why)
        for flat, why in shown[:_NAMED]
    ]
    if len(shown) > _NAMED:
        named.append(translate("bounce_notice", "{count} more").format(count=len(shown) - _NAMED))
    return translate(
        "bounce_notice",
        "<b>{count} bill(s) came back undelivered:</b> {flats}. Before next month, correct "
        "a wrong address on the Members page; a full mailbox is the member's to empty.",
    ).format(count=len({m.message_id for m in members}), flats=", ".join(named))
