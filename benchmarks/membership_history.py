"""Speed goals (not tests) of membership over time, medians of N runs, on a groupement of 100 members
holding 10 000 parts after 300 recorded changes (cessions and capital increases):

- the situation (members, parts, droits) on a date, as the tab shows it when the date changes;
- the registre des parts PDF up to that date.

Target on a 2-core machine: standing under 0.2 s, registre under 2 s.

    .venv/bin/python benchmarks/membership_history.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gcsms_desktop.domain.capital import Capital, number_parts  # noqa: E402
from gcsms_desktop.domain.changes import CapitalIncrease, Change, Deliberation, PartTransfer  # noqa: E402
from gcsms_desktop.domain.groupement import ApprovalDates, Groupement  # noqa: E402
from gcsms_desktop.domain.history import History  # noqa: E402
from gcsms_desktop.domain.matters import Matter  # noqa: E402
from gcsms_desktop.domain.members import Member, Representative  # noqa: E402


def history() -> History:
    keys = [f"M{i:03d}" for i in range(100)]
    members = tuple(Member(k, f"Association {k}", address="1 rue", representatives=(Representative("X"),))
                    for k in keys)
    g = Groupement("Benchmark", members, capital=Capital(10000, number_parts([(k, 100) for k in keys])),
                   dates=ApprovalDates(signature=date(2020, 1, 1)))
    approval = Deliberation(date(2020, 1, 2), "", Matter.CONVENTION_CHANGE, True, True)
    changes = []
    day = date(2020, 2, 1)
    for n in range(300):
        seller = n % 100
        first = seller * 100 + 1 + (n // 100) * 10
        if n % 3 == 2:
            change = Change(day, CapitalIncrease(((keys[(n * 7) % 100], 5),)), approval)
        else:
            change = Change(day, PartTransfer(keys[seller], first, first + 4, keys[(seller + 1) % 100]), approval)
        changes.append(replace(change, number=n + 1))
        day += timedelta(days=7)
    return History(g, tuple(changes))


def median(work, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    h = history()
    on = date(2026, 1, 1)
    from gcsms_desktop.documents.membership.shares_register import SharesRegisterDocument

    print(f"situation à une date : {median(lambda: h.standing(on), runs):.3f} s")
    print(f"registre des parts   : {median(lambda: SharesRegisterDocument(h, on).render(), runs):.3f} s")


if __name__ == "__main__":
    main()
