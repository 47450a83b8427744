"""Starting files for the office: the columns SMTP Desk reads, with example rows.

Written like every CSV the program writes (:mod:`smtp_desk.core.safe_csv`). The examples
are chosen so that none needs neutralizing: a phone number is written ``98220 12345``,
not ``+91 98220 12345``, which a spreadsheet would take for a formula.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from smtp_desk.core.safe_csv import neutralize, write_csv

__all__ = ["TEMPLATES", "TEMPLATE_ROWS", "write_template"]

# kind → header and example rows
TEMPLATE_ROWS: dict[str, tuple[list[str], list[list[str]]]] = {
    "members": (
        ["Flat", "Name", "Email", "Email 2", "Phone"],
        [
            ["A-101", "Rajesh Sharma", "rajesh.sharma@example.in", "", "98220 12345"],
            [
                "A-102",
                "Sunita Shah",
                "sunita.shah@example.in",
                "shah.family@example.com",
                "98225 54321",
            ],
            ["A-103", "Amit Gokhale", "", "", "98628 92891"],
        ],
    ),
    "bills": (
        [
            "Bill No",
            "Flat",
            "Bill Date",
            "Due Date",
            "Period",
            "Maintenance",
            "Sinking Fund",
            "Repair Fund",
            "Water Charges",
            "Parking",
            "Arrears",
            "Interest",
            "Total",
        ],
        [
            [
                "CH/26-27/0421",
                "A-101",
                "01/11/2026",
                "15/11/2026",
                "2026-11",
                "1950.00",
                "260.00",
                "390.00",
                "350.00",
                "100.00",
                "0.00",
                "0.00",
                "3050.00",
            ],
            [
                "CH/26-27/0422",
                "A-102",
                "01/11/2026",
                "15/11/2026",
                "2026-11",
                "2160.00",
                "288.00",
                "432.00",
                "350.00",
                "300.00",
                "1200.00",
                "20.71",
                "4750.71",
            ],
        ],
    ),
    "receipts": (
        [
            "Receipt No",
            "Date",
            "Flat",
            "Amount",
            "Mode",
            "Cheque No",
            "Cheque Date",
            "Bank",
            "Reference",
            "Against Bill",
        ],
        [
            [
                "CH/R/26-27/0441",
                "05/11/2026",
                "A-101",
                "3050.00",
                "UPI",
                "",
                "",
                "",
                "UPI/612345678901",
                "CH/26-27/0421",
            ],
            [
                "CH/R/26-27/0442",
                "07/11/2026",
                "A-102",
                "4750.71",
                "Cheque",
                "004512",
                "06/11/2026",
                "Bank of Maharashtra",
                "",
                "CH/26-27/0422",
            ],
        ],
    ),
}


def _text(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    for row in [header, *rows]:
        writer.writerow([neutralize(cell) for cell in row])
    return out.getvalue()


# kind → the file's text (CRLF line ends, as written)
TEMPLATES: dict[str, str] = {kind: _text(*parts) for kind, parts in TEMPLATE_ROWS.items()}


def write_template(kind: str, path: Path) -> None:
    """Write the ``kind`` template to ``path`` (UTF-8 with BOM, for Excel). Raises
    :class:`~smtp_desk.core.safe_csv.ExportError` (the old file is left as it was)."""
    header, rows = TEMPLATE_ROWS[kind]
    write_csv(path, header, rows)
