"""The society's own wording: every mistake found with its place, every value escaped."""

from __future__ import annotations

import pytest

from smtp_desk.core.wording import (
    MAX_SUBJECT,
    Part,
    WordingKind,
    check,
    fill,
    html_text,
    texts,
    used_names,
)
from smtp_desk.core.wording_store import DEFAULTS

BILL = WordingKind.BILL


def problems(text: str, part: Part = Part.BODY, kind: WordingKind = BILL) -> list[str]:
    return [f"{p.line}:{p.column} {p.message}" for p in check(text, part, kind)]


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("Bill for {flat}", Part.SUBJECT, []),
        (
            "Dear {member_nme},",
            Part.BODY,
            ["1:6 {member_nme} is not a placeholder — did you mean {member_name}?"],
        ),
        (
            "Dear {Member_Name}",
            Part.BODY,
            ["1:6 {Member_Name} is not a placeholder — did you mean {member_name}?"],
        ),
        ("Dear {xyz}", Part.BODY, ["1:6 {xyz} is not a placeholder"]),
        (
            "Hello\nDear {flat",
            Part.BODY,
            ["2:6 this '{' is never closed: write the placeholder as {flat}, or '{{' for a brace"],
        ),
        ("Total } due", Part.BODY, ["1:7 this '}' closes nothing: write '}}' for a brace"]),
        ("{{flat}} is literal", Part.BODY, []),
        (
            "{flat.__class__}",
            Part.BODY,
            ["1:1 {flat.__class__} is not a placeholder — did you mean {flat}?"],
        ),
        ("{flat!r:>9}", Part.BODY, ["1:1 {flat!r:>9} is not a placeholder — did you mean {flat}?"]),
        ("", Part.SUBJECT, ["1:1 the subject is empty: members would not know what the mail is"]),
        (
            "   ",
            Part.SUBJECT,
            ["1:1 the subject is empty: members would not know what the mail is"],
        ),
        ("\n\n", Part.BODY, ["1:1 the text is empty: write what the member should read"]),
        ("Bill\r\nBcc: all@example.in", Part.SUBJECT, ["1:5 a subject is one line"]),
        ("Bill\nfor {flat}", Part.SUBJECT, ["1:5 a subject is one line"]),
        ("Bill\x07", Part.BODY, ["1:5 an invisible control character"]),
    ],
)
def test_each_mistake_is_named_where_it_is(text: str, part: Part, expected: list[str]) -> None:
    assert problems(text, part) == expected


def test_a_very_long_subject_is_refused_at_the_limit() -> None:
    [problem] = check("x" * (MAX_SUBJECT + 1), Part.SUBJECT, BILL)
    assert problem.blocking and problem.column == MAX_SUBJECT + 1
    assert "151 characters long; keep it under 150" in problem.message
    assert check("x" * MAX_SUBJECT, Part.SUBJECT, BILL) == []


def test_a_placeholder_without_a_value_in_this_kind_is_refused() -> None:
    assert problems("Due by {due_date}", kind=WordingKind.RECEIPT) == [
        "1:8 {due_date} has no value in a payment receipt"
    ]
    assert problems("Received {amount_received}", kind=BILL) == [
        "1:10 {amount_received} has no value in a maintenance bill"
    ]
    assert problems("Due by {due_date}", kind=BILL) == []


def test_an_empty_value_for_everyone_is_a_warning_not_a_refusal() -> None:
    [warning] = check("Pay: {upi_link}", Part.BODY, BILL, {"upi_link": "no UPI ID"})
    assert not warning.blocking and warning.message == "no UPI ID"


def test_the_first_versions_names_still_fill() -> None:
    values = {"member_name": "Asha", "society_name": "Green Park", "number": "B-7"}
    assert fill("{name} of {society}, {document}", values) == "Asha of Green Park, B-7"
    assert problems("{name} {society} {document}", kind=WordingKind.RECEIPT) == []


def test_a_subject_stays_one_line_whatever_the_values() -> None:
    assert (
        fill(
            "Bill {period} – {member_name} ",
            {"period": "Nov 2026", "member_name": "A\r\nBcc: x"},
            one_line=True,
        )
        == "Bill Nov 2026 – A Bcc: x"
    )


def test_the_html_alternative_escapes_every_value() -> None:
    body = "Dear {member_name},\n\nPay here: {upi_link}\n"
    values = {
        "member_name": '<script>alert("x")</script> & Sons',
        "upi_link": "upi://pay?pa=society@upi&am=10.00",
    }
    words = texts("Bill {member_name}", body, values)
    assert "<script>" not in words.html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons" in words.html
    assert '<a href="upi://pay?pa=society@upi&amp;am=10.00">' in words.html
    assert words.plain.startswith('Dear <script>alert("x")</script> & Sons,')
    assert words.subject == 'Bill <script>alert("x")</script> & Sons'


def test_html_keeps_paragraphs_and_lines() -> None:
    page = html_text("One\ntwo\n\nThree")
    assert "<p>One<br>\ntwo</p>\n<p>Three</p>" in page


def test_the_standard_wording_is_valid_for_its_kind() -> None:
    for kind, wording in DEFAULTS.items():
        assert check(wording.subject, Part.SUBJECT, kind) == []
        assert check(wording.body, Part.BODY, kind) == []
        assert used_names(wording.subject)


def test_a_subject_that_could_fill_to_nothing_is_refused() -> None:
    assert problems("{amount}{office_phone}", Part.SUBJECT) == [
        "1:1 the subject could be empty for some members: add words of your own, or {flat} "
        "or {period}"
    ]
    assert problems("{flat}", Part.SUBJECT) == []
    assert problems("Bill {amount}", Part.SUBJECT) == []
