"""Run in a child process on a 1280×720 offscreen screen (``tests/gui/test_screen_fit.py``): opens every
window and wizard page and prints, as JSON, each one whose buttons or status bar fall outside the screen."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard


TITLE_BAR = 30  # the offscreen screen draws no window frame: a desktop's title bar takes at least this


def outside(widget: QWidget, screen_bottom: int, screen_right: int) -> bool:
    """Whether ``widget``'s bottom-right corner is off the screen or beyond its window, once its window has a
    title bar above it (the window placed at the top of the screen)."""
    window = widget.window()
    if window.frameGeometry().height() + TITLE_BAR > screen_bottom:
        return True
    corner = widget.mapToGlobal(QPoint(widget.width(), widget.height()))
    inside_window = widget.mapTo(window, QPoint(widget.width(), widget.height()))
    return (corner.y() > screen_bottom or corner.x() > screen_right
            or inside_window.y() > window.height() or inside_window.x() > window.width())


def main(folder: Path) -> None:
    from gcsms_desktop.app import make_application
    from gcsms_desktop.domain.changes import ChangeKind
    from gcsms_desktop.gui.main_window import MainWindow
    from gcsms_desktop.gui.settings import Settings
    from gcsms_desktop.gui.wizards.change.wizard import ChangeWizard
    from gcsms_desktop.services.context import open_services
    from tests.assembly_factories import convened

    app = make_application(["probe"])
    area = app.primaryScreen().availableGeometry()
    bottom, right = area.bottom() + 1, area.right() + 1
    services = open_services(folder / "gcsms.sqlite")
    examples = Path(__file__).resolve().parents[2] / "gcsms_desktop" / "resources" / "examples"
    services.groupements.import_json((examples / "tilleuls-17-parts.json").read_text(encoding="utf-8"))
    assembly_id = convened(services, "1")
    window = MainWindow(services, open_services, Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
    window.show()
    while not window.loaded:
        app.processEvents()
    app.processEvents()
    failures: list[str] = []
    report: dict[str, object] = {"screen": [area.width(), area.height()], "failures": failures}
    report["main"] = [window.width(), window.height()]
    if outside(window.statusBar(), bottom, right) or not window.statusBar().isVisible():
        failures.append("main window: status bar")

    def check_wizard(wizard: QWizard, name: str) -> None:
        for page_id in wizard.pageIds():
            wizard.setStartId(page_id)
            wizard.restart()
            app.processEvents()
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton,
                          QWizard.WizardButton.FinishButton):
                button = wizard.button(which)
                if button.isVisible() and outside(button, bottom, right):
                    failures.append(f"{name} page {page_id}: {button.text()} {wizard.size().toTuple()}")

    creation = window.new_groupement()
    check_wizard(creation, "creation")
    creation.done(0)
    window.assemblies.show_groupement(services, 1, select=assembly_id)
    assembly = window.assemblies.continue_selected()
    assert assembly is not None
    check_wizard(assembly, "assembly")
    assembly.done(0)
    for kind in ChangeKind:
        change = ChangeWizard(services, 1, kind, parent=window)
        change.show()
        check_wizard(change, f"change {kind.name}")
        change.done(0)
    window.show_guide()
    app.processEvents()
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible() and outside(dialog, bottom, right):
            failures.append(f"dialog {dialog.objectName()}")
    print(json.dumps(report))
    window.close()
    services.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
