"""The Society Profile page and its previews, driven as a person would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from smtp_desk.core.documents.render import DocumentKind
from smtp_desk.core.paths import DataFolder
from smtp_desk.gui.society_page import SocietyPage


@pytest.fixture
def page(qtbot: QtBot, data_home: DataFolder) -> SocietyPage:
    widget = SocietyPage(folder=data_home)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_into(qtbot: QtBot, page: SocietyPage, field: str, text: str) -> None:
    edit = page.fields[field]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            qtbot.keyClick(edit, Qt.Key.Key_Return)  # a new line in the address box
        qtbot.keyClicks(edit, line)


def fill(qtbot: QtBot, page: SocietyPage) -> None:
    type_into(qtbot, page, "name", "Green Meadows CHS Ltd.")
    type_into(qtbot, page, "registration", "TNA/HSG/1234/2001")
    type_into(qtbot, page, "address", "Plot 7, Sector 12\nVashi, Navi Mumbai 400703")
    type_into(qtbot, page, "bank_name", "State Bank of India, Vashi")
    type_into(qtbot, page, "account_name", "Green Meadows CHS Ltd.")
    type_into(qtbot, page, "account_number", "12345678901")
    type_into(qtbot, page, "ifsc", "SBIN0001234")
    type_into(qtbot, page, "upi_id", "greenmeadows@sbi")


def test_an_invalid_ifsc_shows_its_message_and_disables_save(
    qtbot: QtBot, page: SocietyPage
) -> None:
    fill(qtbot, page)
    assert page.save_button.isEnabled()
    type_into(qtbot, page, "ifsc", "SBIN123")
    assert page.messages["ifsc"].isVisible() and "11 characters" in page.messages["ifsc"].text()
    assert not page.save_button.isEnabled()


def test_enter_in_the_address_is_a_new_line_and_enter_elsewhere_saves(
    qtbot: QtBot, page: SocietyPage, data_home: DataFolder
) -> None:
    fill(qtbot, page)
    address = page.fields["address"]
    assert isinstance(address, QPlainTextEdit)
    assert address.toPlainText() == "Plot 7, Sector 12\nVashi, Navi Mumbai 400703"
    assert not (data_home.root / "society.json").exists()
    with qtbot.waitSignal(page.saved, timeout=5000):
        qtbot.keyClick(page.fields["upi_id"], Qt.Key.Key_Return)
    saved = json.loads((data_home.root / "society.json").read_text(encoding="utf-8"))["society"]
    assert saved["address"] == "Plot 7, Sector 12\nVashi, Navi Mumbai 400703"
    assert not page.has_unsaved_changes()


def test_logo_chosen_saved_and_removed(
    qtbot: QtBot, page: SocietyPage, data_home: DataFolder, tmp_path: Path
) -> None:
    fill(qtbot, page)
    picture = tmp_path / "emblem.png"
    Image.new("RGB", (1000, 500), (200, 30, 30)).save(picture)
    assert page.set_logo(picture)
    assert page.logo_view.pixmap().width() == 110
    assert page.save()
    logos = list(data_home.root.glob("logo-*.png"))
    assert len(logos) == 1
    qtbot.mouseClick(page.remove_logo, Qt.MouseButton.LeftButton)
    assert page.logo_view.text() == "No logo" and page.has_unsaved_changes()
    assert page.save()
    assert list(data_home.root.glob("logo-*.png")) == []


def test_a_bad_logo_is_explained(qtbot: QtBot, page: SocietyPage, tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture", encoding="utf-8")
    assert not page.set_logo(fake)
    assert "not a PNG or JPEG" in page.logo_message.text()


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_preview_shows_the_document_with_the_typed_letterhead(
    qtbot: QtBot, page: SocietyPage, kind: DocumentKind
) -> None:
    fill(qtbot, page)
    button = page.preview_buttons[kind]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.previews[-1]
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=30_000) as ready:
        pass
    assert ready.args[0] >= 1
    first = dialog.page_labels[0].pixmap()
    assert first.width() > 700 and first.height() > first.width(), "an A4 page, upright"
    dialog.close()


def test_every_field_has_an_accessible_name_and_unique_mnemonic(page: SocietyPage) -> None:
    texts = [page.findChild(QLineEdit, "ifsc")]
    assert texts[0] is not None
    for field, edit in page.fields.items():
        assert edit.accessibleName(), field
    from smtp_desk.gui import society_page

    labels = list(society_page._TEXT_FIELDS.values())
    labels += ["Choose l&ogo…", "Preview &bill", "Preview &receipt", "Preview s&tatement"]
    keys = [label[label.index("&") + 1].lower() for label in labels]
    assert len(keys) == len(set(keys))
    assert not set(keys) & set("fsnh"), "the menus File, System Tools, Send, Help"
