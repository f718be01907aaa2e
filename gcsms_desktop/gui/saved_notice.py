"""After a document is saved: « Ouvrir » offered in the main window's status bar, not in a dialog.

Saving several documents in a row (convocations, attendance sheet, PV…) asks nothing more than the
file name: the notice shows the last file written, with « Ouvrir » and « Ouvrir le dossier », and
hides itself after a while or on « × ».
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QPushButton, QToolButton, QWidget

NOTICE_MS = 60_000
LABEL_WIDTH = 480  # pixels: the status bar keeps room for its own messages


class SavedNotice(QWidget):
    """« procès-verbal.pdf enregistré  [Ouvrir] [Ouvrir le dossier] [×] » in a status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.path: Path | None = None
        self.label = QLabel()
        self.label.setObjectName("savedNoticeLabel")
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.open_button.setObjectName("savedNoticeOpen")
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self.tr("Ouvrir le dossier"))
        self.folder_button.setObjectName("savedNoticeFolder")
        self.folder_button.clicked.connect(self.open_folder)
        close = QToolButton()
        close.setObjectName("savedNoticeClose")
        close.setText("×")
        close.setToolTip(self.tr("Masquer"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.open_button, self.folder_button, close):
            layout.addWidget(widget)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)

    def show_path(self, path: Path, text: str | None = None, details: str = "") -> None:
        """``text`` is cut to fit the status bar; the tooltip keeps the whole of it, the path and ``details``."""
        self.path = path
        text = text or self.tr("« {0} » enregistré").format(path.name)
        shown = self.label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, LABEL_WIDTH)
        self.label.setText(shown)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance(shown) + 8)
        self.label.setToolTip("\n".join(t for t in (text, str(path), details) if t))
        self.folder_button.setVisible(path.is_file())  # a folder of e-mails: « Ouvrir » opens it already
        self.show()
        self.updateGeometry()  # the status bar lays its widgets out again for the new text
        self.timer.start(NOTICE_MS)

    def open_file(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def open_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def main_window_of(widget: QWidget | None) -> QMainWindow | None:
    """The main window a widget belongs to, through the windows that opened it (a wizard, a dialog)."""
    while widget is not None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            return window
        widget = window.parentWidget()
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    return found[0] if found else None


def offer_to_open(parent: QWidget | None, path: Path, text: str | None = None,
                  details: str = "") -> SavedNotice | None:
    """Show ``path`` with « Ouvrir » in the status bar of the main window (None when there is none)."""
    window = main_window_of(parent)
    if window is None:
        return None
    notice = window.findChild(SavedNotice, "savedNotice")
    if notice is None:
        notice = SavedNotice(window)
        window.statusBar().addPermanentWidget(notice)
    notice.show_path(path, text, details)
    return notice
