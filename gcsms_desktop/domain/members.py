"""Members of a groupement, their representatives, and the associés kept apart.

R312-194-1 / L312-7: members may be natural or legal persons, of public or private law, profit
or non-profit. Each member is represented at the AG by named natural persons (Art. 13-1).
Associés (Art. 6) are professionals associated by convention: they are not members and never vote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


class PersonKind(Enum):
    LEGAL = "legal"  # personne morale
    NATURAL = "natural"  # personne physique

    @property
    def label(self) -> str:
        return {PersonKind.LEGAL: "personne morale", PersonKind.NATURAL: "personne physique"}[self]


class LegalSector(Enum):
    PUBLIC = "public"  # droit public
    PRIVATE = "private"  # droit privé

    @property
    def label(self) -> str:
        return {LegalSector.PUBLIC: "droit public", LegalSector.PRIVATE: "droit privé"}[self]


class MemberCategory(Enum):
    """Who may be a member (L312-7 3°, R312-194-1)."""

    ESSMS = "essms"
    MANAGING_BODY = "managing_body"
    HEALTH_ESTABLISHMENT = "health_establishment"
    LIBERAL_PROFESSIONAL = "liberal_professional"
    COMMUNE = "commune"
    CCAS = "ccas"
    EPCI = "epci"
    OTHER = "other"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]

    @property
    def forced_sector(self) -> LegalSector | None:
        """Communes, CCAS/CIAS and EPCI are public-law bodies by nature."""
        if self in (MemberCategory.COMMUNE, MemberCategory.CCAS, MemberCategory.EPCI):
            return LegalSector.PUBLIC
        return None


CATEGORY_LABELS = {
    MemberCategory.ESSMS: "établissement ou service social ou médico-social (L. 312-1)",
    MemberCategory.MANAGING_BODY: "organisme gestionnaire (L. 311-1)",
    MemberCategory.HEALTH_ESTABLISHMENT: "établissement de santé (L. 6111-1 CSP)",
    MemberCategory.LIBERAL_PROFESSIONAL: "professionnel libéral (social, médico-social ou sanitaire)",
    MemberCategory.COMMUNE: "commune",
    MemberCategory.CCAS: "CCAS ou CIAS",
    MemberCategory.EPCI: "établissement public de coopération intercommunale",
    MemberCategory.OTHER: "autre personne concourant aux missions des membres",
}


@dataclass(frozen=True)
class Representative:
    """A named natural person who speaks for a member at the AG (Art. 13-1)."""

    name: str
    capacity: str = ""  # qualité : « directeur général », « président »…
    substitute: bool = False  # suppléant


@dataclass(frozen=True)
class Member:
    """A member of the groupement as the convention names it.

    ``key`` is a short stable identifier inside the groupement (« A », « ADMR »…), used to
    attribute parts and to name the administrateur. ``contribution_share`` is the member's key
    of contribution to the charges, in percent, used for droits only when there is no capital.
    """

    key: str
    name: str
    person_kind: PersonKind = PersonKind.LEGAL
    sector: LegalSector = LegalSector.PRIVATE
    profit_making: bool = False
    category: MemberCategory = MemberCategory.ESSMS
    address: str = ""
    short_name: str = ""
    siren: str = ""
    finess: str = ""
    representatives: tuple[Representative, ...] = field(default_factory=tuple)
    contribution_share: Decimal | None = None
    email: str = ""  # where convocations may be e-mailed (issue 13); corrected over time (member_details)
    phone: str = ""

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.short_name})" if self.short_name else self.name

    @property
    def titular_representatives(self) -> tuple[Representative, ...]:
        return tuple(r for r in self.representatives if not r.substitute)

    @property
    def is_liberal_professional(self) -> bool:
        return self.category is MemberCategory.LIBERAL_PROFESSIONAL


@dataclass(frozen=True)
class Associate:
    """A professional associated by convention (Art. 6): not a member, no vote, not staff."""

    name: str
    profession: str = ""
    address: str = ""


def suggest_key(name: str, short_name: str, existing: set[str]) -> str:
    """A short identifier for a new member: its sigle, else the initials of its name, made unique."""
    base = short_name.strip() or "".join(word[0] for word in name.split() if word[:1].isalnum()).upper()
    base = (base or "M")[:20]
    key, counter = base, 2
    while key in existing:
        key, counter = f"{base}{counter}", counter + 1
    return key
