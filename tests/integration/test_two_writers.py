"""Several real processes writing one database file at the same moment: nothing lost, no number twice.

Before the write lock (BEGIN IMMEDIATE) and the unique numbers, two signings at once gave both PVs
register pages 1–7, two closings the same deliberation number, and votes recorded in two windows
rewrote the whole assembly from a stale copy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from gcsms_desktop.domain.assembly import AgendaItem, Assembly
from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.services.context import Services, open_services
from gcsms_desktop.services.errors import Conflict
from tests.assembly_factories import SENT, attend, convened, held, vote_all
from tests.conftest import ROOT
from tests.factories import one_part_each_groupement

WORKERS = 4
KEYS = [f"M{i:03d}" for i in range(1, 7)]


def start_workers(db_path: Path, tmp_path: Path, jobs: list[list[str]]) -> list[dict[str, Any]]:
    """Start one process per job, release them together, return what each printed."""
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [subprocess.Popen([sys.executable, "-m", "tests.concurrency_worker", str(db_path), str(go), *job],
                                  cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for job in jobs]
    go.touch()
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "Traceback" not in err, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


@pytest.fixture
def six_members(services: Services) -> Services:
    services.groupements.create(one_part_each_groupement(6))
    return services


GROUPEMENT = "Groupement de coopération sociale de 6 membres"


def held_assemblies(services: Services, count: int) -> list[int]:
    ids = []
    for n in range(count):
        assembly_id = convened(services, GROUPEMENT, date(2026, 12, 15 + n), SENT)
        attend(services, assembly_id, KEYS)
        vote_all(services, assembly_id)
        held(services, assembly_id)
        ids.append(assembly_id)
    return ids


def test_simultaneous_signings_never_share_a_register_page(six_members, db_path, tmp_path):
    ids = held_assemblies(six_members, WORKERS)
    results = start_workers(db_path, tmp_path, [["sign", str(i), "2026-12-31"] for i in ids])
    ranges = sorted(tuple(r["ok"]) for r in results)
    assert ranges[0][0] == 1
    for (_, last), (first, _) in zip(ranges, ranges[1:], strict=False):
        assert first == last + 1  # contiguous, no page given twice
    verdict = six_members.register.verify(GROUPEMENT)
    assert verdict.intact and verdict.checked == WORKERS


def test_simultaneous_closings_never_share_a_deliberation_number(six_members, db_path, tmp_path):
    ids = []
    for n in range(WORKERS):
        assembly_id = convened(six_members, GROUPEMENT, date(2026, 12, 15 + n), SENT)
        attend(six_members, assembly_id, KEYS)
        vote_all(six_members, assembly_id)
        six_members.assemblies.set_officers(assembly_id, "Mme Martin", "M. Durand", "Mme Petit")
        ids.append(assembly_id)
    results = start_workers(db_path, tmp_path, [["close", str(i)] for i in ids])
    assert all("ok" in r for r in results)
    numbers = [item.deliberation_number for i in ids for item in six_members.assemblies.record(i).assembly.agenda
               if item.deliberation_number]
    assert len(numbers) == 2 * WORKERS and len(set(numbers)) == len(numbers)
    assert sorted(numbers, key=lambda n: int(n.split("-")[1])) == [f"2026-{k}" for k in range(1, 2 * WORKERS + 1)]


def test_votes_recorded_at_once_on_different_resolutions_are_all_kept(six_members, db_path, tmp_path):
    agenda = tuple(AgendaItem(Matter.BUDGET, f"Budget annexe n° {n}", "L'assemblée adopte le budget annexe.")
                   for n in range(1, 7))
    assembly_id = six_members.assemblies.prepare(GROUPEMENT, Assembly(date(2026, 12, 15), "Siège", agenda=agenda))
    six_members.assemblies.convene(assembly_id, SENT)
    attend(six_members, assembly_id, KEYS)
    results = start_workers(db_path, tmp_path, [["votes", str(assembly_id), str(n)] for n in range(1, 7)])
    assert all("ok" in r for r in results)
    record = six_members.assemblies.record(assembly_id)
    assert [len(item.choices) for item in record.assembly.agenda] == [6] * 6


def test_simultaneous_imports_keep_every_groupement_and_refuse_the_duplicate(services, db_path, tmp_path,
                                                                             example_text):
    files = []
    for n in range(3):
        text = example_text("tilleuls-17-parts").replace("Les Tilleuls", f"Les Tilleuls {n}")
        files.append(tmp_path / f"g{n}.json")
        files[-1].write_text(text, encoding="utf-8")
    files.append(files[0])  # the same groupement twice
    results = start_workers(db_path, tmp_path, [["import", str(f)] for f in files])
    refused = [r["error"] for r in results if "error" in r]
    assert len(refused) == 1 and "existe déjà" in refused[0]
    assert sorted(s.denomination for s in services.groupements.list()) == [
        f"Groupement de coopération médico-sociale Les Tilleuls {n}" for n in range(3)]


def test_a_window_that_read_an_older_assembly_is_refused_and_asked_to_reload(six_members, db_path):
    assembly_id = convened(six_members, GROUPEMENT)
    attend(six_members, assembly_id, KEYS)
    first_window = six_members.assemblies.record(assembly_id)
    other = open_services(db_path)  # a second window on the same file
    try:
        other.assemblies.record_votes(assembly_id, 1, dict.fromkeys(KEYS, Choice.FOR))
    finally:
        other.close()
    lines = tuple(replace(line, representative="Nouveau représentant") for line in first_window.assembly.attendance)
    with pytest.raises(Conflict, match="rechargez"):
        six_members.assemblies.record_attendance(assembly_id, lines, first_window.assembly.version)
    stored = six_members.assemblies.record(assembly_id)
    assert len(stored.assembly.agenda[0].choices) == 6  # the other window's votes are still there
    assert {line.representative for line in stored.assembly.attendance} != {"Nouveau représentant"}

