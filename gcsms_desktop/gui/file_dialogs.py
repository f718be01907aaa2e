"""File dialogs in French everywhere (issue 14: « Look in: », « Files of type: » on desktops without a
platform theme).

Windows and macOS have their own dialogs, in the user's language. On Linux, Qt shows the desktop's dialog
only through a platform theme (GTK, the XDG portal, KDE's plug-in); without one it falls back to its own
dialog, where qtbase_fr lacks two labels. There, every dialog (QFileDialog's static functions included)
is Qt's own (``AA_DontUseNativeDialogs``) and :class:`QtGapsTranslator` supplies the missing French."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator

NBSP = "\u00a0"
# (context, source) → French, for the Qt strings qtbase_fr does not translate (checked with Qt 6.6–6.11).
QT_GAPS = {
    ("QFileDialog", "&Look in:"): f"&Regarder dans{NBSP}:",
    ("QFileDialog", "Look in:"): f"Regarder dans{NBSP}:",
    ("QFileDialog", "Files of &type:"): f"Fichiers de &type{NBSP}:",
    ("QFileDialog", "Files of type:"): f"Fichiers de type{NBSP}:",
    # the « Type » column of Qt's dialog
    ("QAbstractFileIconProvider", "Folder"): "Dossier",
    ("QAbstractFileIconProvider", "Drive"): "Lecteur",
    ("QAbstractFileIconProvider", "File"): "Fichier",
    ("QAbstractFileIconProvider", "%1 File"): "Fichier %1",
    ("QAbstractFileIconProvider", "Alias"): "Alias",
    ("QAbstractFileIconProvider", "Shortcut"): "Raccourci",
}
# Desktops for which Qt loads its GTK platform theme (qgenericunixthemes.cpp), and the themes that show
# the desktop's own file dialog.
GTK_DESKTOPS = ("GNOME", "UNITY", "MATE", "X-CINNAMON", "CINNAMON", "XFCE", "BUDGIE", "PANTHEON", "LXDE")
DIALOG_THEMES = ("gtk3", "xdgdesktopportal", "flatpak", "snap", "kde")


class QtGapsTranslator(QTranslator):
    """A catalogue of the few Qt strings qtbase_fr leaves in English; installed last, asked first."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str | None:
        return QT_GAPS.get((context, source_text))  # None: a null QString, ask the next

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


def _gtk_theme_installed() -> bool:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platformthemes"
    return any(folder.glob("*gtk3*"))


def platform_dialog_available(platform: str = sys.platform, environ: Mapping[str, str] = os.environ,
                              gtk_theme_installed: bool | None = None) -> bool:
    """Whether Qt will show the system's own file dialog rather than its widget-based one."""
    if platform in ("win32", "darwin"):
        return True
    theme = environ.get("QT_QPA_PLATFORMTHEME", "").lower()
    if theme:
        return theme.split(":")[0] in DIALOG_THEMES
    if environ.get("FLATPAK_ID") or environ.get("SNAP"):
        return True  # the XDG desktop portal
    desktops = environ.get("XDG_CURRENT_DESKTOP", "").upper().split(":")
    if any(desktop in GTK_DESKTOPS for desktop in desktops):
        return _gtk_theme_installed() if gtk_theme_installed is None else gtk_theme_installed
    return False


def use_french_file_dialogs(app: QCoreApplication, available: bool | None = None) -> QTranslator:
    """Qt's own dialogs when the platform has none, and the French it lacks (installed in any case:
    Qt's dialog also shows when a platform dialog fails)."""
    if not (platform_dialog_available() if available is None else available):
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    translator = QtGapsTranslator(app)
    app.installTranslator(translator)
    return translator
