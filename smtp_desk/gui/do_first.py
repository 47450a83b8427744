"""Every "do X first" the window says links to X: the page names in a message become links
the main window opens (``MainWindow.open_page``)."""

from __future__ import annotations

import html

__all__ = ["with_links"]

# (words in a message, the page they name) — the first found in a message is linked
_PAGES = (
    ("Society Profile", "society"),
    ("Email Credentials", "credentials"),
    ("Members & Documents", "members"),
)


def with_links(text: str) -> str:
    """``text`` as rich text, its page names linked (``href`` is the page's name)."""
    escaped = html.escape(text, quote=False)
    for words, page in _PAGES:
        shown = html.escape(words, quote=False)
        if shown in escaped:
            return escaped.replace(shown, f'<a href="{page}">{shown}</a>', 1)
    return escaped
