"""The wording's mistakes where a person sees them: listed under the text (each item
carries its Problem, so a click can go to it), the text's mistakes underlined in place (red
for one that blocks saving, amber for a warning), the subject framed in red."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QTextEdit

from smtp_desk.core.wording import Part, Problem

__all__ = ["show_problems"]

_BLOCKING, _WARNING, _WARNING_LINE = QColor("#b00020"), QColor("#8a5a00"), QColor("#c08000")


def show_problems(
    problems: list[Problem], listed: QListWidget, subject: QLineEdit, body: QPlainTextEdit
) -> None:
    listed.clear()
    marks: list[QTextEdit.ExtraSelection] = []
    subject_wrong = False
    length = len(body.toPlainText())
    for problem in problems:
        prefix = "✗ " if problem.blocking else "⚠ "
        item = QListWidgetItem(prefix + str(problem))
        item.setData(Qt.ItemDataRole.UserRole, problem)
        item.setForeground(_BLOCKING if problem.blocking else _WARNING)
        listed.addItem(item)
        if problem.part is Part.SUBJECT:
            subject_wrong = subject_wrong or problem.blocking
            continue
        mark = QTextEdit.ExtraSelection()
        underline = QTextCharFormat()
        underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        underline.setUnderlineColor(_BLOCKING if problem.blocking else _WARNING_LINE)
        mark.format = underline
        cursor = QTextCursor(body.document())
        cursor.setPosition(min(problem.start, length))
        end = max(problem.end, problem.start + 1)
        cursor.setPosition(min(end, length), QTextCursor.MoveMode.KeepAnchor)
        mark.cursor = cursor
        marks.append(mark)
    body.setExtraSelections(marks)
    subject.setStyleSheet("border: 2px solid #b00020;" if subject_wrong else "")
    listed.setVisible(bool(problems))
