"""System Tools > Message Wording: the subject and text members get with each kind of
document, in the society's own words, checked while typing and previewed with a real
member's data exactly as a run will send it.

States: the standard wording (Save and Revert off); changed and correct (Save, Revert on);
changed with a mistake (Save off, the mistake underlined and listed; clicking it puts the
cursor there). Choosing another kind with unsaved changes asks first. Saving keeps the
wording in the data folder; a run already started keeps the wording it started with.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.message_language import MESSAGE_LANGUAGES
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.register import members_page
from smtp_desk.core.society import load_profile
from smtp_desk.core.wording import Part, Problem, WordingKind, check, placeholders_for
from smtp_desk.core.wording_store import (
    DEFAULTS,
    empty_values,
    is_standard_text,
    load_wording,
    save_wording,
    standard_wording,
)
from smtp_desk.gui.wording_marks import show_problems
from smtp_desk.gui.wording_preview_pane import PreviewPane

__all__ = ["WordingPage"]

log = logging.getLogger(__name__)

_KIND_LABELS = {
    WordingKind.BILL: QT_TRANSLATE_NOOP("wording_page", "Maintenance bill"),
    WordingKind.RECEIPT: QT_TRANSLATE_NOOP("wording_page", "Payment receipt"),
    WordingKind.STATEMENT: QT_TRANSLATE_NOOP("wording_page", "Member statement"),
    WordingKind.TEST: QT_TRANSLATE_NOOP("wording_page", "Test statement (Email Credentials)"),
}


class WordingPage(QWidget):
    saved = Signal(str)  # the status bar's sentence
    changed = Signal()

    def __init__(self, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wording_page")
        self._folder = folder
        self._kind = WordingKind.BILL
        self._loaded = DEFAULTS[self._kind]
        self._problems: list[Problem] = []
        self._empty: dict[str, str] = {}

        title = QLabel(translate("wording_page", "Message Wording"), self)
        title.setObjectName("page_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            translate(
                "wording_page",
                "What members read in the email that carries their document. Words in braces, "
                "like {member_name}, are filled in for each member.",
            ),
            self,
        )
        intro.setWordWrap(True)

        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("wording_kind")
        for kind, label in _KIND_LABELS.items():
            self.kind_box.addItem(translate("wording_page", label), kind.value)
        self.kind_box.currentIndexChanged.connect(self._on_kind_chosen)
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("wording_language")
        for code, name in MESSAGE_LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setToolTip(
            translate(
                "wording_page",
                "The language members read: the month, the due date and the amount are "
                "written in it, and the standard wording comes in it.",
            )
        )
        self.language_box.currentIndexChanged.connect(self._on_language_chosen)
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("wording_subject")
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("wording_body")
        self.body_edit.setTabChangesFocus(True)
        self.problem_list = QListWidget(self)
        self.problem_list.setObjectName("wording_problems")
        self.problem_list.setMaximumHeight(90)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.placeholder_list = QListWidget(self)
        self.placeholder_list.setObjectName("wording_placeholders")
        self.placeholder_list.setToolTip(
            translate("wording_page", "Double-click to put it where the cursor is.")
        )
        self.placeholder_list.itemActivated.connect(self._insert_placeholder)

        self.save_button = QPushButton(translate("wording_page", "&Save"), self)
        self.save_button.setObjectName("wording_save")
        self.revert_button = QPushButton(translate("wording_page", "&Revert"), self)
        self.revert_button.setObjectName("wording_revert")
        self.standard_button = QPushButton(
            translate("wording_page", "&Use the standard wording"), self
        )
        self.standard_button.setObjectName("wording_standard")
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.standard_button.clicked.connect(self._use_standard)
        self.note = QLabel(self)
        self.note.setObjectName("wording_note")
        self.note.setWordWrap(True)

        self.preview = PreviewPane(folder, self)
        self._lay_out(title, intro)
        self.subject_edit.textChanged.connect(self._on_edited)
        self.body_edit.textChanged.connect(self._on_edited)
        self._load(self._kind)
        self.refresh()

    def _lay_out(self, title: QLabel, intro: QLabel) -> None:
        form = QFormLayout()
        form.addRow(translate("wording_page", "Message for"), self.kind_box)
        form.addRow(translate("wording_page", "Members read it in"), self.language_box)
        form.addRow(translate("wording_page", "Subject"), self.subject_edit)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(QLabel(translate("wording_page", "Text"), self))
        column.addWidget(self.body_edit, 3)
        column.addWidget(self.problem_list)
        column.addWidget(QLabel(translate("wording_page", "Placeholders"), self))
        column.addWidget(self.placeholder_list, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.standard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        column.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)

    @property
    def kind(self) -> WordingKind:
        return self._kind

    def refresh(self) -> None:
        """Read the saved wording, the Society Profile and the members again (the page is
        shown); typed changes are kept."""
        try:
            profile = load_profile(self._folder.root)
        except SmtpDeskError:
            profile = None
        self._empty = empty_values(self._kind, profile)
        self.preview.set_flats(self._flats())
        if not self.has_unsaved_changes():
            self._load(self._kind)
        else:
            self._on_edited()

    def _flats(self) -> list[str]:
        try:
            view = members_page(self._folder)
        except SmtpDeskError as exc:
            log.warning("%s", exc)
            return []
        return sorted(view.members) if view is not None else []

    def _load(self, kind: WordingKind) -> None:
        self._kind = kind
        try:
            self._loaded = load_wording(self._folder.root, kind)
            self.note.clear()
        except SmtpDeskError as exc:
            self._loaded = DEFAULTS[kind]
            self.note.setText(
                translate(
                    "wording_page",
                    "The saved wording could not be used ({reason}); the standard one is shown.",
                ).format(reason=str(exc))
            )
        self._show_placeholders()
        self._set_language(self._loaded.language)
        self._set_text(self._loaded.subject, self._loaded.body)

    def language(self) -> str:
        return str(self.language_box.currentData())

    def _set_language(self, code: str) -> None:
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(max(self.language_box.findData(code), 0))
        self.language_box.blockSignals(False)

    def _on_language_chosen(self, _index: int) -> None:
        """The standard wording follows the language; the office's own text is kept (only
        how its month, date and amount read changes)."""
        if is_standard_text(self._kind, self.subject(), self.body()) is not None:
            standard = standard_wording(self._kind, self.language())
            self._set_text(standard.subject, standard.body)
        else:
            self._on_edited()

    def _set_text(self, subject: str, body: str) -> None:
        for edit in (self.subject_edit, self.body_edit):
            edit.blockSignals(True)
        self.subject_edit.setText(subject)
        self.body_edit.setPlainText(body)
        for edit in (self.subject_edit, self.body_edit):
            edit.blockSignals(False)
        self._on_edited()

    def _show_placeholders(self) -> None:
        self.placeholder_list.clear()
        for placeholder in placeholders_for(self._kind):
            item = QListWidgetItem(
                f"{{{placeholder.name}}} — {translate('wording', placeholder.meaning)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, placeholder.name)
            item.setToolTip(
                translate("wording_page", "For example: {example}").format(
                    example=placeholder.example
                )
            )
            self.placeholder_list.addItem(item)

    def subject(self) -> str:
        return self.subject_edit.text()

    def body(self) -> str:
        return self.body_edit.toPlainText()

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def has_unsaved_changes(self) -> bool:
        shown = (self.subject(), self.body(), self.language())
        return shown != (self._loaded.subject, self._loaded.body, self._loaded.language)

    def can_save(self) -> bool:
        return not any(p.blocking for p in self._problems)

    def _on_edited(self) -> None:
        subject, body = self.subject(), self.body()
        self._problems = check(subject, Part.SUBJECT, self._kind, self._empty) + check(
            body, Part.BODY, self._kind, self._empty
        )
        self._show_problems()
        unsaved = self.has_unsaved_changes()
        self.save_button.setEnabled(unsaved and self.can_save())
        self.revert_button.setEnabled(unsaved)
        standard = standard_wording(self._kind, self.language())
        self.standard_button.setEnabled((subject, body) != (standard.subject, standard.body))
        if self.can_save():
            self.preview.show_for(self._kind, subject, body, self.language())
        else:
            self.preview.cannot_show(
                translate("wording_page", "Correct the mistakes on the left to see the preview.")
            )
        self.changed.emit()

    def _show_problems(self) -> None:
        show_problems(self._problems, self.problem_list, self.subject_edit, self.body_edit)

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(problem, Problem):
            return
        if problem.part is Part.SUBJECT:
            self.subject_edit.setFocus()
            self.subject_edit.setSelection(problem.start, max(1, problem.end - problem.start))
            return
        cursor = self.body_edit.textCursor()
        cursor.setPosition(min(problem.start, len(self.body())))
        cursor.setPosition(min(problem.end, len(self.body())), QTextCursor.MoveMode.KeepAnchor)
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if self.subject_edit.hasFocus():
            self.subject_edit.insert(f"{{{name}}}")
        else:
            self.body_edit.insertPlainText(f"{{{name}}}")
            self.body_edit.setFocus()

    def save(self) -> bool:
        if not self.can_save():
            return False
        try:
            self._loaded = save_wording(
                self._folder.root, self._kind, self.subject(), self.body(), self.language()
            )
        except SmtpDeskError as exc:
            self.note.setText(str(exc))
            log.error("%s", exc)
            return False
        label = translate("wording_page", _KIND_LABELS[self._kind])
        sentence = translate(
            "wording_page",
            "The wording of the {kind} is saved; runs started from now on use it.",
        ).format(kind=label)
        self.note.setText(sentence)
        log.info("The message wording of %s was saved.", self._kind.value)
        self._on_edited()
        self.saved.emit(sentence)
        return True

    def revert(self) -> None:
        self._set_language(self._loaded.language)
        self._set_text(self._loaded.subject, self._loaded.body)

    def _use_standard(self) -> None:
        standard = standard_wording(self._kind, self.language())
        self._set_text(standard.subject, standard.body)
        self.note.setText(
            translate("wording_page", "The standard wording is shown; Save to use it again.")
        )

    def _on_kind_chosen(self, _index: int) -> None:
        kind = WordingKind(str(self.kind_box.currentData()))
        if kind is self._kind:
            return
        if self.has_unsaved_changes() and not self._may_leave():
            self.kind_box.blockSignals(True)
            self.kind_box.setCurrentIndex(list(_KIND_LABELS).index(self._kind))
            self.kind_box.blockSignals(False)
            return
        self._kind = kind
        self.refresh()
        self._load(kind)

    def _may_leave(self) -> bool:
        box = QMessageBox(self)
        box.setObjectName("wording_unsaved")
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(translate("wording_page", "The wording you changed is not saved."))
        box.setInformativeText(translate("wording_page", "Save it before showing another?"))
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        save.setEnabled(self.can_save())
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is save:
            return self.save()
        return box.clickedButton() is discard

    def set_kind(self, kind: WordingKind) -> None:
        self.kind_box.setCurrentIndex(list(_KIND_LABELS).index(kind))
