"""Start-up shows the main window before SQLAlchemy and the services are imported (issue 11).

Checked in a real child process (a test process has imported everything already): the real entry
point, ``gcsms-desktop --db BASE`` with no command, offscreen, on a base holding a groupement. The
child records which heavy modules are in ``sys.modules`` when the main window receives its first
paint, and again when the groupement's data is shown; no timing is asserted, only the order.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from tests.conftest import ROOT

HEAVY = ("sqlalchemy", "alembic", "reportlab", "gcsms_desktop.persistence", "gcsms_desktop.services",
         "gcsms_desktop.documents")

CHILD = """
import json, sys

from PySide6.QtCore import QEvent, QObject

from gcsms_desktop import cli
from gcsms_desktop.gui.main_window import MainWindow

HEAVY = {heavy!r}
seen = {{}}
starting = MainWindow.starting


def rows(window):
    return [window.groupement_list.item(row).text() for row in range(window.groupement_list.count())]


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            seen["paint"] = {{"imported": [name for name in HEAVY if name in sys.modules], "rows": rows(watched),
                             "loaded": watched.loaded}}
        return False


def probed(database, settings=None):
    window = starting(database, settings)
    window.installEventFilter(first_paint)

    def shown():
        if "data" not in seen:
            seen["data"] = {{"imported": [name for name in HEAVY if name in sys.modules], "rows": rows(window),
                            "painted_before": "paint" in seen}}
            window.close()

    window.data_shown.connect(shown)
    return window


first_paint = FirstPaint()
MainWindow.starting = staticmethod(probed)
code = cli.main(["--db", sys.argv[1]])
print(json.dumps({{"code": code, **seen}}))
"""


def child_env(folder):
    """Offscreen, the worktree's package, settings and data folder in the test's own folder."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
            "GCSMS_DESKTOP_DATA_DIR": str(folder / "donnees"), "XDG_CONFIG_HOME": str(folder / "config"),
            "HOME": str(folder)}


def test_the_main_window_is_painted_before_the_heavy_layers_are_imported_then_shows_the_data(
        tilleuls_base, tmp_path):
    base = tmp_path / "gcsms.sqlite"
    shutil.copy(tilleuls_base, base)
    env = child_env(tmp_path)
    child = subprocess.run([sys.executable, "-c", CHILD.format(heavy=HEAVY), str(base)], capture_output=True,
                           text=True, env=env, timeout=300, check=False)
    assert child.returncode == 0, child.stderr
    seen = json.loads(child.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    at_paint, at_data = seen["paint"], seen["data"]
    assert at_paint["imported"] == [], "the window must be painted before these are imported"
    assert at_paint["rows"] == ["Chargement…"] and at_paint["loaded"] is False
    assert at_data["painted_before"]
    assert "sqlalchemy" in at_data["imported"] and "gcsms_desktop.services" in at_data["imported"]
    assert len(at_data["rows"]) == 1 and "Tilleuls" in at_data["rows"][0]


DAMAGED_CHILD = """
import json, sys

from PySide6.QtWidgets import QMessageBox

shown = []
QMessageBox.critical = staticmethod(lambda parent, _title, text: shown.append([type(parent).__name__, text]))
from gcsms_desktop import cli

code = cli.main(["--db", sys.argv[1]])
print(json.dumps({"code": code, "shown": shown}))
"""


def test_a_base_that_cannot_be_opened_is_said_over_the_window_and_ends_with_code_2(tmp_path):
    base = tmp_path / "gcsms.sqlite"
    base.write_bytes(b"not a database, whatever its name says " * 100)
    env = child_env(tmp_path)
    child = subprocess.run([sys.executable, "-c", DAMAGED_CHILD, str(base)], capture_output=True, text=True,
                           env=env, timeout=300, check=False)
    seen = json.loads(child.stdout.strip().splitlines()[-1])
    assert seen["code"] == 2, child.stderr
    assert len(seen["shown"]) == 1
    parent, text = seen["shown"][0]
    assert parent == "MainWindow" and str(base) in text


FAILING_CHILD = """
import sys

from gcsms_desktop import cli
from gcsms_desktop.services import context


def broken(_path, **_options):
    raise RuntimeError("a fault of the program")


context.open_services = broken
sys.exit(cli.main(["--db", sys.argv[1]]))
"""


def test_an_unexpected_error_while_opening_the_base_ends_as_before_the_window_was_shown_first(
        tilleuls_base, tmp_path):
    """Reported by the command line's boundary: a French sentence, the log, exit code 70."""
    base = tmp_path / "gcsms.sqlite"
    shutil.copy(tilleuls_base, base)
    child = subprocess.run([sys.executable, "-c", FAILING_CHILD, str(base)], capture_output=True, text=True,
                           env=child_env(tmp_path), timeout=300, check=False)
    assert child.returncode == 70, child.stderr
    assert "Erreur inattendue : la commande n'a pas abouti" in child.stderr
    assert (tmp_path / "donnees" / "gcsms-desktop.log").exists()
