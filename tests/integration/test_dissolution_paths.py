"""The dissolution of right is the same on every path: recorded through the service, imported from a
file, read from a book of an earlier release, shown by ``members --at`` and ``changes`` (art. 8-2, 20)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from gcsms_desktop.domain.changes import Change, ChangeKind, Withdrawal
from gcsms_desktop.domain.dissolution import Cause
from gcsms_desktop.domain.history import History
from gcsms_desktop.services.context import Services, open_services
from gcsms_desktop.domain.problems import InvalidGroupement
from tests.cli.test_cli import run

FOUGERES = "Groupement de coopération sociale de Fougères"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def situation(history: History) -> list[tuple[date, list[str], date | None, str]]:
    """Members, dissolution and the CCAS's droits the day before, the day and the day after."""
    found = []
    for on in (date(2027, 12, 31), date(2028, 1, 1), date(2028, 1, 2)):
        s = history.standing(on)
        found.append((on, s.keys, s.dissolved_on, s.droits_text("CCAS")))
    return found


EXPECTED = [(date(2027, 12, 31), ["CCAS", "ADMR"], None, "60/100"),
            (date(2028, 1, 1), ["CCAS"], date(2028, 1, 1), "60/60"),
            (date(2028, 1, 2), ["CCAS"], date(2028, 1, 1), "60/60")]


@pytest.fixture
def recorded(tmp_path, example_text):
    """Fougères (two members), ADMR notifying its withdrawal on 20 May 2027, through the service."""
    services = open_services(tmp_path / "service.sqlite")
    services.groupements.import_json(example_text("fougeres-sans-capital"))
    services.membership.record(FOUGERES, Change(date(2027, 5, 20), Withdrawal("ADMR")))
    yield services
    services.close()


def imported(tmp_path: Path, text: str, name: str) -> tuple[Services, int]:
    services = open_services(tmp_path / f"{name}.sqlite")
    return services, services.groupements.import_json(text)


def test_art_8_2_service_and_import_give_the_same_members_and_dissolution_date(recorded, tmp_path, example_text):
    by_service = recorded.membership.history(FOUGERES)
    assert [c.kind for c in by_service.changes] == [ChangeKind.WITHDRAWAL]
    assert situation(by_service) == EXPECTED
    assert by_service.dissolution is not None and by_service.dissolution.cause is Cause.TWO_MEMBER_WITHDRAWAL

    # A file written by hand: the withdrawal alone, nothing said of the dissolution (it is derived).
    data = json.loads(example_text("fougeres-sans-capital"))
    data["changes"] = [{"number": 1, "kind": "withdrawal", "act_date": "2027-05-20", "member": "ADMR"}]
    services, groupement_id = imported(tmp_path, json.dumps(data), "by-hand")
    try:
        by_import = services.membership.history(groupement_id)
        assert situation(by_import) == EXPECTED
        assert by_import.dissolution == by_service.dissolution
        assert [d.text for d in services.membership.deadlines(groupement_id, date(2027, 6, 1))] == [
            d.text for d in recorded.membership.deadlines(FOUGERES, date(2027, 6, 1))]
    finally:
        services.close()

    # The service's export, imported again.
    services, groupement_id = imported(tmp_path, recorded.groupements.export_json(FOUGERES), "round-trip")
    try:
        assert situation(services.membership.history(groupement_id)) == EXPECTED
    finally:
        services.close()


def test_art_20_import_refuses_an_admission_after_the_dissolution_as_the_service_does(recorded, tmp_path,
                                                                                       example_text):
    data = json.loads(example_text("fougeres-sans-capital"))
    newcomer = dict(data["groupement"]["members"][1], key="NEW", name="Association Nouvelle", siren="")
    admission = {"number": 2, "kind": "admission", "act_date": "2028-02-01", "new_member": newcomer,
                 "deliberation": {"date": "2028-02-01", "number": "", "matter": "6", "adopted": True,
                                  "unanimous": True}}
    data["changes"] = [{"number": 1, "kind": "withdrawal", "act_date": "2027-05-20", "member": "ADMR"}, admission]
    services = open_services(tmp_path / "refused.sqlite")
    try:
        with pytest.raises(InvalidGroupement) as refused:  # the file's check (domain.book_checks) lists it
            services.groupements.import_json(json.dumps(data))
        assert any(p.field == "changes[1].act_date" and "dissous depuis le 1er janvier 2028" in p.message
                   and "art. 20" in p.message for p in refused.value.problems)
        assert services.groupements.list() == []
    finally:
        services.close()


def test_art_8_2_book_of_an_earlier_release_with_its_stored_dissolution_reads_the_same(tmp_path):
    """0004: the release of then stored « dissolution de plein droit » beside the withdrawal of 1 March 2027;
    it still loads and exports as it was, and now dates the dissolution as every path does."""
    copy = tmp_path / "0004.sqlite"
    shutil.copy(FIXTURES / "databases" / "0004-tilleuls-sealed.sqlite", copy)
    services = open_services(copy)
    try:
        history = services.membership.history(FOUGERES)
        assert [c.kind for c in history.changes] == [ChangeKind.WITHDRAWAL, ChangeKind.DISSOLUTION]
        assert history.changes[1].of_right
        assert situation(history) == EXPECTED
        assert history.effective_on(history.changes[1]) == date(2028, 1, 1)
    finally:
        services.close()
    text = (FIXTURES / "exports" / "0004-tilleuls-sealed-2.export.json").read_text(encoding="utf-8")
    services, groupement_id = imported(tmp_path, text, "legacy-import")
    try:
        assert situation(services.membership.history(groupement_id)) == EXPECTED
    finally:
        services.close()


def test_art_8_2_members_at_and_changes_on_the_command_line(recorded, capsys):
    database = str(recorded.database.path)
    code, out, _ = run(capsys, "--db", database, "members", FOUGERES, "--at", "2027-12-31")
    assert code == 0 and "dissous" not in out and "ADMR" in out
    code, out, _ = run(capsys, "--db", database, "members", FOUGERES, "--at", "2028-01-01")
    assert code == 0 and "groupement dissous le 1er janvier 2028" in out and "ADMR" not in out
    code, out, _ = run(capsys, "--db", database, "changes", FOUGERES)
    assert code == 0 and "effet le 31 décembre 2027" in out
    todo = [line for line in out.splitlines() if line.startswith("  à faire")]
    assert any("constate la dissolution" in line for line in todo)
    assert any("Notifier au préfet" in line and "16 janvier 2028" in line for line in todo)


def test_art_8_2_the_member_leaving_sits_on_31_december_and_the_assembly_after_only_liquidates(recorded):
    """ADMR's withdrawal takes effect « à l'expiration de l'exercice »: it sits and votes in an AG held on
    31 December 2027; from 1 January 2028 the groupement is dissolved and its AG deliberates only on the
    dissolution (art. 20), which then records the dissolution the art. 8-2 asks it to."""
    from gcsms_desktop.domain.assembly import AgendaItem, Assembly
    from gcsms_desktop.domain.matters import Matter
    from gcsms_desktop.services.errors import InvalidAssembly
    from tests.assembly_factories import attend, held, vote_all

    services = recorded
    place = "Hôtel de ville, Fougères"
    last_day = services.assemblies.prepare(FOUGERES, Assembly(date(2027, 12, 31), place, "10:00", agenda=(
        AgendaItem(Matter.ACCOUNTS, "Comptes", "L'assemblée approuve les comptes."),)))
    services.assemblies.convene(last_day, date(2027, 12, 10))
    assert [m.key for m in services.assemblies.record(last_day).members] == ["CCAS", "ADMR"]
    attend(services, last_day, ["CCAS", "ADMR"])
    vote_all(services, last_day)
    held(services, last_day)

    budget = Assembly(date(2028, 1, 20), place, "10:00", agenda=(
        AgendaItem(Matter.BUDGET, "Budget 2028", "L'assemblée adopte le budget."),))
    refused = services.assemblies.check_preparation(FOUGERES, budget)
    assert any("dissous depuis le 1er janvier 2028" in p.message for p in refused)
    draft = services.assemblies.prepare(FOUGERES, budget)
    with pytest.raises(InvalidAssembly) as not_convened:
        services.assemblies.convene(draft, date(2028, 1, 2))
    assert any("art. 20" in p.message for p in not_convened.value.problems)

    todo = [d.text for d in services.membership.deadlines(FOUGERES, date(2028, 1, 2))]
    assert any("constate la dissolution" in t for t in todo)
    finding = services.assemblies.prepare(FOUGERES, Assembly(date(2028, 1, 20), place, "10:00", agenda=(
        AgendaItem(Matter.EXTENSION_DISSOLUTION, "Constat de la dissolution",
                   "L'assemblée constate la dissolution de plein droit et nomme M. Martin liquidateur."),
        AgendaItem(Matter.OTHER, "Questions diverses"))))
    services.assemblies.convene(finding, date(2028, 1, 2))
    attend(services, finding, ["CCAS"])
    vote_all(services, finding)
    held(services, finding)
    todo = [d.text for d in services.membership.deadlines(FOUGERES, date(2028, 1, 21))]
    assert not any("constate la dissolution" in t for t in todo)
    assert any("Notifier au préfet" in t for t in todo)
