"""Walk every page of the main window in a language and list each text that does not fit
(a label cut off, a button narrower than its words, a window larger than the screen) and
each text left in English.

``python -m tests.support.label_fit LANGUAGE DATA_FOLDER`` prints the findings as JSON (the
real-window test runs it on an Xvfb display); :func:`walk` is the same for a test in-process.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QWidget,
)

__all__ = ["PAGES", "Findings", "walk"]

WIDTH, HEIGHT = 1024, 700
PAGES = ("home", "first_run", "credentials", "society", "members", "send", "history", "wording")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
# What stays in Latin letters whatever the language: terms, brands, data, addresses.
_KEPT = re.compile(
    r"(https?://\S+|\S+@\S+|[\w.-]+\.(in|com|org|net|json|db|log|csv|xlsx|pdf)\b|"
    r"SMTP|STARTTLS|SSL/TLS|TLS|IMAP|App Password|OAuth|Microsoft 365|Microsoft|Outlook\.com|"
    r"Google Workspace|Gmail|Google|Zoho Mail India|Zoho|Yahoo|Amazon SES|SendGrid|Mailgun|Brevo|"
    r"Postmark|UPI|PDF|CSV|Excel|DNS|MX|User ID|Reply-To|From|SMTP Desk|Crystal Heights CHS|"
    r"Member \d+|[A-B]-\d+|Custom|English|Marathi|Hindi|Nov(ember)?|\d[\d:,./ -]*)",
    re.IGNORECASE,
)


@dataclass
class Findings:
    clipped: list[str] = field(default_factory=list)
    english: list[str] = field(default_factory=list)
    pages: int = 0
    texts: int = 0


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text() if not widget.pixmap() or widget.pixmap().isNull() else ""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>|&\w+;|&", " ", text)


def _clipped(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            return widget.height() + 1 < widget.heightForWidth(widget.width())
        return widget.width() + 1 < widget.minimumSizeHint().width()
    if isinstance(widget, QAbstractButton | QComboBox):
        return widget.width() + 1 < widget.sizeHint().width()
    if isinstance(widget, QGroupBox):
        return widget.width() + 1 < widget.fontMetrics().horizontalAdvance(widget.title())
    return False


def _in_english(text: str) -> bool:
    words = re.findall(r"[A-Za-z]{3,}", _KEPT.sub(" ", _plain(text)))
    return len(words) >= 2 and not _DEVANAGARI.search(text)


def _look(page_name: str, root: QWidget, findings: Findings) -> None:
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        text = _text(widget)
        if not text.strip():
            continue
        findings.texts += 1
        name = widget.objectName() or type(widget).__name__
        shown = " ".join(_plain(text).split())[:80]
        if _clipped(widget):
            findings.clipped.append(f"{page_name}/{name}: {shown!r}")
        if _in_english(text):
            findings.english.append(f"{page_name}/{name}: {shown!r}")


def walk(window: QWidget) -> Findings:
    """Show every page of ``window`` (a MainWindow) at 1024×700 and look at every text."""
    findings = Findings()
    window.resize(WIDTH, HEIGHT)
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    if window.width() > WIDTH or window.height() > HEIGHT:
        findings.clipped.append(
            f"the window needs {window.width()}×{window.height()}, more than {WIDTH}×{HEIGHT}"
        )
    for name in PAGES:
        window.open_page(name)  # type: ignore[attr-defined]
        for _ in range(3):
            app.processEvents()
        findings.pages += 1
        _look(name, window.pages.currentWidget(), findings)  # type: ignore[attr-defined]
    _look("menus", window.menuBar(), findings)  # type: ignore[attr-defined]
    for menu in window.menuBar().findChildren(QWidget):  # type: ignore[attr-defined]
        for action in getattr(menu, "actions", list)():
            if action.text() and _in_english(action.text()):
                findings.english.append(f"menu: {action.text()!r}")
    return findings


def main(argv: list[str]) -> int:
    """Open the window of DATA_FOLDER in LANGUAGE on this display; print the findings."""
    language, folder = argv[1], Path(argv[2])
    app = QApplication([argv[0]])
    from smtp_desk.core.paths import DataFolder
    from smtp_desk.core.secret_store import SecretStore
    from smtp_desk.gui.language import install_language
    from smtp_desk.gui.main_window import MainWindow

    used = install_language(language)
    window = MainWindow(folder=DataFolder(folder), store=SecretStore())
    window.show()
    findings = walk(window)
    report = {
        "language": used,
        "platform": app.platformName(),
        "pages": findings.pages,
        "texts": findings.texts,
        "clipped": findings.clipped,
        "english": findings.english,
    }
    print(json.dumps(report, ensure_ascii=False))
    for page in (window.credentials, window.society, window.wording):
        page.revert()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
