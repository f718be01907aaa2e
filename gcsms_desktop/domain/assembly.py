"""An assemblée générale: preparation, session, closing (R312-194-19 to -22, art. 13).

States go one way: draft → convened → held → signed. Preparation is edited only as a draft;
attendance and votes only while convened; a held assembly is never edited again (a mistake is
corrected by an erratum), and a signed one has its pages fixed in the register. A convened assembly
that will not meet may instead be cancelled (« annulée », domain.deletions): it is kept, with the day
and the reason of its cancellation, and goes no further.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.attendance import AttendanceLine, voters
from gcsms_desktop.domain.majority import Choice, Outcome, decide
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.quorum import QuorumResult, compute_quorum


class AssemblyState(Enum):
    DRAFT = "draft"
    CONVENED = "convened"
    HELD = "held"
    SIGNED = "signed"
    CANCELLED = "cancelled"  # convened, then cancelled before it met (domain.deletions)

    @property
    def label(self) -> str:
        return {AssemblyState.DRAFT: "en préparation", AssemblyState.CONVENED: "convoquée",
                AssemblyState.HELD: "tenue", AssemblyState.SIGNED: "signée",
                AssemblyState.CANCELLED: "annulée"}[self]

    @property
    def locked(self) -> bool:
        """Held or signed: the record of the session can no longer change."""
        return self in (AssemblyState.HELD, AssemblyState.SIGNED)


@dataclass(frozen=True)
class AgendaItem:
    matter: Matter
    title: str
    resolution: str = ""  # text of the proposed resolution (empty on an information point)
    concerned_member: str | None = None  # 7°: the member whose exclusion is asked
    choices: Mapping[str, Choice] = field(default_factory=dict)  # member key → vote
    deliberation_number: str | None = None  # « 2026-3 », given when the assembly is held
    # What the secretary writes of the discussion on this point (art. 13-2, procès-verbal): never a
    # vote by itself, so an information point or « questions diverses » may have debates and stay unvoted.
    debates: str = ""

    @property
    def is_information(self) -> bool:
        """A free item with no resolution text is read and discussed, not voted."""
        return self.matter is Matter.OTHER and not self.resolution.strip()


@dataclass(frozen=True)
class Erratum:
    recorded_on: date
    text: str
    register_first_page: int | None = None
    register_page_count: int | None = None


@dataclass(frozen=True)
class Assembly:
    meeting_date: date
    place: str
    meeting_time: str = ""  # « 14:30 »
    urgent: bool = False
    convocation_date: date | None = None
    first_meeting_date: date | None = None  # set on a second convocation (R312-194-22)
    agenda: tuple[AgendaItem, ...] = ()
    documents: tuple[str, ...] = ()  # pieces sent with the convocation
    state: AssemblyState = AssemblyState.DRAFT
    attendance: tuple[AttendanceLine, ...] = ()
    president: str = ""
    secretary: str = ""
    scrutineer: str = ""
    signed_on: date | None = None
    register_first_page: int | None = None
    register_page_count: int | None = None
    errata: tuple[Erratum, ...] = ()
    id: int | None = None
    first_assembly_id: int | None = None
    # R312-194-20: an assembly held of right at the request of at least a third of the members: who
    # asked (member keys) and when. Empty when the administrateur convenes of his own motion.
    requested_by: tuple[str, ...] = ()
    requested_on: date | None = None
    # A cancelled assembly: the day the administrateur cancelled it, and why (printed on the letters).
    cancelled_on: date | None = None
    cancellation_reason: str = ""
    # The session's opening and closing hours (« 14:05 », « 16:40 »), written in the procès-verbal
    # (art. 13-2); empty when not recorded (assemblies closed before schema 0010).
    opened_at: str = ""
    closed_at: str = ""
    # How many times the stored assembly was written: a window that read an older one may not write.
    version: int = field(default=0, compare=False)

    @property
    def second_convocation(self) -> bool:
        return self.first_meeting_date is not None

    @property
    def voted_items(self) -> tuple[tuple[int, AgendaItem], ...]:
        """(number, item) of the items put to the vote, numbered from 1 in agenda order."""
        return tuple((n, item) for n, item in enumerate(self.agenda, start=1) if not item.is_information)


def voters_on(item: AgendaItem, attendance: tuple[AttendanceLine, ...]) -> list[str]:
    """Who votes on ``item``: members present or represented (R312-194-22), except, for an
    exclusion (7°), the member whose exclusion is asked."""
    return [key for key in voters(attendance) if key != item.concerned_member]


@dataclass(frozen=True)
class AssemblyResult:
    quorum: QuorumResult
    outcomes: tuple[tuple[int, AgendaItem, Outcome], ...]  # only when the assembly may deliberate


def assembly_result(assembly: Assembly, rights: AssemblyRights) -> AssemblyResult:
    """Quorum, then each voted item's outcome under the rule its matter requires."""
    quorum = compute_quorum(assembly.attendance, rights, assembly.second_convocation)
    if not quorum.may_deliberate:
        return AssemblyResult(quorum, ())
    voting = voters(assembly.attendance)
    outcomes = tuple(
        (n, item, decide(item.matter, item.choices, voting, rights, len(rights.votes), item.concerned_member))
        for n, item in assembly.voted_items)
    return AssemblyResult(quorum, outcomes)


def second_convocation_needed(assembly: Assembly, result: AssemblyResult) -> bool:
    """R312-194-22: a closed session that could not deliberate for lack of quorum is convened again."""
    return assembly.state.locked and not result.quorum.may_deliberate


def format_time(value: str) -> str:
    """« 14:30 » → « 14 h 30 », « 09:00 » → « 9 h » (French usage)."""
    hours, _, minutes = value.partition(":")
    if not hours.isdigit():
        return value
    text = f"{int(hours)}\u00a0h"
    return text if minutes in ("", "00") else f"{text}\u00a0{minutes}"


def highest_rank(numbers: Iterable[str], year: int) -> int:
    """The highest n of the « YEAR-n » numbers given: the next deliberations follow it, so a gap left
    by an imported book is never filled with a number already printed further on."""
    prefix = f"{year}-"
    return max((int(n[len(prefix):]) for n in numbers if n.startswith(prefix) and n[len(prefix):].isdigit()),
               default=0)


def deliberation_numbers(year: int, already_numbered: int, count: int) -> list[str]:
    """« 2026-3 »: the year of the meeting and the rank of the deliberation in that year."""
    return [f"{year}-{already_numbered + i}" for i in range(1, count + 1)]


def next_register_page(last_used_page: int) -> int:
    """Art. 13-2, registre coté: a PV or an erratum starts on the page after the last one used;
    the numbering never restarts and no page is left blank."""
    return last_used_page + 1
