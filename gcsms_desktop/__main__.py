"""``python -m gcsms_desktop`` runs the command line (no argument opens the GUI)."""

from gcsms_desktop.cli import main

raise SystemExit(main())
