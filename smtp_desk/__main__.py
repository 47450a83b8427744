"""``python -m smtp_desk``: the same as the ``smtp-desk`` command."""

from smtp_desk.cli import main

raise SystemExit(main())
