"""The provider help beside the Email Credentials form, as rich text."""

from __future__ import annotations

from html import escape

from smtp_desk.core.i18n import translate
from smtp_desk.core.presets import Preset
from smtp_desk.core.secret_store import StoreStatus

__all__ = ["help_html"]


def help_html(chosen: Preset, store: StoreStatus, *, learned: str = "") -> str:
    """What the clerk needs to know about this provider, in plain words; ``learned`` is the
    sentence about a daily limit learned from the provider's reply, when there is one."""

    def shown(text: str) -> str:
        return escape(translate("preset_table", text)) if text else ""

    parts = [f"<p><b>{shown(chosen.name)}</b></p>"]
    if chosen.help:
        parts.append(f"<p>{shown(chosen.help)}</p>")
    if not chosen.is_custom:
        user_id, password = (
            translate("help_panel", "User ID:"),
            translate("help_panel", "Password:"),
        )
        parts.append(
            f"<p><b>{user_id}</b> {shown(chosen.user_hint)}<br>"
            f"<b>{password}</b> {shown(chosen.password_kind)}</p>"
        )
    if chosen.learn_url:
        learn_how = translate("help_panel", "Learn how (opens the browser)")
        parts.append(f'<p><a href="{escape(chosen.learn_url)}">{learn_how}</a></p>')
    limits = translate("help_panel", "Limits:")
    if learned:
        parts.append(f'<p><b>{limits}</b> <span style="color:#9a6700">{escape(learned)}</span></p>')
    elif chosen.limit_text:
        parts.append(f"<p><b>{limits}</b> {shown(chosen.limit_text)}</p>")
    colour = "#1a7f37" if store.usable else "#9a6700"
    parts.append(f'<p style="color:{colour}">{escape(store.description)}</p>')
    return "".join(parts)
