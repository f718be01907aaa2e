"""The issue-11 table, measured (not a test): the real main window driven offscreen, wall-clock ms from
the click to the repaint, on databases this script builds itself.

Sizes: ``20`` members; ``1000`` members with 100 held assemblies (90 signed, so the register has
entries), 30 admissions and a convened assembly to continue; ``10000`` members. Each size runs in its
own child process (its peak memory is its own), cold starts in fresh interpreters beside a bare
PySide6 ``QMainWindow`` measured in the same run: each until its first paint is over, and the app
also until the selected groupement's data is shown (« data shown after start »: the base is opened
and read after the first paint). A 10 ms ``QTimer`` heartbeat records the longest time the event
loop was blocked while the interactions ran. Goals (issue 11): every interaction
≤ 100 ms at 1 000 members, cold start ≤ 2× the bare window (≤ 1.5× at 20 members), no freeze over 1 s at
10 000 members, peak memory after a whole AG at 1 000 members ≤ 250 MiB.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/interactions.py [--sizes 20,1000,10000] [--quick]
        [--no-assembly-at-10000] [--bases DIR]

At 10 000 members the assembly wizard's first steps are measured (continue, « Tous présents »,
« Unanimité pour »); ``--no-assembly-at-10000`` leaves them out. (``--full`` is still accepted: it was
needed while the attendance page built 30 000 widgets, over ten minutes.)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST_MEETING = date(2027, 1, 4)
SIGNED_SHARE = 0.9
SITUATION_DATE = date(2027, 9, 1)  # after the admissions, within the assemblies

BARE_START = """
import sys, time
started = float(sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])


class Window(QMainWindow):
    def paintEvent(self, event):  # the same moment as the main window's « painted »: after the paint pass
        super().paintEvent(event)
        QTimer.singleShot(0, done)


def done():
    print(time.time() - started, flush=True)
    app.exit(0)


window = Window()
window.show()
app.exec()
"""

# The real entry point (``gcsms-desktop --db BASE``, no command), probed through the main window's
# signals: the first paint (``painted``, emitted once the paint pass is over) and the groupement's
# data on screen (``data_shown``). Prints both, in seconds from the parent's clock.
COLD_START = """
import sys, time
started = float(sys.argv[1])
from gcsms_desktop import cli
from gcsms_desktop.gui.main_window import MainWindow

marks = {}
starting = MainWindow.starting


def probed(database, settings=None):
    window = starting(database, settings)
    window.painted.connect(lambda: marks.setdefault("painted", time.time() - started))

    def shown():
        if "data" not in marks:
            window.repaint()
            marks["data"] = time.time() - started
            window.close()

    window.data_shown.connect(shown)
    return window


MainWindow.starting = staticmethod(probed)
code = cli.main(["--db", sys.argv[2]])
print(code, marks["painted"], marks["data"], flush=True)
"""


# --- databases ---------------------------------------------------------------------------------

def child_env(folder: Path) -> dict[str, str]:
    """A child keeps its settings, backups and log in ``folder``, never in the user's home.

    Its bytecode is cached in ``folder`` too (even when PYTHONDONTWRITEBYTECODE is set here), as an
    installed application's is: otherwise each cold start compiles the app's modules again, a cost the
    bare window does not have and a user does not pay."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GCSMS_DESKTOP_DATA_DIR": str(folder / "donnees"),
                   "XDG_CONFIG_HOME": str(folder / "config"), "HOME": str(folder), "PYTHONPATH": str(ROOT),
                   "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def _admissions(count: int, first_day: date) -> list[Any]:
    """``count`` admissions, each decided unanimously and published, one a week."""
    from gcsms_desktop.domain.changes import Admission, Change, Deliberation
    from gcsms_desktop.domain.groupement import ApprovalDates
    from gcsms_desktop.domain.matters import Matter
    from tests.factories import member

    changes = []
    for n in range(count):
        day = first_day + timedelta(days=7 * n)
        changes.append(Change(day, Admission(member(f"N{n:03d}", f"Association nouvelle n° {n}"), 1),
                              Deliberation(day, "", Matter.ADMISSION, True, True),
                              ApprovalDates(day, day + timedelta(days=1), day + timedelta(days=2),
                                            day + timedelta(days=3))))
    return changes


def transfers(count: int, members: int) -> list[Any]:
    """``count`` cessions of one part from a member to the next, one every other day: the import's
    changes at scale."""
    from gcsms_desktop.domain.changes import Change, Deliberation, PartTransfer
    from gcsms_desktop.domain.matters import Matter

    approval = Deliberation(date(2026, 11, 23), "", Matter.CONVENTION_CHANGE, True, True)
    found = []
    for n in range(count):
        part, held = n % members, n // members  # each round passes every part on to the next member
        found.append(Change(date(2026, 12, 1) + timedelta(days=2 * n),
                            PartTransfer(f"M{(part + held) % members + 1:03d}", part + 1, part + 1,
                                         f"M{(part + held + 1) % members + 1:03d}"), approval))
    return found


def _template_assembly(members: int, folder: Path) -> dict[str, Any]:
    """One assembly held and signed through the services, as the JSON format writes it."""
    from benchmarks.assembly_documents import held_assembly
    from gcsms_desktop.services.context import open_services
    from tests.factories import one_part_each_groupement

    services = open_services(folder / "template.sqlite", backups_dir=folder / "sauvegardes")
    gid = services.groupements.create(one_part_each_groupement(members))
    aid, _ = held_assembly(services, gid, FIRST_MEETING, 5)
    services.assemblies.sign(aid, FIRST_MEETING)
    document = json.loads(services.groupements.export_json(gid))
    services.close()
    return document["assemblies"][0]


def _assemblies(template: dict[str, Any], count: int) -> list[dict[str, Any]]:
    """``count`` copies of ``template``, a week apart, numbered on in the register; the last tenth held,
    not signed."""
    found: list[dict[str, Any]] = []
    page, per_year = 1, dict[int, int]()
    pages = template["register"]["page_count"]
    for n in range(count):
        meeting = FIRST_MEETING + timedelta(days=7 * n)
        a = json.loads(json.dumps(template))
        a.update(meeting_date=meeting.isoformat(), convocation_date=(meeting - timedelta(days=20)).isoformat())
        for item in a["agenda"]:
            per_year[meeting.year] = per_year.get(meeting.year, 0) + 1
            item["deliberation_number"] = f"{meeting.year}-{per_year[meeting.year]}"
        if n < count * SIGNED_SHARE:
            a.update(signed_on=meeting.isoformat(), register={"first_page": page, "page_count": pages})
            page += pages
        else:
            a.update(state="held", signed_on=None, register=None)
        found.append(a)
    return found


def build_base(path: Path, members: int, assemblies: int, admissions: int) -> None:
    """A base with a small groupement and the measured one (members, held assemblies, admissions, and a
    convened assembly of 5 resolutions to continue)."""
    from benchmarks.assembly_documents import MATTERS
    from gcsms_desktop.domain.assembly import AgendaItem, Assembly
    from gcsms_desktop.interchange.change_json import change_to_dict
    from gcsms_desktop.interchange.groupement_json import FORMAT_NAME, FORMAT_VERSION, groupement_to_dict
    from gcsms_desktop.services.context import open_services
    from tests.factories import one_part_each_groupement, seventeen_parts_groupement

    folder = path.parent
    services = open_services(path, backups_dir=folder / "sauvegardes")
    small = replace(seventeen_parts_groupement(3), denomination="Groupement de coopération sociale des trois")
    services.groupements.create(small)
    held = _assemblies(_template_assembly(members, folder), assemblies) if assemblies else []
    changes = _admissions(admissions, FIRST_MEETING + timedelta(days=3))
    document = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
                "groupement": groupement_to_dict(one_part_each_groupement(members)),
                "changes": [change_to_dict(c) for c in changes], "assemblies": held}
    gid = services.groupements.import_json(json.dumps(document))
    meeting = FIRST_MEETING + timedelta(days=7 * assemblies + 7)
    agenda = tuple(AgendaItem(MATTERS[i % len(MATTERS)], f"Résolution {i + 1}", "L'assemblée adopte.")
                   for i in range(5))
    aid = services.assemblies.prepare(gid, Assembly(meeting, "Siège", "14:00", agenda=agenda))
    services.assemblies.convene(aid, meeting - timedelta(days=20))
    services.close()


SIZES = {"20": (20, 0, 0), "1000": (1000, 100, 30), "10000": (10000, 0, 0)}


# --- cold starts -------------------------------------------------------------------------------

def cold_start(script: str, database: Path) -> list[float]:
    """Milliseconds from the parent's clock: the window painted (and, for the app, its data shown)."""
    started = time.time()
    output = subprocess.run([sys.executable, "-c", script, str(started), str(database)], capture_output=True,
                            text=True, check=True, env=child_env(database.parent))
    values = output.stdout.strip().splitlines()[-1].split()
    if len(values) == 3 and values[0] != "0":
        raise RuntimeError(f"gcsms-desktop ended with code {values[0]}: {output.stderr}")
    return [float(value) * 1000 for value in values[-2 if len(values) == 3 else -1:]]


# --- interactions (child process) --------------------------------------------------------------

class Heartbeat:
    """A 10 ms timer: the longest gap between two ticks is the longest time the window froze."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()


def _measure(app: Any, action: Any) -> float:
    """Click → the result on screen: the action, every event it posted (paints included), and any work
    it sent to a worker thread until its result is shown (the window stays live meanwhile: the
    heartbeat measures freezes apart)."""

    _settle(app)
    started = time.perf_counter()
    action()
    _settle(app)
    return (time.perf_counter() - started) * 1000


def _settle(app: Any) -> None:
    from gcsms_desktop.gui import operations

    app.processEvents()
    while operations.in_flight():
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()


def _peak_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def interactions(database: Path, whole_assembly: bool, with_assembly: bool = True) -> dict[str, float]:
    """Each interaction of the issue's table once, on the real main window (the assembly wizard's only
    when ``with_assembly``)."""
    from PySide6.QtWidgets import QWizard

    from gcsms_desktop.app import make_application
    from gcsms_desktop.domain.changes import ChangeKind
    from gcsms_desktop.gui.main_window import MainWindow
    from gcsms_desktop.gui.widgets import to_qdate
    from gcsms_desktop.services.context import open_services

    _no_dialogs()
    app = make_application([])
    window = MainWindow(open_services(database), open_services)
    window.show()
    _settle(app)
    while not window.loaded:
        _settle(app)
    beat = Heartbeat()
    beat.start()
    found: dict[str, float] = {}
    names = [window.groupement_list.item(r).text() for r in range(window.groupement_list.count())]
    big = next(r for r, name in enumerate(names) if "trois" not in name)
    window.groupement_list.setCurrentRow(1 - big)  # from the small groupement to the measured one
    app.processEvents()
    found["select a groupement"] = _measure(app, lambda: window.groupement_list.setCurrentRow(big))
    window.tabs.setCurrentWidget(window.membership)
    app.processEvents()
    found["« Situation au » date changed"] = _measure(
        app, lambda: window.membership.on.setDate(to_qdate(SITUATION_DATE)))
    wizards: list[Any] = []
    found["open the change wizard"] = _measure(
        app, lambda: wizards.append(window.membership.record(ChangeKind.ADMISSION)))
    wizards[-1].reject()
    if not with_assembly:
        found["longest event-loop block"] = beat.longest * 1000
        return found
    window.tabs.setCurrentWidget(window.assemblies)
    app.processEvents()
    panel = window.assemblies
    panel.table.selectRow(panel.table.model().rowCount() - 1)
    app.processEvents()
    found["« Continuer… » an assembly"] = _measure(app, lambda: panel.buttons["continue"].click())
    wizard = panel.findChild(QWizard, "assemblyWizard")
    assert wizard is not None, "the assembly wizard did not open"
    found["« Tous présents »"] = _measure(app, lambda: _click(wizard, "allPresent"))
    wizard.next()
    app.processEvents()
    found["« Unanimité pour »"] = _measure(app, lambda: _click(wizard, "unanimousFor"))
    if whole_assembly:
        found["whole AG, seconds (votes, close)"] = _measure(app, lambda: _finish(app, wizard)) / 1000
        found["peak memory after a whole AG (MiB)"] = _peak_mib()
    else:
        wizard.reject()
        _settle(app)  # the wizard announces what it saved when it closes: the tabs reload in worker threads
    app.processEvents()
    found["longest event-loop block"] = beat.longest * 1000
    return found


def _click(wizard: Any, name: str) -> None:
    """Click the button named ``name`` on the wizard's current page."""
    from PySide6.QtWidgets import QPushButton

    wizard.currentPage().findChild(QPushButton, name).click()


def _no_dialogs() -> None:
    """Questions answered « Oui »; any other message box is written to stderr instead of waiting."""
    from PySide6.QtWidgets import QMessageBox

    def said(*args: Any, **_kwargs: Any) -> Any:
        print("message box:", *[a for a in args if isinstance(a, str)], file=sys.stderr)
        return QMessageBox.StandardButton.Ok

    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
    for name in ("warning", "information", "critical"):
        setattr(QMessageBox, name, said)


def _finish(app: Any, wizard: Any) -> None:
    """Every resolution carried unanimously, officers named, the séance closed."""
    from PySide6.QtWidgets import QPushButton, QWizard

    votes = wizard.currentPage()
    for row in range(votes.items.count()):
        votes.items.setCurrentRow(row)
        app.processEvents()
        votes.findChild(QPushButton, "unanimousFor").click()
    wizard.next()
    app.processEvents()
    close = wizard.currentPage()
    for field, text in (("president", "Président"), ("secretary", "Secrétaire"), ("scrutineer", "Scrutateur")):
        getattr(close, field).setText(text)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    _settle(app)  # a large groupement's séance is closed in a worker thread
    assert not wizard.isVisible(), "the séance was not closed"


# --- the run -----------------------------------------------------------------------------------

def run_size(label: str, folder: Path, runs: int, wizard: bool) -> list[tuple[str, str, float, float | None]]:
    members, assemblies, admissions = SIZES[label]
    pristine, base = folder / label / "pristine.sqlite", folder / label / "base.sqlite"
    if not pristine.exists():
        pristine.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        build_base(pristine, members, assemblies, admissions)
        print(f"[{label}] base built in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    shutil.copyfile(pristine, base)  # each run starts from the same base (a whole AG is recorded in it)
    cold_start(BARE_START, base), cold_start(COLD_START, base)  # warm-up: bytecode cached, base upgraded
    bare = statistics.median(cold_start(BARE_START, base)[0] for _ in range(runs))
    starts = [cold_start(COLD_START, base) for _ in range(runs)]
    painted = statistics.median(start[0] for start in starts)
    data = statistics.median(start[1] for start in starts)
    rows: list[tuple[str, str, float, float | None]] = [
        ("bare PySide6 window, cold (first paint)", label, bare, 1.0),
        ("cold start to the main window (first paint)", label, painted, painted / bare),
        ("data shown after start", label, data, data / bare)]
    flags = ["--whole"] if members <= 1000 else (["--part"] if wizard else ["--part", "--no-assembly"])
    child = subprocess.run([sys.executable, __file__, "--child", str(base), *flags],
                           capture_output=True, text=True, env=child_env(base.parent), timeout=3600)
    if child.returncode:
        print(child.stderr, file=sys.stderr)
        return rows
    for name, value in json.loads(child.stdout.strip().splitlines()[-1]).items():
        rows.append((name, label, value, None))
    return rows


def print_table(rows: list[tuple[str, str, float, float | None]]) -> None:
    print("| interaction | size | ms | ratio to bare window |")
    print("|---|---|---|---|")
    for name, size, value, ratio in rows:
        shown = f"{value:,.1f}" if "MiB" in name or "seconds" in name else f"{value:,.0f}"
        print(f"| {name} | {size} | {shown} | {f'{ratio:.2f}×' if ratio else ''} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20,1000,10000", help="comma-separated: 20, 1000, 10000")
    parser.add_argument("--quick", action="store_true", help="one cold start each instead of five")
    parser.add_argument("--bases", type=Path, help="folder where the bases are built once and reused")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--full", action="store_true", help="kept for old scripts: the assembly wizard is measured "
                        "at every size")
    parser.add_argument("--no-assembly-at-10000", action="store_true",
                        help="leave the assembly wizard out at 10 000 members")
    parser.add_argument("--whole", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-assembly", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--part", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(interactions(args.child, args.whole, not args.no_assembly)))
        return
    rows = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.bases or Path(temporary)
        for label in args.sizes.split(","):
            rows += run_size(label.strip(), folder, 1 if args.quick else 5, not args.no_assembly_at_10000)
    print_table(rows)


if __name__ == "__main__":
    main()
