"""The windowed program (``smtp-desk-gui``; on Windows it opens no console window).

``smtp-desk-gui`` opens the program; ``smtp-desk-gui demo`` opens practice mode.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    from smtp_desk.gui.app import main as open_window
    from smtp_desk.gui.app import run_practice

    args = list(sys.argv[1:] if argv is None else argv)
    return run_practice() if args[:1] == ["demo"] else open_window([])


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the PDF workers of the installed program
    raise SystemExit(main())
