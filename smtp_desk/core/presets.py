"""Provider presets: finding one, applying it to an account draft, and noticing when an
edit leaves it. The table itself (hosts, ports, limits, help) is
:data:`~smtp_desk.core.preset_table.PRESETS`; its names are importable from here too.
"""

from __future__ import annotations

from smtp_desk.core.account import AccountDraft, Security
from smtp_desk.core.preset_table import (
    PRESETS,
    SES_DEFAULT_REGION,
    SES_REGIONS,
    AppPasswordShape,
    Preset,
    ses_region,
)

__all__ = [
    "CUSTOM",
    "PRESETS",
    "SES_DEFAULT_REGION",
    "SES_REGIONS",
    "AppPasswordShape",
    "Preset",
    "apply_preset",
    "preset",
    "reconcile_preset",
    "ses_region",
]

_BY_ID = {p.id: p for p in PRESETS}
CUSTOM = _BY_ID["custom"]


def preset(preset_id: str) -> Preset:
    """The preset with this short id; KeyError lists the known ones."""
    try:
        return _BY_ID[preset_id]
    except KeyError:
        known = ", ".join(_BY_ID)
        raise KeyError(f"unknown provider preset {preset_id!r}; known: {known}") from None


def apply_preset(draft: AccountDraft, chosen: Preset, *, region: str = "") -> AccountDraft:
    """The draft with host, port and security filled from the preset.

    The user ID is filled only when the provider requires a literal one (SendGrid); the
    addresses and the name the person typed are kept. Custom keeps every field.
    """
    if chosen.is_custom:
        return draft.with_changes(preset=chosen.id)
    host = chosen.host
    if chosen.id == "ses":
        host = host.format(region=region or ses_region(draft.host) or SES_DEFAULT_REGION)
    changes = {
        "preset": chosen.id,
        "host": host,
        "port": str(chosen.port),
        "security": chosen.security.value,
    }
    if chosen.user_fixed:
        changes["user"] = chosen.user_fixed
    return draft.with_changes(**changes)


def reconcile_preset(draft: AccountDraft, *, chosen: str = "") -> AccountDraft:
    """The draft's preset after an edit: ``chosen`` (the preset the person last picked,
    default the draft's own) while host, port and security still match it, else Custom.

    Passing the picked preset means a half-typed host that later matches again returns
    to that preset instead of staying Custom.
    """
    try:
        candidate = preset(chosen or draft.preset)
    except KeyError:
        return draft.with_changes(preset=CUSTOM.id)
    try:
        port: int | None = int(draft.port.strip())
    except ValueError:
        port = None
    try:
        security: Security | None = Security(draft.security)
    except ValueError:
        security = None
    kept = candidate if candidate.matches(draft.host, port, security) else CUSTOM
    return draft.with_changes(preset=kept.id)
