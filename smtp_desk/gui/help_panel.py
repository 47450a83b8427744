"""The provider help beside the Email Credentials form, as rich text."""

from __future__ import annotations

from html import escape

from smtp_desk.core.presets import Preset
from smtp_desk.core.secret_store import StoreStatus

__all__ = ["help_html"]


def help_html(chosen: Preset, store: StoreStatus, *, learned: str = "") -> str:
    """What the clerk needs to know about this provider, in plain words; ``learned`` is the
    sentence about a daily limit learned from the provider's reply, when there is one."""
    parts = [f"<p><b>{escape(chosen.name)}</b></p>"]
    if chosen.help:
        parts.append(f"<p>{escape(chosen.help)}</p>")
    if not chosen.is_custom:
        parts.append(
            f"<p><b>User ID:</b> {escape(chosen.user_hint)}<br>"
            f"<b>Password:</b> {escape(chosen.password_kind)}</p>"
        )
    if chosen.learn_url:
        parts.append(
            f'<p><a href="{escape(chosen.learn_url)}">Learn how (opens the browser)</a></p>'
        )
    if learned:
        parts.append(f'<p><b>Limits:</b> <span style="color:#9a6700">{escape(learned)}</span></p>')
    elif chosen.limit_text:
        parts.append(f"<p><b>Limits:</b> {escape(chosen.limit_text)}</p>")
    colour = "#1a7f37" if store.usable else "#9a6700"
    parts.append(f'<p style="color:{colour}">{escape(store.description)}</p>')
    return "".join(parts)
