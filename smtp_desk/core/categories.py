"""The diagnosis categories: one stable id for each entry of
:data:`smtp_desk.core.diagnosis.CATALOGUE`, kept as text in the register and in JSON."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["DiagnosisCategory"]


class DiagnosisCategory(StrEnum):
    DNS_NOT_FOUND = "dns_not_found"
    CONNECTION_REFUSED = "connection_refused"
    TIMEOUT = "timeout"
    TLS_MODE_MISMATCH = "tls_mode_mismatch"
    TLS_FAILED = "tls_failed"
    CERTIFICATE_UNTRUSTED = "certificate_untrusted"
    CERTIFICATE_NAME_MISMATCH = "certificate_name_mismatch"
    STARTTLS_UNAVAILABLE = "starttls_unavailable"
    AUTH_FAILED = "auth_failed"
    APP_PASSWORD_REQUIRED = "app_password_required"  # noqa: S105 (a category, no password)
    AUTH_DISABLED_BY_PROVIDER = "auth_disabled_by_provider"
    ENCRYPTION_REQUIRED = "encryption_required"
    AUTH_NOT_OFFERED = "auth_not_offered"
    SENDER_REJECTED = "sender_rejected"
    RECIPIENT_REJECTED = "recipient_rejected"
    ADDRESS_INVALID = "address_invalid"
    ADDRESS_MALFORMED = "address_malformed"
    MAILBOX_UNAVAILABLE = "mailbox_unavailable"
    MAILBOX_FULL = "mailbox_full"
    ADDRESS_UNSUPPORTED = "address_unsupported"
    DOCUMENT_FAILED = "document_failed"
    DOCUMENT_MISSING = "document_missing"
    DOCUMENT_WITHDRAWN = "document_withdrawn"
    PASSWORD_MISSING = "password_missing"  # noqa: S105 (a category, no password)
    QUOTA_EXCEEDED = "quota_exceeded"
    MESSAGE_TOO_LARGE = "message_too_large"
    THROTTLED = "throttled"
    POLICY_REJECTED = "policy_rejected"
    DISCONNECTED = "disconnected"
    # signing in with Microsoft or Google (OAuth2)
    OAUTH_NOT_SET_UP = "oauth_not_set_up"
    SIGN_IN_NEEDED = "sign_in_needed"
    OAUTH_CONSENT_NEEDED = "oauth_consent_needed"
    OAUTH_WRONG_ACCOUNT = "oauth_wrong_account"
    SIGN_IN_DECLINED = "sign_in_declined"
    OAUTH_UNREACHABLE = "oauth_unreachable"
    OAUTH_SERVICE_TROUBLE = "oauth_service_trouble"
    CLOCK_WRONG = "clock_wrong"
    TOKEN_REFUSED = "token_refused"  # noqa: S105 (a category, no token)
    MAILBOX_SMTP_AUTH_DISABLED = "mailbox_smtp_auth_disabled"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"
