"""Closing (or opening another society) with unsaved changes: the question, and saving
first when asked to."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from smtp_desk import APP_NAME

__all__ = ["UnsavedChoice", "UnsavedForm", "ask_unsaved", "may_close"]


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
    titles = " and the ".join(title for title, _ in unsaved)
    box = QMessageBox(parent)
    box.setObjectName("unsaved_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    have = "have" if len(unsaved) > 1 or titles.endswith("s") else "has"
    box.setText(f"The {titles} {have} changes that are not saved.")
    box.setInformativeText(f"Save them before {before}?")
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
