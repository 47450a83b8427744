"""What the society's IT person does once so the office can sign in with Microsoft or Google:
the short version shown on the Email Credentials page, as rich text for the page and as plain
text for "Copy the steps" (to paste into an email to the IT person), and the full checklist
in a window of its own.

The full checklist is ``docs/microsoft-365-sign-in.md``. Its link opens
:class:`ChecklistDialog` in SMTP Desk itself (a PC may have no program for .md files): the
file rendered, when it is found beside the program or in the source tree, else the short
steps (an installer carries no docs folder).
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from smtp_desk.core.account import SignInMethod
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "CHECKLIST",
    "CHECKLIST_LINK",
    "ChecklistDialog",
    "SetupSteps",
    "checklist_file",
    "setup_steps",
]

log = logging.getLogger(__name__)

CHECKLIST = "docs/microsoft-365-sign-in.md"
CHECKLIST_LINK = "smtp-desk:checklist"  # the help's link that opens ChecklistDialog
MICROSOFT_GUIDE = (
    "https://learn.microsoft.com/exchange/client-developer/legacy-protocols/"
    "how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth"
)
GOOGLE_GUIDE = "https://developers.google.com/identity/protocols/oauth2/native-app"


@dataclass(frozen=True)
class SetupSteps:
    """The setup for one sign-in service: an opening line, numbered steps, closing notes
    (marked for translation where written, shown in the window's language)."""

    intro: str
    steps: tuple[str, ...]
    notes: tuple[str, ...]
    guide: str  # the service's own documentation

    def html(self) -> str:
        intro, steps, notes = self._in_words()
        items = "".join(f"<li>{escape(step)}</li>" for step in steps)
        paragraphs = "".join(f"<p>{escape(note)}</p>" for note in notes)
        full = translate(
            "signin_help", 'The full checklist: <a href="{link}">{file}</a> (opens in SMTP Desk).'
        ).format(link=CHECKLIST_LINK, file=escape(CHECKLIST))
        guide = translate("signin_help", "The provider's own guide (opens the browser)")
        return (
            f"<p>{escape(intro)}</p><ol style='margin-left:-20px'>{items}</ol>{paragraphs}"
            f'<p>{full} <a href="{escape(self.guide)}">{guide}</a></p>'
        )

    def text(self) -> str:
        intro, steps, notes = self._in_words()
        lines = [intro, ""]
        lines += [f"{number}. {step}" for number, step in enumerate(steps, start=1)]
        full = translate("signin_help", "The full checklist: {file} (SMTP Desk).")
        lines += ["", *notes, "", full.format(file=CHECKLIST)]
        lines.append(translate("signin_help", "Guide: {url}").format(url=self.guide))
        return "\n".join(lines)

    def markdown(self) -> str:
        """The steps as the checklist window shows them when the checklist is not found."""
        intro, steps, notes = self._in_words()
        lines = [intro, ""]
        lines += [f"{number}. {step}" for number, step in enumerate(steps, start=1)]
        lines += ["", *(f"{note}\n" for note in notes)]
        guide = translate("signin_help", "The provider's own guide: <{url}>")
        lines.append(guide.format(url=self.guide))
        return "\n".join(lines)

    def _in_words(self) -> tuple[str, list[str], list[str]]:
        """The intro, steps and notes in the window's language."""
        return (
            translate("signin_help", self.intro),
            [translate("signin_help", step) for step in self.steps],
            [translate("signin_help", note) for note in self.notes],
        )


_MICROSOFT = SetupSteps(
    intro=QT_TRANSLATE_NOOP(
        "signin_help",
        "Your IT person registers SMTP Desk once in Microsoft Entra (entra.microsoft.com > "
        "App registrations > New registration), in about ten minutes:",
    ),
    steps=(
        QT_TRANSLATE_NOOP(
            "signin_help",
            "Name it SMTP Desk; accounts in this organisation only (for an Outlook.com address: "
            "also personal Microsoft accounts).",
        ),
        QT_TRANSLATE_NOOP(
            "signin_help",
            "Redirect URI: Public client/native (mobile & desktop), http://localhost.",
        ),
        QT_TRANSLATE_NOOP(
            "signin_help",
            "Authentication > Allow public client flows: Yes.",
        ),
        QT_TRANSLATE_NOOP(
            "signin_help",
            "API permissions > Add > APIs my organization uses > Office 365 Exchange Online > "
            "Delegated > SMTP.Send; then Grant admin consent if users may not consent to apps.",
        ),
        QT_TRANSLATE_NOOP(
            "signin_help",
            "Add IMAP.AccessAsUser.All the same way (and grant consent for it too): signing in "
            "also lets SMTP Desk read the Sent folder to confirm bills.",
        ),
        QT_TRANSLATE_NOOP(
            "signin_help",
            "Copy the Application (client) ID from the app's Overview page into the field here "
            "(and, if you like, the Directory (tenant) ID or the society's domain into Tenant).",
        ),
    ),
    notes=(
        QT_TRANSLATE_NOOP(
            "signin_help",
            "The mailbox must also allow programs to send: Authenticated SMTP turned on for it "
            "(Microsoft 365 admin centre > Users > the mailbox > Mail > Manage email apps).",
        ),
    ),
    guide=MICROSOFT_GUIDE,
)

_GOOGLE = SetupSteps(
    intro=QT_TRANSLATE_NOOP(
        "signin_help",
        "Your IT person creates an OAuth client once in the Google Cloud console "
        "(console.cloud.google.com > APIs & Services):",
    ),
    steps=(
        QT_TRANSLATE_NOOP(
            "signin_help",
            "OAuth consent screen: an Internal app (Google Workspace) with the scope "
            "https://mail.google.com/; publish it (an app left in Testing signs out after 7 days).",
        ),
        QT_TRANSLATE_NOOP(
            "signin_help",
            "Credentials > Create credentials > OAuth client ID > Desktop app.",
        ),
        QT_TRANSLATE_NOOP(
            "signin_help",
            "Copy the Client ID and the Client secret into the fields here. The secret is kept in "
            "the computer's password store, never in the settings file.",
        ),
    ),
    notes=(
        QT_TRANSLATE_NOOP(
            "signin_help",
            "Google offers no sign-in code for mail: the browser opens on this computer.",
        ),
    ),
    guide=GOOGLE_GUIDE,
)


def setup_steps(method: SignInMethod) -> SetupSteps:
    """The IT person's steps for ``method`` (Microsoft or Google)."""
    return _GOOGLE if method is SignInMethod.GOOGLE else _MICROSOFT


def checklist_file() -> Path | None:
    """The full checklist: in the source tree (the repository root above the package, or
    the package itself) or beside the program (an installed or frozen one); else None."""
    package = Path(__file__).resolve().parents[1]
    places = [package.parent, package, Path(sys.executable).resolve().parent]
    bundle = getattr(sys, "_MEIPASS", None)  # a frozen program's unpacked files
    if bundle:
        places.append(Path(bundle))
    return next((base / CHECKLIST for base in places if (base / CHECKLIST).is_file()), None)


def checklist_text(method: SignInMethod) -> str:
    """The checklist's Markdown; the short steps for ``method`` when there is none."""
    path = checklist_file()
    if path is not None:
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("The sign-in checklist could not be read: %s", exc)
    steps = setup_steps(method)
    heading = translate("signin_help", "Sign in with {service}: what your IT person does once")
    return f"# {heading.format(service=method.label)}\n\n{steps.markdown()}"


class ChecklistDialog(QDialog):
    """The full checklist, rendered, with Copy (its text, to paste into an email)."""

    def __init__(self, method: SignInMethod, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_dialog")
        self.setWindowTitle(translate("signin_help", "Sign-in checklist for your IT person"))
        self.resize(720, 560)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("checklist_text")
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(
            translate("signin_help", "Co&py"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copy_checklist")
        self.copy_button.setToolTip(
            translate("signin_help", "To paste into an email to your IT person")
        )
        column = QVBoxLayout(self)
        column.addWidget(self.browser, 1)
        column.addWidget(buttons)
        buttons.rejected.connect(self.close)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.show_method(method)

    def show_method(self, method: SignInMethod) -> None:
        self._markdown = checklist_text(method)
        self.browser.setMarkdown(self._markdown)
        self.copy_button.setText(translate("signin_help", "Co&py"))

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._markdown)
        self.copy_button.setText(translate("signin_help", "Copied ✓"))
