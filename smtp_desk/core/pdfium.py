"""pdfium (through pypdfium2) is not safe to call from two threads at once: every caller in
SMTP Desk (the PDF import's check, the preview) holds :data:`LOCK` while it uses it."""

from __future__ import annotations

import threading

__all__ = ["LOCK"]

LOCK = threading.Lock()
