"""The register's index: one line per deliberation (art. 13-2: « registre des délibérations »), with the
folio where its PV begins, and the cover's facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from gcsms_desktop.domain.assembly_record import DeliberationOutcome


@dataclass(frozen=True)
class IndexLine:
    """One line of the register's index: a deliberation, or an erratum joined to a PV."""

    number: str  # « 2026-3 », « — » for an erratum
    decided_on: date
    matter: str
    result: str  # « adoptée », « adoptée à l'unanimité », « rejetée »; empty for an erratum
    folio: int  # the register page where its PV (or erratum) begins


@dataclass(frozen=True)
class RegisterFront:
    denomination: str
    seat_address: str
    opened_on: date  # the day folio 1 was written: the first PV signed
    last_folio: int
    lines: tuple[IndexLine, ...]


def result_text(outcome: DeliberationOutcome) -> str:
    if not outcome.adopted:
        return "rejetée"
    return "adoptée à l'unanimité" if outcome.unanimous else "adoptée"


def index_lines(outcomes: list[tuple[int, DeliberationOutcome]], first_folios: dict[int, int],
                member_names: dict[str, str]) -> tuple[IndexLine, ...]:
    """The deliberations of the PVs in the register (``first_folios``: assembly id → first folio), in
    register order; an exclusion names the member concerned (7°)."""
    lines = []
    for assembly_id, outcome in outcomes:
        if assembly_id not in first_folios:
            continue  # closed, not signed yet: not in the register
        concerned = member_names.get(outcome.concerned_member or "", "")
        matter = outcome.matter.long_label + (f" : {concerned}" if concerned else "")
        lines.append(IndexLine(outcome.number, outcome.decided_on, matter, result_text(outcome),
                               first_folios[assembly_id]))
    return tuple(sorted(lines, key=lambda line: (line.folio, line.decided_on)))
