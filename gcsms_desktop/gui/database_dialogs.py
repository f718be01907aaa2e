"""The questions about database files: a missing base, a backup to restore, a failed upgrade.

Kept apart from the main window because start-up (``app.run_gui``) asks the same questions
before any window exists.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QInputDialog, QMessageBox, QWidget

from gcsms_desktop.domain.french import format_date, typography
from gcsms_desktop.gui.widgets import message_text
from gcsms_desktop.services.backups import BackupSummary

DATABASE_FILTER = "Bases GCSMS (*.sqlite *.db);;Tous les fichiers (*)"


def tr(text: str) -> str:
    return QCoreApplication.translate("database_dialogs", text)


class MissingChoice(Enum):
    SEARCH = "search"
    CREATE = "create"
    CANCEL = "cancel"


def missing_database_box(parent: QWidget | None,
                         path: Path) -> tuple[QMessageBox, dict[QAbstractButton, MissingChoice]]:
    """The question, built but not shown (a test reads its buttons)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "GCSMS Desktop", message_text(typography(tr(
        "La base « {0} » est introuvable : le fichier a été déplacé ou supprimé, ou la clé USB qui le contient "
        "n'est pas branchée.\n\nAucune base n'a été créée.")).format(path)), parent=parent)
    box.setObjectName("missingDatabaseBox")
    choices: dict[QAbstractButton, MissingChoice] = {
        box.addButton(tr("Rechercher…"), QMessageBox.ButtonRole.AcceptRole): MissingChoice.SEARCH,
        box.addButton(tr("Créer une base vide ici"), QMessageBox.ButtonRole.DestructiveRole): MissingChoice.CREATE,
    }
    cancel = box.addButton(tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
    choices[cancel] = MissingChoice.CANCEL
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, choices


def ask_missing_database(parent: QWidget | None, path: Path) -> MissingChoice:
    """« Rechercher… », « Créer une base vide ici » or « Annuler »: never an empty base unasked."""
    box, choices = missing_database_box(parent, path)
    box.exec()
    return choices.get(box.clickedButton(), MissingChoice.CANCEL)


def search_database(parent: QWidget | None, start: Path) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Ouvrir une base"), str(start), tr(DATABASE_FILTER))
    return Path(path) if path else None


def offer_restore(parent: QWidget | None, message: str, backup: Path) -> bool:
    """Show what went wrong and ask whether to put ``backup`` back in place of the base."""
    question = typography(tr("{0}\n\nRemplacer la base par cette copie maintenant ? (La base actuelle est elle-même "
                  "sauvegardée d'abord.)")).format(message)
    return QMessageBox.question(parent, tr("Restaurer une sauvegarde"), message_text(question)) \
        == QMessageBox.StandardButton.Yes


OTHER_FILE = "Autre fichier…"


def backup_label(backup: BackupSummary) -> str:
    size = max(1, round(backup.size / 1024))
    return tr("{0} à {1} — {2} ({3} Ko)").format(format_date(backup.taken_at.date()),
                                                 backup.taken_at.strftime("%H:%M:%S"), backup.path.name, size)


def choose_backup(parent: QWidget | None, backups: list[BackupSummary], start: Path) -> Path | None:
    """The backups listed newest first, or any other file; None when the user cancels."""
    labels = [backup_label(b) for b in backups] + [tr(OTHER_FILE)]
    label, ok = QInputDialog.getItem(parent, tr("Restaurer une sauvegarde"),
                                     typography(tr("Sauvegarde à remettre en place (la plus récente en premier) :")),
                                     labels, 0, False)
    if not ok:
        return None
    if label in labels[:-1]:
        return backups[labels.index(label)].path
    return search_database(parent, start)


def confirm_restore(parent: QWidget | None, database: Path, backup: Path) -> bool:
    return QMessageBox.question(parent, tr("Restaurer une sauvegarde"), message_text(typography(tr(
        "La base « {0} » va être remplacée par la sauvegarde « {1} ».\n\nUne copie de la base actuelle est faite "
        "d'abord, dans le dossier des sauvegardes. Continuer ?")).format(database, backup))) \
        == QMessageBox.StandardButton.Yes
