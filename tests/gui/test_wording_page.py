"""System Tools > Message Wording, driven as a treasurer would: type, see the mistake where it
is, correct it, see a real member's message, save; leave with changes and be asked."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.wording import WordingKind
from smtp_desk.core.wording_store import load_wording, wording_file
from smtp_desk.gui.main_window import MainWindow
from tests.gui.conftest import retype
from tests.support.society import flat, make_society


def answer(button: str, asked: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: answer(button, asked))
        return
    asked.append(box.text())
    for candidate in box.buttons():
        if candidate.text().replace("&", "") == button:
            candidate.click()
            return
    raise AssertionError(f"no button {button!r}")


def open_wording(qtbot: QtBot, data_home: DataFolder) -> MainWindow:
    make_society(data_home, members=3, port=2525, names={1: "श्रीकांत क्षीरसागर"})
    window = MainWindow(folder=data_home, store=SecretStore())
    # a failed test leaves changes: closing must not wait for the question's answer
    qtbot.addWidget(window, before_close_func=lambda w: w.wording.revert())
    window.show()
    qtbot.waitExposed(window)
    window.menu_actions.wording.trigger()
    assert window.pages.currentWidget() is window.wording
    return window


def test_a_mistake_is_shown_where_it_is_and_blocks_saving_until_corrected(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    window = open_wording(qtbot, data_home)
    page = window.wording
    assert not page.save_button.isEnabled() and not page.revert_button.isEnabled()
    retype(qtbot, page.subject_edit, "Bill {perod} for flat {flat}")
    assert not page.save_button.isEnabled()
    [item] = [page.problem_list.item(i) for i in range(page.problem_list.count())]
    assert (
        item.text() == "✗ subject, column 6: {perod} is not a placeholder — did you mean {period}?"
    )

    page.body_edit.setFocus()
    qtbot.keyClick(page.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.body_edit, "Pay by {due_date")
    texts = [page.problem_list.item(i).text() for i in range(page.problem_list.count())]
    assert any("never closed" in t and "line 10, column 8" in t for t in texts), texts
    assert page.body_edit.extraSelections(), "the mistake in the text is underlined"
    page.problem_list.itemClicked.emit(page.problem_list.item(1))
    assert page.body_edit.textCursor().selectedText() == "{"

    qtbot.keyClick(page.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.body_edit, "}.")
    retype(qtbot, page.subject_edit, "Bill {period} for flat {flat}")
    assert page.problem_list.count() == 0 and page.save_button.isEnabled()
    qtbot.waitUntil(lambda: "exactly as the run will send it" in page.preview.status.text())
    assert "<b>Subject:</b> Bill November 2026 for flat A-100<br>" in page.preview.headers.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = load_wording(data_home.root, WordingKind.BILL)
    assert saved.subject == "Bill {period} for flat {flat}" and "{due_date}}." not in saved.body
    assert saved.body.rstrip().endswith("Pay by {due_date}.")
    assert not page.save_button.isEnabled()


def test_the_preview_shows_the_chosen_member_in_plain_text_and_html(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    window = open_wording(qtbot, data_home)
    pane = window.wording.preview
    pane.flat_box.setCurrentText(flat(1))
    qtbot.waitUntil(lambda: f"Flat {flat(1)}" in pane.status.text())
    assert pane.plain.toPlainText().startswith("Dear श्रीकांत क्षीरसागर,")
    assert "श्रीकांत क्षीरसागर" in pane.html.toPlainText()
    assert f"bill-{flat(1)}-2026-11.pdf" in pane.headers.text()


def test_leaving_changed_wording_asks_and_cancel_keeps_it(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    window = open_wording(qtbot, data_home)
    page = window.wording
    retype(qtbot, page.subject_edit, "Our bill {flat}")
    asked: list[str] = []
    QTimer.singleShot(0, lambda: answer("Cancel", asked))
    page.kind_box.setCurrentIndex(page.kind_box.findData("receipt"))
    assert asked == ["The wording you changed is not saved."]
    assert page.kind is WordingKind.BILL and page.subject() == "Our bill {flat}"

    QTimer.singleShot(0, lambda: answer("Discard", asked))
    page.kind_box.setCurrentIndex(page.kind_box.findData("receipt"))
    assert page.kind is WordingKind.RECEIPT
    assert page.subject() == "Payment receipt {number} – flat {flat}"
    assert not wording_file(data_home.root).exists()

    retype(qtbot, page.subject_edit, "Receipt {number}")
    assert [title for title, _ in window._unsaved_pages()] == ["Message Wording"]
    QTimer.singleShot(0, lambda: answer("Save", asked))
    window.close()
    assert load_wording(data_home.root, WordingKind.RECEIPT).subject == "Receipt {number}"


def test_the_standard_wording_comes_back_with_one_click(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    window = open_wording(qtbot, data_home)
    page = window.wording
    retype(qtbot, page.subject_edit, "Bill {flat}")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not load_wording(data_home.root, WordingKind.BILL).standard
    qtbot.mouseClick(page.standard_button, Qt.MouseButton.LeftButton)
    assert page.subject() == "Maintenance bill {period} – flat {flat}"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert load_wording(data_home.root, WordingKind.BILL).standard


def test_choosing_marathi_brings_the_marathi_standard_and_keeps_it(
    qtbot: QtBot, data_home: DataFolder
) -> None:
    window = open_wording(qtbot, data_home)
    page = window.wording
    page.language_box.setCurrentIndex(page.language_box.findData("mr"))
    assert page.subject() == "देखभाल बिल {period} – सदनिका {flat}"
    qtbot.waitUntil(lambda: "देखभाल बिल नोव्हेंबर 2026" in page.preview.headers.text())
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = load_wording(data_home.root, WordingKind.BILL)
    assert saved.language == "mr" and saved.standard
    page.subject_edit.setText("बिल {period}")  # QTest types Latin-1 keys only
    page.language_box.setCurrentIndex(page.language_box.findData("hi"))
    assert page.subject() == "बिल {period}", "the office's own text stays; only how it reads"
    page.revert()
    assert page.language() == "mr" and not page.has_unsaved_changes()
