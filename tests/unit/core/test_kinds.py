"""The document-kind registry: every kind described once, and each one complete."""

from __future__ import annotations

import pytest

from smtp_desk.core.documents.render import SAMPLE_FLATS, sample_document
from smtp_desk.core.kinds import KINDS, PDF_KINDS, DocumentKind
from smtp_desk.core.wording import fill
from smtp_desk.core.wording_store import DEFAULTS, wording_kind


def test_every_kind_is_in_the_registry_once() -> None:
    assert list(KINDS) == list(DocumentKind)
    assert all(spec.kind is kind for kind, spec in KINDS.items())
    assert [k.value for k in DocumentKind] == ["bill", "receipt", "statement"]


def test_the_words_of_each_kind() -> None:
    assert [k.label for k in DocumentKind] == [
        "Maintenance bill",
        "Payment receipt",
        "Member statement",
    ]
    assert KINDS[DocumentKind.BILL].plural == "maintenance bills"
    assert [k for k in DocumentKind if not k.spec.one_month] == [DocumentKind.STATEMENT]
    assert tuple(DocumentKind) == PDF_KINDS
    assert SAMPLE_FLATS == {"bill": "A-204", "receipt": "A-102", "statement": "A-102"}


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_each_kind_renders_its_sample(kind: DocumentKind) -> None:
    assert sample_document(kind).startswith(b"%PDF")


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_each_subject_fills_in(kind: DocumentKind) -> None:
    values = {"period": "Nov 2026", "flat": "A-101", "number": "R-1"}
    subject = fill(DEFAULTS[wording_kind(kind)].subject, values, one_line=True)
    assert "A-101" in subject and "{" not in subject
