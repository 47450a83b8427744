"""The language a society writes its messages in, and how the values filled into them read
in it: the month ("नोव्हेंबर 2026"), the due date ("15 डिसेंबर 2026"), the document's name
("देखभाल बिल") and the amount sentence.

This is the members' language, chosen with the wording — not the window's (a Hindi-speaking
clerk may send Marathi bills). It is Qt-free and needs no catalogue: runs compose messages in
worker processes, which install none. Digits stay Western and amounts keep the Indian
grouping, as on the bill itself.
"""

from __future__ import annotations

from datetime import date

__all__ = [
    "MESSAGE_LANGUAGES",
    "amount_sentence",
    "date_words",
    "kind_words",
    "period_words",
]

MESSAGE_LANGUAGES: dict[str, str] = {
    "en": "English",
    "mr": "मराठी (Marathi)",
    "hi": "हिन्दी (Hindi)",
    "gu": "ગુજરાતી (Gujarati)",
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "mr": (
        "जानेवारी",
        "फेब्रुवारी",
        "मार्च",
        "एप्रिल",
        "मे",
        "जून",
        "जुलै",
        "ऑगस्ट",
        "सप्टेंबर",
        "ऑक्टोबर",
        "नोव्हेंबर",
        "डिसेंबर",
    ),
    "hi": (
        "जनवरी",
        "फ़रवरी",
        "मार्च",
        "अप्रैल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर",
        "अक्टूबर",
        "नवंबर",
        "दिसंबर",
    ),
    "gu": (
        "જાન્યુઆરી",
        "ફેબ્રુઆરી",
        "માર્ચ",
        "એપ્રિલ",
        "મે",
        "જૂન",
        "જુલાઈ",
        "ઑગસ્ટ",
        "સપ્ટેમ્બર",
        "ઑક્ટોબર",
        "નવેમ્બર",
        "ડિસેમ્બર",
    ),
}

_KINDS: dict[str, dict[str, str]] = {
    "en": {"bill": "maintenance bill", "receipt": "payment receipt", "statement": "statement"},
    "mr": {"bill": "देखभाल बिल", "receipt": "पावती", "statement": "खातेउतारा"},
    "hi": {"bill": "रखरखाव बिल", "receipt": "भुगतान रसीद", "statement": "खाता विवरण"},
    "gu": {"bill": "મેન્ટેનન્સ બિલ", "receipt": "ચુકવણીની રસીદ", "statement": "ખાતાવહી"},
}

# "; amount due ₹ 2,360.00" after "(flat A-204)" in the standard text; {money} is the amount.
_AMOUNT: dict[str, dict[bool, str]] = {
    "en": {True: "; amount due {money}", False: "; amount received {money}"},
    "mr": {True: "; देय रक्कम {money}", False: "; मिळालेली रक्कम {money}"},
    "hi": {True: "; देय राशि {money}", False: "; प्राप्त राशि {money}"},
    "gu": {True: "; બાકી રકમ {money}", False: "; મળેલી રકમ {money}"},
}


def _language(code: str) -> str:
    return code if code in MESSAGE_LANGUAGES else "en"


def period_words(start: date, end: date, language: str) -> str:
    """The month, or the months from ``start`` to ``end`` ("April–November 2026")."""
    months = _MONTHS[_language(language)]
    first, last = months[start.month - 1], months[end.month - 1]
    if (start.year, start.month) == (end.year, end.month):
        return f"{first} {start.year}"
    if start.year == end.year:
        return f"{first}–{last} {end.year}"
    return f"{first} {start.year} – {last} {end.year}"


def date_words(day: date, language: str) -> str:
    """A day as a member reads it: "15 Dec 2026" in English, "15 डिसेंबर 2026" in Marathi."""
    code = _language(language)
    if code == "en":
        return f"{day.day:02d} {day:%b} {day.year}"
    return f"{day.day} {_MONTHS[code][day.month - 1]} {day.year}"


def kind_words(kind: str, language: str) -> str:
    """The document, in words: "maintenance bill", "देखभाल बिल"."""
    return _KINDS[_language(language)][kind]


def amount_sentence(money: str, *, due: bool, language: str) -> str:
    """The amount as the standard text says it after the flat ("; amount due ₹ 2,360.00")."""
    return _AMOUNT[_language(language)][due].format(money=money)
