"""``python -m smtp_desk``: the same as the ``smtp-desk`` command."""

import multiprocessing

from smtp_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the PDF workers of a frozen (installed) program
    raise SystemExit(main())
