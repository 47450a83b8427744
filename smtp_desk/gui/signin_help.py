"""What the society's IT person does once so the office can sign in with Microsoft or Google:
the short version shown on the Email Credentials page, as rich text for the page and as plain
text for "Copy the steps" (to paste into an email to the IT person).

The full checklist is ``docs/microsoft-365-sign-in.md``; it is linked when SMTP Desk runs
from a folder that has it, and named otherwise (an installer carries no docs folder).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from smtp_desk.core.account import SignInMethod

__all__ = ["CHECKLIST", "SetupSteps", "setup_steps"]

CHECKLIST = "docs/microsoft-365-sign-in.md"
MICROSOFT_GUIDE = (
    "https://learn.microsoft.com/exchange/client-developer/legacy-protocols/"
    "how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth"
)
GOOGLE_GUIDE = "https://developers.google.com/identity/protocols/oauth2/native-app"


@dataclass(frozen=True)
class SetupSteps:
    """The setup for one sign-in service: an opening line, numbered steps, closing notes."""

    intro: str
    steps: tuple[str, ...]
    notes: tuple[str, ...]
    guide: str  # the service's own documentation

    def html(self) -> str:
        items = "".join(f"<li>{escape(step)}</li>" for step in self.steps)
        notes = "".join(f"<p>{escape(note)}</p>" for note in self.notes)
        checklist = _checklist_file()
        where = (
            f'<a href="{checklist.as_uri()}">{escape(CHECKLIST)}</a>'
            if checklist is not None
            else f"<i>{escape(CHECKLIST)}</i> in SMTP Desk's documentation"
        )
        return (
            f"<p>{escape(self.intro)}</p><ol style='margin-left:-20px'>{items}</ol>{notes}"
            f"<p>The full checklist: {where}. "
            f'<a href="{escape(self.guide)}">The provider\'s own guide (opens the browser)</a>'
            "</p>"
        )

    def text(self) -> str:
        lines = [self.intro, ""]
        lines += [f"{number}. {step}" for number, step in enumerate(self.steps, start=1)]
        lines += ["", *self.notes, "", f"The full checklist: {CHECKLIST} (SMTP Desk)."]
        lines.append(f"Guide: {self.guide}")
        return "\n".join(lines)


_MICROSOFT = SetupSteps(
    intro="Your IT person registers SMTP Desk once in Microsoft Entra (entra.microsoft.com > "
    "App registrations > New registration), in about ten minutes:",
    steps=(
        "Name it SMTP Desk; accounts in this organisation only (for an Outlook.com address: "
        "also personal Microsoft accounts).",
        "Redirect URI: Public client/native (mobile & desktop), http://localhost.",
        "Authentication > Allow public client flows: Yes.",
        "API permissions > Add > APIs my organization uses > Office 365 Exchange Online > "
        "Delegated > SMTP.Send; then Grant admin consent if users may not consent to apps.",
        "Copy the Application (client) ID from the app's Overview page into the field here "
        "(and, if you like, the Directory (tenant) ID or the society's domain into Tenant).",
    ),
    notes=(
        "The mailbox must also allow programs to send: Authenticated SMTP turned on for it "
        "(Microsoft 365 admin centre > Users > the mailbox > Mail > Manage email apps).",
    ),
    guide=MICROSOFT_GUIDE,
)

_GOOGLE = SetupSteps(
    intro="Your IT person creates an OAuth client once in the Google Cloud console "
    "(console.cloud.google.com > APIs & Services):",
    steps=(
        "OAuth consent screen: an Internal app (Google Workspace) with the scope "
        "https://mail.google.com/; publish it (an app left in Testing signs out after 7 days).",
        "Credentials > Create credentials > OAuth client ID > Desktop app.",
        "Copy the Client ID and the Client secret into the fields here. The secret is kept in "
        "the computer's password store, never in the settings file.",
    ),
    notes=("Google offers no sign-in code for mail: the browser opens on this computer.",),
    guide=GOOGLE_GUIDE,
)


def setup_steps(method: SignInMethod) -> SetupSteps:
    """The IT person's steps for ``method`` (Microsoft or Google)."""
    return _GOOGLE if method is SignInMethod.GOOGLE else _MICROSOFT


def _checklist_file() -> Path | None:
    """The checklist beside the program when it runs from a source folder, else None."""
    path = Path(__file__).resolve().parents[2] / CHECKLIST
    return path if path.is_file() else None
