"""The HTML alternative of a member's message: the filled plain text with every character
escaped, its paragraphs and line breaks kept, and its links (web and ``upi://pay``) made
clickable up to where the sentence ends."""

from __future__ import annotations

import html
import re

__all__ = ["html_text"]

_LINK = re.compile(r"\b(?:https?|upi)://[^\s<>\"'\x80-\U0010ffff]+")
_TRAILING = ".,;:!?"
_CLOSING = {")": "(", "]": "[", "}": "{"}


def _link_end(link: str) -> str:
    while link:
        last = link[-1]
        if last in _TRAILING or (
            last in _CLOSING and link.count(last) > link.count(_CLOSING[last])
        ):
            link = link[:-1]
        else:
            break
    return link


def _linked(block: str) -> str:
    """``block`` escaped for HTML, its links made clickable (href and text escaped)."""
    out: list[str] = []
    at = 0
    for match in _LINK.finditer(block):
        link = _link_end(match.group(0))
        if "://" not in link or link.endswith("://"):
            continue
        out.append(html.escape(block[at : match.start()], quote=True))
        escaped = html.escape(link, quote=True)
        out.append(f'<a href="{escaped}">{escaped}</a>')
        at = match.start() + len(link)
    out.append(html.escape(block[at:], quote=True))
    return "".join(out)


def html_text(plain: str, *, lang: str = "en") -> str:
    """The HTML alternative of a filled, tidied plain text: every character escaped,
    paragraphs kept, links made clickable."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", plain.strip()):
        paragraphs.append("<p>" + _linked(block).replace("\n", "<br>\n") + "</p>")
    body = "\n".join(paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}"><head><meta charset="utf-8"></head>\n'
        "<body style=\"font-family: Arial, 'Noto Sans', sans-serif; font-size: 14px\">\n"
        f"{body}\n</body></html>\n"
    )
