"""The PySide6 window: a thin layer over :mod:`smtp_desk.core`."""
