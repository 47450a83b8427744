from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smtp_desk.core.documents.render import DocumentKind, sample_document
from smtp_desk.gui.preview import PreviewDialog
from smtp_desk.gui.worker import run_in_background


class _Probe(QObject):
    done = Signal()


def test_work_runs_off_the_gui_thread_and_reports_on_it(qtbot: QtBot) -> None:
    probe = _Probe()
    seen: dict[str, object] = {}

    def operation() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def on_done(result: int) -> None:
        seen["result"] = result
        seen["callback_on_gui"] = QThread.currentThread() is QApplication.instance().thread()
        probe.done.emit()

    with qtbot.waitSignal(probe.done, timeout=5000):
        run_in_background(operation, on_done=on_done, on_failed=lambda e: None)
    assert seen["result"] == 42
    assert seen["worker"] != threading.get_ident()
    assert seen["callback_on_gui"] is True


def test_failures_are_reported_on_the_gui_thread(qtbot: QtBot) -> None:
    probe = _Probe()
    errors: list[Exception] = []

    def on_failed(error: Exception) -> None:
        errors.append(error)
        probe.done.emit()

    def broken() -> None:
        raise ValueError("the disk is full")

    with qtbot.waitSignal(probe.done, timeout=5000):
        run_in_background(broken, on_done=lambda r: None, on_failed=on_failed)
    assert [str(e) for e in errors] == ["the disk is full"]


def test_preview_of_a_failing_document_says_why(qtbot: QtBot) -> None:
    def failing() -> bytes:
        raise KeyError("the sample flat Z-1 has made no payment")

    dialog = PreviewDialog("Receipt — preview", failing)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        pass
    assert "made no payment" in failed.args[0]
    assert "could not be made" in dialog.status.text()


def test_preview_shows_every_page_of_a_long_statement(qtbot: QtBot) -> None:
    dialog = PreviewDialog(
        "Statement", lambda: sample_document(DocumentKind.STATEMENT, flat="B-303")
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=30_000) as ready:
        pass
    assert ready.args[0] == len(dialog.page_labels) >= 1
    assert dialog.page_labels[0].accessibleName() == "Page 1"


def test_work_ending_while_the_program_closes_has_nobody_to_tell_and_says_nothing(
    qtbot: QtBot,
) -> None:
    """At exit the application deletes the bridge, whose pool then waits for a read still
    under way; that read's answer must end quietly, not as "Signal source has been
    deleted" printed by Qt."""
    import shiboken6

    from smtp_desk.gui import worker

    bridge = worker._Bridge()
    operation = worker.Operation(lambda task: 1, on_done=lambda _: None, on_failed=print)
    signal = bridge.done
    shiboken6.delete(bridge)
    worker._emit(signal, operation, 1)  # raised RuntimeError before
    assert not shiboken6.isValid(bridge)
