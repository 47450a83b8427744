"""How much work one keystroke in the Email Credentials form costs (run with `make bench`).

The form re-checks everything on each key. These print medians and ratios against a
baseline measured in the same run (a plain line edit with no handlers, and building the
draft without checking it), so a noisy shared machine still gives comparable numbers.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from smtp_desk.core.validation import check
from smtp_desk.gui.credentials_page import CredentialsPage
from tests.gui.conftest import fill_gmail
from tests.support.accounts import GMAIL_DRAFT

FRAME_MS = 1000 / 60
DRAFT = GMAIL_DRAFT


def _median_ms(action: Callable[[], object], *, runs: int, repeats: int = 7) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(runs):
            action()
        samples.append((time.perf_counter() - start) * 1000 / runs)
    return statistics.median(samples)


def test_checking_the_form(capsys: object) -> None:
    baseline = _median_ms(DRAFT.normalized, runs=2000)
    checked = _median_ms(lambda: check(DRAFT, password="abcd efgh ijkl mnop"), runs=2000)
    assert check(DRAFT, password="abcd efgh ijkl mnop") == []
    print(
        f"\ncheck(): {checked * 1000:.1f} µs median, {checked / baseline:.1f}× building the "
        f"draft ({baseline * 1000:.1f} µs); {checked / FRAME_MS:.2%} of a 60 Hz frame"
    )


def test_one_keystroke_in_the_form(qtbot: QtBot, page: CredentialsPage) -> None:
    plain = QLineEdit()
    qtbot.addWidget(plain)
    plain.show()

    def key_into(edit: QLineEdit) -> Callable[[], None]:
        def press() -> None:
            qtbot.keyClick(edit, Qt.Key.Key_A)
            qtbot.keyClick(edit, Qt.Key.Key_Backspace)

        return press

    fill_gmail(qtbot, page)
    baseline = _median_ms(key_into(plain), runs=100) / 2
    ours = _median_ms(key_into(page.from_name_edit), runs=100) / 2
    assert page.from_name_edit.text() == "Crystal Heights CHS"
    print(
        f"\nkeystroke: {ours:.3f} ms median in the form vs {baseline:.3f} ms in a bare line "
        f"edit ({ours / baseline:.1f}×); {ours / FRAME_MS:.1%} of a 60 Hz frame"
    )
