"""The society's profile: name, registration, address, contact, bank and UPI details.

It heads every PDF and fills the email templates. Kept in ``society.json`` in the data
folder (versioned like the settings file); the logo is copied into the data folder as
``logo.png``, scaled so that no PDF carries a multi-megabyte photo.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.numbers import is_currency
from email_validator import EmailNotValidError, validate_email
from PIL import Image, UnidentifiedImageError

from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.json_file import VersionedJson
from smtp_desk.core.validation import FieldProblem, Severity, errors_in, has_control_characters

__all__ = [
    "PROFILE_FIELDS",
    "PROFILE_LABELS",
    "InvalidProfile",
    "SocietyProfile",
    "check_profile",
    "load_profile",
    "prepare_logo",
    "save_profile",
]

LOGO_MAX_PX = 600  # ample for 30 mm at 300 dpi
_FILE = VersionedJson("smtp-desk-society", 1, "society profile")
_IFSC = re.compile(r"^[A-Z]{4}0[A-Z0-9]{6}$")
_UPI = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,255}@[A-Za-z][A-Za-z0-9.-]{1,63}$")
_ACCOUNT = re.compile(r"^[0-9]{9,18}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{5,24}$")


@dataclass(frozen=True, kw_only=True)
class SocietyProfile:
    """All text, as typed; :func:`check_profile` says what is wrong."""

    name: str = ""
    registration: str = ""
    address: str = ""  # several lines
    email: str = ""
    phone: str = ""
    bank_name: str = ""
    account_name: str = ""
    account_number: str = ""
    ifsc: str = ""
    upi_id: str = ""
    logo: str = ""  # file name inside the data folder, or empty
    currency: str = "INR"
    locale: str = "en_IN"

    def logo_path(self, folder: Path) -> Path | None:
        return folder / self.logo if self.logo else None

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]


PROFILE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(SocietyProfile))
_LABELS = {
    "name": QT_TRANSLATE_NOOP("society", "society name"),
    "registration": QT_TRANSLATE_NOOP("society", "registration number"),
    "address": QT_TRANSLATE_NOOP("society", "address"),
    "email": QT_TRANSLATE_NOOP("society", "email"),
    "phone": QT_TRANSLATE_NOOP("society", "phone"),
    "bank_name": QT_TRANSLATE_NOOP("society", "bank name"),
    "account_name": QT_TRANSLATE_NOOP("society", "account name"),
    "account_number": QT_TRANSLATE_NOOP("society", "account number"),
    "ifsc": QT_TRANSLATE_NOOP("society", "IFSC"),
    "upi_id": QT_TRANSLATE_NOOP("society", "UPI ID"),
    "logo": QT_TRANSLATE_NOOP("society", "logo"),
    "currency": QT_TRANSLATE_NOOP("society", "currency"),
    "locale": QT_TRANSLATE_NOOP("society", "locale"),
}


PROFILE_LABELS = {  # as the form and ``profile --show`` print them (the form translates them)
    "name": QT_TRANSLATE_NOOP("society", "Society name"),
    "registration": QT_TRANSLATE_NOOP("society", "Registration No."),
    "address": QT_TRANSLATE_NOOP("society", "Address"),
    "email": QT_TRANSLATE_NOOP("society", "Email"),
    "phone": QT_TRANSLATE_NOOP("society", "Phone"),
    "bank_name": QT_TRANSLATE_NOOP("society", "Bank and branch"),
    "account_name": QT_TRANSLATE_NOOP("society", "Account name"),
    "account_number": QT_TRANSLATE_NOOP("society", "Account number"),
    "ifsc": QT_TRANSLATE_NOOP("society", "IFSC"),
    "upi_id": QT_TRANSLATE_NOOP("society", "UPI ID"),
    "logo": QT_TRANSLATE_NOOP("society", "Logo"),
    "currency": QT_TRANSLATE_NOOP("society", "Currency"),
    "locale": QT_TRANSLATE_NOOP("society", "Locale"),
}


class InvalidProfile(SmtpDeskError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))


def check_profile(profile: SocietyProfile) -> list[FieldProblem]:
    """Every problem with the profile, errors and warnings, in form order."""
    problems: list[FieldProblem] = []
    for name in PROFILE_FIELDS:  # on the text as typed: trimming must not hide a CR
        text = getattr(profile, name)
        allowed = text.replace("\n", "").replace("\r", "") if name == "address" else text
        if has_control_characters(allowed):
            problems.append(
                FieldProblem(
                    name,
                    translate(
                        "society", "The {field} contains an invisible control character."
                    ).format(field=translate("society", _LABELS[name])),
                )
            )
    bad = {p.field for p in problems}
    profile = normalized(profile)

    def add(field: str, message: str, severity: Severity = Severity.ERROR) -> None:
        if field not in bad:
            problems.append(FieldProblem(field, message, severity))

    if not profile.name.strip():
        add("name", translate("society", "Enter the society's name as registered."))
    elif len(profile.name.strip()) > 120:
        add("name", translate("society", "Keep the society's name under 120 characters."))
    if not profile.registration.strip():
        add(
            "registration",
            translate("society", "Bills usually show the registration number."),
            Severity.WARNING,
        )
    if not profile.address_lines:
        add("address", translate("society", "Enter the society's address; it heads every bill."))
    if profile.email.strip():
        try:
            validate_email(profile.email.strip(), check_deliverability=False)
        except EmailNotValidError as exc:
            add(
                "email",
                translate("society", "This email address is not valid: {reason}").format(
                    reason=exc
                ),
            )
    if profile.phone.strip() and not _PHONE.match(profile.phone.strip()):
        add(
            "phone",
            translate("society", "Enter the phone number with digits, e.g. +91 20 2567 8901."),
        )
    ifsc = profile.ifsc.strip().upper()
    if ifsc and not _IFSC.match(ifsc):
        add(
            "ifsc",
            translate(
                "society",
                "An IFSC has 11 characters: 4 letters, a zero, then 6 letters or digits "
                "(e.g. HDFC0001234).",
            ),
        )
    account = profile.account_number.replace(" ", "")
    if account and not _ACCOUNT.match(account):
        add("account_number", translate("society", "A bank account number has 9 to 18 digits."))
    bank_parts = [profile.bank_name, profile.account_name, account, ifsc]
    if any(p.strip() for p in bank_parts) and not all(p.strip() for p in bank_parts):
        for field, value in zip(
            ("bank_name", "account_name", "account_number", "ifsc"), bank_parts, strict=True
        ):
            if not value.strip():
                add(
                    field,
                    translate(
                        "society",
                        "Members need all of bank, account name, number and IFSC to pay.",
                    ),
                )
    if profile.upi_id.strip() and not _UPI.match(profile.upi_id.strip()):
        add(
            "upi_id",
            translate("society", "A UPI ID looks like name@bank, e.g. crystalheights@okhdfcbank."),
        )
    if not is_currency(profile.currency):
        add("currency", translate("society", "Use a three-letter currency code such as INR."))
    try:
        Locale.parse(profile.locale)
    except (ValueError, UnknownLocaleError):
        add("locale", translate("society", "Use a locale such as en_IN."))
    if profile.upi_id.strip() and profile.currency != "INR":
        add(
            "upi_id",
            translate("society", "UPI payments are in rupees only; the QR code is left out."),
            Severity.WARNING,
        )
    return problems


def normalized(profile: SocietyProfile) -> SocietyProfile:
    """Outer spaces trimmed, blank address lines dropped, IFSC in capitals, account number
    without spaces."""
    clean = {n: getattr(profile, n).strip() for n in PROFILE_FIELDS}
    clean["address"] = "\n".join(profile.address_lines)
    clean["ifsc"] = clean["ifsc"].upper()
    clean["account_number"] = clean["account_number"].replace(" ", "")
    return replace(profile, **clean)


def load_profile(folder: Path) -> SocietyProfile:
    """The saved profile (an empty one before the first save)."""
    path = folder / "society.json"
    data = _FILE.load(path)
    raw = None if data is None else _FILE.group(path, data, "society")
    if raw is None:
        return SocietyProfile()
    return SocietyProfile(**_FILE.strings(path, raw, PROFILE_FIELDS, "society"))


def save_profile(
    folder: Path, profile: SocietyProfile, *, logo_png: bytes | None = None
) -> SocietyProfile:
    """Check and save; raises :class:`InvalidProfile` with every error.

    ``logo_png`` (from :func:`prepare_logo`) replaces the logo. It is stored under a name
    taken from its content, and the previous logo file is removed only once the new
    profile is saved, so a failed save changes nothing.
    """
    clean = normalized(profile)
    errors = errors_in(check_profile(clean))
    if errors:
        raise InvalidProfile(errors)
    previous = load_profile(folder)  # refuses to replace a newer or damaged file
    new_logo: Path | None = None
    if logo_png is not None:
        name = f"logo-{hashlib.sha256(logo_png).hexdigest()[:12]}.png"
        new_logo = folder / name
        folder.mkdir(parents=True, exist_ok=True)
        new_logo.write_bytes(logo_png)
        clean = replace(clean, logo=name)
    try:
        _FILE.save(
            folder / "society.json", {"society": {n: getattr(clean, n) for n in PROFILE_FIELDS}}
        )
    except BaseException:
        if new_logo is not None and new_logo.name != previous.logo:
            new_logo.unlink(missing_ok=True)
        raise
    if previous.logo and previous.logo != clean.logo:
        (folder / previous.logo).unlink(missing_ok=True)
    return clean


def prepare_logo(source: Path) -> bytes:
    """A PNG or JPEG logo read, checked and scaled down to at most :data:`LOGO_MAX_PX` on
    its longer side, as PNG bytes ready for :func:`save_profile`."""
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise SmtpDeskError(
            translate("society", "The logo {file} cannot be read ({reason}).").format(
                file=source, reason=exc.strerror
            )
        ) from exc
    if not (raw.startswith(b"\x89PNG\r\n\x1a\n") or raw.startswith(b"\xff\xd8\xff")):
        raise SmtpDeskError(
            translate("society", "The logo {file} is not a PNG or JPEG picture.").format(
                file=source.name
            )
        )
    try:
        with Image.open(io.BytesIO(raw)) as image:
            image.load()
            picture = image.convert("RGBA")
    except (UnidentifiedImageError, OSError) as exc:
        raise SmtpDeskError(
            translate("society", "The logo {file} is damaged and cannot be opened.").format(
                file=source.name
            )
        ) from exc
    picture.thumbnail((LOGO_MAX_PX, LOGO_MAX_PX))
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()
