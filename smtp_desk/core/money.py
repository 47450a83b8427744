"""Money as people read it: ``₹ 12,34,567.50`` and "Rupees Twelve Lakh … Only".

Amounts are :class:`decimal.Decimal` everywhere; nothing here accepts a float. Indian
grouping and words (lakh, crore) are the default; a society elsewhere sets its own
currency and locale in the profile.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_currency, format_decimal, get_currency_name, get_currency_symbol
from num2words import num2words

__all__ = [
    "PAISE",
    "amount_in_words",
    "currency_symbol",
    "format_amount",
    "format_money",
    "to_money",
]

PAISE = Decimal("0.01")
_INDIAN_PATTERN = "¤\u00a0#,##,##0.00"  # ₹ 12,34,567.50 with a space that never breaks


def to_money(value: Decimal | int | str) -> Decimal:
    """A Decimal rounded to paise (half up, as accounts round). Floats are refused."""
    if isinstance(value, float):
        raise TypeError("money must not be a float; pass a Decimal or a string")
    return Decimal(value).quantize(PAISE, rounding=ROUND_HALF_UP)


def format_money(amount: Decimal, *, currency: str = "INR", locale: str = "en_IN") -> str:
    """``₹ 12,34,567.50`` for India; the locale's own pattern elsewhere."""
    value = to_money(amount)
    pattern = _INDIAN_PATTERN if currency == "INR" else None
    return format_currency(value, currency, format=pattern, locale=locale)


def format_amount(amount: Decimal, *, currency: str = "INR", locale: str = "en_IN") -> str:
    """The figure without the currency sign, for a column headed "Amount (₹)"."""
    value = to_money(amount)
    pattern = "#,##,##0.00" if currency == "INR" else "#,##0.00"
    return format_decimal(value, format=pattern, locale=locale)


def currency_symbol(*, currency: str = "INR", locale: str = "en_IN") -> str:
    return get_currency_symbol(currency, locale=locale)


def amount_in_words(amount: Decimal, *, currency: str = "INR", locale: str = "en_IN") -> str:
    """The amount in words, as on a cheque.

    INR: "Rupees Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven and Fifty Paise
    Only". Other currencies: "US Dollars One Thousand Two Hundred and 50/100 Only".
    """
    value = to_money(amount)
    if value < 0:
        raise ValueError("amount in words is for amounts of zero or more")
    whole = int(value)
    cents = int((value - whole) * 100)
    if currency != "INR":
        name = get_currency_name(currency, count=2, locale=locale)
        words = _words(whole, lang=locale.split("_")[0])
        return f"{_title(name)} {words} and {cents:02d}/100 Only"
    if whole == 0 and cents:
        return f"{_words(cents)} Paise Only"
    text = f"Rupees {_words(whole)}"
    if cents:
        text += f" and {_words(cents)} Paise"
    return f"{text} Only"


def _words(number: int, *, lang: str = "en_IN") -> str:
    # num2words says "twelve lakh, thirty-four thousand, five hundred and sixty-seven";
    # bills say "Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven".
    words = str(num2words(number, lang=lang)).replace(",", "")
    return _title(" ".join(w for w in words.split() if w.lower() != "and"))


def _title(words: str) -> str:
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in words.split())
