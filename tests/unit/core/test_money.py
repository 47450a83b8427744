from __future__ import annotations

from decimal import Decimal

import pytest

from smtp_desk.core.money import amount_in_words, format_amount, format_money, to_money


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0", "Rupees Zero Only"),
        ("1", "Rupees One Only"),
        ("99.50", "Rupees Ninety-Nine and Fifty Paise Only"),
        ("100000", "Rupees One Lakh Only"),
        (
            "1234567.89",
            "Rupees Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven and "
            "Eighty-Nine Paise Only",
        ),
        (
            "1234567.50",
            "Rupees Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven and Fifty Paise Only",
        ),
        ("100000000", "Rupees Ten Crore Only"),
        ("250550.50", "Rupees Two Lakh Fifty Thousand Five Hundred Fifty and Fifty Paise Only"),
        ("0.05", "Five Paise Only"),
        ("1001", "Rupees One Thousand One Only"),
    ],
)
def test_amount_in_words_indian_style(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount)) == words


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        ("0", "₹\u00a00.00"),
        ("1234567.5", "₹\u00a012,34,567.50"),
        ("100000000", "₹\u00a010,00,00,000.00"),
        ("999.999", "₹\u00a01,000.00"),  # rounded half up to paise
    ],
)
def test_indian_grouping_with_the_rupee_sign(amount: str, shown: str) -> None:
    assert format_money(Decimal(amount)) == shown


def test_figures_without_the_sign_for_amount_columns() -> None:
    assert format_amount(Decimal("1234567.5")) == "12,34,567.50"
    assert format_amount(Decimal("-500")) == "-500.00"


def test_other_currencies_follow_their_locale() -> None:
    assert format_money(Decimal("1234567.5"), currency="USD", locale="en_US") == "$1,234,567.50"
    assert (
        amount_in_words(Decimal("1250.50"), currency="USD", locale="en_US")
        == "US Dollars One Thousand Two Hundred Fifty and 50/100 Only"
    )


def test_floats_are_refused_and_negative_words_too() -> None:
    with pytest.raises(TypeError):
        to_money(0.1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="zero or more"):
        amount_in_words(Decimal("-1"))
    assert to_money("10.005") == Decimal("10.01")
