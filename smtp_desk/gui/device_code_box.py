"""The sign-in code on the Email Credentials page: where to go, the code in large letters,
Copy, and how long it stays valid (counted down while it is shown)."""

from __future__ import annotations

import time
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from smtp_desk.core.i18n import translate
from smtp_desk.core.oauth import DeviceCode

__all__ = ["DeviceCodeBox"]


class DeviceCodeBox(QFrame):
    """Shows one :class:`~smtp_desk.core.oauth.DeviceCode`; :meth:`tick` updates the time
    left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("device_code_box")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.link = QLabel(self, wordWrap=True, openExternalLinks=True)
        self.link.setObjectName("device_code_link")
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.code = QLabel(self)
        self.code.setObjectName("device_code")
        self.code.setAccessibleName(translate("device_code_box", "Sign-in code"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont("monospace")
        big.setStyleHint(QFont.StyleHint.Monospace)
        big.setPointSizeF(self.font().pointSizeF() * 2)
        big.setBold(True)
        big.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
        self.code.setFont(big)
        self.copy_button = QPushButton(translate("device_code_box", "Copy"), self)
        self.copy_button.setObjectName("copy_device_code")
        self.copy_button.setAccessibleName(translate("device_code_box", "Copy the sign-in code"))
        self.expiry = QLabel(self, wordWrap=True)
        self.expiry.setObjectName("device_code_expiry")
        grid = QGridLayout(self)
        grid.addWidget(self.link, 0, 0, 1, 2)
        grid.addWidget(self.code, 1, 0)
        grid.addWidget(self.copy_button, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.expiry, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self._deadline = 0.0  # time.monotonic() when the code expires

    def show_code(self, code: DeviceCode) -> None:
        self.code.setText(code.user_code)
        uri = escape(code.verification_uri)
        self.link.setText(
            translate(
                "device_code_box",
                'Open <a href="{uri}">{uri}</a> on any phone or computer and enter:',
            ).format(uri=uri)
        )
        self.copy_button.setText(translate("device_code_box", "Copy"))
        self._deadline = time.monotonic() + code.expires_in
        self.tick()
        self.show()

    def tick(self) -> None:
        left = max(int(self._deadline - time.monotonic()), 0)
        shown = (
            translate("device_code_box", "{minutes} min").format(minutes=-(-left // 60))
            if left >= 60
            else translate("device_code_box", "{seconds} s").format(seconds=left)
        )
        self.expiry.setText(
            translate(
                "device_code_box",
                "The code expires in {time}. Sign in there as the society's mailbox.",
            ).format(time=shown)
        )

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())
        self.copy_button.setText(translate("device_code_box", "Copied ✓"))
