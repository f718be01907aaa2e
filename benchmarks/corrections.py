"""Speed of the books once representatives change every year (issue 13), medians of N runs: a groupement
of 1 000 members, each with a new representative every year for three years (3 000 corrections), and an
avenant amending the convention's text.

- recording one more correction (its checks read the whole history);
- the standing at a date (members with the representatives in office), the member card;
- the convocation letters and the attendance sheet of an assembly of the 1 000 members;
- the consolidated convention at a date.

Cost should stay linear in members plus corrections. Not a test: figures go in the closing note.

    .venv/bin/python benchmarks/corrections.py [--runs N] [--members N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.assembly_documents import big_groupement, timed  # noqa: E402
from gcsms_desktop.domain.assembly import AgendaItem, Assembly  # noqa: E402
from gcsms_desktop.domain.member_details import DetailsCorrection  # noqa: E402
from gcsms_desktop.domain.members import Representative  # noqa: E402
from gcsms_desktop.domain.matters import Matter  # noqa: E402
from gcsms_desktop.interchange.details_json import correction_to_dict  # noqa: E402
from gcsms_desktop.services.clock import Clock  # noqa: E402
from gcsms_desktop.services.context import open_services  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--members", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder) / "bench.sqlite", clock=Clock(date(2030, 6, 30)))
        gid = big_groupement(services, args.members)
        keys = [m.key for m in services.groupements.get(gid).members]
        book = json.loads(services.groupements.export_json(gid))
        services.close()
        book["corrections"] = [correction_to_dict(DetailsCorrection(key, date(year, 1, 5), (
            Representative(f"Président {year} de {key}", "président"),)))
            for year in (2027, 2028, 2029) for key in keys]
        started = time.perf_counter()
        services = open_services(Path(folder) / "history.sqlite", clock=Clock(date(2030, 6, 30)))
        gid = services.groupements.import_json(json.dumps(book))
        print(f"import of {len(book['corrections'])} corrections        : {time.perf_counter() - started:.1f} s")
        record = timed(lambda: services.details.correct(gid, DetailsCorrection(keys[0], date(2029, 6, 1),
                                                                               phone="02 99 00 00 00")), 1)
        print(f"record one more correction          : {record:.3f} s")
        one = timed(lambda: services.details.check(gid, DetailsCorrection(keys[0], date(2029, 6, 1),
                                                                          email="a@b.fr")), args.runs)
        print(f"check one more correction           : {one:.3f} s")
        standing = timed(lambda: services.membership.history(gid).standing(date(2028, 6, 1)), args.runs)
        print(f"standing at a date (history cached) : {standing:.3f} s")
        card = timed(lambda: services.details.card(gid, keys[-1], date(2029, 6, 1)), args.runs)
        print(f"member card                         : {card:.3f} s")
        meeting = date(2029, 6, 20)
        aid = services.assemblies.prepare(gid, Assembly(meeting, "Siège", "14:00", agenda=(
            AgendaItem(Matter.ACCOUNTS, "Comptes", "L'assemblée générale approuve les comptes."),)))
        services.assemblies.convene(aid, meeting - timedelta(days=20))
        letters = timed(lambda: services.printing.convocations(gid, aid), 1)
        print(f"convocations, {len(keys)} letters         : {letters:.3f} s")
        sheet = timed(lambda: services.printing.attendance(gid, aid), args.runs)
        print(f"attendance sheet                    : {sheet:.3f} s")
        consolidated = timed(lambda: services.printing.convention(gid, at=date(2029, 6, 1)), 1)
        print(f"consolidated convention             : {consolidated:.3f} s")
        services.close()


if __name__ == "__main__":
    main()
