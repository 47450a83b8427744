"""Closing (or opening another society) with unsaved changes: the question, and saving
first when asked to."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from smtp_desk import APP_NAME
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["UnsavedChoice", "UnsavedForm", "ask_unsaved", "may_close"]

# The pages' titles, and what waits (``before``), as the main window passes them (English);
# each is translated here when it is said, and said as it came when it is not one of these.
_TITLES = (
    QT_TRANSLATE_NOOP("unsaved_changes", "Email Credentials"),
    QT_TRANSLATE_NOOP("unsaved_changes", "Society Profile"),
    QT_TRANSLATE_NOOP("unsaved_changes", "Message Wording"),
)
_QUESTIONS = {
    "closing": QT_TRANSLATE_NOOP("unsaved_changes", "Save them before closing?"),
    "opening another society": QT_TRANSLATE_NOOP(
        "unsaved_changes", "Save them before opening another society?"
    ),
}


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedForm(Protocol):
    """A page whose changes are kept only when saved (Email Credentials, Society Profile)."""

    def has_unsaved_changes(self) -> bool: ...

    def can_save(self) -> bool: ...

    def save(self) -> bool: ...


def ask_unsaved(
    parent: QWidget, unsaved: Sequence[tuple[str, UnsavedForm]], *, before: str = "closing"
) -> UnsavedChoice:
    """Ask what to do with the unsaved changes of ``unsaved`` (Save is offered only when
    every one of them can be saved); ``before`` says what waits ("opening another
    society")."""
    box = QMessageBox(parent)
    box.setObjectName("unsaved_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(_what_is_unsaved([title for title, _ in unsaved]))
    question = _QUESTIONS.get(before)
    box.setInformativeText(
        translate("unsaved_changes", question)
        if question is not None
        else translate("unsaved_changes", "Save them before {what}?").format(what=before)
    )
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    box.addButton(QMessageBox.StandardButton.Cancel)
    save.setEnabled(all(form.can_save() for _, form in unsaved))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def _what_is_unsaved(titles: list[str]) -> str:
    """The sentence saying which pages have unsaved changes ("The Society Profile has
    changes that are not saved."; "have" for several pages and for Email Credentials)."""
    shown = [translate("unsaved_changes", title) for title in titles]
    joined = shown[0] if shown else ""
    for title in shown[1:]:
        joined = translate("unsaved_changes", "{titles} and the {title}").format(
            titles=joined, title=title
        )
    if len(titles) > 1 or (titles and titles[0].endswith("s")):
        said = translate("unsaved_changes", "The {title} have changes that are not saved.")
    else:
        said = translate("unsaved_changes", "The {title} has changes that are not saved.")
    return said.format(title=joined)


def may_close(unsaved: Sequence[tuple[str, UnsavedForm]], ask: Callable[[], UnsavedChoice]) -> bool:
    """Whether closing may go on: nothing unsaved, or the clerk chose to discard, or chose
    to save and every form saved. ``ask`` is asked only when something is unsaved."""
    if not unsaved:
        return True
    choice = ask()
    return not (
        choice is UnsavedChoice.CANCEL
        or (choice is UnsavedChoice.SAVE and not all(form.save() for _, form in unsaved))
    )
