"""Errors whose text is written for the person at the desk."""

__all__ = ["SettingsError", "SmtpDeskError"]


class SmtpDeskError(Exception):
    """Base class: ``str(error)`` is a sentence a clerk can act on.

    Raw technical detail (exception chains, paths) belongs in the log, not in the message.
    """


class SettingsError(SmtpDeskError):
    """The settings file cannot be read, or must not be overwritten."""
