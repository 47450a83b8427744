"""SMTP Desk's data files (icons, later fonts, sample data and templates).

Installed as the package ``smtp_desk.resources`` and read through ``importlib.resources``.
"""
