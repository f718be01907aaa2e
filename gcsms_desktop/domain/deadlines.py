"""Dates the director must not miss, computed from the changes and the assemblies held.

- a withdrawal takes effect at the end of a fiscal year (art. 8-2);
- the administrateur's term ends (art. 14, R312-194-23);
- the AG meets at least once a year (R312-194-20);
- a dissolution is notified to the préfet within fifteen days (art. 20);
- an avenant waits for the préfet's approval and publication (art. 21);
- an assembly asked for by a third of the members is convened (R. 312-194-20, domain.assembly_request).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from gcsms_desktop.domain.assembly import Assembly
from gcsms_desktop.domain.assembly_request import awaits_convocation, convening_deadline, deadline_text, names_text
from gcsms_desktop.domain.changes import Change, ChangeKind, effective_on
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.membership_dates import dissolution_notice_deadline, fiscal_year_end
from gcsms_desktop.domain.change_text import avenant_next_step, describe, member_name


@dataclass(frozen=True)
class Deadline:
    due: date | None  # None: no date, waits on someone else (the préfet)
    text: str

    def overdue(self, today: date) -> bool:
        return self.due is not None and self.due < today


def deadlines(g: Groupement, changes: tuple[Change, ...], assembly_dates: tuple[date, ...],
              today: date, requested: tuple[Assembly, ...] = ()) -> list[Deadline]:
    """What is still ahead (or late) on ``today``, earliest first; undated ones last. ``requested``:
    the assemblies asked for by members, shown until they are convened."""
    found = _withdrawals(g, changes, today) + _administrator(g, today) + _annual_assembly(assembly_dates, today)
    found += _requested_assemblies(g, changes, requested)
    found += _dissolution_notices(g, changes) + _avenants(g, changes)
    return sorted(found, key=lambda d: (d.due is None, d.due or date.max))


def _withdrawals(g: Groupement, changes: tuple[Change, ...], today: date) -> list[Deadline]:
    found = []
    for change in changes:
        on = effective_on(change, g.governance)
        if change.kind is ChangeKind.WITHDRAWAL and on is not None and on >= today:
            found.append(Deadline(on, f"Retrait de « {member_name(g, changes, change.subject_key)} » effectif le "
                                      f"{format_date(on)} (art. 8-2) : arrêter les comptes avec le membre sortant."))
    return found


def _administrator(g: Groupement, today: date) -> list[Deadline]:
    administrator = g.administrator
    end = administrator.term_end(g.governance.administrator_term_years) if administrator else None
    if administrator is None or end is None or end < date(today.year - 1, 1, 1):
        return []
    return [Deadline(end, f"Fin du mandat de l'administrateur ({administrator.person_name}) le {format_date(end)} : "
                          "l'assemblée générale élit ou renouvelle (art. R. 312-194-23).")]


def _annual_assembly(assembly_dates: tuple[date, ...], today: date) -> list[Deadline]:
    """R312-194-20: at least one AG a year; flagged until one is held in the current (fiscal) year."""
    if any(d.year == today.year and d <= today for d in assembly_dates):
        return []
    end = fiscal_year_end(today)
    return [Deadline(end, f"Aucune assemblée générale tenue en {today.year} : elle se réunit au moins une fois "
                          "par an (art. R. 312-194-20).")]


def _requested_assemblies(g: Groupement, changes: tuple[Change, ...],
                          requested: tuple[Assembly, ...]) -> list[Deadline]:
    """R. 312-194-20: the assembly asked for by a third of the members meets of right; the app's reading
    gives the administrateur fifteen days to convene it (domain.assembly_request)."""
    found = []
    for assembly in requested:
        if not awaits_convocation(assembly) or assembly.requested_on is None:
            continue
        who = names_text(member_name(g, changes, key) for key in assembly.requested_by)
        found.append(Deadline(convening_deadline(assembly.requested_on), (
            f"Assemblée demandée le {format_date(assembly.requested_on)} par {who} (art. R. 312-194-20) : "
            f"{deadline_text(assembly.requested_on, g.governance, assembly.urgent)}.")))
    return found


def _dissolution_notices(g: Groupement, changes: tuple[Change, ...]) -> list[Deadline]:
    found = []
    for change in changes:
        on = effective_on(change, g.governance)
        if change.kind is ChangeKind.DISSOLUTION and on is not None and change.avenant.sent_to_prefect is None:
            due = dissolution_notice_deadline(on)
            found.append(Deadline(due, f"Notifier au préfet la dissolution du {format_date(on)} au plus tard le "
                                       f"{format_date(due)} (quinze jours, art. 20)."))
    return found


def _avenants(g: Groupement, changes: tuple[Change, ...]) -> list[Deadline]:
    found = []
    for change in changes:
        step = avenant_next_step(change)
        if step is not None:
            found.append(Deadline(None, f"Avenant n° {change.number} ({describe(g, changes, change)}) : {step}."))
    return found
