"""Speed goals (not tests): cold start until the main window is painted (and until its data is shown,
read after that first paint); convention PDF of a groupement of 20 members. Prints medians. Targets
on a 2-core machine: < 1 s and < 0.3 s.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup_and_convention.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gcsms_desktop.services.context import Services

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The real entry point probed to its first paint and to its data on screen: the same child as the
# interactions benchmark's.
from benchmarks.interactions import COLD_START, child_env  # noqa: E402 - after the repository joins sys.path


def seconds(value: float) -> str:
    """« 0,151 s »: a French decimal comma and a no-break space before the unit."""
    return f"{value:.3f}".replace(".", ",") + "\u00a0s"


def cold_start(database: Path) -> tuple[float, float]:
    """A fresh interpreter each time: the window painted, then the base opened (migrations check) and shown.

    Bytecode is cached beside the base, as an installed application's is (see benchmarks/interactions.py)."""
    started = time.time()
    # The child's settings, backups and log go beside the benchmark's base, never to the user's home.
    output = subprocess.run([sys.executable, "-c", COLD_START, str(started), str(database)],
                            capture_output=True, text=True, check=True, env=child_env(database.parent))
    code, painted, data = output.stdout.strip().splitlines()[-1].split()
    if code != "0":
        raise RuntimeError(f"gcsms-desktop ended with code {code}: {output.stderr}")
    return float(painted), float(data)


def convention_of_20(database: Path) -> tuple[Services, int]:
    from dataclasses import replace

    from gcsms_desktop.domain.capital import Capital, Contribution, ContributionKind, number_parts
    from gcsms_desktop.services.context import open_services
    from tests.factories import member, seventeen_parts_groupement

    members = tuple(member(f"M{i:02d}", f"Association membre n° {i}") for i in range(1, 21))
    counts = [(m.key, i % 5 + 1) for i, m in enumerate(members)]
    capital = Capital(50000, number_parts(counts),
                      tuple(Contribution(k, ContributionKind.CASH, c * 50000) for k, c in counts))
    g = replace(seventeen_parts_groupement(), members=members, capital=capital,
                denomination="Groupement de coopération sociale des vingt")
    services = open_services(database)
    return services, services.groupements.create(g)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    services, groupement_id = convention_of_20(folder / "bench.sqlite")
    services.printing.convention(groupement_id, date(2026, 11, 22))  # fonts registered once per process
    timings = []
    for _ in range(args.runs):
        started = time.perf_counter()
        services.printing.convention(groupement_id, date(2026, 11, 22))
        timings.append(time.perf_counter() - started)
    services.close()
    cold_start(folder / "bench.sqlite")  # warm-up: bytecode cached, daily backup taken
    starts = [cold_start(folder / "bench.sqlite") for _ in range(args.runs)]
    painted = seconds(statistics.median(start[0] for start in starts))
    shown = seconds(statistics.median(start[1] for start in starts))
    print(f"démarrage à froid jusqu'à la fenêtre principale peinte : médiane {painted} (objectif < 1 s)")
    print(f"données affichées après le démarrage : médiane {shown}")
    print(f"convention PDF, 20 membres : médiane {seconds(statistics.median(timings))} (objectif < 0,3 s)")


if __name__ == "__main__":
    main()
