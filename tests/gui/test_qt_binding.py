"""The Qt binding must not abort the app: PySide6 6.12 on Python 3.11 lost a reference to None per call.

With that pair every Qt call returning nothing dropped one reference to ``None``; after a few hundred
clicks the interpreter died with « none_dealloc » and the wizard's unsaved work was lost. These tests
drive the calls the app makes, and the main window itself, and watch ``sys.getrefcount(None)``: they
fail (before the abort) with the crashing pair and pass with the versions ``pyproject.toml`` allows.
"""

from __future__ import annotations

import gc
import shutil
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton, QTableView, QTableWidget, QTableWidgetItem

from gcsms_desktop.gui.qt_support import unsupported_binding_message
from tests.conftest import EXAMPLES, ROOT
from tests.factories import one_part_each_groupement

FIXTURE = ROOT / "tests" / "fixtures" / "databases" / "0003-vitre-changes.sqlite"
NONE_IS_IMMORTAL = sys.version_info >= (3, 12)
# A healthy binding moves the count a little either way; the faulty one loses one per call.
SLACK = 500


def live_references_to_none(full: bool = False) -> int:
    """References to None held by live objects: pending deletions run and garbage cleared first, so that
    objects of earlier tests dying during the loop are not mistaken for lost references. A full
    collection at the start; the young generations only at each check (a full one costs seconds in a
    process that ran the whole suite)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect() if full else gc.collect(1)
    return sys.getrefcount(None)


class NoneWatch:
    """Fails as soon as the references to None have fallen, long before the interpreter would abort."""

    def __init__(self) -> None:
        self.start = live_references_to_none(full=True)

    def check(self, done: int, what: str) -> None:
        lost = self.start - live_references_to_none()
        assert lost < SLACK, (f"PySide6 {pyside_version}: {lost} references to None lost after {done} {what}; "
                              "the process would abort with « none_dealloc »")


def pyside_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [r for r in map(Requirement, project["dependencies"]) if r.name.lower() == "pyside6-essentials"]


def allowed(version: str, python: str) -> bool:
    """Whether pip, on that Python, may install that PySide6 from the project's requirements."""
    environment = {"python_version": python, "python_full_version": f"{python}.0"}
    applicable = [r for r in pyside_requirements() if r.marker is None or r.marker.evaluate(environment)]
    return bool(applicable) and all(r.specifier.contains(version, prereleases=True) for r in applicable)


def test_the_project_never_installs_pyside_6_12_on_python_3_11():
    assert not allowed("6.12.0", "3.11")
    assert allowed("6.11.3", "3.11") and allowed("6.6.0", "3.11")
    assert allowed("6.12.0", "3.12") and allowed("6.12.0", "3.13")


def test_the_installed_binding_is_one_the_project_allows():
    python = ".".join(map(str, sys.version_info[:2]))
    assert allowed(pyside_version, python), f"PySide6 {pyside_version} is outside pyproject's bounds for {python}"
    assert unsupported_binding_message() is None


@pytest.mark.skipif(NONE_IS_IMMORTAL, reason="None is immortal from Python 3.12: its count never falls")
def test_ordinary_qt_calls_keep_none_alive(qtbot):
    label, button, combo, table, names = QLabel(), QPushButton(), QComboBox(), QTableWidget(0, 3), QListWidget()
    for widget in (label, button, combo, table, names):
        qtbot.addWidget(widget)
    calls: list[tuple[str, Callable[[int], object]]] = [
        ("QLabel.setText", lambda i: label.setText(f"Membre {i}")),
        ("QWidget.setEnabled", lambda i: button.setEnabled(i % 2 == 0)),
        ("QComboBox.addItem", lambda i: combo.addItem(f"Membre {i}", i)),
        ("QComboBox.clear", lambda i: combo.clear() if i % 100 == 99 else combo.setCurrentIndex(0)),
        ("QTableWidget.setRowCount", lambda i: table.setRowCount(i % 20 + 1)),
        ("QTableWidget.setItem", lambda i: table.setItem(i % 20, i % 3, QTableWidgetItem(str(i)))),
        ("QListWidget.addItem", lambda i: names.addItem(str(i))),
    ]
    watch = NoneWatch()
    for name, call in calls:
        for i in range(3000):
            call(i)
            if i % 500 == 499:
                watch.check(i + 1, f"calls of {name}")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A real database written by an earlier release: a groupement with an assembly and three changes."""
    copy = tmp_path / "soak.sqlite"
    shutil.copy(FIXTURE, copy)
    return copy


def click(qtbot, widget, point: QPoint) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)


def test_thousands_of_clicks_through_the_main_window(qtbot, window):
    """Lists, tabs, tables and the date field of the main window, clicked as a user would, 2 400 times."""
    window.services.groupements.create(one_part_each_groupement(40))
    window.services.groupements.import_json((EXAMPLES / "fougeres-sans-capital.json").read_text(encoding="utf-8"))
    window.refresh()
    groupements, tabs = window.groupement_list, window.tabs.tabBar()
    assemblies, membership = window.assemblies.table, window.membership
    assert groupements.count() == 3

    def select_groupement(i: int) -> None:
        item = groupements.item(i % groupements.count())
        click(qtbot, groupements.viewport(), groupements.visualItemRect(item).center())
        assert groupements.currentItem() is item

    def show_tab(i: int) -> None:
        click(qtbot, tabs, tabs.tabRect(i % tabs.count()).center())
        assert window.tabs.currentIndex() == i % tabs.count()

    def click_row(table: QTableView, i: int) -> None:
        rows = table.model().rowCount()
        if rows:
            click(qtbot, table.viewport(), table.visualRect(table.model().index(i % rows, 0)).center())

    steps: list[Callable[[int], None]] = [
        select_groupement,
        lambda i: show_tab(i),
        lambda i: click_row(assemblies, i),
        lambda i: show_tab(i + 1),
        lambda i: click_row(membership.timeline, i),
        lambda i: qtbot.keyClick(membership.on, Qt.Key.Key_Up if i % 2 else Qt.Key.Key_Down),
        lambda i: select_groupement(i + 1),
        lambda i: select_groupement(i + 2),
    ]
    select_groupement(0)  # warm up: every view built once before counting
    watch = NoneWatch()
    clicks = 0
    for turn in range(300):
        for step in steps:
            step(turn)
            clicks += 1
        if NONE_IS_IMMORTAL is False and turn % 10 == 9:
            watch.check(clicks, "clicks in the main window")
    assert clicks == 2400 and window.isVisible()
    assert window.groupement_list.count() == 3
