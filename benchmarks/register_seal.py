"""Speed of the register's seal (not a test): what signing, verifying and opening the Assemblées tab
cost as the register grows. Every signed PV's digest is recomputed from its rows and stored pages, so
the cost is linear in the register's size (attendance and votes of every signed assembly).

    .venv/bin/python benchmarks/register_seal.py [--members N] [--assemblies A] [--runs R]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.assembly_documents import big_groupement, held_assembly, timed  # noqa: E402
from gcsms_desktop.services.context import open_services  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100)
    parser.add_argument("--assemblies", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder) / "bench.sqlite")
        gid = big_groupement(services, args.members)
        built = time.perf_counter()
        signing = []
        for n in range(args.assemblies):
            meeting = date(2027, 1, 4) + timedelta(days=7 * n)
            aid, _ = held_assembly(services, gid, meeting, 5)
            started = time.perf_counter()
            services.assemblies.sign(aid, meeting)
            signing.append(time.perf_counter() - started)
        print(f"{args.members} members, {args.assemblies} signed assemblies (built in "
              f"{time.perf_counter() - built:.1f} s)")
        print(f"sign the first PV                     : {signing[0]:.3f} s")
        print(f"sign the last PV (seals after {args.assemblies - 1:>3})   : {signing[-1]:.3f} s")
        verifying = timed(lambda: services.register.verify(gid), args.runs)
        print(f"verify the whole register             : {verifying:.3f} s")
        services.close()


if __name__ == "__main__":
    main()
