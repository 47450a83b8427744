"""Importing the society's register (members, bills, receipts) and ready-made PDFs.

All-or-nothing: a file is read and checked completely, every problem is reported with its
row and column, and only a file without errors is written, in one transaction.
"""
