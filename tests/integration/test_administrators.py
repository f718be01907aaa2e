"""Electing the administrateur over time through the services, on a real SQLite file (art. 14,
R. 312-194-21 3°, R. 312-194-23); the convocation PDF signed by the one in office when it is sent."""

from __future__ import annotations

import io
import sqlite3
from datetime import date

import pytest
from pypdf import PdfReader

from gcsms_desktop.domain.assembly import AgendaItem, Assembly
from gcsms_desktop.domain.changes import Deliberation
from gcsms_desktop.domain.mandates import EndReason, Mandate, MandateKind
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.services.errors import InvalidChange, ServiceError
from tests.assembly_factories import attend, held, vote_all
from tests.membership_factories import VITRE

ELECTION_DAY = date(2029, 12, 10)  # Didier Lemoine (A) elected on 15 January 2027: last day 14 January 2030


def election_assembly(services, meeting: date = ELECTION_DAY, sent: date = date(2029, 11, 15)) -> int:
    assembly_id = services.assemblies.prepare(VITRE, Assembly(meeting, "Mairie de Vitré", "10:00", agenda=(
        AgendaItem(Matter.ADMINISTRATOR, "Élection de l'administrateur",
                   "L'assemblée générale élit Paul Texier administrateur du groupement."),
        AgendaItem(Matter.BUDGET, "Budget 2030", "L'assemblée générale adopte le budget 2030."))))
    services.assemblies.convene(assembly_id, sent)
    attend(services, assembly_id, ["A", "B", "C"])
    vote_all(services, assembly_id)
    held(services, assembly_id)
    return assembly_id


@pytest.fixture
def vitre(services, example_text):
    services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    election_assembly(services)
    return services


def texier(number: str = "2029-1", starts_on: date | None = date(2030, 1, 15), **kwargs) -> Mandate:
    return Mandate("C", "Paul Texier", Deliberation(number=number), starts_on, **kwargs)


def stored_mandates(services) -> int:
    with sqlite3.connect(services.path) as connection:
        return connection.execute("SELECT COUNT(*) FROM administrator_mandates").fetchone()[0]


def test_the_register_lists_the_deliberations_of_matter_3(vitre):
    found = vitre.administrators.deliberations(VITRE)
    assert [(d.number, d.decided_on) for d in found] == [("2029-1", ELECTION_DAY)]


def test_successor_elected_ahead_takes_office_the_day_after_the_term(vitre):
    assert vitre.administrators.elect(VITRE, texier()) == 1
    assert vitre.administrators.in_office(VITRE, date(2030, 1, 14)).person_name == "Didier Lemoine"
    office = vitre.administrators.in_office(VITRE, date(2030, 1, 15))
    assert office.person_name == "Paul Texier" and office.kind is MandateKind.ELECTION
    assert office.term_end == date(2033, 1, 14)
    assert office.mandate.deliberation == Deliberation(ELECTION_DAY, "2029-1", Matter.ADMINISTRATOR, True, True)
    assert vitre.administrators.in_office(VITRE).person_name == "Paul Texier"  # today: 30 June 2030
    history = vitre.membership.history(VITRE)
    assert history.groupement.administrator.person_name == "Didier Lemoine"  # the founding one is never rewritten
    assert vitre.administrators.deliberations(VITRE) == []  # cited now
    texts = [d.text for d in vitre.membership.deadlines(VITRE, date(2030, 6, 30))]
    assert ("Élire ou réélire l'administrateur avant le 15 janvier 2033 : le mandat de Paul Texier prend fin le "
            "14 janvier 2033 (art. 14 de la convention, art. R. 312-194-23).") in texts


def test_declared_deliberation_replacement_with_its_reason(vitre):
    declared = Mandate("B", "Odile Martin", Deliberation(date(2028, 6, 3), "AG-2028-4", Matter.ADMINISTRATOR, True),
                       None, EndReason.RESIGNATION)
    vitre.administrators.elect(VITRE, declared)
    administration = vitre.administrators.administration(VITRE)
    founding, replacement = administration.offices
    assert founding.ends_on == date(2028, 6, 2) and founding.ended_by is EndReason.RESIGNATION
    assert replacement.kind is MandateKind.REPLACEMENT and replacement.starts_on == date(2028, 6, 3)
    assert replacement.term_end == date(2031, 6, 2)  # a new full term (art. 14: « nommé pour trois ans »)


@pytest.mark.parametrize(("mandate", "expected"), [
    (Mandate("C", "Jean Inconnu", Deliberation(number="2029-1"), date(2030, 1, 15)),
     "« Jean Inconnu » n'est ni le membre « EHPAD public de La Guerche » ni l'un de ses représentants"),
    (texier("2029-2"), "porte sur : 1° budget annuel ; l'élection de l'administrateur relève du 3°"),
    (Mandate("Z", "Zoé", Deliberation(date(2029, 12, 10), "X-1", Matter.ADMINISTRATOR, True), None),
     "« Z » n'est pas membre du groupement au 10 décembre 2029"),
    (Mandate("C", "Paul Texier", Deliberation(date(2030, 7, 1), "X-2", Matter.ADMINISTRATOR, True), None),
     "La délibération ne peut pas avoir été adoptée le 1er juillet 2030 : cette date n'est pas encore arrivée"),
])
def test_a_refused_election_writes_nothing(vitre, mandate, expected):
    version = vitre.groupements.get(VITRE).version
    with pytest.raises(InvalidChange) as refused:
        vitre.administrators.elect(VITRE, mandate)
    assert expected in str(refused.value)
    assert stored_mandates(vitre) == 0 and vitre.groupements.get(VITRE).version == version


def test_unknown_register_number_without_a_date_is_refused(vitre):
    with pytest.raises(ServiceError, match="n'est pas dans le registre"):
        vitre.administrators.elect(VITRE, texier("2031-9"))
    assert stored_mandates(vitre) == 0


def test_a_deliberation_elects_once(vitre):
    vitre.administrators.elect(VITRE, texier())
    with pytest.raises(InvalidChange, match="a déjà élu « Paul Texier »"):
        vitre.administrators.elect(VITRE, Mandate("B", "Odile Martin", Deliberation(number="2029-1"),
                                                  date(2030, 2, 1)))
    assert stored_mandates(vitre) == 1


# --- the convocation is signed by the administrateur in office when it is sent -------------------------

def _signature(services, assembly_id: int) -> str:
    pdf = services.printing.convocations(VITRE, assembly_id)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages[:1])
    return text.replace("\u2019", "'").split("L'administrateur du groupement", 1)[1].strip()


def test_convocation_signed_by_the_administrateur_in_office_on_its_date(vitre):
    before = vitre.assemblies.prepare(VITRE, Assembly(date(2029, 12, 20), "Mairie de Vitré", "10:00", agenda=(
        AgendaItem(Matter.OTHER, "Questions diverses"),)))
    vitre.assemblies.convene(before, date(2029, 11, 25))
    after = vitre.assemblies.prepare(VITRE, Assembly(date(2030, 3, 20), "Mairie de Vitré", "10:00", agenda=(
        AgendaItem(Matter.OTHER, "Questions diverses"),)))
    vitre.assemblies.convene(after, date(2030, 2, 25))
    assert _signature(vitre, before).startswith("Didier Lemoine")
    assert not _signature(vitre, after).startswith(("Didier Lemoine", "Paul Texier"))  # vacant: signed by hand
    vitre.administrators.elect(VITRE, texier())
    assert _signature(vitre, before).startswith("Didier Lemoine")
    assert _signature(vitre, after).startswith("Paul Texier")
    assert vitre.assemblies.record(after).president_default == "Paul Texier"  # art. 13-1
    assert vitre.assemblies.record(before).president_default == "Didier Lemoine"


def test_consolidated_convention_names_the_administrateur_in_office_at_its_date(vitre):
    vitre.administrators.elect(VITRE, texier())

    def article_14(at: date) -> str:
        pdf = vitre.printing.convention(VITRE, at=at)
        text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
        return text.replace("\u2019", "'").split("Administrateur", 1)[1][:1500]

    assert "Didier Lemoine" in article_14(date(2029, 6, 1)) and "Paul Texier" not in article_14(date(2029, 6, 1))
    after = article_14(date(2030, 2, 1))
    assert "Paul Texier" in after and "jusqu'au 14 janvier 2033" in after
