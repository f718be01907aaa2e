"""An assembly with everything needed to judge and print it: the groupement, the members who
sat in it and the droits counted on its date."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from gcsms_desktop.domain.assembly import Assembly, AssemblyResult, assembly_result
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.changes import Deliberation
from gcsms_desktop.domain.governance import proxies_possible
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.members import Member


@dataclass(frozen=True)
class AssemblyRecord:
    groupement: Groupement
    assembly: Assembly
    members: tuple[Member, ...]  # the members on the assembly date, in the convention's order
    rights: AssemblyRights

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


def deliberations_of(record: AssemblyRecord) -> list[Deliberation]:
    """The numbered deliberations of a held assembly, as changes cite them (art. 8-4: « la date de
    la délibération »): unanimous when nobody present or represented voted against or abstained."""
    found = []
    for _, item, outcome in record.result.outcomes:
        if item.deliberation_number:
            found.append(Deliberation(record.assembly.meeting_date, item.deliberation_number, item.matter,
                                      outcome.adopted,
                                      outcome.adopted and outcome.tally.voters_against_or_abstaining == 0,
                                      item.concerned_member))
    return found
