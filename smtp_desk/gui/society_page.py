"""System Tools > Society Profile: the letterhead, bank and UPI details on every PDF."""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.documents.render import DocumentKind, sample_document
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.society import (
    PROFILE_LABELS,
    SocietyProfile,
    check_profile,
    load_profile,
    prepare_logo,
    save_profile,
)
from smtp_desk.core.validation import FieldProblem
from smtp_desk.gui.credentials_form import ERROR_STYLE, WARNING_STYLE
from smtp_desk.gui.form_keys import add_form_keys
from smtp_desk.gui.preview import PreviewDialog

__all__ = ["SocietyPage"]

log = logging.getLogger(__name__)

# field -> label with its mnemonic; the order is the form's reading and tab order
_TEXT_FIELDS = {
    "name": QT_TRANSLATE_NOOP("society_page", "Society na&me"),
    "registration": QT_TRANSLATE_NOOP("society_page", "Re&gistration No."),
    "address": QT_TRANSLATE_NOOP("society_page", "&Address"),
    "email": QT_TRANSLATE_NOOP("society_page", "&Email"),
    "phone": QT_TRANSLATE_NOOP("society_page", "&Phone"),
    "bank_name": QT_TRANSLATE_NOOP("society_page", "Ban&k and branch"),
    "account_name": QT_TRANSLATE_NOOP("society_page", "A&ccount name"),
    "account_number": QT_TRANSLATE_NOOP("society_page", "Acco&unt number"),
    "ifsc": QT_TRANSLATE_NOOP("society_page", "&IFSC"),
    "upi_id": QT_TRANSLATE_NOOP("society_page", "UPI I&D"),
    "currency": QT_TRANSLATE_NOOP("society_page", "Currenc&y"),
    "locale": QT_TRANSLATE_NOOP("society_page", "&Locale"),
}


class SocietyPage(QWidget):
    """The Society Profile form with load / check / save and document previews.

    Signals:
        saved(str): the profile was saved; the text is for the status bar.
        changed(): any field changed.
    """

    saved = Signal(str)
    changed = Signal()

    def __init__(self, *, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("society_page")
        self._folder = folder
        self._loaded = SocietyProfile()
        self._blocked = ""
        self._new_logo: bytes | None = None  # chosen, not yet saved
        self._logo_removed = False
        self._problems: list[FieldProblem] = []
        self.previews: list[PreviewDialog] = []
        self._build()
        self.load()

    def _build(self) -> None:
        self.banner = QLabel(self, wordWrap=True)
        self.banner.setStyleSheet(f"{ERROR_STYLE} font-weight: bold;")
        self.banner.hide()
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.messages: dict[str, QLabel] = {}
        grid = QGridLayout()
        for row, (field, text) in enumerate(_TEXT_FIELDS.items()):
            edit: QLineEdit | QPlainTextEdit
            if field == "address":
                edit = QPlainTextEdit(self)
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(64)
                edit.textChanged.connect(self._on_field_edited)
            else:
                edit = QLineEdit(self)
                edit.textEdited.connect(self._on_field_edited)
            edit.setObjectName(field)
            edit.setAccessibleName(translate("society", PROFILE_LABELS[field]))
            label = QLabel(translate("society_page", text), self)
            label.setBuddy(edit)
            message = QLabel(self, wordWrap=True)
            message.setObjectName(f"{field}_message")
            message.hide()
            align = (
                Qt.AlignmentFlag.AlignTop if field == "address" else Qt.AlignmentFlag.AlignVCenter
            )
            grid.addWidget(label, row * 2, 0, align)
            grid.addWidget(edit, row * 2, 1)
            grid.addWidget(message, row * 2 + 1, 1)
            self.fields[field] = edit
            self.messages[field] = message
        grid.setColumnStretch(1, 1)

        self.logo_view = QLabel(translate("society_page", "No logo"), self)
        self.logo_view.setObjectName("logo_view")
        self.logo_view.setFixedSize(120, 120)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setFrameShape(QLabel.Shape.Box)
        self.choose_logo = QPushButton(translate("society_page", "Choose l&ogo…"), self)
        self.remove_logo = QPushButton(translate("society_page", "Remove logo"), self)
        self.logo_message = QLabel(self, wordWrap=True)
        self.logo_message.setStyleSheet(ERROR_STYLE)
        self.logo_message.hide()
        logo_box = QVBoxLayout()
        logo_box.addWidget(self.logo_view)
        logo_box.addWidget(self.choose_logo)
        logo_box.addWidget(self.remove_logo)
        logo_box.addWidget(self.logo_message)
        logo_box.addStretch(1)

        self.preview_buttons = {
            DocumentKind.BILL: QPushButton(translate("society_page", "Preview &bill"), self),
            DocumentKind.RECEIPT: QPushButton(translate("society_page", "Preview &receipt"), self),
            DocumentKind.STATEMENT: QPushButton(
                translate("society_page", "Preview s&tatement"), self
            ),
        }
        self.revert_button = QPushButton(translate("society_page", "Revert"), self)
        self.save_button = QPushButton(translate("society_page", "Save"), self)
        buttons = QHBoxLayout()
        for button in self.preview_buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        body = QHBoxLayout()
        body.addLayout(grid, 1)
        body.addLayout(logo_box)
        outer = QVBoxLayout(self)
        outer.addWidget(QLabel(translate("society_page", "<h2>Society Profile</h2>"), self))
        outer.addWidget(
            QLabel(
                translate(
                    "society_page",
                    "Heads every bill, receipt and statement; bank and UPI details tell "
                    "members how to pay.",
                ),
                self,
                wordWrap=True,
            )
        )
        outer.addWidget(self.banner)
        outer.addLayout(body)
        outer.addLayout(buttons)
        outer.addStretch(1)

        self.choose_logo.clicked.connect(self._on_choose_logo_clicked)
        self.remove_logo.clicked.connect(self._on_remove_logo_clicked)
        for kind, button in self.preview_buttons.items():
            button.clicked.connect(partial(self.preview, kind))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        # the address box keeps its Enter
        add_form_keys(self, enter=self._on_enter_activated, escape=self.revert)

    # ----- load / check / save -----------------------------------------------------------

    def load(self) -> None:
        try:
            self._loaded = load_profile(self._folder.root)
            self._blocked = ""
        except SmtpDeskError as exc:
            self._loaded, self._blocked = SocietyProfile(), str(exc)
            log.error("%s", exc)
        self.banner.setText(self._blocked)
        self.banner.setVisible(bool(self._blocked))
        self._show(self._loaded)

    def profile(self) -> SocietyProfile:
        values = {
            field: edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            for field, edit in self.fields.items()
        }
        logo = "" if self._logo_removed else self._loaded.logo
        return replace(self._loaded, logo=logo, **values)

    def check(self) -> list[FieldProblem]:
        self._problems = check_profile(self.profile())
        by_field: dict[str, list[FieldProblem]] = {}
        for problem in self._problems:
            by_field.setdefault(problem.field, []).append(problem)
        for field, label in self.messages.items():
            shown = sorted(by_field.get(field, []), key=lambda p: not p.is_error)
            text = "\n".join(("✗ " if p.is_error else "⚠ ") + p.message for p in shown)
            label.setText(text)
            label.setVisible(bool(text))
            label.setStyleSheet(ERROR_STYLE if shown and shown[0].is_error else WARNING_STYLE)
            self.fields[field].setAccessibleDescription(text)
        self.save_button.setEnabled(self.can_save() and self.has_unsaved_changes())
        self.revert_button.setEnabled(self.has_unsaved_changes())
        return self._problems

    def can_save(self) -> bool:
        return not self._blocked and not any(p.is_error for p in self._problems)

    def has_unsaved_changes(self) -> bool:
        return self.profile() != self._loaded or self._new_logo is not None or self._logo_removed

    def save(self) -> bool:
        self.check()
        if not self.can_save():
            return False
        try:
            self._loaded = save_profile(
                self._folder.ensure().root, self.profile(), logo_png=self._new_logo
            )
        except SmtpDeskError as exc:
            log.error("The society profile could not be saved: %s", exc)
            self.banner.setText(
                translate("society_page", "Not saved: {problem}").format(problem=exc)
            )
            self.banner.show()
            return False
        log.info("Society profile saved: %s", self._loaded.name)
        self._new_logo, self._logo_removed = None, False
        self.banner.setVisible(bool(self._blocked))
        self._show(self._loaded)
        self.saved.emit(translate("society_page", "Society profile saved."))
        return True

    def revert(self) -> None:
        self._new_logo, self._logo_removed = None, False
        self._show(self._loaded)

    def set_logo(self, path: Path) -> bool:
        """Take a PNG or JPEG as the new logo (saved with the profile)."""
        try:
            png = prepare_logo(path)
        except SmtpDeskError as exc:
            self.logo_message.setText(str(exc))
            self.logo_message.show()
            return False
        self.logo_message.hide()
        self._new_logo, self._logo_removed = png, False
        self._show_logo(png)
        self._refresh()
        return True

    def preview(self, kind: DocumentKind) -> PreviewDialog:
        """Show a sample document with the form's letterhead as it is now (even unsaved)."""
        profile, logo = self.profile(), self._logo_bytes()
        if not profile.name.strip():
            profile = replace(profile, name="(society name)")
        dialog = PreviewDialog(
            translate("society_page", "{document} — preview").format(document=kind.label),
            lambda: sample_document(kind, profile=profile, logo=logo),
            self,
        )
        dialog.finished.connect(lambda _result: self.previews.remove(dialog))
        self.previews.append(dialog)
        dialog.show()
        return dialog

    # ----- showing ------------------------------------------------------------------------

    def _show(self, profile: SocietyProfile) -> None:
        for field, edit in self.fields.items():
            value = getattr(profile, field)
            if isinstance(edit, QPlainTextEdit):
                edit.blockSignals(True)
                edit.setPlainText(value)
                edit.blockSignals(False)
            else:
                edit.setText(value)
        self._show_logo(self._logo_bytes())
        self._refresh()

    def _show_logo(self, png: bytes | None) -> None:
        if png:
            picture = QPixmap.fromImage(QImage.fromData(png))
            self.logo_view.setPixmap(
                picture.scaled(
                    110,
                    110,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_view.clear()
            self.logo_view.setText(translate("society_page", "No logo"))
        self.remove_logo.setEnabled(bool(png))

    def _logo_bytes(self) -> bytes | None:
        if self._new_logo is not None:
            return self._new_logo
        path = None if self._logo_removed else self._loaded.logo_path(self._folder.root)
        try:
            return path.read_bytes() if path else None
        except OSError:
            return None

    def _refresh(self) -> None:
        self.check()
        self.changed.emit()

    # ----- slots --------------------------------------------------------------------------

    def _on_field_edited(self, *_args: object) -> None:
        self._refresh()

    def _on_choose_logo_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("society_page", "Choose the society's logo"),
            "",
            translate("society_page", "Pictures (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.set_logo(Path(name))

    def _on_remove_logo_clicked(self) -> None:
        self._new_logo, self._logo_removed = None, True
        self._show_logo(None)
        self._refresh()

    def _on_enter_activated(self) -> None:
        if self.save_button.isEnabled():
            self.save()
