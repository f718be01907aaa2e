"""Real domain objects for tests: the model convention's examples (annexe VI, art. 7)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from gcsms_desktop.domain.administrator import Administrator
from gcsms_desktop.domain.capital import Capital, Contribution, ContributionKind, number_parts
from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.groupement import ApprovalDates, Groupement
from gcsms_desktop.domain.members import (
    Associate, LegalSector, Member, MemberCategory, PersonKind, Representative,
)
from gcsms_desktop.domain.missions import Mission
from gcsms_desktop.domain.statut import Statut

DENOMINATION = "Groupement de coopération médico-sociale Les Tilleuls"


def member(key: str, name: str | None = None, sector: LegalSector = LegalSector.PRIVATE,
           **kwargs) -> Member:
    defaults: dict[str, Any] = dict(
        key=key, name=name or f"Association {key}", sector=sector,
        address=f"{len(key)} rue des Lilas, 35000 Rennes",
        representatives=(Representative(f"Directeur {key}", "directeur général"),),
    )
    defaults.update(kwargs)
    return Member(**defaults)


def seventeen_parts_groupement(member_count: int = 17) -> Groupement:
    """17 parts of 500 € numbered 1 to 17, one per member (annexe VI, art. 7, example 1)."""
    keys = [f"M{i:02d}" for i in range(1, member_count + 1)]
    members = tuple(member(k) for k in keys)
    per_member = 17 // member_count
    counts = [(k, per_member) for k in keys]
    counts[0] = (keys[0], 17 - per_member * (member_count - 1))
    blocks = number_parts(counts)
    contributions = tuple(Contribution(k, ContributionKind.CASH, c * 50000) for k, c in counts)
    return Groupement(
        denomination=DENOMINATION,
        members=members,
        seat_address="12 rue de la Paix, 35000 Rennes",
        signature_place="Rennes",
        missions=frozenset({Mission.SHARED_EQUIPMENT, Mission.STAFF_TRAINING}),
        object_text="Mutualiser la blanchisserie et la restauration.",
        capital=Capital(50000, blocks, contributions),
        governance=Governance(proxies_allowed=member_count > 2),
        administrator=Administrator(keys[0], f"Directeur {keys[0]}", date(2026, 12, 1)),
        dates=ApprovalDates(signature=date(2026, 11, 22)),
        associates=(Associate("Dr Marie Curie", "médecin coordonnateur"),),
    )


def hundred_parts_groupement() -> Groupement:
    """100 parts of 2 500 €: A nos 01–26, B nos 27–54, C nos 55–100 (annexe VI, art. 7, example 2)."""
    members = (member("A", "Association A"), member("B", "Association B"), member("C", "Association C"))
    blocks = number_parts([("A", 26), ("B", 28), ("C", 46)])
    return Groupement(
        denomination="Groupement de coopération sociale du Pays de Vitré",
        members=members, seat_address="1 place de la Mairie, 35500 Vitré", signature_place="Vitré",
        missions=frozenset({Mission.JOINT_ACTIVITIES}),
        capital=Capital(250000, blocks, (
            Contribution("A", ContributionKind.CASH, 6500000),
            Contribution("B", ContributionKind.CASH, 7000000),
            Contribution("C", ContributionKind.IN_KIND, 11500000, "Bâtiment de la rue Haute"),
        )),
    )


def without_capital_groupement() -> Groupement:
    members = (
        member("CCAS", "CCAS de Fougères", LegalSector.PUBLIC, category=MemberCategory.CCAS,
               contribution_share=Decimal("60")),
        member("ADMR", "ADMR du Pays de Fougères", LegalSector.PRIVATE, contribution_share=Decimal("40")),
        member("DUPONT", "Claire Dupont", LegalSector.PRIVATE, person_kind=PersonKind.NATURAL,
               category=MemberCategory.LIBERAL_PROFESSIONAL, profit_making=True,
               contribution_share=Decimal("0"), representatives=()),
    )
    return Groupement(
        denomination="Groupement de coopération sociale de Fougères", members=members[:2],
        seat_address="Hôtel de ville, 35300 Fougères", statut_choice=Statut.PUBLIC,
        missions=frozenset({Mission.NETWORKS}), duration=Duration(10),
        governance=Governance(proxies_allowed=False),
    )


def one_part_each_groupement(size: int) -> Groupement:
    """``size`` associations holding one 500 € part each: a groupement of any size."""
    members = tuple(member(f"M{i:03d}", f"Association membre n° {i}") for i in range(1, size + 1))
    counts = [(m.key, 1) for m in members]
    capital = Capital(50000, number_parts(counts),
                      tuple(Contribution(k, ContributionKind.CASH, 50000) for k, _ in counts))
    return replace(seventeen_parts_groupement(), members=members, capital=capital, administrator=None,
                   denomination=f"Groupement de coopération sociale de {size} membres")
