"""Checks of the sign-in method: which methods a provider takes, and what OAuth2 needs.

Part of :func:`smtp_desk.core.validation.check`; kept apart so the password checks and the
app-registration checks can each be read on their own. The messages are for the person,
in the window's language where one is installed (English on the command line).
"""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

from smtp_desk.core.account import AccountDraft, SignInMethod
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.oauth_apps import built_in_client, is_guid, tenant_problem
from smtp_desk.core.preset_table import Preset
from smtp_desk.core.validation_types import FieldProblem, Severity

__all__ = [
    "METHODS_BY_PRESET",
    "MICROSOFT_SWITCH_OFF",
    "OUTLOOK_NO_PASSWORDS",
    "check_sign_in",
    "methods_for",
    "sign_in_method",
]

# The providers each OAuth2 sign-in works with (Custom: a private relay that accepts the
# provider's tokens, or a test server).
METHODS_BY_PRESET: dict[SignInMethod, frozenset[str]] = {
    SignInMethod.MICROSOFT: frozenset({"office365", "outlook", "custom"}),
    SignInMethod.GOOGLE: frozenset({"gmail", "workspace", "custom"}),
}

_PROVIDERS = {
    SignInMethod.MICROSOFT: QT_TRANSLATE_NOOP("validation_signin", "Microsoft 365 and Outlook.com"),
    SignInMethod.GOOGLE: QT_TRANSLATE_NOOP("validation_signin", "Gmail and Google Workspace"),
}

# Microsoft's switch-off, shown on every Microsoft 365 account still using a password (in
# English here; check_sign_in gives it in the window's language).
MICROSOFT_SWITCH_OFF = QT_TRANSLATE_NOOP(
    "validation_signin",
    "Microsoft turns password sign-in off by default at the end of December 2026. "
    "Switch to Sign in with Microsoft so the bills keep going out.",
)


OUTLOOK_NO_PASSWORDS = QT_TRANSLATE_NOOP(
    "validation_signin",
    "Outlook.com stopped accepting passwords for sending in September 2024: choose Sign in "
    "with Microsoft.",
)


def sign_in_method(text: str) -> SignInMethod | None:
    try:
        return SignInMethod(text.strip().lower() or SignInMethod.PASSWORD.value)
    except ValueError:
        return None


def methods_for(preset_id: str) -> list[SignInMethod]:
    """The sign-in methods offered for a provider, password first."""
    offered = [SignInMethod.PASSWORD]
    offered += [m for m, presets in METHODS_BY_PRESET.items() if preset_id in presets]
    return offered


def check_sign_in(d: AccountDraft, chosen: Preset) -> list[FieldProblem]:
    """Problems with the sign-in method and its app registration (``d`` normalised)."""
    method = sign_in_method(d.sign_in)
    if method is None:
        why = translate(
            "validation_signin", "Choose the sign-in: 'password', 'microsoft' or 'google'."
        )
        return [FieldProblem("sign_in", why)]
    if method is SignInMethod.PASSWORD:
        if chosen.id == "office365":
            why = translate("validation_signin", MICROSOFT_SWITCH_OFF)
            return [FieldProblem("sign_in", why, Severity.WARNING)]
        if chosen.id == "outlook":
            why = translate("validation_signin", OUTLOOK_NO_PASSWORDS)
            return [FieldProblem("sign_in", why, Severity.WARNING)]
        return []
    if chosen.id not in METHODS_BY_PRESET[method]:
        return [
            FieldProblem(
                "sign_in",
                translate(
                    "validation_signin",
                    "Sign in with {service} works only with {providers} (or a "
                    "custom server that accepts its sign-in); choose the password for "
                    "{provider}.",
                ).format(
                    service=method.label,
                    providers=translate("validation_signin", _PROVIDERS[method]),
                    provider=chosen.name,
                ),
            )
        ]
    problems: list[FieldProblem] = []
    if not d.user:
        problems.append(
            FieldProblem(
                "user",
                translate(
                    "validation_signin", "Enter the mailbox address you sign in to {service} with."
                ).format(service=method.label),
            )
        )
    problems += _check_client(d, method)
    if method is SignInMethod.MICROSOFT and (why := tenant_problem(d.oauth_tenant)):
        problems.append(FieldProblem("oauth_tenant", why))
    problems += _check_authority(d.oauth_authority)
    return problems


def _check_client(d: AccountDraft, method: SignInMethod) -> list[FieldProblem]:
    client = d.oauth_client_id
    if not client and not built_in_client(method):
        return [
            FieldProblem(
                "oauth_client_id",
                translate(
                    "validation_signin",
                    "Enter the client ID of the society's {service} app registration "
                    "(your IT person creates it once; see the steps beside this field).",
                ).format(service=method.label),
            )
        ]
    if client and method is SignInMethod.MICROSOFT and not is_guid(client):
        return [
            FieldProblem(
                "oauth_client_id",
                translate(
                    "validation_signin",
                    "A Microsoft client ID looks like 1b2c3d4e-5f60-4a1b-9c8d-7e6f5a4b3c2d "
                    "(Application (client) ID on the app's Overview page in Microsoft Entra).",
                ),
            )
        ]
    if client and (len(client) > 200 or " " in client):
        why = translate("validation_signin", "The client ID is one word; paste it again.")
        return [FieldProblem("oauth_client_id", why)]
    return []


def _check_authority(authority: str) -> list[FieldProblem]:
    if not authority:
        return []
    example = translate(
        "validation_signin",
        "The sign-in authority is a full https:// address, for example "
        "https://login.microsoftonline.com/yoursociety.in.",
    )
    if any(ch.isspace() or unicodedata.category(ch)[0] == "C" for ch in authority):
        return [FieldProblem("oauth_authority", example)]
    parts = urlsplit(authority)
    try:
        parts.port  # noqa: B018 (raises for a port out of range)
    except ValueError:
        return [FieldProblem("oauth_authority", example)]
    if parts.scheme != "https" or not parts.hostname or "@" in parts.netloc:
        return [FieldProblem("oauth_authority", example)]
    if parts.query or parts.fragment:
        why = translate("validation_signin", "Give the authority without ? or # parts.")
        return [FieldProblem("oauth_authority", why)]
    return []
