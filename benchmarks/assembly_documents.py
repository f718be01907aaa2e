"""Speed goals (not tests) of the assembly documents, medians of N runs:

- procès-verbal and feuille de présence of an AG of 200 members with 30 resolutions;
- registre des délibérations of 50 signed assemblies (17 members, 5 resolutions each);
- recording the votes on one resolution of the 200-member AG (what the GUI does per page).

Target on a 2-core machine: under 1 s each.

    .venv/bin/python benchmarks/assembly_documents.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gcsms_desktop.domain.assembly import AgendaItem, Assembly  # noqa: E402
from gcsms_desktop.domain.attendance import AttendanceLine, Presence  # noqa: E402
from gcsms_desktop.domain.capital import Capital, Contribution, ContributionKind, number_parts  # noqa: E402
from gcsms_desktop.domain.majority import Choice  # noqa: E402
from gcsms_desktop.domain.matters import Matter  # noqa: E402
from gcsms_desktop.services.context import Services, open_services  # noqa: E402
from tests.factories import member, seventeen_parts_groupement  # noqa: E402

MATTERS = [Matter.BUDGET, Matter.ACCOUNTS, Matter.CONVENTION_CHANGE, Matter.MISSION_EXPENSES, Matter.AUTHORISATIONS]


def big_groupement(services: Services, size: int) -> int:
    members = tuple(member(f"M{i:03d}", f"Association membre n° {i}") for i in range(1, size + 1))
    counts = [(m.key, 1) for m in members]
    capital = Capital(50000, number_parts(counts), tuple(Contribution(k, ContributionKind.CASH, 50000)
                                                        for k, _ in counts))
    return services.groupements.create(replace(seventeen_parts_groupement(), members=members, capital=capital,
                                               administrator=None,
                                               denomination=f"Groupement de coopération sociale {size}"))


def held_assembly(services: Services, gid: int, meeting: date, resolutions: int) -> tuple[int, float]:
    """Returns the assembly id and the median time to record one resolution's votes."""
    agenda = tuple(AgendaItem(MATTERS[i % len(MATTERS)], f"Résolution {i + 1}",
                              "L'assemblée générale adopte la résolution soumise à son vote. " * 3)
                   for i in range(resolutions))
    aid = services.assemblies.prepare(gid, Assembly(meeting, "Siège", "14:00", agenda=agenda))
    services.assemblies.convene(aid, meeting - timedelta(days=20))
    members = services.assemblies.record(aid).members
    lines = tuple(AttendanceLine(m.key, Presence.PRESENT, f"Représentant {m.key}") if i % 7 else
                  AttendanceLine(m.key, Presence.ABSENT) for i, m in enumerate(members))
    services.assemblies.record_attendance(aid, lines)
    voters = [line.member_key for line in lines if line.presence is Presence.PRESENT]
    timings = []
    for number in range(1, resolutions + 1):
        choices = {k: Choice.AGAINST if j % 11 == 0 else Choice.FOR for j, k in enumerate(voters)}
        started = time.perf_counter()
        services.assemblies.record_votes(aid, number, choices)
        timings.append(time.perf_counter() - started)
    services.assemblies.set_officers(aid, "Président", "Secrétaire", "Scrutateur")
    services.assemblies.close(aid)
    return aid, statistics.median(timings)


def timed(work, runs: int) -> float:  # noqa: ANN001
    durations = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        durations.append(time.perf_counter() - started)
    return statistics.median(durations)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder) / "bench.sqlite")
        big = big_groupement(services, 200)
        aid, vote_time = held_assembly(services, big, date(2026, 12, 15), 30)
        print(f"votes on one resolution, 200 members : {vote_time:.3f} s")
        pv = timed(lambda: services.printing.minutes(big, aid), runs)
        print(f"procès-verbal, 200 members, 30 res.  : {pv:.3f} s")
        sheet = timed(lambda: services.printing.attendance(big, aid), runs)
        print(f"feuille de présence, 200 members     : {sheet:.3f} s")
        small = big_groupement(services, 17)
        for n in range(50):
            meeting = date(2027, 1, 1) + timedelta(days=7 * n)
            small_aid, _ = held_assembly(services, small, meeting, 5)
            services.assemblies.sign(small_aid, meeting)
        register = timed(lambda: services.printing.register(small), runs)
        print(f"registre, 50 assemblies              : {register:.3f} s")
        services.close()


if __name__ == "__main__":
    main()
