"""The groupement as its convention constitutive describes it (R312-194-7)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from gcsms_desktop.domain.administrator import Administrator
from gcsms_desktop.domain.capital import Capital
from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.members import Associate, Member
from gcsms_desktop.domain.missions import Mission
from gcsms_desktop.domain.statut import Statut, resolve_statut
from gcsms_desktop.domain.voting_rights import VotingRights, compute_rights


@dataclass(frozen=True)
class ApprovalDates:
    """R312-194-18: signed, sent to the préfet, approved by order, published (legal personality)."""

    signature: date | None = None
    sent_to_prefect: date | None = None
    approval_order: date | None = None
    publication: date | None = None


@dataclass(frozen=True)
class Groupement:
    denomination: str
    members: tuple[Member, ...] = field(default_factory=tuple)
    short_name: str = ""
    seat_address: str = ""
    signature_place: str = ""
    statut_choice: Statut | None = None
    missions: frozenset[Mission] = frozenset()
    object_text: str = ""
    duration: Duration = Duration()
    capital: Capital | None = None
    associates: tuple[Associate, ...] = field(default_factory=tuple)
    governance: Governance = Governance()
    administrator: Administrator | None = None
    dates: ApprovalDates = ApprovalDates()
    preamble: str = ""
    recitals: tuple[str, ...] = field(default_factory=tuple)  # « Vu … » lines after the CASF one
    email: str = ""  # the groupement's contact details (member_details.GroupementContact)
    phone: str = ""
    # Articles whose wording an avenant replaced (domain.amendments): number → text; none in a convention
    # as signed, set on the consolidated convention at a date.
    article_texts: tuple[tuple[str, str], ...] = ()
    # How many times the stored groupement was written: a window that read an older one may not write.
    version: int = field(default=0, compare=False)

    @property
    def statut(self) -> Statut | None:
        return resolve_statut(self.members, self.statut_choice)

    @property
    def with_capital(self) -> bool:
        return self.capital is not None

    @property
    def exercises_missions(self) -> bool:
        """L312-7 3° b: direct exercise of the members' missions (decides Art. 10 accounting)."""
        return Mission.DIRECT_EXERCISE in self.missions

    def rights(self) -> tuple[VotingRights, ...]:
        return compute_rights(self.capital, self.members)

    def member(self, key: str) -> Member | None:
        return next((m for m in self.members if m.key == key), None)

    @property
    def assembly_president(self) -> str:
        """Art. 13-1: the administrateur presides the AG unless the convention names someone else.

        Empty when nobody is known yet (no administrateur elected): the AG then designates one
        of the members' representatives unanimously, and the user types the name."""
        if not self.governance.president_is_administrator:
            return self.governance.president_other
        return self.administrator.person_name if self.administrator else ""

    @property
    def legal_personality_from(self) -> date | None:
        """R312-194-18: legal personality runs from the publication of the approval order."""
        return self.dates.publication
