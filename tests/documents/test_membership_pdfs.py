"""Avenant, registre des parts, tableau des droits, consolidated convention and list of changes,
printed from a real SQLite file and read back."""

from __future__ import annotations

from datetime import date

import pytest

from gcsms_desktop.services.context import open_services
from gcsms_desktop.services.errors import ServiceError
from tests.documents.test_assembly_pdfs import pages
from tests.membership_factories import VITRE


@pytest.fixture
def vitre(vitre_history_base):
    """Services on Vitré after an admission, a transfer and a withdrawal (tests.membership_factories),
    built once for the module: these tests only print from it."""
    services = open_services(vitre_history_base)
    yield services
    services.close()


def test_shares_register_lists_each_numbers_holders_over_time(vitre):
    text = " ".join(pages(vitre.printing.shares_register(VITRE, date(2029, 1, 1))))
    assert "Registre des parts sociales" in text
    assert ("nos 50 à 54 CCAS de Vitré 1er septembre 2026 constitution 1er juin 2027 cession de parts (avenant n° 2) 5"
            in text)
    assert "nos 50 à 54 Association Les Genêts 1er juin 2027 cession de parts (avenant n° 2) en cours 5" in text
    assert "nos 55 à 100 EHPAD public de La Guerche 1er septembre 2026 constitution 31 décembre 2028 retrait" in text
    assert "nos 101 à 120 Association Les Genêts 1er février 2027" in text


def test_avenant_of_admission_cites_the_deliberation_and_the_new_distribution(vitre):
    text = " ".join(pages(vitre.printing.avenant(VITRE, 1, date(2026, 12, 16))))
    assert "Avenant n° 1" in text
    assert "délibération n° 2026-2 de l’assemblée générale du 15 décembre 2026" in text
    assert "adoptée à l’unanimité" in text
    assert "Association Les Genêts nos 101 à 120 20 20/120 16,67 %" in text
    assert "Transmis pour approbation au préfet le 18 décembre 2026" in text


def test_avenant_of_withdrawal_records_the_share_of_debts(vitre):
    text = " ".join(pages(vitre.printing.avenant(VITRE, 3)))
    assert "le retrait prend effet le 31 décembre 2028" in text
    assert "s’élève à 12 500 €" in text
    assert "EHPAD public de La Guerche" not in text.split("Nouvelle répartition")[1]


def test_art_8_2_avenant_of_a_two_member_withdrawal_dates_the_dissolution_with_the_withdrawal(services,
                                                                                                example_text):
    from gcsms_desktop.domain.changes import Change, Withdrawal

    services.groupements.import_json(example_text("fougeres-sans-capital"))
    name = "Groupement de coopération sociale de Fougères"
    number = services.membership.record(name, Change(date(2027, 5, 20), Withdrawal("ADMR")))
    text = " ".join(pages(services.printing.avenant(name, number)))
    assert "le retrait prend effet le 31 décembre 2027, à l’expiration de l’exercice budgétaire" in text
    assert "entraîne de plein droit sa dissolution, le 1er janvier 2028" in text
    assert "20 mai 2027" in text and "dissolution, le 20 mai" not in text


def test_rights_table_shows_the_regularised_droits(vitre):
    before = " ".join(pages(vitre.printing.rights_table(VITRE, date(2027, 12, 31))))
    assert "Association Les Genêts nos 50 à 54, nos 101 à 120 25 0/100" in before
    after = " ".join(pages(vitre.printing.rights_table(VITRE, date(2028, 1, 1))))
    assert "Association Les Genêts nos 50 à 54, nos 101 à 120 25 25/120 20,83 %" in after


def test_consolidated_convention_states_the_situation_and_the_avenants_not_yet_approved(vitre):
    """Art. 21: the text states the situation on its date (the rights table's), naming the avenants the
    préfet approved and the changes in force whose avenant he has not approved yet."""
    text = " ".join(pages(vitre.printing.convention(VITRE, at=date(2029, 1, 1))))
    assert "consolidée au 1er janvier 2029" in text
    assert "avenants approuvés (n° 1)" in text
    assert "dont l’avenant n’est pas encore approuvé par le préfet (n° 2, n° 3)" in text
    assert "EHPAD public de La Guerche" not in text  # withdrawn on 31 December 2028 (art. 8-2)
    assert "Association Les Genêts" in text
    original = " ".join(pages(vitre.printing.convention(VITRE)))
    assert "Association Les Genêts" not in original


def test_changes_between_two_dates(vitre):
    text = " ".join(pages(vitre.printing.changes(VITRE, date(2027, 1, 1), date(2027, 12, 31))))
    assert "1er février 2027 : adhésion de « Association Les Genêts » (avenant n° 1)" in text
    assert "1er juin 2027 : cession des parts" in text
    assert "retrait" not in text.split("Situation au")[0]
    with pytest.raises(ServiceError, match="doit suivre"):
        vitre.printing.changes(VITRE, date(2028, 1, 1), date(2027, 1, 1))


def test_rights_table_without_capital_after_a_dissolution(services, example_text):
    from gcsms_desktop.domain.changes import Change, Withdrawal

    services.groupements.import_json(example_text("fougeres-sans-capital"))
    name = "Groupement de coopération sociale de Fougères"
    services.membership.record(name, Change(date(2027, 3, 1), Withdrawal("ADMR")))
    text = " ".join(pages(services.printing.rights_table(name, date(2027, 12, 31))))
    assert "dissous" not in text  # art. 8-2: the withdrawal and the dissolution take effect after 31 December
    assert "CCAS de Fougères 60/100 60 %" in text
    assert "d’après les clés de contribution des membres le 31 décembre 2026" in text
    text = " ".join(pages(services.printing.rights_table(name, date(2028, 1, 1))))
    assert "Groupement dissous de plein droit le 1er janvier 2028 (retrait de « ADMR du Pays de Fougères », " \
           "notifié le 1er mars 2027" in text
    assert "art. 8-2 et 20 de la convention)." in text
    assert "ADMR" not in text.split("de la convention).")[1]


def test_art_8_4_and_9_2_the_withdrawal_avenant_says_how_the_share_of_debts_was_reckoned(vitre):
    """Art. 8-4: the outgoing member bears the debts of its exit day; art. 9-2: by its droits."""
    text = " ".join(pages(vitre.printing.avenant(VITRE, 3)))
    assert ("s’élève à 12 500 €, soit sa part, proportionnelle à ses droits sociaux (46/120) au jour de sa sortie, "
            "le 31 décembre 2028, des dettes et charges du groupement à cette date (art. 9-2) ; le membre sortant "
            "en reste tenu (art. 8-4)" in text)
