"""Regenerate gcsms_desktop/resources/examples/*.json from the model convention's examples (annexe VI, art. 7).

Run once when the format changes; the files are then checked by the tests.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from gcsms_desktop.domain.administrator import Administrator
from gcsms_desktop.domain.capital import Capital, Contribution, ContributionKind, number_parts
from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.groupement import ApprovalDates, Groupement
from gcsms_desktop.domain.members import (
    Associate, LegalSector, Member, MemberCategory, Representative,
)
from gcsms_desktop.domain.missions import Mission
from gcsms_desktop.domain.statut import Statut
from gcsms_desktop.interchange.groupement_json import dumps

OUT = Path(__file__).resolve().parent.parent / "gcsms_desktop" / "resources" / "examples"

SEVENTEEN = [
    ("EHPAD Les Glycines", "GLY", "Marie Le Goff", "directrice"),
    ("Association Ty Coz", "TYC", "Yann Morvan", "président"),
    ("SAAD Bocage Services", "SBS", "Anne Guéguen", "directrice"),
    ("Foyer de vie Ker Avel", "KAV", "Pierre Le Bihan", "directeur"),
    ("ESAT Les Ateliers du Couesnon", "ADC", "Sophie Hamon", "directrice"),
    ("Association Handi'Cap 35", "HC35", "Luc Tanguy", "président"),
    ("SSIAD du Pays de Redon", "SSIAD", "Claire Riou", "infirmière coordinatrice"),
    ("EHPAD Saint-Joseph", "ESJ", "Hervé Le Roux", "directeur"),
    ("Association Rayon de Soleil", "RDS", "Nathalie Pichon", "présidente"),
    ("IME Les Korrigans", "IMEK", "Gwenaël Le Meur", "directeur"),
    ("Résidence autonomie Les Hortensias", "RAH", "Isabelle Cadiou", "directrice"),
    ("SESSAD L'Envol", "ENV", "Thomas Jaouen", "directeur"),
    ("Association L'Âge d'or", "AGO", "Monique Prigent", "présidente"),
    ("Foyer d'accueil médicalisé Les Ajoncs", "FAM", "Erwan Kerjean", "directeur"),
    ("Accueil de jour Le Lien", "LIEN", "Sylvie Le Gall", "responsable"),
    ("Association Aide à domicile en milieu rural de Vitré", "ADMR", "Jean-Paul Bréhier", "président"),
    ("Centre d'habitat Les Peupliers", "CHP", "Valérie Guillou", "directrice"),
]


def tilleuls() -> Groupement:
    members = tuple(
        Member(key=sigle, name=name, short_name=sigle, sector=LegalSector.PRIVATE, category=MemberCategory.ESSMS,
               address=f"{i + 3} rue de Brest, 35000 Rennes",
               representatives=(Representative(rep, capacity),))
        for i, (name, sigle, rep, capacity) in enumerate(SEVENTEEN))
    blocks = number_parts([(m.key, 1) for m in members])
    return Groupement(
        denomination="Groupement de coopération médico-sociale Les Tilleuls", short_name="GCMS Les Tilleuls",
        members=members,
        seat_address="12 rue de la Paix, 35000 Rennes", signature_place="Rennes",
        missions=frozenset({Mission.SHARED_EQUIPMENT, Mission.EVALUATION_QUALITY, Mission.STAFF_TRAINING}),
        object_text="Mutualiser la blanchisserie, la restauration et la formation continue des personnels.",
        capital=Capital(50000, blocks, tuple(Contribution(m.key, ContributionKind.CASH, 50000) for m in members)),
        governance=Governance(proxies_allowed=True),
        administrator=Administrator("GLY", "Marie Le Goff"),
        dates=ApprovalDates(signature=date(2026, 11, 22)),
        recitals=("les délibérations des conseils d'administration des membres fondateurs",),
        associates=(Associate("Dr Annick Le Saux", "médecin gériatre libéral", "Rennes"),),
    )


def vitre() -> Groupement:
    members = (
        Member("A", "Centre hospitalier de Vitré", sector=LegalSector.PUBLIC,
               category=MemberCategory.HEALTH_ESTABLISHMENT, address="30 route de Rennes, 35500 Vitré",
               finess="350000139", representatives=(Representative("Didier Lemoine", "directeur"),)),
        Member("B", "CCAS de Vitré", sector=LegalSector.PUBLIC, category=MemberCategory.CCAS,
               address="Place du Château, 35500 Vitré",
               representatives=(Representative("Odile Martin", "vice-présidente"),)),
        Member("C", "EHPAD public de La Guerche", sector=LegalSector.PUBLIC, category=MemberCategory.ESSMS,
               address="2 rue du Cheval blanc, 35130 La Guerche-de-Bretagne",
               representatives=(Representative("Karine Fournier", "directrice"),
                                Representative("Paul Texier", "cadre de santé", substitute=True))),
    )
    blocks = number_parts([("A", 26), ("B", 28), ("C", 46)])
    return Groupement(
        denomination="Groupement de coopération sociale et médico-sociale du Pays de Vitré",
        members=members, seat_address="30 route de Rennes, 35500 Vitré", signature_place="Vitré",
        missions=frozenset({Mission.JOINT_ACTIVITIES, Mission.SHARED_EQUIPMENT}),
        duration=Duration(20),
        capital=Capital(250000, blocks, (
            Contribution("A", ContributionKind.CASH, 6500000),
            Contribution("B", ContributionKind.CASH, 7000000),
            Contribution("C", ContributionKind.IN_KIND, 11500000, "le bâtiment de l'accueil de jour, 4 rue Haute"),
        )),
        governance=Governance(proxies_allowed=True, convocation_days=21),
        administrator=Administrator("A", "Didier Lemoine", date(2027, 1, 15)),
        dates=ApprovalDates(signature=date(2026, 9, 1), sent_to_prefect=date(2026, 9, 8),
                            approval_order=date(2026, 10, 20), publication=date(2026, 10, 30)),
    )


def fougeres() -> Groupement:
    members = (
        Member("CCAS", "CCAS de Fougères", sector=LegalSector.PUBLIC, category=MemberCategory.CCAS,
               address="2 rue Porte Saint-Léonard, 35300 Fougères", contribution_share=Decimal("60"),
               representatives=(Representative("Hélène Robin", "vice-présidente"),)),
        Member("ADMR", "ADMR du Pays de Fougères", sector=LegalSector.PRIVATE, category=MemberCategory.MANAGING_BODY,
               address="5 rue de Nantes, 35300 Fougères", siren="775680459", contribution_share=Decimal("40"),
               representatives=(Representative("Bernard Jouan", "président"),)),
    )
    return Groupement(
        denomination="Groupement de coopération sociale de Fougères", members=members,
        seat_address="2 rue Porte Saint-Léonard, 35300 Fougères", signature_place="Fougères",
        statut_choice=Statut.PUBLIC, missions=frozenset({Mission.NETWORKS, Mission.JOINT_INTERVENTIONS}),
        duration=Duration(10), governance=Governance(proxies_allowed=False),
    )


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, factory in (("tilleuls-17-parts", tilleuls), ("pays-de-vitre-100-parts", vitre),
                          ("fougeres-sans-capital", fougeres)):
        (OUT / f"{name}.json").write_text(dumps(factory()), encoding="utf-8")
        print(OUT / f"{name}.json")
