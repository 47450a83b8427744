"""The society's PDF documents: maintenance bill, payment receipt, member statement.

Each module turns model objects and the society profile into PDF bytes with reportlab;
:mod:`.pdf` holds what they share (fonts, letterhead, footer, page numbers, metadata).
"""
