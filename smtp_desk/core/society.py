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
    "name": "society name",
    "registration": "registration number",
    "address": "address",
    "email": "email",
    "phone": "phone",
    "bank_name": "bank name",
    "account_name": "account name",
    "account_number": "account number",
    "ifsc": "IFSC",
    "upi_id": "UPI ID",
    "logo": "logo",
    "currency": "currency",
    "locale": "locale",
}


PROFILE_LABELS = {  # as the form and ``profile --show`` print them
    "name": "Society name",
    "registration": "Registration No.",
    "address": "Address",
    "email": "Email",
    "phone": "Phone",
    "bank_name": "Bank and branch",
    "account_name": "Account name",
    "account_number": "Account number",
    "ifsc": "IFSC",
    "upi_id": "UPI ID",
    "logo": "Logo",
    "currency": "Currency",
    "locale": "Locale",
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
                FieldProblem(name, f"The {_LABELS[name]} contains an invisible control character.")
            )
    bad = {p.field for p in problems}
    profile = normalized(profile)

    def add(field: str, message: str, severity: Severity = Severity.ERROR) -> None:
        if field not in bad:
            problems.append(FieldProblem(field, message, severity))

    if not profile.name.strip():
        add("name", "Enter the society's name as registered.")
    elif len(profile.name.strip()) > 120:
        add("name", "Keep the society's name under 120 characters.")
    if not profile.registration.strip():
        add("registration", "Bills usually show the registration number.", Severity.WARNING)
    if not profile.address_lines:
        add("address", "Enter the society's address; it heads every bill.")
    if profile.email.strip():
        try:
            validate_email(profile.email.strip(), check_deliverability=False)
        except EmailNotValidError as exc:
            add("email", f"This email address is not valid: {exc}")
    if profile.phone.strip() and not _PHONE.match(profile.phone.strip()):
        add("phone", "Enter the phone number with digits, e.g. +91 20 2567 8901.")
    ifsc = profile.ifsc.strip().upper()
    if ifsc and not _IFSC.match(ifsc):
        add(
            "ifsc",
            "An IFSC has 11 characters: 4 letters, a zero, then 6 letters or digits "
            "(e.g. HDFC0001234).",
        )
    account = profile.account_number.replace(" ", "")
    if account and not _ACCOUNT.match(account):
        add("account_number", "A bank account number has 9 to 18 digits.")
    bank_parts = [profile.bank_name, profile.account_name, account, ifsc]
    if any(p.strip() for p in bank_parts) and not all(p.strip() for p in bank_parts):
        for field, value in zip(
            ("bank_name", "account_name", "account_number", "ifsc"), bank_parts, strict=True
        ):
            if not value.strip():
                add(field, "Members need all of bank, account name, number and IFSC to pay.")
    if profile.upi_id.strip() and not _UPI.match(profile.upi_id.strip()):
        add("upi_id", "A UPI ID looks like name@bank, e.g. crystalheights@okhdfcbank.")
    if not is_currency(profile.currency):
        add("currency", "Use a three-letter currency code such as INR.")
    try:
        Locale.parse(profile.locale)
    except (ValueError, UnknownLocaleError):
        add("locale", "Use a locale such as en_IN.")
    if profile.upi_id.strip() and profile.currency != "INR":
        add("upi_id", "UPI payments are in rupees only; the QR code is left out.", Severity.WARNING)
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
        raise SmtpDeskError(f"The logo {source} cannot be read ({exc.strerror}).") from exc
    if not (raw.startswith(b"\x89PNG\r\n\x1a\n") or raw.startswith(b"\xff\xd8\xff")):
        raise SmtpDeskError(f"The logo {source.name} is not a PNG or JPEG picture.")
    try:
        with Image.open(io.BytesIO(raw)) as image:
            image.load()
            picture = image.convert("RGBA")
    except (UnidentifiedImageError, OSError) as exc:
        raise SmtpDeskError(f"The logo {source.name} is damaged and cannot be opened.") from exc
    picture.thumbnail((LOGO_MAX_PX, LOGO_MAX_PX))
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()
