"""The registre des parts: each part number's successive holders, with dates (Art. 7).

Built by replaying the changes in force in date order and noting, number by number, when the
holder changes; consecutive numbers with the same story are printed as one line (« nos 50 à 54 »).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from gcsms_desktop.domain.capital import PartBlock
from gcsms_desktop.domain.changes import Change, to_event
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.membership import Event, apply, initial_state


@dataclass(frozen=True)
class Holding:
    """Parts ``first``..``last`` held by ``member_key`` from ``since`` (by ``how``) until ``until``."""

    first: int
    last: int
    member_key: str
    since: date | None
    how: str
    until: date | None = None
    ended_by: str = ""

    @property
    def count(self) -> int:
        return self.last - self.first + 1


def shares_register(g: Groupement, changes: tuple[Change, ...], up_to: date) -> list[Holding]:
    """Every holding from the constitution to ``up_to``, ordered by part number then date."""
    state = initial_state(g)
    open_: dict[int, Holding] = {n: Holding(n, n, key, g.dates.signature, "constitution")
                                 for n, key in _holders(state.blocks).items()}
    closed: list[Holding] = []
    for on, change, event in _in_force(g, changes, up_to):
        after = apply(state, event)
        how = f"{change.kind.label} (avenant n° {change.number})"
        gone, new = set(state.blocks) - set(after.blocks), set(after.blocks) - set(state.blocks)
        before_map, after_map = _holders(gone), _holders(new)  # only the blocks the change touched
        for number in sorted(set(before_map) | set(after_map)):
            if before_map.get(number) == after_map.get(number):
                continue
            if number in open_:
                closed.append(replace(open_.pop(number), until=on, ended_by=how))
            if number in after_map:
                open_[number] = Holding(number, number, after_map[number], on, how)
        state = after
    return _merge(closed + list(open_.values()))


def _in_force(g: Groupement, changes: tuple[Change, ...], up_to: date) -> list[tuple[date, Change, Event]]:
    found = []
    for change in changes:
        event = to_event(change, g.governance)
        if event is not None and event.effective_on <= up_to:
            found.append((event.effective_on, change, event))
    return sorted(found, key=lambda item: (item[0], item[1].number))


def _holders(blocks: tuple[PartBlock, ...] | set[PartBlock]) -> dict[int, str]:
    """Number → holder. Blocks never overlap, so the numbers a change moved are exactly those of
    the blocks it removed (before) and of the blocks it created (after)."""
    return {n: b.member_key for b in blocks for n in range(b.first, b.last + 1)}


def _merge(lines: list[Holding]) -> list[Holding]:
    """Join neighbouring numbers that share holder, dates and acts."""
    merged: list[Holding] = []
    for line in sorted(lines, key=lambda h: (h.since or date.min, h.first)):
        last = merged[-1] if merged else None
        if last and last.last + 1 == line.first and replace(last, first=0, last=0) == replace(line, first=0, last=0):
            merged[-1] = replace(last, last=line.last)
        else:
            merged.append(line)
    return sorted(merged, key=lambda h: (h.first, h.since or date.min))
