"""No act recorded as done after today, through every use case on a real SQLite file (domain.act_dates),
with the one clock of the services (services.clock, ``GCSMS_DESKTOP_TODAY``). A refusal writes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from gcsms_desktop.domain.assembly import Assembly, AssemblyState
from gcsms_desktop.domain.changes import Change, Withdrawal
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.domain.problems import InvalidGroupement
from gcsms_desktop.services.clock import TODAY_VARIABLE, Clock, InvalidToday, today
from gcsms_desktop.services.context import open_services
from gcsms_desktop.services.errors import InvalidAssembly, InvalidChange, ServiceError
from tests.assembly_factories import MEETING, SENT, agenda, attend, convened, held, vote_all
from tests.documents.test_assembly_pdfs import pages
from tests.integration.test_assemblies import TILLEULS, TILLEULS_KEYS

FOUGERES = "Groupement de coopération sociale de Fougères"


def set_today(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    monkeypatch.setenv(TODAY_VARIABLE, day.isoformat())


# --- the clock -------------------------------------------------------------------------------------

def test_the_clock_is_the_computers_date_unless_the_variable_fixes_it(monkeypatch):
    monkeypatch.delenv(TODAY_VARIABLE)
    assert today() == date.today() and Clock().today() == date.today()
    set_today(monkeypatch, date(2026, 11, 25))
    assert today() == date(2026, 11, 25)
    assert Clock(date(2027, 1, 2)).today() == date(2027, 1, 2), "a clock of its own wins"


@pytest.mark.parametrize(("value", "said"), [
    ("25/11/2026", "une date AAAA-MM-JJ est attendue"),
    ("2026-02-30", "cette date n'existe pas dans le calendrier"),
    ("3026-01-01", "invraisemblable"),
])
def test_a_malformed_today_is_a_french_error(monkeypatch, value, said):
    monkeypatch.setenv(TODAY_VARIABLE, value)
    with pytest.raises(InvalidToday) as caught:
        today()
    assert said in str(caught.value) and TODAY_VARIABLE in str(caught.value)


def test_every_use_case_shares_the_clock_given_to_the_services(db_path):
    clock = Clock(date(2026, 11, 25))
    services = open_services(db_path, clock=clock)
    try:
        assert services.clock is clock
        assert all(service.clock is clock for service in (services.groupements, services.assemblies,
                                                          services.membership, services.printing))
    finally:
        services.close()


# --- assemblies (R. 312-194-20, R. 312-194-22) ----------------------------------------------------------

def test_convocations_cannot_be_sent_after_today_but_the_meeting_may_be_to_come(tilleuls, monkeypatch):
    """R. 312-194-20: the meeting of 15 December is planned; convocations « sent » on 30 November are not,
    on 25 November."""
    assembly_id = tilleuls.assemblies.prepare(TILLEULS, Assembly(MEETING, "Rennes", "14:30", agenda=agenda()))
    set_today(monkeypatch, date(2026, 11, 25))
    with pytest.raises(InvalidAssembly) as caught:
        tilleuls.assemblies.convene(assembly_id, SENT)
    assert ("Les convocations ne peuvent pas être envoyées le 30 novembre 2026 : cette date n'est pas encore "
            "arrivée (aujourd'hui : 25 novembre 2026).") in str(caught.value)
    stored = tilleuls.assemblies.record(assembly_id).assembly
    assert stored.state is AssemblyState.DRAFT and stored.convocation_date is None
    tilleuls.assemblies.convene(assembly_id, date(2026, 11, 25))
    assert tilleuls.assemblies.record(assembly_id).assembly.state is AssemblyState.CONVENED


def test_the_session_is_recorded_from_the_meeting_day_only(tilleuls, monkeypatch):
    """R. 312-194-22: attendance, votes, officers and closing record a meeting that took place."""
    assembly_id = convened(tilleuls, TILLEULS)
    set_today(monkeypatch, date(2026, 12, 14))
    with pytest.raises(InvalidAssembly) as caught:
        attend(tilleuls, assembly_id, TILLEULS_KEYS[:9])
    assert ("La feuille de présence de l'assemblée du 15 décembre 2026 ne peut pas encore être saisie : la réunion "
            "n'a pas encore eu lieu (aujourd'hui : 14 décembre 2026).") in str(caught.value)
    assert tilleuls.assemblies.record(assembly_id).assembly.attendance == ()
    set_today(monkeypatch, MEETING)
    attend(tilleuls, assembly_id, TILLEULS_KEYS[:9])
    set_today(monkeypatch, date(2026, 12, 14))
    with pytest.raises(InvalidAssembly, match="Les votes de l'assemblée du 15 décembre 2026"):
        tilleuls.assemblies.record_votes(assembly_id, 1, {key: Choice.FOR for key in TILLEULS_KEYS[:9]})
    with pytest.raises(InvalidAssembly, match="Le bureau de l'assemblée"):
        tilleuls.assemblies.set_officers(assembly_id, "Mme A", "M. B", "Mme C")
    set_today(monkeypatch, MEETING)
    vote_all(tilleuls, assembly_id)
    tilleuls.assemblies.set_officers(assembly_id, "Mme A", "M. B", "Mme C")
    set_today(monkeypatch, date(2026, 12, 14))
    with pytest.raises(InvalidAssembly, match="L'assemblée du 15 décembre 2026 ne peut pas encore être close"):
        tilleuls.assemblies.close(assembly_id)
    assert tilleuls.assemblies.record(assembly_id).assembly.state is AssemblyState.CONVENED
    set_today(monkeypatch, MEETING)
    tilleuls.assemblies.close(assembly_id)


def test_a_second_convocation_is_not_sent_after_today_and_none_is_kept(tilleuls, monkeypatch):
    """R. 312-194-22: without quorum, the second meeting (30 December) may be to come; its convocations
    « sent » on 17 December are refused on the 16th, and the refused second assembly is not kept."""
    first = convened(tilleuls, TILLEULS)
    attend(tilleuls, first, TILLEULS_KEYS[:8])
    held(tilleuls, first)
    set_today(monkeypatch, date(2026, 12, 16))
    with pytest.raises(InvalidAssembly, match="Les convocations ne peuvent pas être envoyées le 17 décembre 2026"):
        tilleuls.assemblies.convene_again(first, date(2026, 12, 30), date(2026, 12, 17))
    assert len(tilleuls.assemblies.list(TILLEULS)) == 1
    second = tilleuls.assemblies.convene_again(first, date(2026, 12, 30), date(2026, 12, 16))
    assert tilleuls.assemblies.record(second).assembly.state is AssemblyState.CONVENED


def test_a_pv_cannot_be_signed_nor_corrected_after_today(tilleuls, monkeypatch):
    """R. 312-194-22, art. 13: a PV signed « le 16 décembre » on 15 December is refused, and takes no page."""
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS[:9])
    vote_all(tilleuls, assembly_id)
    held(tilleuls, assembly_id)
    set_today(monkeypatch, MEETING)
    with pytest.raises(InvalidAssembly) as caught:
        tilleuls.assemblies.sign(assembly_id, date(2026, 12, 16))
    assert "Le procès-verbal ne peut pas être signé le 16 décembre 2026" in str(caught.value)
    stored = tilleuls.assemblies.record(assembly_id).assembly
    assert stored.state is AssemblyState.HELD and stored.signed_on is None and stored.register_first_page is None
    assert tilleuls.assemblies.register_entries(TILLEULS) == []
    tilleuls.assemblies.sign(assembly_id, MEETING)
    with pytest.raises(InvalidAssembly, match="L'erratum ne peut pas être rédigé le 16 décembre 2026"):
        tilleuls.assemblies.add_erratum(assembly_id, "Lire « Mme Petit ».", date(2026, 12, 16))
    assert tilleuls.assemblies.record(assembly_id).assembly.errata == ()


def test_an_extract_is_made_today_and_not_before_its_pv_is_signed(signed_tilleuls_copy, monkeypatch):
    """Art. 13: « Fait le X » under an extract of a PV signed on 15 December 2026 is today's date; before
    that signature has come, no extract."""
    services = open_services(signed_tilleuls_copy)
    try:
        set_today(monkeypatch, date(2027, 1, 10))
        text = " ".join(pages(services.printing.extract(TILLEULS, "2026-1")))
        assert "Fait le 10 janvier 2027." in text
        assert "procès-verbal signé le 15 décembre 2026" in text
        set_today(monkeypatch, date(2026, 12, 14))
        with pytest.raises(ServiceError, match="son extrait ne peut pas encore être certifié conforme"):
            services.printing.extract(TILLEULS, "2026-1")
        set_today(monkeypatch, date(2027, 1, 10))
        with pytest.raises(ServiceError, match="avant la signature du procès-verbal"):
            services.printing.extract(TILLEULS, "2026-1", date(2026, 12, 1))
    finally:
        services.close()


# --- membership (art. 7, 8, 21) ------------------------------------------------------------------------

def test_a_withdrawal_cannot_be_notified_after_today(services, example_text, monkeypatch):
    """Art. 8-2: the notice is the member's act; « notifié le 1er décembre » on 25 November is refused."""
    services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    vitre = "Groupement de coopération sociale et médico-sociale du Pays de Vitré"
    set_today(monkeypatch, date(2026, 11, 25))
    change = Change(date(2026, 12, 1), Withdrawal("C"))
    assert any("Le retrait ne peut pas être notifié le 1er décembre 2026" in p.message
               for p in services.membership.check(vitre, change)), "the wizard's review page says it too"
    with pytest.raises(InvalidChange, match="Le retrait ne peut pas être notifié le 1er décembre 2026"):
        services.membership.record(vitre, change)
    assert services.membership.history(vitre).changes == ()
    number = services.membership.record(vitre, Change(date(2026, 11, 25), Withdrawal("C")))
    with pytest.raises(InvalidChange) as caught:
        services.membership.set_avenant_dates(vitre, number, ApprovalDates(date(2026, 11, 25), date(2026, 11, 25),
                                                                           date(2026, 12, 20), date(2027, 1, 10)))
    assert "L'arrêté d'approbation de l'avenant n° 1 ne peut pas être publié le 10 janvier 2027" in str(caught.value)
    assert services.membership.change(vitre, number)[1].avenant == ApprovalDates()
    services.membership.set_avenant_dates(vitre, number, ApprovalDates(date(2026, 11, 25)))
    assert services.membership.change(vitre, number)[1].avenant.signature == date(2026, 11, 25)


# --- creation and import (R. 312-194-18) -----------------------------------------------------------------

def test_a_convention_signed_after_today_is_not_imported(services, example_text, monkeypatch):
    """R. 312-194-18: the Tilleuls' convention was signed on 22 November 2026; on 21 November it is not yet,
    and the file is refused whole."""
    set_today(monkeypatch, date(2026, 11, 21))
    with pytest.raises(InvalidGroupement) as caught:
        services.groupements.import_json(example_text("tilleuls-17-parts"))
    assert [p.field for p in caught.value.problems] == ["dates.signature"]
    assert caught.value.problems[0].message == (
        "La convention constitutive ne peut pas être signée le 22 novembre 2026 : cette date n'est pas encore "
        "arrivée (aujourd'hui : 21 novembre 2026).")
    assert services.groupements.list() == []
    set_today(monkeypatch, date(2026, 11, 22))
    services.groupements.import_json(example_text("tilleuls-17-parts"))


def test_a_file_whose_pv_is_signed_after_today_is_not_imported(signed_tilleuls_copy, services, monkeypatch):
    """R. 312-194-22: a file's signed PV (15 December 2026) is refused on 1 December, nothing written."""
    source = open_services(signed_tilleuls_copy)
    try:
        exported = source.groupements.export_json(TILLEULS)
    finally:
        source.close()
    set_today(monkeypatch, date(2026, 12, 1))
    with pytest.raises(InvalidGroupement) as caught:
        services.groupements.import_json(exported)
    assert {"assemblies[0].meeting_date", "assemblies[0].signed_on"} <= {p.field for p in caught.value.problems}
    assert services.groupements.list() == []
