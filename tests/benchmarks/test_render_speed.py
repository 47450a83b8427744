"""Bills per second (run with `make bench`).

Against a baseline measured in the same run: the same bill's words and figures laid out by
bare reportlab (built-in Helvetica, one table, no logo, no embedded font, no QR code, no
"Page X of Y" pass). The ratio is what the letterhead, the embedded ₹ font, the QR code
and the page numbering cost.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from smtp_desk.core.documents.bill import bill_pdf
from smtp_desk.core.model import Bill
from smtp_desk.core.money import amount_in_words, format_amount
from smtp_desk.core.sample import sample_society


def _bare_bill(bill: Bill, name: str) -> bytes:
    styles = getSampleStyleSheet()
    rows = [["#", "Particulars", "Amount (Rs)"]]
    rows += [[str(n), line.head, format_amount(line.amount)] for n, line in enumerate(bill.charges)]
    rows += [["", "Total payable", format_amount(bill.total)]]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(
        [
            Paragraph("MAINTENANCE BILL", styles["Title"]),
            Paragraph(f"{name} {bill.flat} {bill.number} {bill.period.label}", styles["Normal"]),
            Table(rows),
            Paragraph(amount_in_words(bill.total), styles["Normal"]),
        ]
    )
    return out.getvalue()


def _rate(make: Callable[[Bill], bytes], bills: list[Bill], repeats: int = 5) -> float:
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        for bill in bills:
            make(bill)
        rates.append(len(bills) / (time.perf_counter() - start))
    return statistics.median(rates)


def test_bills_per_second() -> None:
    sample = sample_society()
    bills = [sample.bill(flat) for flat in sorted(sample.members)][:40]
    names = {flat: member.name for flat, member in sample.members.items()}
    bill_pdf(bills[0], sample.members[bills[0].flat], sample.profile, logo=sample.logo)  # warm up
    ours = _rate(
        lambda b: bill_pdf(b, sample.members[b.flat], sample.profile, logo=sample.logo), bills
    )
    bare = _rate(lambda b: _bare_bill(b, names[b.flat]), bills)
    try:
        import _rl_accel  # noqa: F401

        accel = "with rl_accel"
    except ImportError:
        accel = "WITHOUT rl_accel"
    print(
        f"\nbills: {ours:.0f}/s median on one core ({accel}); bare reportlab page "
        f"{bare:.0f}/s; ours costs {bare / ours:.2f}× the bare page"
    )
    assert ours > 0 and bare > 0
