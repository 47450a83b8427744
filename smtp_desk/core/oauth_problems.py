"""What a sign-in service's refusal means: its error (``invalid_grant``, AADSTS codes) to a
:class:`~smtp_desk.core.errors.OAuthProblem` with the category that says what to do.

Microsoft's errors carry AADSTS numbers (in ``error_codes`` and in the description);
Google's only the OAuth2 error names. Both are read the same way.

The problem's message is for the person (in the window's language where one is installed);
its ``detail``, the service's own words, is for the log and stays as it came.

A refusal of the permissions asked for (consent needed, administrator approval required, a
declined consent, ``invalid_scope``) comes as :class:`ScopesRefused`: a sign-in that asked
for sending *and* reading the mailbox may then sign in for sending alone
(:class:`~smtp_desk.core.oauth.OAuthSignIn`). Entra does not say which scope it refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from smtp_desk.core.categories import DiagnosisCategory
from smtp_desk.core.errors import OAuthProblem
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["ScopesRefused", "problem_from_reply", "unreachable"]

_C = DiagnosisCategory
_AADSTS = re.compile(r"AADSTS(\d+)")

# AADSTS numbers (Microsoft Entra sign-in errors) and what they mean for the office.
_BY_CODE: dict[int, DiagnosisCategory] = {
    65001: _C.OAUTH_CONSENT_NEEDED,  # the user or administrator has not consented
    65004: _C.OAUTH_CONSENT_NEEDED,  # the user declined consent
    90094: _C.OAUTH_CONSENT_NEEDED,  # administrator approval required
    90095: _C.OAUTH_CONSENT_NEEDED,  # administrator consent workflow
    50020: _C.OAUTH_WRONG_ACCOUNT,  # an account from another tenant / a personal account
    50034: _C.OAUTH_WRONG_ACCOUNT,  # the account does not exist in this directory
    500200: _C.OAUTH_WRONG_ACCOUNT,  # a personal account where a work account is needed
    700016: _C.OAUTH_NOT_SET_UP,  # the client ID is not found in this tenant
    7000218: _C.OAUTH_NOT_SET_UP,  # public client flows are off on the registration
    50011: _C.OAUTH_NOT_SET_UP,  # redirect URI not registered
    500113: _C.OAUTH_NOT_SET_UP,  # no reply address registered
    90002: _C.OAUTH_NOT_SET_UP,  # the tenant does not exist
    50076: _C.SIGN_IN_NEEDED,  # multi-factor sign-in needed
    50079: _C.SIGN_IN_NEEDED,  # multi-factor registration needed
    50158: _C.SIGN_IN_NEEDED,  # conditional access asks for more
    50058: _C.SIGN_IN_NEEDED,  # no signed-in session
    50173: _C.SIGN_IN_NEEDED,  # the grant is expired after a password change
    70008: _C.SIGN_IN_NEEDED,  # refresh token expired through inactivity
    700082: _C.SIGN_IN_NEEDED,  # refresh token expired through inactivity
    700084: _C.SIGN_IN_NEEDED,  # refresh token for a single-page app expired
    53003: _C.OAUTH_CONSENT_NEEDED,  # blocked by a conditional access policy
    70016: _C.SIGN_IN_DECLINED,  # still waiting for the code (should not reach here)
    70019: _C.SIGN_IN_DECLINED,  # the code expired
    700003: _C.SIGN_IN_NEEDED,  # the device is no longer in the directory
}

# OAuth2 error names (RFC 6749, RFC 8628), when there is no AADSTS number.
_BY_ERROR: dict[str, DiagnosisCategory] = {
    "invalid_grant": _C.SIGN_IN_NEEDED,
    "interaction_required": _C.SIGN_IN_NEEDED,
    "login_required": _C.SIGN_IN_NEEDED,
    "consent_required": _C.OAUTH_CONSENT_NEEDED,
    "invalid_client": _C.OAUTH_NOT_SET_UP,
    "unauthorized_client": _C.OAUTH_NOT_SET_UP,
    "invalid_scope": _C.OAUTH_NOT_SET_UP,
    "access_denied": _C.SIGN_IN_DECLINED,
    "authorization_declined": _C.SIGN_IN_DECLINED,
    "expired_token": _C.SIGN_IN_DECLINED,
    "bad_verification_code": _C.SIGN_IN_DECLINED,
    "temporarily_unavailable": _C.OAUTH_SERVICE_TROUBLE,
    "server_error": _C.OAUTH_SERVICE_TROUBLE,
}

# Refusals of what was asked for (rather than of the app, the account or the session).
_SCOPE_CODES = frozenset({65001, 65004, 90094, 90095, 70011, 650053, 650057})
_SCOPE_ERRORS = frozenset({"consent_required", "invalid_scope"})

_MESSAGES: dict[DiagnosisCategory, str] = {
    _C.SIGN_IN_NEEDED: QT_TRANSLATE_NOOP(
        "oauth_problems", "the sign-in has expired or was withdrawn: sign in again"
    ),
    _C.OAUTH_CONSENT_NEEDED: QT_TRANSLATE_NOOP(
        "oauth_problems", "an administrator must approve SMTP Desk for this organisation"
    ),
    _C.OAUTH_WRONG_ACCOUNT: QT_TRANSLATE_NOOP(
        "oauth_problems", "the account used to sign in does not fit this sign-in"
    ),
    _C.OAUTH_NOT_SET_UP: QT_TRANSLATE_NOOP(
        "oauth_problems", "the app registration is not set up for SMTP Desk"
    ),
    _C.SIGN_IN_DECLINED: QT_TRANSLATE_NOOP(
        "oauth_problems", "the sign-in was declined, cancelled or not finished in time"
    ),
    _C.OAUTH_UNREACHABLE: QT_TRANSLATE_NOOP(
        "oauth_problems", "the sign-in service could not be reached"
    ),
    _C.OAUTH_SERVICE_TROUBLE: QT_TRANSLATE_NOOP(
        "oauth_problems", "the sign-in service is having trouble just now"
    ),
}


class ScopesRefused(OAuthProblem):
    """The service refused the permissions a sign-in asked for: consent is needed, an
    administrator must approve, the person declined, or a scope is not accepted."""


def _first_line(text: str) -> str:
    """The description's first line, whole (support needs its trace and correlation IDs),
    within reason."""
    return text.strip().splitlines()[0][:1000] if text.strip() else ""


def problem_from_reply(reply: Mapping[str, object], *, service: str) -> OAuthProblem:
    """The problem an error reply (msal's result dict, or a token endpoint's JSON) says."""
    error = str(reply.get("error") or "")
    description = str(reply.get("error_description") or "")
    codes = reply.get("error_codes")
    numbers = [int(c) for c in codes if isinstance(c, int)] if isinstance(codes, list) else []
    numbers += [int(n) for n in _AADSTS.findall(description)]
    category = next((_BY_CODE[n] for n in numbers if n in _BY_CODE), None)
    if category is None:
        category = _BY_ERROR.get(str(reply.get("suberror") or "")) or _BY_ERROR.get(
            error, _C.SIGN_IN_NEEDED
        )
    detail = f"{service}: {error or 'error'}"
    if description:
        detail += f" — {_first_line(description)}"
    message = translate("oauth_problems", "{service} sign-in: {problem}").format(
        service=service, problem=translate("oauth_problems", _MESSAGES[category])
    )
    names = {error, str(reply.get("suberror") or "")}
    if _SCOPE_CODES.intersection(numbers) or _SCOPE_ERRORS.intersection(names):
        return ScopesRefused(category.value, message, detail=detail)
    return OAuthProblem(category.value, message, detail=detail)


def unreachable(service: str, error: BaseException) -> OAuthProblem:
    """The sign-in service could not be reached (no network, a firewall, a proxy), or it
    answered with an error status of its own (503 …: its trouble, not this PC's)."""
    name = type(error).__name__
    if "Service" in name:  # msal: an HTTP error status from the service
        return OAuthProblem(
            _C.OAUTH_SERVICE_TROUBLE.value,
            translate(
                "oauth_problems", "the {service} sign-in service is having trouble just now"
            ).format(service=service),
            detail=f"{service} sign-in service answered {str(error)[:80]}",
        )
    if "SSL" in name:
        reason = "its certificate could not be verified (a proxy inspecting secure traffic?)"
    elif "Timeout" in name:
        reason = "it did not answer in time"
    elif "InvalidSchema" in name:
        reason = "it sent SMTP Desk to an unencrypted (http://) address, which is refused"
    else:
        reason = "the connection failed"
    return OAuthProblem(
        _C.OAUTH_UNREACHABLE.value,
        translate("oauth_problems", "the {service} sign-in service could not be reached").format(
            service=service
        ),
        detail=f"{service} sign-in service unreachable: {reason}",
    )
