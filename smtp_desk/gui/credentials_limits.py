"""The daily limit a provider's quota reply revealed: kept with the day it was learned, and
said beside the field, while the field still holds that limit (editing it makes it the
office's own)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit

from smtp_desk.core.i18n import shown_date, translate

__all__ = ["LearnedLimit"]


class LearnedLimit:
    """The learned limit of ``edit`` and its note (``note``, "(learned from the provider)",
    the whole sentence in its tooltip)."""

    def __init__(self, edit: QLineEdit, note: QLabel) -> None:
        self._edit = edit
        self._note = note
        self._learned: tuple[str, str] = ("", "")  # (value, day)
        note.setStyleSheet("color: #9a6700;")
        note.hide()
        edit.textChanged.connect(self._on_edit_textChanged)

    def set(self, value: str, day: str) -> None:
        """The limit in the settings and the day it was learned ("" when a person set it)."""
        self._learned = (value.strip(), day.strip())
        self._on_edit_textChanged()

    def day(self) -> str:
        """The day the limit was learned, while the field still holds that limit."""
        value, day = self._learned
        return day if day and self._edit.text().strip() == value else ""

    def sentence(self) -> str:
        """ "Learned from the provider's reply on 30 Nov 2026 …", while the field holds it."""
        day = self.day()
        try:
            shown = shown_date(date.fromisoformat(day)) if day else ""
        except ValueError:
            shown = day
        if not shown:
            return ""
        return translate(
            "credentials_limits",
            "Learned from the provider's reply on {day}: it refused more than "
            "{limit} messages in 24 hours. Change it if your plan allows more.",
        ).format(day=shown, limit=self._edit.text().strip())

    def _on_edit_textChanged(self, *_args: object) -> None:
        sentence = self.sentence()
        self._note.setText(
            translate("credentials_limits", "(learned from the provider)") if sentence else ""
        )
        self._note.setToolTip(sentence)
        self._note.setVisible(bool(sentence))
