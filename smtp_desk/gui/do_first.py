"""Every "do X first" the window says links to X: the page names in a message become links
the main window opens (``MainWindow.open_page``)."""

from __future__ import annotations

import html

from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["with_links"]

# (words in a message, the page they name) — the first found in a message is linked; the
# words are looked for in the window's language, then in English
_PAGES = (
    (QT_TRANSLATE_NOOP("do_first", "Society Profile"), "society"),
    (QT_TRANSLATE_NOOP("do_first", "Email Credentials"), "credentials"),
    (QT_TRANSLATE_NOOP("do_first", "Members & Documents"), "members"),
)


def with_links(text: str) -> str:
    """``text`` as rich text, its page names linked (``href`` is the page's name)."""
    escaped = html.escape(text, quote=False)
    for words, page in _PAGES:
        for said in dict.fromkeys((translate("do_first", words), words)):
            shown = html.escape(said, quote=False)
            if shown in escaped:
                return escaped.replace(shown, f'<a href="{page}">{shown}</a>', 1)
    return escaped
