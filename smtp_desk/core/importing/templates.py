"""Starting files for the office: the columns SMTP Desk reads, with an example row."""

from __future__ import annotations

__all__ = ["TEMPLATES"]

TEMPLATES: dict[str, str] = {
    "members": (
        "Flat,Name,Email,Email 2,Phone\r\n"
        "A-101,Rajesh Sharma,rajesh.sharma@example.in,,+91 98220 12345\r\n"
        "A-102,Sunita Shah,sunita.shah@example.in,shah.family@example.com,+91 98225 54321\r\n"
        "A-103,Amit Gokhale,,,+91 98628 92891\r\n"
    ),
    "bills": (
        "Bill No,Flat,Bill Date,Due Date,Period,Maintenance,Sinking Fund,Repair Fund,"
        "Water Charges,Parking,Arrears,Interest,Total\r\n"
        "CH/26-27/0421,A-101,01/11/2026,15/11/2026,2026-11,1950.00,260.00,390.00,350.00,"
        "100.00,0.00,0.00,3050.00\r\n"
        "CH/26-27/0422,A-102,01/11/2026,15/11/2026,2026-11,2160.00,288.00,432.00,350.00,"
        "300.00,1200.00,20.71,4750.71\r\n"
    ),
    "receipts": (
        "Receipt No,Date,Flat,Amount,Mode,Cheque No,Cheque Date,Bank,Reference,Against Bill\r\n"
        "CH/R/26-27/0441,05/11/2026,A-101,3050.00,UPI,,,,UPI/612345678901,CH/26-27/0421\r\n"
        "CH/R/26-27/0442,07/11/2026,A-102,4750.71,Cheque,004512,06/11/2026,"
        "Bank of Maharashtra,,CH/26-27/0422\r\n"
    ),
}
