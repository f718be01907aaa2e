"""Who the members are, which parts they hold and their droits on any date (Art. 7, 8, 9-1).

Membership and part numbers follow each change's effective date. The droits sociaux follow the
convention's art. 9-1. With the model's clause (« la régularisation est effectuée au 1er janvier
suivant la date des changements effectifs », ``Governance.january_regularisation``, the default)
the droits on a date are computed from the parts (or contribution keys) as they stood on the
31 December before it; a member who joined since holds no droits until that 1 January, one who
left no longer counts. A convention that leaves the clause out gives the droits of the parts held
on the date itself. The total is the sum of the droits of the members in force, so that a
quorum or a majority is always reckoned on the members who may sit (docs/regles-et-choix.md).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction
from functools import cached_property

from gcsms_desktop.domain.capital import Capital, PartBlock
from gcsms_desktop.domain.changes import Change, events_of, to_event
from gcsms_desktop.domain.dissolution import Dissolved
from gcsms_desktop.domain.french import format_percent
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.member_details import DetailsIndex
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.membership import MembershipState, StateTimeline
from gcsms_desktop.domain.voting_rights import VotingRights, compute_rights, exact_sum


@dataclass(frozen=True)
class Standing:
    """The groupement as it stands on ``on``."""

    on: date
    members: tuple[Member, ...]
    blocks: tuple[PartBlock, ...]
    rights: tuple[VotingRights, ...]
    unit_value_cents: int | None  # None: groupement without capital
    dissolved_on: date | None = None
    regularised_on: date | None = None  # the 31 December the droits were last regularised
    january_regularisation: bool = True  # art. 9-1: the convention's clause (False: droits of the day)

    # Computed once per standing (it is frozen): tables and documents ask them for every member.
    @cached_property
    def capital(self) -> Capital | None:
        return Capital(self.unit_value_cents, self.blocks) if self.unit_value_cents is not None else None

    @cached_property
    def _members_by_key(self) -> dict[str, Member]:
        found: dict[str, Member] = {}
        for m in self.members:
            found.setdefault(m.key, m)
        return found

    @cached_property
    def _rights_by_key(self) -> dict[str, VotingRights]:
        found: dict[str, VotingRights] = {}
        for r in self.rights:
            found.setdefault(r.member_key, r)
        return found

    def member(self, key: str) -> Member | None:
        return self._members_by_key.get(key)

    def rights_of(self, key: str) -> VotingRights | None:
        return self._rights_by_key.get(key)

    @property
    def keys(self) -> list[str]:
        return [m.key for m in self.members]

    def droits_text(self, key: str) -> str:
        """« 25/120 »; « 0/100 » for a member admitted since 1 January (art. 9-1); « 0 » when nobody
        holds droits at all."""
        rights = self.rights_of(key)
        return rights.fraction_text if rights and rights.total else "0"

    def percent_text(self, key: str) -> str:
        rights = self.rights_of(key)
        return rights.percent_text if rights and rights.total else format_percent(Fraction(0))


def regularisation_date(on: date) -> date:
    """Art. 9-1 of the convention (« la régularisation est effectuée au 1er janvier suivant la date des
    changements effectifs »): droits on ``on`` are those of the parts held on the 31 December before
    it, so a change effective in a year moves the droits on the 1 January after it. The one function
    for this rule."""
    return date(on.year - 1, 12, 31)


def droits_basis(january_regularisation: bool, on: date) -> date:
    """Art. 9-1: the date whose parts (or keys) give the droits on ``on``: the 31 December before it
    under the model's clause (``regularisation_date``), ``on`` itself when the convention leaves the
    1 January regularisation out."""
    return regularisation_date(on) if january_regularisation else on


def standing_at(g: Groupement, changes: tuple[Change, ...], on: date) -> Standing:
    return Timeline(g, changes).standing(on)


class Timeline:
    """A groupement's standing on any date from one pass over its history: the states are indexed by
    date, and each date's standing (and each year's regularised droits) is computed once and shared
    by every screen, check and document that asks for it (docs/ARCHITECTURE: one situation at a date)."""

    MEMO = 64  # dates remembered; a user browsing dates asks a handful

    def __init__(self, g: Groupement, changes: tuple[Change, ...] = (), states: StateTimeline | None = None,
                 details: DetailsIndex | None = None) -> None:
        self.groupement, self.changes = g, changes
        self.states = states or StateTimeline(g, events_of(changes, g.governance))
        self.details = details or DetailsIndex(())  # representatives and addresses as corrected (art. 13-1)
        self._standings: dict[date, Standing] = {}
        self._regularised: dict[date, dict[str, Fraction]] = {}

    def standing(self, on: date) -> Standing:
        found = self._standings.get(on)
        if found is None:
            if len(self._standings) >= self.MEMO:
                self._standings.clear()
            found = self._standings[on] = self._compute(on)
        return found

    @property
    def dissolution(self) -> Dissolved | None:
        """The dissolution the recorded changes lead to, past or ahead, with its cause (art. 20)."""
        return self.states.dissolution

    def extended(self, change: Change) -> Timeline:
        """The timeline with ``change`` recorded after the others (an import checks each change so)."""
        event = to_event(change, self.groupement.governance)
        return Timeline(self.groupement, self.changes + (change,), self.states.extended(event), self.details)

    def _compute(self, on: date) -> Standing:
        g = self.groupement
        state = self.states.at(on)
        clause = g.governance.january_regularisation
        basis = droits_basis(clause, on)
        unit = g.capital.unit_value_cents if g.capital else None
        regularised = basis if clause and basis >= _start(g) else None
        members = self.details.members_on(state.members, on) if self.details.by_key else state.members
        return Standing(on, members, state.blocks, _rights(state, self._votes_on(basis, unit)), unit,
                        state.dissolved_on, regularised, clause)

    def _votes_on(self, regularised: date, unit: int | None) -> dict[str, Fraction]:
        """Droits given by the parts (or keys) held on a date (a 31 December under the clause), once each."""
        found = self._regularised.get(regularised)
        if found is None:
            if len(self._regularised) >= self.MEMO:  # without the clause, one entry per date asked
                self._regularised.clear()
            before = self.states.at(regularised)
            capital = before.capital(unit) if unit is not None else None
            found = {r.member_key: r.votes for r in compute_rights(capital, before.members)}
            self._regularised[regularised] = found
        return found


def _start(g: Groupement) -> date:
    return g.dates.signature or date.min


def _rights(state: MembershipState, regularised: dict[str, Fraction]) -> tuple[VotingRights, ...]:
    """Droits of today's members as regularised: parts (or keys) held on the previous 31 December."""
    votes = {m.key: regularised.get(m.key, Fraction(0)) for m in state.members}
    total = exact_sum(votes.values())
    return tuple(VotingRights(m.key, votes[m.key], total) for m in state.members)


def members_ever(g: Groupement, changes: tuple[Change, ...]) -> tuple[Member, ...]:
    """Founders and every member admitted since, in order (old documents name them all)."""
    joined = tuple(c.new_member for c in changes if c.new_member is not None)
    return g.members + joined


def distributed(standing: Standing) -> Standing:
    """The droits the parts (or keys) give on that date, before the 1 January regularisation: what
    an avenant states as the new distribution."""
    rights = compute_rights(standing.capital, standing.members)
    total = exact_sum(r.votes for r in rights)
    return replace(standing, rights=tuple(VotingRights(r.member_key, r.votes, total) for r in rights))
