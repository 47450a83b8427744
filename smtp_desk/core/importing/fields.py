"""Column names and cell values: the rules every imported file is read by.

Headers match case- and space-insensitively, with the synonyms ERPs and spreadsheets use.
A cell parser returns the value or raises :class:`CellError` with the message for the
report. Every text that reaches a document or a message header has a longest length
(:data:`TEXT_LIMITS`), so a member's document can always be laid out.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from email_validator import EmailNotValidError, validate_email

from smtp_desk.core.i18n import translate
from smtp_desk.core.importing.table import FORMULA
from smtp_desk.core.model import PaymentMode, Period
from smtp_desk.core.validation import has_control_characters

__all__ = [
    "BILL_COLUMNS",
    "CHARGE_HEADS",
    "MEMBER_COLUMNS",
    "RECEIPT_COLUMNS",
    "TEXT_LIMITS",
    "CellError",
    "is_charge_head",
    "match_headers",
    "normalize_header",
    "parse_date",
    "parse_emails",
    "parse_mode",
    "parse_money",
    "parse_period",
    "parse_text",
    "shorten",
]


class CellError(ValueError):
    """A cell that cannot be used; ``str()`` is the message for the report."""


MEMBER_COLUMNS: dict[str, tuple[str, ...]] = {
    "flat": ("flat", "flat no", "flat number", "unit", "unit no", "flat/unit", "apartment"),
    "name": ("name", "member name", "member", "owner", "owner name", "member's name"),
    "email": ("email", "e-mail", "email id", "e-mail id", "email address", "mail"),
    "email2": (
        "email 2",
        "email2",
        "alternate email",
        "second email",
        "other email",
        "e-mail 2",
        "email id 2",
    ),
    "phone": ("phone", "mobile", "mobile no", "phone no", "contact", "contact no"),
}
BILL_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("bill no", "bill number", "bill", "invoice no", "invoice number"),
    "flat": MEMBER_COLUMNS["flat"],
    "name": MEMBER_COLUMNS["name"],
    "bill_date": ("bill date", "date", "invoice date"),
    "due_date": ("due date", "due", "pay by", "due on"),
    "period": ("period", "month", "billing period", "bill period"),
    "arrears": (
        "arrears",
        "previous arrears",
        "previous balance",
        "balance b/f",
        "opening balance",
    ),
    "interest": ("interest", "interest on arrears"),
    "total": ("total", "total payable", "amount payable", "net payable", "total amount"),
    "note": ("note", "remarks", "narration"),
}
# Headers that name a charge head (compared as normalize_header leaves them). Any other
# column of a bills file that holds an amount is a charge head too; one named like these is
# one even when it holds no amount, so "abc" under Maintenance is refused, never dropped.
CHARGE_HEADS = frozenset(
    {
        "maintenance",
        "service charges",
        "sinking fund",
        "repair fund",
        "repairs fund",
        "major repair fund",
        "water",
        "water charges",
        "parking",
        "parking charges",
        "electricity",
        "electricity charges",
        "common electricity",
        "lift",
        "lift maintenance",
        "property tax",
        "municipal tax",
        "non occupancy charges",
        "insurance",
        "education fund",
        "festival fund",
        "club house",
        "security charges",
        "housekeeping",
        "gst",
        "cgst",
        "sgst",
    }
)
_CHARGE_WORDS = frozenset({"charge", "charges", "fund", "maintenance", "fee", "fees", "levy"})


def is_charge_head(header: str) -> bool:
    """``"Sinking Fund"``, ``"Water Charges"``, ``"Maintenance (Nov)"``: a charge head by its
    name, one of :data:`CHARGE_HEADS` or with a word such as charges, fund or fee."""
    name = normalize_header(header)
    return name in CHARGE_HEADS or bool(_CHARGE_WORDS & set(re.split(r"[^a-z]+", name)))


RECEIPT_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("receipt no", "receipt number", "receipt", "voucher no"),
    "date": ("date", "receipt date", "payment date"),
    "flat": MEMBER_COLUMNS["flat"],
    "name": MEMBER_COLUMNS["name"],
    "amount": ("amount", "amount received", "paid", "receipt amount"),
    "mode": ("mode", "payment mode", "mode of payment"),
    "cheque_number": ("cheque no", "cheque number", "chq no", "instrument no"),
    "cheque_date": ("cheque date", "chq date", "instrument date"),
    "bank": ("bank", "bank name", "drawn on"),
    "reference": ("reference", "ref no", "transaction id", "txn id", "utr", "upi ref"),
    "against": ("against bill", "against", "bill no", "bills", "against bills"),
}


# The most characters each text field may hold. Measured by rendering the bill, receipt and
# statement with values of the widest characters of the bundled font (DejaVu Sans: "W",
# 1.0 em; "‱" U+2031, 1.7 em; "ᙶ" U+1676, 2.0 em in bold), with and without spaces: the
# comment gives the shortest length that broke a document (reportlab's LayoutError, which
# stops a whole run), widest glyph first. Each limit is far below that and above any real
# value; at the limit every document still renders (tests/unit/importing/test_text_limits.py).
TEXT_LIMITS: dict[str, int] = {
    "flat": 24,  # member block, subject, file name, running head; broke at 871 (1,567 "W")
    "name": 150,  # member block, wraps (five lines of "W"); broke at 871 (1,567 "W")
    "phone": 40,  # on no document today
    "number": 30,  # bill or receipt number; the statement's Ref. No. broke at 331 (661 "W")
    "head": 60,  # a charge head (a column of the bills file); broke at 1,519 (2,707 "W")
    "note": 500,  # flows over pages and never broke; 500 "W" are eight lines
    "cheque_number": 20,  # the receipt's particulars all broke at 1,542 (2,748 "W")
    "bank": 80,
    "reference": 64,
    "against": 200,  # the bill numbers a receipt settles, as written in one cell
}
# Email addresses: RFC 5321's 254 characters, 64 before the @ (email_validator, strict).


def normalize_header(text: str) -> str:
    """``"  Flat No. "`` → ``"flat no"``; ``"E-Mail ID"`` → ``"e-mail id"``."""
    return " ".join(re.sub(r"[._#:]", " ", text.strip().lower()).split())


def match_headers(headers: list[str], columns: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Field name → column index for the headers that name a known field."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = normalize_header(header)
        for field, synonyms in columns.items():
            if name in synonyms and field not in found:
                found[field] = index
                break
    return found


def shorten(text: str, *, width: int = 40) -> str:
    """A value as quoted in a message: a very long one is cut, so the report stays readable."""
    return text if len(text) <= width else f"{text[: width - 1]}…"


def parse_text(value: str, *, limit: int | None = None) -> str:
    """The cell's text without surrounding spaces; longer than ``limit`` is refused."""
    if value.startswith(FORMULA):
        raise CellError(
            translate(
                "importing_fields",
                "is a spreadsheet formula ({formula}); save the file with values, not formulas",
            ).format(formula=shorten(value[len(FORMULA) :]))
        )
    if value.lstrip().startswith("="):
        raise CellError(
            translate(
                "importing_fields", "looks like a spreadsheet formula ({formula}); it was not used"
            ).format(formula=shorten(value.strip()))
        )
    if has_control_characters(value):
        raise CellError(
            translate("importing_fields", "contains a line break or an invisible control character")
        )
    text = value.strip()
    if limit is not None and len(text) > limit:
        raise CellError(
            translate(
                "importing_fields", "is {length} characters long; shorten it to {limit} or fewer"
            ).format(length=f"{len(text):,}", limit=f"{limit:,}")
        )
    return text


def parse_emails(value: str) -> tuple[str, ...]:
    """One or more addresses separated by ; , or spaces; empty means "no email"."""
    text = parse_text(value)
    addresses: list[str] = []
    for part in re.split(r"[;,\s]+", text):
        if not part:
            continue
        try:
            validate_email(part, check_deliverability=False, strict=True)
        except EmailNotValidError as exc:
            raise CellError(
                translate(
                    "importing_fields", "{value} is not a valid email address ({reason})"
                ).format(value=repr(shorten(part)), reason=exc)
            ) from exc
        if part.lower() not in (a.lower() for a in addresses):
            addresses.append(part)
    return tuple(addresses)


_MONEY_NOISE = re.compile(r"(₹|rs\.?|inr|\s|,)", re.IGNORECASE)


def parse_money(value: str, *, negative_ok: bool = False, blank: Decimal | None = None) -> Decimal:
    text = parse_text(value)
    if not text:
        if blank is not None:
            return blank
        raise CellError(translate("importing_fields", "is empty; enter an amount (0 if none)"))
    cleaned = _MONEY_NOISE.sub("", text)
    if cleaned.startswith("(") and cleaned.endswith(")"):
        cleaned = "-" + cleaned[1:-1]
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise CellError(
            translate("importing_fields", "{value} is not an amount").format(
                value=repr(shorten(text))
            )
        ) from None
    if not amount.is_finite():
        raise CellError(
            translate("importing_fields", "{value} is not an amount").format(
                value=repr(shorten(text))
            )
        )
    if amount < 0 and not negative_ok:
        raise CellError(
            translate(
                "importing_fields", "{value} is negative; amounts here cannot be negative"
            ).format(value=shorten(text))
        )
    if amount != amount.quantize(Decimal("0.01")):
        raise CellError(
            translate("importing_fields", "{value} has more than two decimals (paise)").format(
                value=shorten(text)
            )
        )
    return amount.quantize(Decimal("0.01"))


_MONTHS = {
    m.lower(): n
    for n, m in enumerate(
        ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    )
    if m
}
_MONTHS.update({datetime(2000, n, 1).strftime("%B").lower(): n for n in range(1, 13)})
_MONTHS["sept"] = 9


def parse_date(value: str, *, day_first: bool = True) -> date:
    """2026-11-05, 05/11/2026 (day first unless set otherwise), 5-Nov-2026, 5 November 2026.

    Two-digit years are refused: "05/11/26" could be 1926 or 2026.
    """
    text = parse_text(value)
    if not text:
        raise CellError(translate("importing_fields", "is empty; enter a date like 05/11/2026"))
    try:
        iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        numeric = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})", text)
        if numeric:
            first, second, year = numeric.groups()
            if len(year) != 4:
                raise CellError(
                    translate(
                        "importing_fields",
                        "{value}: write the year with four digits (e.g. 05/11/2026)",
                    ).format(value=repr(text))
                )
            day, month = (first, second) if day_first else (second, first)
            if int(month) > 12 and int(day) <= 12:
                order = (
                    translate("importing_fields", "day first (dd/mm/yyyy)")
                    if day_first
                    else translate("importing_fields", "month first (mm/dd/yyyy)")
                )
                raise CellError(
                    translate(
                        "importing_fields",
                        "{value}: there is no month {month}; dates are read "
                        "{order}; if this file writes them the other way, say so "
                        "when importing",
                    ).format(value=repr(text), month=int(month), order=order)
                )
            return date(int(year), int(month), int(day))
        named = re.fullmatch(r"(\d{1,2})[\s\-/]*([A-Za-z]+)[\s\-/,]*(\d{2,4})", text)
        if named and named[2].lower() in _MONTHS:
            if len(named[3]) != 4:
                raise CellError(
                    translate(
                        "importing_fields",
                        "{value}: write the year with four digits (e.g. 5-Nov-2026)",
                    ).format(value=repr(text))
                )
            return date(int(named[3]), _MONTHS[named[2].lower()], int(named[1]))
    except ValueError as exc:
        if isinstance(exc, CellError):
            raise
        raise CellError(
            translate("importing_fields", "{value} is not a real date").format(value=repr(text))
        ) from None
    order = "dd/mm/yyyy" if day_first else "mm/dd/yyyy"
    raise CellError(
        translate(
            "importing_fields",
            "{value} is not a date SMTP Desk reads (use {order}, yyyy-mm-dd or 5-Nov-2026)",
        ).format(value=repr(shorten(text)), order=order)
    )


def _not_a_period(text: str) -> str:
    return translate("importing_fields", "{value} is not a period like 2026-11 or Nov 2026").format(
        value=repr(shorten(text))
    )


def parse_period(value: str) -> Period:
    """``2026-11``, ``Nov 2026``, ``November 2026``, ``Nov-2026``."""
    text = parse_text(value)
    found = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
    if found:
        year, month = int(found[1]), int(found[2])
    else:
        named = re.fullmatch(r"([A-Za-z]+)[\s\-/,']*(\d{4})", text)
        if not named or named[1].lower() not in _MONTHS:
            raise CellError(_not_a_period(text))
        year, month = int(named[2]), _MONTHS[named[1].lower()]
    if not 1 <= month <= 12:
        raise CellError(_not_a_period(text))
    return Period.month(year, month)


_MODES = {
    "cash": PaymentMode.CASH,
    "cheque": PaymentMode.CHEQUE,
    "check": PaymentMode.CHEQUE,
    "chq": PaymentMode.CHEQUE,
    "upi": PaymentMode.UPI,
    "gpay": PaymentMode.UPI,
    "phonepe": PaymentMode.UPI,
    "neft": PaymentMode.NEFT,
    "rtgs": PaymentMode.NEFT,
    "imps": PaymentMode.NEFT,
    "bank transfer": PaymentMode.NEFT,
    "online": PaymentMode.NEFT,
    "neft / imps": PaymentMode.NEFT,
}


def parse_mode(value: str) -> PaymentMode:
    text = normalize_header(parse_text(value))
    if text in _MODES:
        return _MODES[text]
    raise CellError(
        translate(
            "importing_fields", "{value} is not a payment mode (use cash, cheque, UPI or NEFT)"
        ).format(value=repr(shorten(value.strip())))
    )
