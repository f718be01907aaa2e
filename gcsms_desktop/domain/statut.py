"""Legal nature of the groupement (Art. 2) and the accounting regime that follows.

R312-194-16 (as amended 2013): the statut and whether the groupement exercises its members'
missions directly decide the budget and accounting rules written in Art. 10.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from gcsms_desktop.domain.members import LegalSector, Member


class Statut(Enum):
    PUBLIC = "public"
    PRIVATE = "private"

    @property
    def label(self) -> str:
        return {Statut.PUBLIC: "personne morale de droit public",
                Statut.PRIVATE: "personne morale de droit privé"}[self]


@dataclass(frozen=True)
class StatutDerivation:
    """What the members' nature says about the statut: fixed, or a choice for the members."""

    fixed: Statut | None
    reason: str

    @property
    def members_choose(self) -> bool:
        return self.fixed is None


def derive_statut(members: tuple[Member, ...]) -> StatutDerivation:
    """Art. 2 / R312-194-17 reading of the guide.

    All public-law members, or public-law members with liberal professionals → public law;
    all private-law members → private law; otherwise the members choose.
    """
    if not members:
        return StatutDerivation(None, "Aucun membre saisi : le statut ne peut pas encore être déterminé.")
    institutional = [m for m in members if not m.is_liberal_professional]
    if institutional and all(m.sector is LegalSector.PUBLIC for m in institutional):
        with_liberal = len(institutional) < len(members)
        return StatutDerivation(Statut.PUBLIC, (
            "Tous les membres sont de droit public ou professionnels libéraux : le groupement est de droit public."
            if with_liberal else "Tous les membres sont de droit public : le groupement est de droit public."))
    if all(m.sector is LegalSector.PRIVATE for m in members):
        return StatutDerivation(Statut.PRIVATE,
                                "Tous les membres sont de droit privé : le groupement est de droit privé.")
    return StatutDerivation(None, "Les membres sont de droit public et de droit privé : "
                                  "ils choisissent le statut du groupement.")


def resolve_statut(members: tuple[Member, ...], chosen: Statut | None) -> Statut | None:
    """The statut that applies: the derived one when fixed, else the members' choice."""
    derived = derive_statut(members)
    return derived.fixed if derived.fixed is not None else chosen


class AccountingRegime(Enum):
    PUBLIC_GBCP = "public_gbcp"
    PUBLIC_ESSMS = "public_essms"
    PRIVATE_COMMON = "private_common"
    PRIVATE_NONPROFIT_ESSMS = "private_nonprofit_essms"
    PRIVATE_PROFIT_ESSMS = "private_profit_essms"

    @property
    def label(self) -> str:
        return REGIME_LABELS[self]


REGIME_LABELS = {
    AccountingRegime.PUBLIC_GBCP: "règles de la comptabilité publique (décret n° 2012-1246 du 7 novembre 2012 "
                                  "relatif à la gestion budgétaire et comptable publique), avec un agent comptable",
    AccountingRegime.PUBLIC_ESSMS: "articles R. 314-64 à R. 314-74 du code de l'action sociale et des familles",
    AccountingRegime.PRIVATE_COMMON: "règles de la comptabilité privée",
    AccountingRegime.PRIVATE_NONPROFIT_ESSMS:
        "articles R. 314-80 à R. 314-100 du code de l'action sociale et des familles",
    AccountingRegime.PRIVATE_PROFIT_ESSMS:
        "articles R. 314-101 à R. 314-104 du code de l'action sociale et des familles",
}


def accounting_regime(statut: Statut, exercises_missions: bool, members: tuple[Member, ...]) -> AccountingRegime:
    """R312-194-16: budget and accounting rules.

    ``exercises_missions`` is true when the objet includes the direct exercise of members'
    missions (L312-7 3° b). A profit-making member sends a private groupement to R314-101 to
    R314-104; the « non habilité à l'aide sociale » case of the text is not modelled (see docs).
    """
    if statut is Statut.PUBLIC:
        return AccountingRegime.PUBLIC_ESSMS if exercises_missions else AccountingRegime.PUBLIC_GBCP
    if not exercises_missions:
        return AccountingRegime.PRIVATE_COMMON
    if any(m.profit_making for m in members):
        return AccountingRegime.PRIVATE_PROFIT_ESSMS
    return AccountingRegime.PRIVATE_NONPROFIT_ESSMS
