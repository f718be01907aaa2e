"""One situation at a date (issue 12, point 5): the consolidated convention, the tableau des droits and
« members --at » give the same droits for the same date (art. 9-1 of the convention, R. 312-194-7 6°),
the apports listed add up to the capital printed (art. 7), and a member admitted by avenant is named
as such, not among the founders who signed the convention (art. 8-1)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from gcsms_desktop.domain.capital import ContributionKind, Subscription, founding_capital
from gcsms_desktop.domain.changes import Admission, Change, Deliberation, PartTransfer
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.interchange import groupement_json
from gcsms_desktop.services.context import Services, open_services
from tests.cli.test_cli import run
from tests.documents.test_assembly_pdfs import pages
from tests.factories import member, seventeen_parts_groupement

NAME = "Groupement de coopération sociale du Val de Vilaine"
ADMITTED = ApprovalDates(date(2026, 9, 20), date(2026, 9, 22), date(2026, 10, 20), date(2026, 11, 2))
ON = date(2026, 11, 20)  # after the admission's publication, before the next 1 January


def val_de_vilaine(january_regularisation: bool = True):
    """A 4, B 4, C 4, D 3: 15 parts of 1 000 € (A's apport in kind), signed 6 March 2026."""
    g = seventeen_parts_groupement(4)
    keys = [m.key for m in g.members]
    subscriptions = [Subscription(keys[0], 4, ContributionKind.IN_KIND, "Véhicule de portage de repas"),
                     Subscription(keys[1], 4), Subscription(keys[2], 4), Subscription(keys[3], 3)]
    return replace(g, denomination=NAME, capital=founding_capital(100_000, subscriptions),
                   governance=replace(g.governance, january_regularisation=january_regularisation),
                   dates=ApprovalDates(date(2026, 3, 6), date(2026, 3, 9), date(2026, 4, 10), date(2026, 4, 15)))


def admit_n(services: Services) -> None:
    """N admitted with 3 new parts (nos 16 à 18), avenant n° 1 published on 2 November 2026."""
    number = services.membership.record(NAME, Change(
        date(2026, 9, 15), Admission(member("N", "Association Nouvelle Vague"), 3),
        Deliberation(date(2026, 9, 15), "2026-4", Matter.ADMISSION, True, True)))
    services.membership.set_avenant_dates(NAME, number, ADMITTED)


@pytest.fixture(params=[True, False], ids=["clause", "sans-clause"])
def scenario(request, services: Services) -> tuple[Services, bool]:
    services.groupements.create(val_de_vilaine(request.param))
    admit_n(services)
    return services, request.param


def droits_in_rights_table(text: str) -> dict[str, str]:
    return dict(re.findall(r"(Association M0\d|Association Nouvelle Vague) [^/]*? (\d+/\d+)", text))


def test_consolidated_convention_rights_table_and_members_at_agree(scenario, db_path: Path, capsys):
    """Art. 9-1: with the model's clause the droits on 20 November 2026 are those of 31 December 2025,
    4/15… and 0/15 for N; without it, those of the day, 4/18… and 3/18 — in all three."""
    services, clause = scenario
    expected = ({"M01": "4/15", "M02": "4/15", "M03": "4/15", "M04": "3/15", "N": "0/15"} if clause else
                {"M01": "4/18", "M02": "4/18", "M03": "4/18", "M04": "3/18", "N": "3/18"})
    convention = " ".join(pages(services.printing.convention(NAME, date(2026, 11, 21), at=ON)))
    article_9 = convention.split("Détermination des droits sociaux")[1].split("9-2")[0]
    table = " ".join(pages(services.printing.rights_table(NAME, ON)))
    for key, droits in expected.items():
        name = "Association Nouvelle Vague" if key == "N" else f"Association {key}"
        assert re.search(rf"{name} \d+ voix {droits} ", article_9), (key, article_9)
        assert re.search(rf"{name} [^%]*? {droits} ", table), (key, table)
    services.close()
    code, out, _ = run(capsys, "--db", str(db_path), "members", NAME, "--at", ON.isoformat(), "--json")
    assert code == 0
    assert {m["key"]: m["droits"] for m in json.loads(out)["members"]} == expected
    if clause:
        assert ("Droits sociaux de la convention constitutive : la première régularisation aura lieu au "
                "1er janvier 2027") in article_9
        assert "La régularisation est effectuée au 1er janvier suivant la date des changements effectifs." in convention
        assert ("La répartition des parts de l’article 7 (Association Nouvelle Vague) ne donnera ses droits qu’à la "
                "régularisation du 1er janvier 2027.") in article_9
    else:
        assert "la convention ne prévoit pas de régularisation au 1er janvier" in article_9
        assert "la convention ne prévoit pas de régularisation au 1er janvier" in table
        assert "régularisation est effectuée au 1er janvier" not in convention
        assert "s’applique dès la prise d’effet de chaque changement" in convention


def test_apports_listed_add_up_to_the_capital_printed(scenario):
    """Art. 7 and 8-1: 18 parts of 1 000 € = 18 000 €; the founders' 15 000 € and N's 3 parts subscribed
    by avenant, an apport en numéraire of 3 000 €."""
    services, _ = scenario
    text = " ".join(pages(services.printing.convention(NAME, date(2026, 11, 21), at=ON)))
    article_7 = text.split("Article 7")[1].split("Article 8")[0]
    assert "le capital du groupement est de 18 000 €, réparti en 18 parts sociales" in article_7
    assert ("À la constitution, Association M01 apporte en nature Véhicule de portage de repas, évalué à son coût "
            "réel à 4 000 € (4 parts, nos 1 à 4)") in article_7
    assert ("Par l’avenant n° 1 (en vigueur le 2 novembre 2026), Association Nouvelle Vague apporte en numéraire "
            "3 000 € en souscrivant 3 parts nouvelles de 1 000 € (nos 16 à 18)") in article_7
    apports = [int(x.replace("\u202f", "").replace(" ", "")) for x in re.findall(r"apporte en \w+ [^€]*?([\d  ]+) €",
                                                                                  article_7)]
    assert sum(apports) == 18_000
    assert "Total des apports : 18 000 €, montant du capital." in article_7


def test_admitted_member_signs_apart_from_the_founders(scenario):
    """Art. 8-1: N adhered by avenant n° 1; it did not sign the convention on 6 March 2026."""
    services, _ = scenario
    text = " ".join(pages(services.printing.convention(NAME, date(2026, 11, 21), at=ON)))
    signatures = text.split("Article 22")[1]
    founders, admitted = signatures.split("Membres admis depuis")
    assert "Fait à Rennes, le 6 mars 2026, en 5 exemplaires originaux." in founders
    assert "Nouvelle Vague" not in founders
    assert "approuvée par arrêté du préfet du 10 avril 2026, publié le 15 avril 2026" in admitted
    assert "transmise ce jour pour approbation" not in signatures
    assert ("Association Nouvelle Vague représentée par Directeur N, directeur général Membre admis par l’avenant "
            "n° 1 du 20 septembre 2026 (publié le 2 novembre 2026).") in admitted
    article_1 = text.split("Article 1er")[1].split("Article 2")[0]
    assert article_1.index("Association M04") < article_1.index("Ont adhéré depuis") < article_1.index(
        "Association Nouvelle Vague")
    assert "admis par l’avenant n° 1 du 20 septembre 2026 (publié le 2 novembre 2026)" in article_1
    assert "intégrant les avenants approuvés (n° 1)" in text


def test_parts_acquired_by_cession_are_no_apport(services: Services):
    """Art. 7: after M02 sells parts 5 to 6 to N, N holds 2 parts acquired and 3 subscribed; the apports
    (M02 keeps 2 000 € of its own) and the parts acquired add up to the capital; the cession, not yet
    approved by the préfet, is named as a change in force pending approval (art. 21)."""
    services.groupements.create(val_de_vilaine())
    admit_n(services)
    services.membership.record(NAME, Change(
        date(2026, 12, 1), PartTransfer("M02", 5, 6, buyer_key="N"),
        Deliberation(date(2026, 11, 25), "", Matter.CONVENTION_CHANGE, True, True)))
    text = " ".join(pages(services.printing.convention(NAME, date(2026, 12, 2), at=date(2026, 12, 2))))
    article_7 = text.split("Article 7")[1].split("Article 8")[0]
    assert "À la constitution, Association M02 apporte en numéraire 2 000 € (2 parts, nos 7 à 8)" in article_7
    assert ("Par l’avenant n° 2 (en vigueur le 1er décembre 2026), Association Nouvelle Vague acquiert par cession "
            "(cédant : Association M02) 2 parts d’une valeur nominale de 2 000 € (nos 5 à 6)") in article_7
    assert ("Total des apports : 16 000 € ; parts acquises par cession : 2 000 € ; ensemble : 18 000 €, "
            "montant du capital.") in article_7
    assert "dont l’avenant n’est pas encore approuvé par le préfet (n° 2)" in text


def test_january_regularisation_false_survives_export_and_import(services: Services, tmp_path: Path):
    """Art. 9-1 as a choice of the convention: a convention without the clause exports it and another
    base reads it back the same."""
    services.groupements.create(val_de_vilaine(False))
    text = services.groupements.export_json(NAME)
    assert '"january_regularisation": false' in text
    assert groupement_json.loads(text).governance.january_regularisation is False
    other = open_services(tmp_path / "autre.sqlite")
    try:
        other.groupements.import_json(text)
        assert other.groupements.get(NAME).governance.january_regularisation is False
    finally:
        other.close()


def test_capital_of_a_groupement_without_changes_is_its_founders_apports(services: Services):
    """Art. 7: consolidated at a date with no avenant, the convention's own apports are printed."""
    services.groupements.create(val_de_vilaine())
    text = " ".join(pages(services.printing.convention(NAME, date(2026, 5, 2), at=date(2026, 5, 1))))
    assert "Aucun avenant en vigueur à cette date" in text
    assert "À la constitution, Association M04 apporte en numéraire 3 000 € (3 parts, nos 13 à 15)" in text
    assert "Membres admis depuis" not in text


def test_droits_basis_is_the_one_rule_of_the_clause():
    """Art. 9-1: the droits on a date come from the 31 December before it under the model's clause,
    from the date itself without it."""
    from gcsms_desktop.domain.standing import droits_basis

    assert droits_basis(True, date(2026, 11, 20)) == date(2025, 12, 31)
    assert droits_basis(False, date(2026, 11, 20)) == date(2026, 11, 20)


def test_avenant_and_preview_follow_the_clause(scenario):
    """Art. 9-1: the avenant's new distribution and the change preview say when the droits follow."""
    from gcsms_desktop.domain.change_preview import consequence

    services, clause = scenario
    avenant = " ".join(pages(services.printing.avenant(NAME, 1, date(2026, 11, 21))))
    history = services.membership.history(NAME)
    preview = consequence(history, Change(date(2026, 12, 1), PartTransfer("M02", 5, 6, buyer_key="N")))
    if clause:
        assert "les droits sociaux correspondants sont régularisés au 1er janvier suivant (art. 9-1)" in avenant
        assert "régularisés au 1er janvier suivant" in preview
    else:
        assert "les droits sociaux correspondants s’appliquent dès cette date (art. 9-1)" in avenant
        assert preview == "Les droits sociaux suivront la nouvelle répartition dès sa prise d'effet (art. 9-1)."


def test_consolidated_convention_without_capital_prints_the_contribution_keys(services: Services, example_text):
    """Art. 9-1 without capital: the droits are the contribution keys, as the rights table prints them."""
    services.groupements.import_json(example_text("fougeres-sans-capital"))
    name = "Groupement de coopération sociale de Fougères"
    text = " ".join(pages(services.printing.convention(name, date(2027, 3, 2), at=date(2027, 3, 1))))
    article_9 = text.split("Détermination des droits sociaux")[1].split("9-2")[0]
    table = " ".join(pages(services.printing.rights_table(name, date(2027, 3, 1))))
    assert "CCAS de Fougères 60/100 60 %" in article_9 and "CCAS de Fougères 60/100 60 %" in table
    assert "Le groupement est constitué sans capital." in text
