"""The right half of Message Wording: one member's message as it will be sent (From, To,
subject, attachment, then the plain text or the HTML), made off the GUI thread."""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smtp_desk.core.i18n import translate
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.wording import WordingKind
from smtp_desk.core.wording_preview import WordingPreview, preview_wording
from smtp_desk.gui.worker import Operation, run_in_background

__all__ = ["PreviewPane"]

_DELAY_MS = 350  # typing pauses this long before the preview is made again


class PreviewPane(QWidget):
    def __init__(self, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._wanted: tuple[WordingKind, str, str, str] | None = None  # kind, texts, language
        self._running: Operation[WordingPreview] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DELAY_MS)
        self._timer.timeout.connect(self._make)

        self.flat_box = QComboBox(self)
        self.flat_box.setObjectName("wording_preview_flat")
        self.flat_box.setAccessibleName(translate("wording_page", "Preview for the member of"))
        self.flat_box.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.status = QLabel(self)
        self.status.setObjectName("wording_preview_status")
        self.status.setWordWrap(True)
        self.headers = QLabel(self)
        self.headers.setObjectName("wording_preview_headers")
        self.headers.setTextFormat(Qt.TextFormat.RichText)
        self.headers.setWordWrap(True)
        self.headers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plain = QTextBrowser(self)
        self.plain.setObjectName("wording_preview_plain")
        self.html = QTextBrowser(self)
        self.html.setObjectName("wording_preview_html")
        for view in (self.plain, self.html):
            view.setOpenLinks(False)  # a link in a preview is shown, never followed
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.plain, translate("wording_page", "Plain text"))
        self.tabs.addTab(self.html, translate("wording_page", "As formatted (HTML)"))

        top = QFormLayout()
        top.addRow(translate("wording_page", "Preview for flat"), self.flat_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.headers)
        layout.addWidget(self.tabs, 1)

    def set_flats(self, flats: list[str]) -> None:
        current = self.flat_box.currentText()
        self.flat_box.blockSignals(True)
        self.flat_box.clear()
        self.flat_box.addItems(flats)
        if current in flats:
            self.flat_box.setCurrentText(current)
        self.flat_box.blockSignals(False)

    def show_for(self, kind: WordingKind, subject: str, body: str, language: str = "en") -> None:
        """Make the preview again shortly (typing goes on meanwhile)."""
        self.flat_box.setEnabled(kind is not WordingKind.TEST)
        self._wanted = (kind, subject, body, language)
        self._timer.start()

    def cannot_show(self, why: str) -> None:
        self._timer.stop()
        self._wanted = None
        self.status.setText(why)

    def _make(self) -> None:
        if self._wanted is None:
            return
        kind, subject, body, language = self._wanted
        flat = self.flat_box.currentText()
        if kind is not WordingKind.TEST and not flat:
            self.status.setText(
                translate(
                    "wording_page",
                    "Import the members (Members & Documents) to see a member's message here.",
                )
            )
            return
        if self._running is not None and self._running.running:
            self._timer.start()  # one at a time; the newest text wins
            return
        folder = self._folder
        self.status.setText(translate("wording_page", "Making the preview…"))
        self._running = run_in_background(
            lambda: preview_wording(folder, kind, subject, body, flat, language=language),
            on_done=self._on_done,
            on_failed=self._on_failed,
        )

    def _on_done(self, preview: WordingPreview) -> None:
        if not _alive(self):  # the page was closed while the preview was being made
            return
        message = preview.message
        rows = [
            (translate("wording_page", "From"), str(message["From"])),
            (translate("wording_page", "To"), str(message["To"])),
            (translate("wording_page", "Subject"), preview.subject),
            (translate("wording_page", "Attachment"), preview.attachment_name),
        ]
        self.headers.setText(
            "<br>".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in rows)
        )
        self.plain.setPlainText(preview.part("plain"))
        self.html.setHtml(preview.part("html"))
        if preview.period:
            self.status.setText(
                translate(
                    "wording_page", "Flat {flat}, {period}: exactly as the run will send it."
                ).format(flat=preview.flat, period=preview.period)
            )
        else:
            self.status.setText(
                translate("wording_page", "The test email, as Send test statement sends it.")
            )

    def _on_failed(self, error: Exception) -> None:
        if not _alive(self):
            return
        self.headers.clear()
        self.plain.clear()
        self.html.clear()
        self.status.setText(
            translate("wording_page", "No preview: {reason}.").format(reason=str(error))
        )


def _alive(pane: PreviewPane) -> bool:
    return all(shiboken6.isValid(w) for w in (pane, pane.status, pane.headers, pane.html))
