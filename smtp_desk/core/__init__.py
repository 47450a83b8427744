"""The Qt-free heart of SMTP Desk.

Everything a command-line run or a test needs lives here; nothing in this package imports
PySide6, so the command line and the tests work without a display.
"""
