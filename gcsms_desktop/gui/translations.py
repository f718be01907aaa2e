"""Qt's own strings in French (« Suivant », « Annuler »…) and the application's catalogue."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from gcsms_desktop.paths import resources_dir


def install_french(app: QApplication) -> list[QTranslator]:
    """Load qtbase_fr from Qt's translations and ours from the package's resources/translations, if present."""
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translators = []
    candidates = [
        ("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("gcsms_fr", str(resources_dir() / "translations")),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    from gcsms_desktop.gui.file_dialogs import use_french_file_dialogs

    translators.append(use_french_file_dialogs(app))  # after qtbase_fr: asked before it
    return translators
