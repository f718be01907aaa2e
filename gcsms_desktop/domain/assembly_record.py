"""An assembly with everything needed to judge and print it: the groupement, the members who
sat in it and the droits counted on its date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import cached_property

from gcsms_desktop.domain.administrator import Administrator
from gcsms_desktop.domain.assembly import Assembly, AssemblyResult, assembly_result
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.changes import Deliberation
from gcsms_desktop.domain.governance import proxies_possible
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.mandates import Administration
from gcsms_desktop.domain.majority import Rule
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.members import Member


@dataclass(frozen=True)
class AssemblyRecord:
    groupement: Groupement
    assembly: Assembly
    members: tuple[Member, ...]  # the members on the assembly date, in the convention's order
    rights: AssemblyRights
    # The same members with the representatives and addresses in office when the letters were sent
    # (art. 13-1, R312-194-20): whom the convocations were addressed to. Empty: ``members``.
    addressees: tuple[Member, ...] = ()
    # The administrateur's mandates (History.administration); None: only the convention's is known.
    administration: Administration | None = None

    @cached_property
    def member_names(self) -> dict[str, str]:
        return {m.key: m.name for m in self.members}

    @cached_property
    def result(self) -> AssemblyResult:
        return assembly_result(self.assembly, self.rights)

    @property
    def proxies_allowed(self) -> bool:
        """The convention's choice, and R312-194-20: never with two members."""
        return self.groupement.governance.proxies_allowed and proxies_possible(len(self.members))

    def member(self, key: str) -> Member | None:
        return next((m for m in self.members if m.key == key), None)

    def administrator_on(self, on: date) -> Administrator | None:
        """The administrateur in office on ``on`` (R312-194-23): who signs a convocation sent that day."""
        if self.administration is None:
            return self.groupement.administrator
        return self.administration.administrator_on(on)

    @property
    def president_default(self) -> str:
        """Art. 13-1: the administrateur in office on the meeting date presides unless the convention
        names someone else; empty when the office is vacant (the AG then chooses, unanimously)."""
        if not self.groupement.governance.president_is_administrator:
            return self.groupement.governance.president_other
        administrator = self.administrator_on(self.assembly.meeting_date)
        return administrator.person_name if administrator else ""


@dataclass(frozen=True)
class DeliberationOutcome:
    """One numbered deliberation of a closed assembly, as the register keeps it: computed once when
    the assembly is closed, then read back as stored (art. 13-2, registre des délibérations)."""

    decided_on: date
    rank: int  # the item's number on the agenda, from 1
    number: str  # « 2026-3 »
    matter: Matter
    concerned_member: str | None
    rule: Rule
    adopted: bool
    unanimous: bool
    votes_for: Fraction
    against: Fraction
    abstention: Fraction
    explanation: str

    @property
    def deliberation(self) -> Deliberation:
        """The deliberation as a change cites it (art. 8-4: « la date de la délibération »)."""
        return Deliberation(self.decided_on, self.number, self.matter, self.adopted, self.unanimous,
                            self.concerned_member)


def outcomes_of(record: AssemblyRecord) -> list[DeliberationOutcome]:
    """The numbered deliberations of a closed assembly, in agenda order: unanimous when adopted and
    nobody present or represented voted against or abstained."""
    found = []
    for rank, item, outcome in record.result.outcomes:
        if item.deliberation_number:
            tally = outcome.tally
            found.append(DeliberationOutcome(
                record.assembly.meeting_date, rank, item.deliberation_number, item.matter, item.concerned_member,
                outcome.rule, outcome.adopted, outcome.adopted and tally.voters_against_or_abstaining == 0,
                tally.votes_for, tally.against, tally.abstention, outcome.explanation))
    return found
