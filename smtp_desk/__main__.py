"""``python -m smtp_desk``: the same as the ``smtp-desk`` command (:mod:`smtp_desk.entry`).

Also the command-line program's entry script in ``build_installer.spec``.
"""

import multiprocessing

from smtp_desk.entry import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the PDF workers of a frozen (installed) program
    raise SystemExit(main())
