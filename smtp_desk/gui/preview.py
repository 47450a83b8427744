"""A window that shows a document's pages as pictures, prepared in the background, and how
the program's own windows fit a small screen (:func:`fit_to_screen`)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from smtp_desk.core.batch import Batch
from smtp_desk.core.dispatch import render_job
from smtp_desk.core.documents.render import page_pictures
from smtp_desk.core.i18n import translate
from smtp_desk.core.wording import fill
from smtp_desk.gui.worker import run_in_background

__all__ = ["PreviewDialog", "fit_to_screen", "preview_first"]

log = logging.getLogger(__name__)

# Room kept free around a window: its frame and title bar (a 1366×768 laptop's taskbar is
# outside the screen's available area already).
_FRAME = QSize(24, 64)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to ``width`` × ``height`` px, or less where its screen has less room,
    so the whole of it and its title bar are on screen; a window of its own (no parent to
    open over) is put in the middle of the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    window.resize(
        min(width, room.width() - _FRAME.width()), min(height, room.height() - _FRAME.height())
    )
    if window.parentWidget() is None:
        frame = window.frameGeometry()
        frame.moveCenter(room.center())
        window.move(frame.topLeft())


class PreviewDialog(QDialog):
    """Shows the pages of a PDF made by ``make_pdf`` (run off the GUI thread).

    Signals:
        ready(int): the pages are shown; the number of pages.
        failed(str): the document could not be made; the message shown.
    """

    ready = Signal(int)
    failed = Signal(str)

    def __init__(self, title: str, make_pdf: Callable[[], bytes], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preview")
        self.setWindowTitle(title)
        self.status = QLabel(translate("preview", "Preparing the preview…"), self)
        self.pages_box = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        fit_to_screen(self, 860, 900)  # an A4 page's width; as much of its height as fits
        self.page_labels: list[QLabel] = []
        run_in_background(
            lambda: page_pictures(make_pdf()),
            on_done=self._on_pictures_done,
            on_failed=self._on_pictures_failed,
        )

    def _on_pictures_done(self, pictures: list[bytes]) -> None:
        for number, png in enumerate(pictures, start=1):
            label = QLabel(self.pages_box)
            label.setPixmap(QPixmap.fromImage(QImage.fromData(png)))
            label.setAccessibleName(translate("preview", "Page {number}").format(number=number))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self.status.setText(translate("preview", "{count} page(s).").format(count=len(pictures)))
        self.ready.emit(len(pictures))

    def _on_pictures_failed(self, error: Exception) -> None:
        message = translate("preview", "The preview could not be made: {error}").format(error=error)
        log.error("%s", message)
        self.status.setText(message)
        self.failed.emit(message)


def preview_first(batch: Batch, parent: QWidget) -> PreviewDialog | None:
    """The message of the run's first member with an email, as its PDF's pages."""
    job = next((j for j in batch.jobs.values() if j.spec.recipients), None)
    if job is None:
        return None
    dialog = PreviewDialog(
        translate("preview", "{subject} — to {addresses}").format(
            subject=fill(
                batch.run.subject,
                job.values(batch.profile, batch.run.language),
                one_line=True,
            ),
            addresses=", ".join(job.spec.recipients),
        ),
        lambda: render_job(job, batch.profile, batch.logo, batch.folder.root).content,
        parent,
    )
    dialog.show()
    return dialog
