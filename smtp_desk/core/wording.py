"""A message's wording: a subject and a text with placeholders such as ``{member_name}``,
checked as the office types it and filled in for each member.

The syntax is deliberately small: ``{name}`` is a placeholder, ``{{`` and ``}}`` are a
brace. No attribute access, no format specifications, no expressions — a template is the
society's text, never code. :func:`check` names every problem with its place (line and
column, counted from 1) so the window can point at it and the command line can print it;
:func:`fill` turns a checked template into the text one member gets, and :func:`html_text`
into its HTML alternative, with every value escaped.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from smtp_desk.core.message import tidy_text
from smtp_desk.core.wording_html import html_text

__all__ = [
    "LEGACY_NAMES",
    "MAX_BODY",
    "MAX_SUBJECT",
    "PLACEHOLDERS",
    "Part",
    "Placeholder",
    "Problem",
    "Texts",
    "WordingKind",
    "check",
    "fill",
    "html_text",
    "placeholders_for",
    "texts",
    "used_names",
]

MAX_SUBJECT = 150  # phones show about 40 characters; some servers cut beyond 998
MAX_BODY = 20_000


class WordingKind(Enum):
    """The messages whose wording the office can change."""

    BILL = "bill"
    RECEIPT = "receipt"
    STATEMENT = "statement"
    TEST = "test-statement"  # Send test statement to… on Email Credentials


class Part(Enum):
    SUBJECT = "subject"
    BODY = "body"


@dataclass(frozen=True)
class Placeholder:
    name: str
    meaning: str  # shown in the window's list (translated there) and by `wording --show`
    example: str
    kinds: frozenset[WordingKind]


_ALL = frozenset(WordingKind)
_DUE = frozenset({WordingKind.BILL, WordingKind.STATEMENT, WordingKind.TEST})


def _p(name: str, meaning: str, example: str, kinds: frozenset[WordingKind] = _ALL) -> Placeholder:
    return Placeholder(name, meaning, example, kinds)


PLACEHOLDERS: tuple[Placeholder, ...] = (
    _p("member_name", QT_TRANSLATE_NOOP("wording", "the member's name"), "Shrikant Kshirsagar"),
    _p("flat", QT_TRANSLATE_NOOP("wording", "the flat"), "A-204"),
    _p("period", QT_TRANSLATE_NOOP("wording", "the month (or months)"), "Nov 2026"),
    _p(
        "amount_due",
        QT_TRANSLATE_NOOP("wording", "the amount due"),
        "₹ 12,34,567.00",
        _DUE,
    ),
    _p(
        "amount_received",
        QT_TRANSLATE_NOOP("wording", "the amount received"),
        "₹ 2,360.00",
        frozenset({WordingKind.RECEIPT}),
    ),
    _p(
        "amount",
        QT_TRANSLATE_NOOP("wording", "'; amount due ₹ …' when there is an amount, else nothing"),
        "; amount due ₹ 2,360.00",
    ),
    _p(
        "due_date",
        QT_TRANSLATE_NOOP("wording", "the bill's due date"),
        "15 Dec 2026",
        frozenset({WordingKind.BILL, WordingKind.TEST}),
    ),
    _p(
        "number",
        QT_TRANSLATE_NOOP("wording", "the bill or receipt number"),
        "B/2026-11/0042",
        frozenset({WordingKind.BILL, WordingKind.RECEIPT, WordingKind.TEST}),
    ),
    _p("society_name", QT_TRANSLATE_NOOP("wording", "the society's name"), "Crystal Heights CHS"),
    _p(
        "upi_link",
        QT_TRANSLATE_NOOP("wording", "a UPI payment link for the amount due"),
        "upi://pay?pa=crystalheights@upi&…",
        _DUE,
    ),
    _p("office_phone", QT_TRANSLATE_NOOP("wording", "the society office's phone"), "022 2345 6789"),
    _p("what", QT_TRANSLATE_NOOP("wording", "the document, in words"), "maintenance bill"),
)
"""Every placeholder, in the order the window lists them."""

LEGACY_NAMES = {"name": "member_name", "society": "society_name", "document": "number"}
"""Names the first versions used; runs started then keep their text, so they still fill."""

_BY_NAME = {p.name: p for p in PLACEHOLDERS}
_NAME = re.compile(r"[a-z_]+")
# C0 and C1 controls but the line feed and a CR that ends a line with it (CR LF)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
# everything str.splitlines() breaks a line at: a mail library writes each as a line end
_LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_VALUE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_MAX_PROBLEMS = 50  # a pasted binary file has a million; the first ones say enough
_SHORTEST = 20  # a value shortened to fit the subject keeps at least this much


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a template: where (``part``, 1-based ``line`` and ``column``,
    the character offset ``start`` and ``end``), what, and whether it blocks saving."""

    part: Part
    start: int
    end: int
    line: int
    column: int
    message: str
    blocking: bool = True

    def __str__(self) -> str:
        where = translate("wording", "subject") if self.part is Part.SUBJECT else None
        if where is None:
            where = translate("wording", "text, line {line}").format(line=self.line)
        return translate("wording", "{where}, column {column}: {message}").format(
            where=where, column=self.column, message=self.message
        )


def placeholders_for(kind: WordingKind) -> list[Placeholder]:
    return [p for p in PLACEHOLDERS if kind in p.kinds]


class _Places:
    """Line and column (from 1) of offsets in one text, without rescanning it each time."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def _pieces(text: str) -> list[tuple[int, int, str | None, str]]:
    """The template as (start, end, placeholder or None, literal) pieces; raises
    ValueError(offset, end, message) at the first brace that does not pair."""
    pieces: list[tuple[int, int, str | None, str]] = []
    literal, at, index = [], 0, 0
    while index < len(text):
        char = text[index]
        if char == "{" and text.startswith("{{", index):
            literal.append("{")
            index += 2
        elif char == "}" and text.startswith("}}", index):
            literal.append("}")
            index += 2
        elif char == "{":
            close = text.find("}", index + 1)
            opening = text.find("{", index + 1)
            if close < 0 or (0 <= opening < close) or "\n" in text[index:close]:
                raise _Unpaired(
                    index,
                    index + 1,
                    translate(
                        "wording",
                        "this '{' is never closed: write the placeholder as {flat}, or '{{' "
                        "for a brace",
                    ),
                )
            if literal:
                pieces.append((at, index, None, "".join(literal)))
                literal = []
            pieces.append((index, close + 1, text[index + 1 : close], ""))
            index = at = close + 1
        elif char == "}":
            raise _Unpaired(
                index,
                index + 1,
                translate("wording", "this '}' closes nothing: write '}}' for a brace"),
            )
        else:
            literal.append(char)
            index += 1
    if literal:
        pieces.append((at, len(text), None, "".join(literal)))
    return pieces


class _Unpaired(ValueError):
    def __init__(self, start: int, end: int, message: str) -> None:
        super().__init__(message)
        self.start, self.end, self.message = start, end, message


def used_names(text: str) -> list[str]:
    """The placeholders ``text`` uses, in order (empty for a template that does not pair)."""
    try:
        return [name for _s, _e, name, _l in _pieces(text) if name is not None]
    except _Unpaired:
        return []


def _kind_word(kind: WordingKind) -> str:
    return {
        WordingKind.BILL: translate("wording", "a maintenance bill"),
        WordingKind.RECEIPT: translate("wording", "a payment receipt"),
        WordingKind.STATEMENT: translate("wording", "a member statement"),
        WordingKind.TEST: translate("wording", "the test statement"),
    }[kind]


def _name_problem(name: str, kind: WordingKind) -> str | None:
    canonical = LEGACY_NAMES.get(name, name)
    known = _BY_NAME.get(canonical)
    if known is not None:
        if kind in known.kinds:
            return None
        return translate("wording", "{{{name}}} has no value in {kind}").format(
            name=name, kind=_kind_word(kind)
        )
    offered = [p.name for p in placeholders_for(kind)]
    lead = re.match(r"\s*([A-Za-z_]*)", name)
    word = (lead.group(1) if lead else name).lower()
    close = [word] if word in offered else []
    close = close or difflib.get_close_matches(name.strip().lower(), offered, n=1, cutoff=0.6)
    if not _NAME.fullmatch(name):
        shown = name if len(name) <= 30 else name[:29] + "…"
        message = translate("wording", "{{{name}}} is not a placeholder").format(name=shown)
    else:
        message = translate("wording", "{{{name}}} is not a placeholder").format(name=name)
    if close:
        message += translate("wording", " — did you mean {{{close}}}?").format(close=close[0])
    return message


def check(
    text: str, part: Part, kind: WordingKind, available: Mapping[str, str] | None = None
) -> list[Problem]:
    """Every problem in ``text`` as the ``part`` of a ``kind``'s message. ``available``,
    when given, maps a placeholder to why it will be empty for every member (the society
    has no UPI ID …): a warning that does not block."""
    problems: list[Problem] = []
    place = _Places(text)

    def add(start: int, end: int, message: str, blocking: bool = True) -> None:
        line, column = place(start)
        problems.append(Problem(part, start, end, line, column, message, blocking))

    if not text.strip():
        add(
            0,
            0,
            translate("wording", "the subject is empty: members would not know what the mail is")
            if part is Part.SUBJECT
            else translate("wording", "the text is empty: write what the member should read"),
        )
        return problems
    if part is Part.SUBJECT:
        for match in _LINE_BREAK.finditer(text):
            add(match.start(), match.end(), translate("wording", "a subject is one line"))
            return problems
        if len(text) > MAX_SUBJECT:
            add(
                MAX_SUBJECT,
                len(text),
                translate(
                    "wording",
                    "the subject is {count} characters long; keep it under {limit} (phones "
                    "show about 40)",
                ).format(count=len(text), limit=MAX_SUBJECT),
            )
    elif len(text) > MAX_BODY:
        add(
            MAX_BODY,
            len(text),
            translate("wording", "the text is longer than {limit} characters").format(
                limit=MAX_BODY
            ),
        )
    for match in _CONTROL.finditer(text):
        if len(problems) >= _MAX_PROBLEMS:
            return problems
        add(match.start(), match.end(), translate("wording", "an invisible control character"))
    try:
        pieces = _pieces(text)
    except _Unpaired as unpaired:
        add(unpaired.start, unpaired.end, unpaired.message)
        return problems
    for start, end, name, _literal in pieces:
        if name is None:
            continue
        if len(problems) >= _MAX_PROBLEMS:
            break
        message = _name_problem(name, kind)
        if message is not None:
            add(start, end, message)
        elif available and LEGACY_NAMES.get(name, name) in available:
            add(start, end, available[LEGACY_NAMES.get(name, name)], blocking=False)
    if part is Part.SUBJECT and not problems and _may_fill_empty(pieces):
        add(
            0,
            len(text),
            translate(
                "wording",
                "the subject could be empty for some members: add words of your own, or "
                "{flat} or {period}",
            ),
        )
    return problems


_NEVER_EMPTY = {"member_name", "name", "flat", "period", "what"}


def _may_fill_empty(pieces: list[tuple[int, int, str | None, str]]) -> bool:
    """Whether a subject has no words of its own and only placeholders that can be empty
    ({amount}, {office_phone} …): a member would get a message with no subject."""
    own_words = any(name is None and literal.strip() for _s, _e, name, literal in pieces)
    return not own_words and not any(name in _NEVER_EMPTY for _s, _e, name, _l in pieces)


def _value(values: Mapping[str, str], name: str) -> str:
    value = values.get(LEGACY_NAMES.get(name, name), values.get(name, ""))
    return _VALUE_CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def fill(text: str, values: Mapping[str, str], *, one_line: bool = False) -> str:
    """``text`` with each placeholder replaced by its value ("" for one without a value),
    control characters in values left out. With ``one_line`` (a subject), every line
    break becomes a space, in a value or in the text."""
    parts: list[str] = []
    for _start, _end, name, literal in _pieces(text.replace("\r\n", "\n")):
        if name is None:
            parts.append(literal)
            continue
        value = _value(values, name)
        parts.append(" ".join(value.split()) if one_line else value)
    if one_line:
        return _LINE_BREAK.sub(" ", "".join(parts)).strip()
    return "".join(parts)


def _subject(text: str, values: Mapping[str, str]) -> str:
    """The filled subject; when a long value (a 150-character name) takes it past
    :data:`MAX_SUBJECT`, the longest values are shortened with "…" so that the
    subject's own words (the flat, the month) stay in it."""
    filled = fill(text, values, one_line=True)
    names = {
        LEGACY_NAMES.get(n, n) if LEGACY_NAMES.get(n, n) in values else n for n in used_names(text)
    }
    shortened = {n: " ".join(_value(values, n).split()) for n in names}
    while len(filled) > MAX_SUBJECT and shortened:
        longest = max(sorted(shortened), key=lambda n: len(shortened[n]))
        current = shortened[longest]
        if len(current) <= _SHORTEST:
            break
        keep = max(_SHORTEST - 1, len(current) - (len(filled) - MAX_SUBJECT) - 1)
        shortened[longest] = current[:keep].rstrip() + "…"
        filled = fill(text, {**values, **shortened}, one_line=True)
    return filled


# A link ends at a space, a quote, an angle bracket or a letter beyond ASCII (a UPI link
# is all ASCII; "…{upi_link}।" must not take the danda), and not with the sentence's
# punctuation: "Pay by UPI: {upi_link}." links the UPI link, not "…&cu=INR.".
@dataclass(frozen=True)
class Texts:
    """One member's message as it is sent: the subject, the plain text and its HTML."""

    subject: str
    plain: str
    html: str


def texts(subject: str, body: str, values: Mapping[str, str], *, language: str = "en") -> Texts:
    """The subject, plain text and HTML alternative (marked as ``language``) of a checked
    wording for ``values`` (the run and every preview make them here, so a preview is
    what is sent)."""
    plain = tidy_text(fill(body, values))
    return Texts(_subject(subject, values), plain, html_text(plain, lang=language))
