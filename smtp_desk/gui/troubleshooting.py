"""Help > Troubleshooting: the problems an office meets (:mod:`smtp_desk.core.troubleshooting`)
in a window of their own — the topics on the left, the chosen one's text on the right, a
search box over both and Copy, to paste a topic into an email to the society's IT person.

Every diagnosis opens it at its topic::

    show_troubleshooting(parent, topic_for(diagnosis.category))

One window a main window (or one without a parent), reused; it never blocks the page
behind it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.account import SignInMethod
from smtp_desk.core.i18n import translate
from smtp_desk.core.troubleshooting import CHECKLIST, TOPICS, matching
from smtp_desk.core.troubleshooting import topic as find_topic
from smtp_desk.gui.signin_help import ChecklistDialog

__all__ = ["TroubleshootingDialog", "show_troubleshooting", "troubleshooting_dialog"]

_ID = Qt.ItemDataRole.UserRole  # the topic's id, on its entry in the list
_SIZE = (900, 600)  # px wanted; never more than the screen has room for
_WITHOUT_PARENT: list[TroubleshootingDialog] = []  # the window opened with no parent


class TroubleshootingDialog(QDialog):
    """The troubleshooting topics, searchable; :meth:`show_topic` opens one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("troubleshooting")
        self.setWindowTitle(translate("troubleshooting", "Troubleshooting — SMTP Desk"))
        self.setModal(False)
        self._topic = ""
        self._checklist: ChecklistDialog | None = None
        self.search = QLineEdit(
            self,
            placeholderText=translate("troubleshooting", "Search the help…"),
            clearButtonEnabled=True,
        )
        self.search.setAccessibleName(translate("troubleshooting", "Search the help"))
        self.topics = QListWidget(self)
        self.topics.setObjectName("troubleshooting_topics")
        self.topics.setAccessibleName(translate("troubleshooting", "Problems"))
        self.topics.setWordWrap(True)
        self.topics.setSpacing(2)
        for each in TOPICS:
            entry = QListWidgetItem(each.shown_title(), self.topics)
            entry.setData(_ID, each.id)
        self.nothing = QLabel(
            translate("troubleshooting", "No topic has these words."), self, wordWrap=True
        )
        self.nothing.hide()
        self.text = QTextBrowser(self)
        self.text.setObjectName("troubleshooting_text")
        self.text.setOpenLinks(False)  # the links are handled here (topics, the checklist)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            translate("troubleshooting", "&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(
            translate(
                "troubleshooting", "Copy this topic, to paste into an email to your IT person"
            )
        )
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.topics, 1)
        column.addWidget(self.nothing)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.text)
        split.setStretchFactor(1, 1)
        split.setSizes([270, 630])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.topics.currentItemChanged.connect(self._on_topics_currentItemChanged)
        self.search.textChanged.connect(self._on_search_textChanged)
        self.text.anchorClicked.connect(self._on_text_anchorClicked)
        self.copy_button.clicked.connect(self.copy_topic)
        buttons.rejected.connect(self.close)
        self._fit_screen()
        self.show_topic(TOPICS[0].id)

    def current_topic(self) -> str:
        """The id of the topic shown ("" while the search finds none)."""
        return self._topic

    def show_topic(self, topic_id: str) -> None:
        """Open ``topic_id`` (the general topic for an unknown id); a search that hides it
        is cleared."""
        wanted = find_topic(topic_id).id
        entry = self._entry(wanted)
        if entry is not None:
            if entry.isHidden():
                self.search.clear()
            self.topics.setCurrentItem(entry)
        self._show(wanted)

    def copy_topic(self) -> None:
        """The topic shown, as plain text for an email or a chat message (no Markdown
        marks, tables as lines)."""
        if self._topic:
            title = find_topic(self._topic).shown_title()
            QGuiApplication.clipboard().setText(f"{title}\n\n{self.text.toPlainText()}")
            self.copy_button.setText(translate("troubleshooting", "Copied ✓"))

    def _entry(self, topic_id: str) -> QListWidgetItem | None:
        for row in range(self.topics.count()):
            entry = self.topics.item(row)
            if entry.data(_ID) == topic_id:
                return entry
        return None

    def _show(self, topic_id: str) -> None:
        self._topic = topic_id
        self.copy_button.setText(translate("troubleshooting", "&Copy"))
        self.copy_button.setEnabled(bool(topic_id))
        if not topic_id:
            self.text.clear()
            return
        self.text.setMarkdown(find_topic(topic_id).markdown())
        words = self.search.text().split()
        if words:  # the first place the search's words are
            self.text.find(words[0])

    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(_SIZE[0], screen.width() - 40), min(_SIZE[1], screen.height() - 80))

    def _on_topics_currentItemChanged(self, current: QListWidgetItem | None, _old: object) -> None:
        if current is not None and not current.isHidden():
            self._show(str(current.data(_ID)))

    def _on_search_textChanged(self, text: str) -> None:
        found = {each.id for each in matching(text)}
        first: QListWidgetItem | None = None
        for row in range(self.topics.count()):
            entry = self.topics.item(row)
            entry.setHidden(entry.data(_ID) not in found)
            if first is None and not entry.isHidden():
                first = entry
        self.nothing.setVisible(first is None)
        current = self.topics.currentItem()
        if current is not None and not current.isHidden():
            self._show(str(current.data(_ID)))  # again: to find the words in it
        elif first is not None:
            self.topics.setCurrentItem(first)
        else:
            self._show("")

    def _on_text_anchorClicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.path().endswith(CHECKLIST.rsplit("/", 1)[-1]):
            if self._checklist is None:
                self._checklist = ChecklistDialog(SignInMethod.MICROSOFT, self)
            elif self._checklist.isVisible():
                self._checklist.raise_()
            self._checklist.show()
        elif url.fragment():
            self.show_topic(url.fragment())


def troubleshooting_dialog(parent: QWidget | None) -> TroubleshootingDialog | None:
    """The troubleshooting window already made for ``parent``'s window, if any."""
    if parent is None:
        return _WITHOUT_PARENT[0] if _WITHOUT_PARENT else None
    found = parent.window().findChild(TroubleshootingDialog, "troubleshooting")
    return found if isinstance(found, TroubleshootingDialog) else None


def show_troubleshooting(parent: QWidget | None, topic: str = "") -> None:
    """Open the troubleshooting window at ``topic`` (an id of
    :data:`~smtp_desk.core.troubleshooting.TOPICS`, e.g. ``topic_for(category)``; "" keeps
    the one shown), beside ``parent``'s window, without blocking it."""
    dialog = troubleshooting_dialog(parent)
    if dialog is None:
        dialog = TroubleshootingDialog(parent.window() if parent is not None else None)
        if parent is None:
            _WITHOUT_PARENT.append(dialog)
    if not dialog.isVisible():  # opened afresh: no old search, no old "Copied ✓"
        dialog.search.clear()
        dialog.copy_button.setText(translate("troubleshooting", "&Copy"))
    if topic:
        dialog.show_topic(topic)
    if dialog.isVisible():  # open already, perhaps behind the main window
        dialog.raise_()
        dialog.activateWindow()
    dialog.show()
