"""Deleting, cancelling and undoing them through the services on real SQLite files (domain.deletions;
docs/regles-et-choix.md, « Supprimer, annuler »)."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from gcsms_desktop.domain.assembly import Assembly, AssemblyState
from gcsms_desktop.domain.changes import Change, Withdrawal
from gcsms_desktop.domain.problems import InvalidGroupement
from gcsms_desktop.services.context import open_services
from gcsms_desktop.services.errors import InvalidAssembly, ServiceError
from tests.cli.test_whole_year_cli import plain
from tests.assembly_factories import MEETING, agenda, attend, convened, held, vote_all
from tests.integration.test_assemblies import TILLEULS, TILLEULS_KEYS
from tests.membership_factories import VITRE

CANCELLED_ON = date(2026, 12, 5)


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


# --- an assembly in preparation ----------------------------------------------------------------------

def test_a_draft_is_deleted_and_restored_with_its_id_and_agenda(tilleuls):
    draft = tilleuls.assemblies.prepare(TILLEULS, Assembly(MEETING, "Siège", agenda=agenda(),
                                                           documents=("Budget",)))
    deleted = tilleuls.assemblies.delete(draft)
    assert tilleuls.assemblies.list(TILLEULS) == []
    assert tilleuls.assemblies.restore(deleted) == draft
    restored = tilleuls.assemblies.record(draft).assembly
    assert restored.state is AssemblyState.DRAFT
    assert [i.title for i in restored.agenda] == [i.title for i in agenda()] and restored.documents == ("Budget",)


def test_a_convened_assembly_is_not_deleted_and_nothing_is_written(tilleuls, db_path):
    assembly_id = convened(tilleuls, TILLEULS)
    before = _counts(db_path)
    with pytest.raises(ServiceError, match="elle s'annule"):
        tilleuls.assemblies.delete(assembly_id)
    assert _counts(db_path) == before
    assert tilleuls.assemblies.record(assembly_id).assembly.state is AssemblyState.CONVENED


def test_art_13_2_a_signed_assembly_is_never_deleted_nor_cancelled(signed_tilleuls_copy):
    services = open_services(signed_tilleuls_copy)
    try:
        before = _counts(signed_tilleuls_copy)
        with pytest.raises(ServiceError, match="registre coté et paraphé"):
            services.assemblies.delete(1)
        with pytest.raises(InvalidAssembly, match="elle ne s'annule pas"):
            services.assemblies.cancel(1, MEETING)
        with pytest.raises(ServiceError, match="ne peut pas être supprimé"):
            services.groupements.delete(TILLEULS)
        assert _counts(signed_tilleuls_copy) == before
    finally:
        services.close()


# --- cancelling a convened assembly --------------------------------------------------------------------

def test_a_convened_assembly_is_cancelled_kept_and_printed_one_letter_per_member(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    tilleuls.assemblies.cancel(assembly_id, CANCELLED_ON, "  Salle indisponible  ")
    a = tilleuls.assemblies.record(assembly_id).assembly
    assert (a.state, a.cancelled_on, a.cancellation_reason) == (AssemblyState.CANCELLED, CANCELLED_ON,
                                                                 "Salle indisponible")
    pdf = PdfReader(io.BytesIO(tilleuls.printing.cancellation(TILLEULS, assembly_id)))
    assert len(pdf.pages) == len(TILLEULS_KEYS)
    first = plain(pdf.pages[0].extract_text())
    assert "Annulation de l'assemblée générale du 15 décembre 2026" in first
    assert "À Rennes, le 5 décembre 2026" in first and "Par lettre du 30 novembre 2026" in first
    assert "Motif de l'annulation : Salle indisponible" in first
    assert "groupement de coopération" in first.lower()  # the dénomination in the header (R. 312-194-17)


def test_a_cancelled_assembly_is_not_continued(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    tilleuls.assemblies.cancel(assembly_id, CANCELLED_ON)
    with pytest.raises(ServiceError, match="Envoyez d'abord les convocations"):
        attend(tilleuls, assembly_id, TILLEULS_KEYS[:9])
    with pytest.raises(ServiceError, match="déjà annulée"):
        tilleuls.assemblies.cancel(assembly_id, CANCELLED_ON)


@pytest.mark.parametrize(("on", "message"), [
    (date(2026, 11, 29), "précède l'envoi des convocations"),
    (date(2026, 12, 16), "une assemblée qui s'est réunie se clôt"),
])
def test_the_cancellation_date_lies_between_the_convocations_and_the_meeting(tilleuls, db_path, on, message):
    assembly_id = convened(tilleuls, TILLEULS)
    before = _counts(db_path)
    with pytest.raises(InvalidAssembly, match=message):
        tilleuls.assemblies.cancel(assembly_id, on)
    assert _counts(db_path) == before


def test_no_cancellation_dated_after_today(tilleuls, monkeypatch):
    assembly_id = convened(tilleuls, TILLEULS)
    monkeypatch.setenv("GCSMS_DESKTOP_TODAY", "2026-12-01")
    with pytest.raises(InvalidAssembly, match="cette date n'est pas encore arrivée"):
        tilleuls.assemblies.cancel(assembly_id, CANCELLED_ON)
    assert tilleuls.assemblies.record(assembly_id).assembly.state is AssemblyState.CONVENED


def test_r312_194_22_a_session_recorded_is_closed_not_cancelled(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS[:3])
    with pytest.raises(InvalidAssembly, match="la séance a eu lieu"):
        tilleuls.assemblies.cancel(assembly_id, MEETING)


def test_uncancel_restores_the_convened_assembly_and_cancel_redoes_it(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    tilleuls.assemblies.cancel(assembly_id, CANCELLED_ON, "Salle indisponible")
    undone = tilleuls.assemblies.uncancel(assembly_id)
    a = tilleuls.assemblies.record(assembly_id).assembly
    assert (a.state, a.cancelled_on, a.cancellation_reason) == (AssemblyState.CONVENED, None, "")
    tilleuls.assemblies.cancel(undone.assembly_id, undone.cancelled_on, undone.reason)
    assert tilleuls.assemblies.record(assembly_id).assembly.cancellation_reason == "Salle indisponible"


def test_r312_194_22_a_cancelled_second_convocation_leaves_room_for_another(tilleuls):
    first = convened(tilleuls, TILLEULS)
    attend(tilleuls, first, TILLEULS_KEYS[:8])
    held(tilleuls, first)
    second = tilleuls.assemblies.convene_again(first, date(2026, 12, 30), date(2026, 12, 16))
    tilleuls.assemblies.cancel(second, date(2026, 12, 18), "Salle indisponible")
    third = tilleuls.assemblies.convene_again(first, date(2026, 12, 29), date(2026, 12, 19))
    assert tilleuls.assemblies.record(third).assembly.first_meeting_date == MEETING
    with pytest.raises(ServiceError, match=f"assemblée numéro {third}"):
        tilleuls.assemblies.uncancel(second)
    with pytest.raises(ServiceError, match="déjà été convoquée à nouveau"):
        tilleuls.assemblies.convene_again(first, date(2026, 12, 28), date(2026, 12, 19))


def test_a_cancelled_assembly_goes_through_the_json_file_and_the_same_judgement(tilleuls):
    services = tilleuls
    assembly_id = convened(tilleuls, TILLEULS)
    tilleuls.assemblies.cancel(assembly_id, CANCELLED_ON, "Salle indisponible")
    text = tilleuls.groupements.export_json(TILLEULS)
    data = json.loads(text)
    [exported] = data["assemblies"]
    assert (exported["state"], exported["cancelled_on"], exported["cancellation_reason"]) == (
        "cancelled", "2026-12-05", "Salle indisponible")
    assert services.groupements.check_file(text, date(2030, 6, 30)) == []
    new_id = services.groupements.import_json(text.replace(TILLEULS, TILLEULS + " bis"))
    [summary] = services.assemblies.list(new_id)
    imported = services.assemblies.record(summary.id).assembly
    assert (imported.state, imported.cancelled_on) == (AssemblyState.CANCELLED, CANCELLED_ON)
    exported["cancelled_on"] = "2026-12-16"  # after the meeting: what « cancel » refuses, said the same way
    problems = services.groupements.check_file(json.dumps(data), date(2030, 6, 30))
    assert [p.field for p in problems] == ["assemblies[0].cancelled_on"]
    assert "une assemblée qui s'est réunie se clôt" in problems[0].message
    with pytest.raises(InvalidGroupement):
        services.groupements.import_json(json.dumps(data).replace(TILLEULS, TILLEULS + " ter"))


def test_a_file_gives_a_cancellation_date_only_to_a_cancelled_assembly(tilleuls):
    convened(tilleuls, TILLEULS)
    data = json.loads(tilleuls.groupements.export_json(TILLEULS))
    data["assemblies"][0]["cancelled_on"] = "2026-12-05"
    problems = tilleuls.groupements.check_file(json.dumps(data), date(2030, 6, 30))
    assert [p.field for p in problems] == ["assemblies[0].cancelled_on"]
    data["assemblies"][0]["state"] = "cancelled"
    data["assemblies"][0]["cancelled_on"] = "2030-07-01"  # after today
    problems = tilleuls.groupements.check_file(json.dumps(data), date(2030, 6, 30))
    assert any("n'est pas encore arrivée" in p.message for p in problems)


# --- membership changes ----------------------------------------------------------------------------------

@pytest.fixture
def vitre(vitre_history_base, db_path):
    shutil.copy(vitre_history_base, db_path)
    services = open_services(db_path)
    yield services
    services.close()


def test_the_last_unsigned_change_is_deleted_its_number_freed_then_restored(vitre, db_path):
    """Vitré: 1 admission (avenant published), 2 transfer, 3 withdrawal of C (neither signed)."""
    withdrawal = vitre.membership.history(VITRE).change(3)
    deleted = vitre.membership.delete(VITRE, 3)
    assert [c.number for c in vitre.membership.history(VITRE).changes] == [1, 2]
    assert "C" in vitre.membership.standing(VITRE, date(2029, 6, 1)).keys  # C no longer leaves
    assert vitre.membership.restore(deleted) == 3  # the number was freed: taken again
    restored = vitre.membership.history(VITRE).change(3)
    assert restored.payload == withdrawal.payload and restored.act_date == withdrawal.act_date


def test_a_freed_avenant_number_goes_to_the_next_change(vitre):
    deleted = vitre.membership.delete(VITRE, 3)
    assert vitre.membership.record(VITRE, Change(date(2027, 9, 1), Withdrawal("B"))) == 3
    with pytest.raises(ServiceError, match="Un autre changement a pris le n° 3"):
        vitre.membership.restore(deleted)


def test_art_21_a_signed_avenant_and_a_change_followed_by_others_are_not_deleted(vitre, db_path):
    before = _counts(db_path)
    with pytest.raises(ServiceError, match="l'avenant est signé ou transmis au préfet"):
        vitre.membership.delete(VITRE, 1)
    with pytest.raises(ServiceError, match=r"2 changements enregistrés après lui \(n° 3\)|après lui"):
        vitre.membership.delete(VITRE, 2)
    assert _counts(db_path) == before
    assert vitre.membership.deletion_problem(VITRE, 3) is None
    assert "supprimez d'abord le dernier" in (vitre.membership.deletion_problem(VITRE, 2) or "")


def test_art_9_1_a_change_counted_by_a_held_assembly_is_not_deleted(vitre):
    """C's withdrawal takes effect on 31 December 2028: an assembly held in 2029 froze droits without C."""
    assembly_id = convened(vitre, VITRE, date(2029, 3, 15), date(2029, 2, 20))
    attend(vitre, assembly_id, ["A", "B", "D"])
    vote_all(vitre, assembly_id)
    held(vitre, assembly_id)
    problem = vitre.membership.deletion_problem(VITRE, 3)
    assert problem is not None and "15 mars 2029" in problem and "art. 9-1" in problem
    with pytest.raises(ServiceError, match="a figé des droits sociaux"):
        vitre.membership.delete(VITRE, 3)


# --- a groupement ----------------------------------------------------------------------------------------

def test_a_groupement_without_any_act_is_deleted_and_restored(tilleuls, db_path):
    convened(tilleuls, TILLEULS)
    verdict = tilleuls.groupements.deletion(TILLEULS)
    assert verdict.allowed and "1\u00a0assemblée convoquée" in verdict.losses
    deleted = tilleuls.groupements.delete(TILLEULS)
    assert tilleuls.groupements.list() == []
    counts = _counts(db_path)
    assert all(counts[t] == 0 for t in ("members", "assemblies", "agenda_items", "convention_events",
                                         "allocated_numbers", "representatives"))
    new_id = tilleuls.groupements.restore(deleted)
    assert tilleuls.groupements.get(new_id).denomination == TILLEULS
    assert [s.state for s in tilleuls.assemblies.list(new_id)] == [AssemblyState.CONVENED]


def test_a_groupement_with_a_held_assembly_and_a_signed_avenant_is_not_deleted(vitre, db_path):
    """Vitré: an assembly held on 15 December 2026, avenant n° 1 published."""
    before = _counts(db_path)
    reasons = vitre.groupements.deletion(VITRE).refusals
    assert any("assemblée tenue" in r for r in reasons) and any("n° 1 (art. 21)" in r for r in reasons)
    with pytest.raises(ServiceError, match="ne peut pas être supprimé : 1 assemblée tenue"):
        vitre.groupements.delete(VITRE)
    assert _counts(db_path) == before


def test_a_deleted_groupement_id_given_again_never_shows_the_old_book(tilleuls, example_text):
    """SQLite may give the freed id to the next groupement: what was read of the deleted one is forgotten."""
    old_id = tilleuls.groupements.resolve(TILLEULS)
    assert tilleuls.groupements.get(old_id).denomination == TILLEULS  # read once, kept by the read cache
    tilleuls.groupements.delete(old_id)
    new_id = tilleuls.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    assert new_id == old_id and tilleuls.groupements.get(new_id).denomination == VITRE
    assert tilleuls.membership.history(new_id).groupement.denomination == VITRE


def test_r312_194_22_a_file_with_a_cancelled_second_convocation_then_another_is_accepted(tilleuls):
    first = convened(tilleuls, TILLEULS)
    attend(tilleuls, first, TILLEULS_KEYS[:8])
    held(tilleuls, first)
    second = tilleuls.assemblies.convene_again(first, date(2026, 12, 30), date(2026, 12, 16))
    tilleuls.assemblies.cancel(second, date(2026, 12, 18))
    tilleuls.assemblies.convene_again(first, date(2026, 12, 29), date(2026, 12, 19))
    text = tilleuls.groupements.export_json(TILLEULS)
    assert tilleuls.groupements.check_file(text, date(2030, 6, 30)) == []
    data = json.loads(text)
    data["assemblies"][2]["state"] = "convened"  # two live second convocations of one assembly
    data["assemblies"][2].pop("cancelled_on")
    problems = tilleuls.groupements.check_file(json.dumps(data), date(2030, 6, 30))
    assert any("a déjà été convoquée à nouveau" in p.message for p in problems)
