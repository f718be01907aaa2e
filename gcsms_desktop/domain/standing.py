"""Who the members are, which parts they hold and their droits on any date (Art. 7, 8, 9-1).

Membership and part numbers follow each change's effective date. The droits sociaux follow the
model convention's art. 9-1, which every convention printed by the app contains: « la
régularisation est effectuée au 1er janvier suivant la date des changements effectifs ». So the
droits on a date are computed from the parts (or contribution keys) as they stood on the
31 December before it; a member who joined since holds no droits until that 1 January, one who
left no longer counts. The total is the sum of the droits of the members in force, so that a
quorum or a majority is always reckoned on the members who may sit (docs/regles-et-choix.md).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction

from gcsms_desktop.domain.capital import Capital, PartBlock
from gcsms_desktop.domain.changes import Change, events_of
from gcsms_desktop.domain.french import format_percent
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.members import Member
from gcsms_desktop.domain.membership import MembershipState, state_at
from gcsms_desktop.domain.voting_rights import VotingRights, compute_rights


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

    @property
    def capital(self) -> Capital | None:
        return Capital(self.unit_value_cents, self.blocks) if self.unit_value_cents is not None else None

    def member(self, key: str) -> Member | None:
        return next((m for m in self.members if m.key == key), None)

    def rights_of(self, key: str) -> VotingRights | None:
        return next((r for r in self.rights if r.member_key == key), None)

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


def standing_at(g: Groupement, changes: tuple[Change, ...], on: date) -> Standing:
    events = events_of(changes, g.governance)
    state = state_at(g, events, on)
    regularised = regularisation_date(on)
    before = state_at(g, events, regularised)
    unit = g.capital.unit_value_cents if g.capital else None
    return Standing(on, state.members, state.blocks, _rights(state, before, unit), unit, state.dissolved_on,
                    regularised if regularised >= _start(g) else None)


def _start(g: Groupement) -> date:
    return g.dates.signature or date.min


def _rights(state: MembershipState, before: MembershipState, unit: int | None) -> tuple[VotingRights, ...]:
    """Droits of today's members as regularised: parts (or keys) held on the previous 31 December."""
    capital = before.capital(unit) if unit is not None else None
    regularised = {r.member_key: r.votes for r in compute_rights(capital, before.members)}
    votes = {m.key: regularised.get(m.key, Fraction(0)) for m in state.members}
    total = sum(votes.values(), Fraction(0))
    return tuple(VotingRights(m.key, votes[m.key], total) for m in state.members)


def members_ever(g: Groupement, changes: tuple[Change, ...]) -> tuple[Member, ...]:
    """Founders and every member admitted since, in order (old documents name them all)."""
    joined = tuple(c.new_member for c in changes if c.new_member is not None)
    return g.members + joined


def distributed(standing: Standing) -> Standing:
    """The droits the parts (or keys) give on that date, before the 1 January regularisation: what
    an avenant states as the new distribution."""
    rights = compute_rights(standing.capital, standing.members)
    total = sum((r.votes for r in rights), Fraction(0))
    return replace(standing, rights=tuple(VotingRights(r.member_key, r.votes, total) for r in rights))
