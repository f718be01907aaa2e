"""The matters on which the assemblée générale deliberates (R312-194-21, convention art. 13-2).

Each agenda item names its matter, because the matter decides the majority (R312-194-22).
"""

from __future__ import annotations

from enum import Enum


class Matter(Enum):
    BUDGET = "1"
    ACCOUNTS = "2"
    ADMINISTRATOR = "3"
    AUDITOR = "4"
    CONVENTION_CHANGE = "5"
    ADMISSION = "6"
    EXCLUSION = "7"
    MISSION_EXPENSES = "8"
    COOPERATION_BODIES = "9"
    AUTHORISATIONS = "10"
    EXTENSION_DISSOLUTION = "11"
    REAL_ESTATE = "12"
    INFORMATION_SHARING = "13"
    PROFESSIONALS = "14"
    MERGERS = "15"
    INTERNAL_RULES = "16"
    CONVENTION_ADDED = "17"
    OTHER = "other"

    @property
    def label(self) -> str:
        return MATTER_LABELS[self]

    @property
    def reference(self) -> str:
        """« 5° » of article R. 312-194-21, or « hors liste » for a free item."""
        return "hors liste" if self is Matter.OTHER else f"{self.value}°"

    @property
    def long_label(self) -> str:
        return self.label if self is Matter.OTHER else f"{self.reference} {self.label}"


MATTER_LABELS = {
    Matter.BUDGET: "budget annuel",
    Matter.ACCOUNTS: "approbation des comptes et affectation des résultats",
    Matter.ADMINISTRATOR: "nomination ou révocation de l'administrateur",
    Matter.AUDITOR: "choix du commissaire aux comptes",
    Matter.CONVENTION_CHANGE: "modification de la convention constitutive",
    Matter.ADMISSION: "admission de nouveaux membres",
    Matter.EXCLUSION: "exclusion d'un membre",
    Matter.MISSION_EXPENSES: "remboursement des indemnités de mission",
    Matter.COOPERATION_BODIES: "adhésion à une structure de coopération ou retrait",
    Matter.AUTHORISATIONS: "demandes d'autorisation",
    Matter.EXTENSION_DISSOLUTION: "prorogation, dissolution ou liquidation du groupement",
    Matter.REAL_ESTATE: "actes immobiliers et baux de plus de dix-huit ans",
    Matter.INFORMATION_SHARING: "communication des informations entre membres",
    Matter.PROFESSIONALS: "conditions d'intervention des professionnels",
    Matter.MERGERS: "calendrier et modalités des fusions ou regroupements",
    Matter.INTERNAL_RULES: "règlement intérieur",
    Matter.CONVENTION_ADDED: "autre compétence prévue par la convention",
    Matter.OTHER: "autre question (information, questions diverses)",
}
