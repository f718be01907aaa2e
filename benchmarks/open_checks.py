"""Cost of the checks made when a base is opened (not a test): ``PRAGMA quick_check`` and the whole
opening of an up-to-date base, on a base holding one groupement of 1 000 members and 10 000 parts
(plus, with ``--copies N``, N more such groupements), and the online backup of that base.

    .venv/bin/python benchmarks/open_checks.py [--runs N] [--copies N]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.assembly_documents import timed  # noqa: E402
from gcsms_desktop.domain.capital import Capital, number_parts  # noqa: E402
from gcsms_desktop.domain.groupement import ApprovalDates, Groupement  # noqa: E402
from gcsms_desktop.domain.members import Member, Representative  # noqa: E402
from gcsms_desktop.persistence.backups import copy_database  # noqa: E402
from gcsms_desktop.persistence.database import Database  # noqa: E402
from gcsms_desktop.persistence.unit_of_work import UnitOfWork  # noqa: E402


def groupement(number: int) -> Groupement:
    keys = [f"M{i:04d}" for i in range(1000)]
    members = tuple(Member(k, f"Association {k}", address=f"{i} rue de la Paix, 35000 Rennes",
                           representatives=(Representative(f"Représentant {k}"),)) for i, k in enumerate(keys))
    return Groupement(f"Groupement de coopération sociale n° {number}", members,
                      capital=Capital(10000, number_parts([(k, 10) for k in keys])),
                      dates=ApprovalDates(signature=date(2020, 1, 1)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        database = Database(path)
        for number in range(1 + args.copies):
            with UnitOfWork(database) as uow:
                uow.groupements.add(replace(groupement(number)))
                uow.commit()
        database.close()
        size = path.stat().st_size / 1e6

        def quick_check() -> None:
            with sqlite3.connect(path) as connection:
                assert connection.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"

        print(f"base : {1 + args.copies} groupement(s) de 1 000 membres, {size:.1f} Mo")
        print(f"PRAGMA quick_check        : {timed(quick_check, args.runs):.3f} s")
        print(f"ouverture complète        : {timed(lambda: Database(path).close(), args.runs):.3f} s")
        backups = Path(folder) / "copies"
        copying = timed(lambda: copy_database(path, backups / 'b.sqlite'), args.runs)
        print(f"sauvegarde (API en ligne) : {copying:.3f} s")


if __name__ == "__main__":
    main()
