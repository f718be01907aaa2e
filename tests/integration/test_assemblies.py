"""An assemblée générale through the services on a real SQLite file (R312-194-20 to -22)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from gcsms_desktop.domain.assembly import AgendaItem, Assembly, AssemblyState
from gcsms_desktop.domain.attendance import AttendanceLine, Presence
from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.services.context import open_services
from gcsms_desktop.services.errors import InvalidAssembly, ServiceError
from tests.assembly_factories import MEETING, SENT, agenda, attend, convened, held, vote_all

TILLEULS = "Groupement de coopération médico-sociale Les Tilleuls"
TILLEULS_KEYS = ["GLY", "TYC", "SBS", "KAV", "ADC", "HC35", "SSIAD", "ESJ", "RDS", "IMEK", "RAH", "ENV", "AGO",
                 "FAM", "LIEN", "ADMR", "CHP"]


def test_r312_194_20_convening_too_late_is_refused_with_the_date_that_works(tilleuls):
    assembly_id = tilleuls.assemblies.prepare(TILLEULS, Assembly(MEETING, "Siège", agenda=agenda()))
    with pytest.raises(InvalidAssembly) as refused:
        tilleuls.assemblies.convene(assembly_id, date(2026, 12, 1))
    assert "au plus tard le 30 novembre 2026" in str(refused.value)
    assert tilleuls.assemblies.record(assembly_id).assembly.state is AssemblyState.DRAFT
    tilleuls.assemblies.convene(assembly_id, SENT)
    assert tilleuls.assemblies.record(assembly_id).assembly.state is AssemblyState.CONVENED


def test_r312_194_22_eight_of_seventeen_is_no_quorum_then_second_convocation(tilleuls):
    first = convened(tilleuls, TILLEULS)
    attend(tilleuls, first, TILLEULS_KEYS[:8])
    record = tilleuls.assemblies.record(first)
    assert not record.result.quorum.reached and record.result.outcomes == ()
    held(tilleuls, first)
    with pytest.raises(InvalidAssembly, match="dans un délai de 15 jours"):
        tilleuls.assemblies.convene_again(first, date(2026, 12, 31), date(2026, 12, 16))
    assert len(tilleuls.assemblies.list(TILLEULS)) == 1  # the refused second one was not kept
    second = tilleuls.assemblies.convene_again(first, date(2026, 12, 30), date(2026, 12, 16))
    attend(tilleuls, second, TILLEULS_KEYS[:3])
    record = tilleuls.assemblies.record(second)
    assert record.result.quorum.may_deliberate and len(record.result.outcomes) == 2
    assert [i.title for i in record.assembly.agenda] == [i.title for i in agenda()]


def test_nine_of_seventeen_deliberates_and_majorities_apply(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS[:8], {TILLEULS_KEYS[8]: "GLY"})
    vote_all(tilleuls, assembly_id, Choice.FOR, SBS=Choice.ABSTENTION)
    result = tilleuls.assemblies.record(assembly_id).result
    assert result.quorum.explanation == ("Quorum atteint : 9/17 des droits présents ou représentés "
                                         "(minimum 8,5/17, art. R. 312-194-22).")
    accounts, admission = (outcome for _n, _item, outcome in result.outcomes)
    assert accounts.adopted  # 8/17 for > 4,5/17
    assert not admission.adopted  # one abstention breaks unanimity (6°)


def test_closing_freezes_droits_numbers_deliberations_and_locks(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS[:10])
    vote_all(tilleuls, assembly_id)
    held(tilleuls, assembly_id)
    record = tilleuls.assemblies.record(assembly_id)
    assert [i.deliberation_number for i in record.assembly.agenda] == ["2026-1", "2026-2", None]
    assert record.rights.total == 17
    with pytest.raises(ServiceError, match="erratum"):
        tilleuls.assemblies.record_votes(assembly_id, 1, {"GLY": Choice.AGAINST})
    with pytest.raises(ServiceError, match="erratum"):
        attend(tilleuls, assembly_id, TILLEULS_KEYS)
    # the next assembly of the year continues the numbering
    other = convened(tilleuls, TILLEULS, date(2026, 12, 20), date(2026, 12, 1))
    attend(tilleuls, other, TILLEULS_KEYS)
    vote_all(tilleuls, other)
    held(tilleuls, other)
    numbers = [i.deliberation_number for i in tilleuls.assemblies.record(other).assembly.agenda]
    assert numbers == ["2026-3", "2026-4", None]


def test_signed_pv_takes_the_next_register_pages(tilleuls):
    pages = []
    for day in (15, 20):
        assembly_id = convened(tilleuls, TILLEULS, date(2026, 12, day), date(2026, 11, day))
        attend(tilleuls, assembly_id, TILLEULS_KEYS)
        vote_all(tilleuls, assembly_id)
        held(tilleuls, assembly_id)
        pages.append(tilleuls.assemblies.sign(assembly_id, date(2026, 12, day)))
    (first_a, last_a), (first_b, last_b) = pages
    assert first_a == 1 and first_b == last_a + 1 and last_b >= first_b


def test_erratum_after_signing_gets_its_own_pages(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS)
    vote_all(tilleuls, assembly_id)
    held(tilleuls, assembly_id)
    first, last = tilleuls.assemblies.sign(assembly_id, MEETING)
    tilleuls.assemblies.add_erratum(assembly_id, "Lire « M. Paul Durand » au lieu de « M. Paul Durant ».",
                                    date(2026, 12, 20))
    [erratum] = tilleuls.assemblies.record(assembly_id).assembly.errata
    assert erratum.register_first_page == last + 1
    with pytest.raises(ServiceError):
        tilleuls.assemblies.sign(assembly_id, MEETING)


def test_attendance_rules_are_enforced_by_the_service(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    with pytest.raises(InvalidAssembly, match="détient 2 procurations"):
        attend(tilleuls, assembly_id, ["GLY"], {"TYC": "GLY", "SBS": "GLY"})
    with pytest.raises(InvalidAssembly, match="qui n'est pas présent"):
        attend(tilleuls, assembly_id, ["GLY"], {"TYC": "SBS"})


def test_two_members_no_proxy_no_exclusion(services, example_text):
    services.groupements.import_json(example_text("fougeres-sans-capital"))
    name = "Groupement de coopération sociale de Fougères"
    exclusion = AgendaItem(Matter.EXCLUSION, "Exclusion de l'ADMR", "…", concerned_member="ADMR")
    assembly_id = services.assemblies.prepare(name, Assembly(MEETING, "Mairie", agenda=(exclusion,)))
    with pytest.raises(InvalidAssembly, match="au moins trois membres"):
        services.assemblies.convene(assembly_id, SENT)
    services.assemblies.update_preparation(assembly_id, Assembly(MEETING, "Mairie", agenda=agenda()))
    services.assemblies.convene(assembly_id, SENT)
    with pytest.raises(InvalidAssembly, match="plus de deux membres"):
        services.assemblies.record_attendance(assembly_id, (
            AttendanceLine("CCAS", Presence.PRESENT, "Maire"),
            AttendanceLine("ADMR", Presence.REPRESENTED, proxy_holder="CCAS")))


def test_assembly_survives_reopening_the_file(db_path, example_text):
    services = open_services(db_path)
    services.groupements.import_json(example_text("tilleuls-17-parts"))
    assembly_id = convened(services, TILLEULS)
    attend(services, assembly_id, TILLEULS_KEYS[:10], {"RAH": "GLY"})
    vote_all(services, assembly_id, Choice.FOR, TYC=Choice.AGAINST)
    services.close()
    again = open_services(db_path)
    try:
        record = again.assemblies.record(assembly_id)
        assert record.assembly.attendance[10] == AttendanceLine("RAH", Presence.REPRESENTED, "", "GLY")
        assert record.assembly.agenda[0].choices["TYC"] is Choice.AGAINST
        assert record.assembly.meeting_time == "14:30"
    finally:
        again.close()


def test_droits_are_frozen_when_the_assembly_is_held(tilleuls, db_path):
    """A later change of parts (issue 4: a transfer) must not alter a recorded quorum or vote."""
    import sqlite3

    held_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, held_id, TILLEULS_KEYS[:9])
    vote_all(tilleuls, held_id)
    held(tilleuls, held_id)
    before = tilleuls.assemblies.record(held_id).result.quorum.explanation
    with sqlite3.connect(db_path) as connection:  # part n° 2 (TYC) passes to GLY
        gly = connection.execute("SELECT id FROM members WHERE key = 'GLY'").fetchone()[0]
        connection.execute("UPDATE part_blocks SET member_id = ? WHERE first = 2", (gly,))
    record = tilleuls.assemblies.record(held_id)
    assert record.result.quorum.explanation == before
    assert record.rights.votes["GLY"] == 1 and record.rights.votes["TYC"] == 1
    draft = tilleuls.assemblies.prepare(TILLEULS, Assembly(date(2027, 1, 20), "Siège", agenda=agenda()))
    assert tilleuls.assemblies.record(draft).rights.votes["GLY"] == 2  # a new assembly counts the new droits


def test_nobody_came_the_session_is_closed_then_convened_again(tilleuls):
    """A PV de carence: all absent is recorded, closed, and a second convocation follows."""
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, [])
    held(tilleuls, assembly_id)
    assert tilleuls.assemblies.record(assembly_id).result.outcomes == ()
    second = tilleuls.assemblies.convene_again(assembly_id, date(2026, 12, 22), date(2026, 12, 16))
    assert tilleuls.assemblies.record(second).assembly.second_convocation


def test_closing_without_any_attendance_recorded_is_refused(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    with pytest.raises(InvalidAssembly, match="feuille de présence"):
        held(tilleuls, assembly_id)


def test_an_assembly_is_convened_again_only_once(tilleuls):
    first = convened(tilleuls, TILLEULS)
    attend(tilleuls, first, TILLEULS_KEYS[:2])
    held(tilleuls, first)
    second = tilleuls.assemblies.convene_again(first, date(2026, 12, 22), date(2026, 12, 16))
    with pytest.raises(ServiceError, match=f"déjà été convoquée à nouveau \\(assemblée numéro {second}\\)"):
        tilleuls.assemblies.convene_again(first, date(2026, 12, 23), date(2026, 12, 16))


def test_the_member_to_exclude_cannot_vote_on_its_exclusion(tilleuls):
    exclusion = AgendaItem(Matter.EXCLUSION, "Exclusion de Le Lien", "L'assemblée exclut Le Lien.",
                           concerned_member="LIEN")
    assembly_id = tilleuls.assemblies.prepare(TILLEULS, Assembly(MEETING, "Siège", agenda=(exclusion,)))
    tilleuls.assemblies.convene(assembly_id, SENT)
    attend(tilleuls, assembly_id, TILLEULS_KEYS)
    with pytest.raises(InvalidAssembly, match="ne peut pas voter"):
        tilleuls.assemblies.record_votes(assembly_id, 1, {"LIEN": Choice.AGAINST, "GLY": Choice.FOR})
    assert tilleuls.assemblies.record(assembly_id).assembly.agenda[0].choices == {}


def test_closing_stores_the_outcomes_the_register_lists(tilleuls, db_path):
    """Each numbered deliberation is stored when the session is closed, as computed then; an assembly
    closed without quorum stores none. The register lists them from the store (one query)."""
    from gcsms_desktop.domain.assembly_record import outcomes_of
    from gcsms_desktop.persistence.unit_of_work import UnitOfWork
    from gcsms_desktop.services.records import register_deliberations

    empty = convened(tilleuls, TILLEULS, date(2026, 12, 10), date(2026, 11, 20))
    attend(tilleuls, empty, TILLEULS_KEYS[:2])
    held(tilleuls, empty)
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS[:10])
    vote_all(tilleuls, assembly_id, Choice.FOR, SBS=Choice.ABSTENTION)
    held(tilleuls, assembly_id)
    with UnitOfWork(tilleuls.database) as uow:
        stored = uow.assemblies.stored_outcomes(1)
        listed = register_deliberations(uow, 1)
    assert stored.pending == []
    expected = outcomes_of(tilleuls.assemblies.record(assembly_id))
    assert [outcome for _, outcome in stored.outcomes] == expected
    assert [(o.number, o.rank, o.adopted, o.unanimous, str(o.abstention)) for o in expected] == [
        ("2026-1", 1, True, False, "1"), ("2026-2", 2, False, False, "1")]
    assert expected[1].explanation.startswith("Rejetée : l'unanimité des membres présents ou représentés est requise")
    assert listed == [o.deliberation for o in expected]


def test_an_imported_closed_assembly_has_its_outcomes_stored(tilleuls, example_text):
    """A book imported with its assemblies lists the same deliberations as the one it was exported from."""
    from gcsms_desktop.persistence.unit_of_work import UnitOfWork
    from gcsms_desktop.services.records import register_deliberations

    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS)
    vote_all(tilleuls, assembly_id)
    held(tilleuls, assembly_id)
    exported = tilleuls.groupements.export_json(TILLEULS)
    with UnitOfWork(tilleuls.database) as uow:
        original = register_deliberations(uow, 1)
    tilleuls.groupements.import_json(exported.replace("Les Tilleuls", "Les Tilleuls bis"))
    copy = tilleuls.groupements.resolve(TILLEULS + " bis")
    with UnitOfWork(tilleuls.database) as uow:
        assert uow.assemblies.stored_outcomes(copy).pending == []
        assert register_deliberations(uow, copy) == original and len(original) == 2


def _vitre_half_and_half(example_text) -> str:
    """The Pays de Vitré example with its 100 parts held A 49 (nos 1–49), B 1 (no 50), C 50 (nos 51–100)."""
    document = json.loads(example_text("pays-de-vitre-100-parts"))
    capital = document["groupement"]["capital"]
    capital["parts"] = [{"member": "A", "first": 1, "last": 49}, {"member": "B", "first": 50, "last": 50},
                        {"member": "C", "first": 51, "last": 100}]
    for contribution, parts in zip(capital["contributions"], (49, 1, 50), strict=True):
        contribution["value_cents"] = parts * capital["unit_value_cents"]
    return json.dumps(document)


@pytest.mark.parametrize(("b_votes", "adopted", "votes_for"), [
    (Choice.FOR, True, "50/100"),  # exactly half of the droits of the assembly: adopted
    (Choice.AGAINST, False, "49/100"),  # one droit short of half: rejected
], ids=["exactly half", "half minus one"])
def test_r312_194_22_exclusion_is_adopted_by_at_least_half_of_the_votes_of_the_assembly(
        services, example_text, capsys, b_votes, adopted, votes_for):
    """Art. R. 312-194-22 du CASF (7°, convention art. 8-3): the member to exclude does not vote, and the
    exclusion is adopted by members holding « au moins la moitié des voix » of the assembly — so exactly
    half is enough, half minus one droit is not. Threshold on all 100 droits, C's 50 included."""
    from tests.cli.test_cli import run

    vitre = "Groupement de coopération sociale et médico-sociale du Pays de Vitré"
    services.groupements.import_json(_vitre_half_and_half(example_text))
    exclusion = AgendaItem(Matter.EXCLUSION, "Exclusion de l'EHPAD public de La Guerche",
                           "L'assemblée générale exclut l'EHPAD public de La Guerche du groupement.",
                           concerned_member="C")
    assembly_id = services.assemblies.prepare(vitre, Assembly(MEETING, "Mairie de Vitré", "10:00",
                                                              agenda=(exclusion,)))
    services.assemblies.convene(assembly_id, date(2026, 11, 20))  # 21 days' notice in this convention
    attend(services, assembly_id, ["A", "B", "C"])
    services.assemblies.record_votes(assembly_id, 1, {"A": Choice.FOR, "B": b_votes})
    held(services, assembly_id)
    record = services.assemblies.record(assembly_id)
    [(_number, _item, outcome)] = record.result.outcomes
    assert outcome.adopted is adopted
    assert outcome.basis == 100 and "C" not in outcome.tally.voters
    verdict = "Adoptée" if adopted else "Rejetée"
    assert outcome.explanation.startswith(f"{verdict} : le membre concerné ne prend pas part au vote ; "
                                          f"pour {votes_for}, contre {'0/100' if adopted else '1/100'}")
    assert "l'exclusion exige au moins 50/100 voix pour" in outcome.explanation
    # the command line reads the same outcome from the file
    code, out, err = run(capsys, "--db", str(services.database.path), "assembly", "result", vitre,
                         "--assembly", str(assembly_id), "--json")
    assert (code, err) == (0, "")
    [resolution] = json.loads(out)["resolutions"]
    assert (resolution["rule"], resolution["for"], resolution["adopted"]) == ("exclusion", votes_for.split("/")[0],
                                                                              adopted)


def test_r312_194_22_a_pv_cannot_be_signed_before_its_meeting(tilleuls, db_path):
    """Art. R. 312-194-22 du CASF (convention art. 13): the procès-verbal records the deliberations of a
    meeting and is signed by its président, secrétaire and scrutateur — so never before the meeting. The
    refusal writes nothing (no register page, no seal); signing on the meeting day itself is accepted."""
    import sqlite3

    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS)
    vote_all(tilleuls, assembly_id)
    held(tilleuls, assembly_id)
    with pytest.raises(ServiceError) as refused:
        tilleuls.assemblies.sign(assembly_id, date(2026, 12, 14))
    assert str(refused.value) == "Le procès-verbal ne peut pas être signé avant la réunion du 15 décembre 2026."
    record = tilleuls.assemblies.record(assembly_id)
    assert record.assembly.state is AssemblyState.HELD and record.assembly.signed_on is None
    assert record.assembly.register_first_page is None
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM register_seals").fetchone()[0] == 0
        assert connection.execute("SELECT COUNT(*) FROM allocated_numbers WHERE kind = 'register_page'"
                                  ).fetchone()[0] == 0
    assert tilleuls.assemblies.sign(assembly_id, MEETING)[0] == 1  # the day of the meeting: page 1
    assert tilleuls.assemblies.record(assembly_id).assembly.signed_on == MEETING
