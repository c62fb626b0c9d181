"""``python -m geo``: the same as the ``geo`` command."""

from geo.cli import main

raise SystemExit(main())
