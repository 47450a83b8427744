"""Flats in a society's order: wing by wing, numbers by value."""

from __future__ import annotations

from smtp_desk.core.flat_order import flat_sort_key


def test_numbers_sort_by_value_within_each_wing() -> None:
    flats = ["A-101", "A-102", "B-9", "B-10", "A-1001", "B-100", "a-103", "C", "101", ""]
    assert (
        sorted(flats, key=flat_sort_key)
        == sorted(reversed(flats), key=flat_sort_key)
        == [
            "",
            "101",
            "A-101",
            "A-102",
            "a-103",
            "A-1001",
            "B-9",
            "B-10",
            "B-100",
            "C",
        ]
    )


def test_punctuation_and_case_do_not_split_a_wing_and_ties_are_decided() -> None:
    assert flat_sort_key("A-101")[0] == flat_sort_key("a 101")[0] == flat_sort_key("A/101")[0]
    tied = ["B-9", "B-09", "b-9"]
    assert sorted(tied, key=flat_sort_key) == sorted(reversed(tied), key=flat_sort_key)


def test_any_mix_of_text_and_numbers_compares() -> None:
    odd = ["A1-2", "A1", "A1B", "Shop 3", "Shop 12", "12B", "12", "Ⅻ", "१०१", " G-1 ", "-", "A--1"]
    ordered = sorted(odd, key=flat_sort_key)  # never a TypeError
    assert ordered.index("Shop 3") < ordered.index("Shop 12")
    assert ordered.index("12") < ordered.index("12B")
