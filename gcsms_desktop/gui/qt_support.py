"""Refuse a Qt binding that corrupts Python's reference to ``None``.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every Qt call that returns nothing
(``setText``, ``setEnabled``, ``addItem``…); when the count reaches zero the interpreter aborts with
« none_dealloc » and any unsaved work is lost. ``pyproject.toml`` keeps PySide6 below 6.12 on Python
older than 3.12 (where ``None`` became immortal); this probe catches any other way of getting such a
pair (a hand-made environment, a PyInstaller build), whatever the version numbers say.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject

PROBE_CALLS = 200


def none_references_leak() -> bool:
    """True when void Qt calls lose references to ``None`` (at least one per two calls)."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - PROBE_CALLS // 2


def unsupported_binding_message() -> str | None:
    """The French explanation when this Python and PySide6 cannot run the app safely, else None."""
    if not none_references_leak():
        return None
    python = ".".join(str(part) for part in sys.version_info[:3])
    return (f"PySide6 {pyside_version} avec Python {python} fait planter l'application après quelques centaines "
            "de clics (erreur « none_dealloc ») et ferait perdre la saisie en cours. Réinstallez-la avec "
            "« python3 scripts/bootstrap.py », qui choisit une version de PySide6 antérieure à 6.12 pour "
            "Python 3.11, ou utilisez Python 3.12 ou plus récent.")
