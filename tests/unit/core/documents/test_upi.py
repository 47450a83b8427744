from __future__ import annotations

from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

from smtp_desk.core.documents.upi import upi_uri


def test_upi_link_encodes_values_and_fixes_the_amount() -> None:
    uri = upi_uri(
        upi_id="green.meadows@sbi",
        payee="Green Meadows CHS & Co",
        amount=Decimal("1234.5"),
        note="GM/26-27/0001",
    )
    parts = urlsplit(uri)
    assert (parts.scheme, parts.netloc) == ("upi", "pay")
    query = parse_qs(parts.query)
    assert query == {
        "pa": ["green.meadows@sbi"],
        "pn": ["Green Meadows CHS & Co"],
        "am": ["1234.50"],
        "tn": ["GM/26-27/0001"],
        "cu": ["INR"],
    }
    assert "&pn=Green%20Meadows%20CHS%20%26%20Co&" in uri
