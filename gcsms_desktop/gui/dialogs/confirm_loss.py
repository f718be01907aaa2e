"""The confirmation before a deletion: what will be lost, said in French, and the button that deletes
kept apart from the default one (domain.deletions lists the losses)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gcsms_desktop.domain.french import typography
from gcsms_desktop.gui.widgets import escape


def loss_box(parent: QWidget | None, title: str, question: str, losses: list[str], action: str,
             note: str = "") -> QMessageBox:
    """A warning box: the question, then « Seront perdus : » and one line per loss; « Conserver » is the
    default button, so Entrée keeps everything."""
    box = QMessageBox(parent)
    box.setObjectName("confirmLossDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    # Wide enough that a short question is not broken before its « ? »:
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 30em; }")
    box.setTextFormat(Qt.TextFormat.RichText)  # user data escaped below: a name is never markup
    box.setText(f"<b>{escape(typography(question))}</b>")
    lines = "".join(f"<li>{escape(typography(line))}</li>" for line in losses)
    tail = f"<p>{escape(typography(note))}</p>" if note else ""
    box.setInformativeText(f"<p>{escape(typography('Seront perdus :'))}</p><ul>{lines}</ul>{tail}")
    delete = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("confirmLossAccept")
    keep = box.addButton(box.tr("Conserver"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("confirmLossKeep")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def confirm_loss(parent: QWidget | None, title: str, question: str, losses: list[str], action: str,
                 note: str = "") -> bool:
    """True when the user chose to delete."""
    box = loss_box(parent, title, question, losses, action, note)
    box.exec()
    return box.clickedButton() is not None and box.clickedButton().objectName() == "confirmLossAccept"
