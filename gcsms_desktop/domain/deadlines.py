"""Dates the director must not miss, computed from the changes and the assemblies held.

- a withdrawal takes effect at the end of a fiscal year (art. 8-2);
- the administrateur's term ends (art. 14, R312-194-23);
- the AG meets at least once a year (R312-194-20);
- a dissolution, of right (art. 5, 8-2, 20) or decided, is notified to the préfet within fifteen days
  (art. 20), and the one a two-member withdrawal entails is recorded by the AG (art. 8-2);
- an avenant waits for the préfet's approval and publication (art. 21);
- an assembly asked for by a third of the members is convened (R. 312-194-20, domain.assembly_request).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from gcsms_desktop.domain.assembly import Assembly
from gcsms_desktop.domain.assembly_request import awaits_convocation, convening_deadline, deadline_text, names_text
from gcsms_desktop.domain.calendar import add_years
from gcsms_desktop.domain.changes import Change, ChangeKind, Deliberation, effective_on
from gcsms_desktop.domain.dissolution import Cause, Dissolved
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.mandates import Administration, administration as founding_administration
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.membership_dates import fiscal_year_end
from gcsms_desktop.domain.standing import Timeline
from gcsms_desktop.domain.change_text import avenant_next_step, describe, member_name


@dataclass(frozen=True)
class Deadline:
    due: date | None  # None: no date, waits on someone else (the préfet)
    text: str

    def overdue(self, today: date) -> bool:
        return self.due is not None and self.due < today


def deadlines(g: Groupement, changes: tuple[Change, ...], assembly_dates: tuple[date, ...],
              today: date, requested: tuple[Assembly, ...] = (), deliberations: tuple[Deliberation, ...] = (),
              timeline: Timeline | None = None, administration: Administration | None = None) -> list[Deadline]:
    """What is still ahead (or late) on ``today``, earliest first; undated ones last. ``requested``:
    the assemblies asked for by members, shown until they are convened; ``deliberations`` are the
    register's (an AG that recorded the dissolution, art. 8-2); ``timeline`` the changes' own, when the
    caller has it already; ``administration`` the administrateur's mandates (History.administration)."""
    dissolution = (timeline or Timeline(g, changes)).dissolution
    offices = administration or founding_administration(g)
    found = _withdrawals(g, changes, today) + _administrator(offices, dissolution, today)
    found += _annual_assembly(assembly_dates, today)
    found += _requested_assemblies(g, changes, requested)
    found += _dissolution_steps(g, changes, dissolution, deliberations, today) + _avenants(g, changes)
    return sorted(found, key=lambda d: (d.due is None, d.due or date.max))


def _withdrawals(g: Groupement, changes: tuple[Change, ...], today: date) -> list[Deadline]:
    found = []
    for change in changes:
        on = effective_on(change, g.governance)
        if change.kind is ChangeKind.WITHDRAWAL and on is not None and on >= today:
            found.append(Deadline(on, f"Retrait de « {member_name(g, changes, change.subject_key)} » effectif le "
                                      f"{format_date(on)} (art. 8-2) : arrêter les comptes avec le membre sortant."))
    return found


def _administrator(administration: Administration, dissolution: Dissolved | None, today: date) -> list[Deadline]:
    """Art. 14, R312-194-23: the last mandate's end, whether its term runs out (the AG elects or
    re-elects before it) or its member left the groupement (the AG elects a successor); nothing once
    the groupement is dissolved (art. 20), nor for an end before the previous year."""
    last = administration.last
    end = last.ends_on if last is not None else None
    if last is None or end is None or end < date(today.year - 1, 1, 1):
        return []
    if dissolution is not None and dissolution.on <= end:
        return []
    if last.member_left_on is not None and last.member_left_on <= end + timedelta(days=1):
        return [Deadline(end, f"Le mandat de l'administrateur ({last.person_name}) prend fin le {format_date(end)}, "
                              "son membre quittant le groupement : l'assemblée générale élit un nouvel administrateur "
                              "(art. R. 312-194-21 3° et R. 312-194-23).")]
    return [Deadline(end, f"Élire ou réélire l'administrateur avant le {format_date(end + timedelta(days=1))} : le "
                          f"mandat de {last.person_name} prend fin le {format_date(end)} (art. 14 de la convention, "
                          "art. R. 312-194-23).")]


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


def _dissolution_steps(g: Groupement, changes: tuple[Change, ...], dissolution: Dissolved | None,
                       deliberations: tuple[Deliberation, ...], today: date) -> list[Deadline]:
    """Art. 20: the préfet is told within fifteen days, for every cause, until a recorded dissolution
    says when it was notified; art. 8-2: the AG records (« constate ») the dissolution a two-member
    withdrawal entails, until a deliberation on the dissolution (R. 312-194-21 11°) follows the notice.
    The end of a fixed term (art. 5) is listed from the year before it."""
    if dissolution is None or (dissolution.cause is Cause.TERM and today < add_years(dissolution.on, -1)):
        return []
    found = []
    recorded = [c for c in changes if c.kind is ChangeKind.DISSOLUTION]
    if not any(c.avenant.sent_to_prefect is not None for c in recorded):
        due = dissolution.notice_deadline
        found.append(Deadline(due, f"Notifier au préfet du département la dissolution du groupement, "
                                   f"{_dissolution_text(g, changes, dissolution)}, au plus tard le "
                                   f"{format_date(due)} (quinze jours, art. 20)."))
    if dissolution.needs_finding and not _found(dissolution, changes, deliberations):
        found.append(Deadline(dissolution.on, (
            f"L'assemblée générale constate la dissolution de plein droit entraînée par le retrait de "
            f"« {member_name(g, changes, dissolution.member_key)} » (art. 8-2) et nomme les liquidateurs "
            "(art. 20).")))
    return found


def _dissolution_text(g: Groupement, changes: tuple[Change, ...], dissolution: Dissolved) -> str:
    return dissolution.text(member_name(g, changes, dissolution.member_key) if dissolution.member_key else "")


def _found(dissolution: Dissolved, changes: tuple[Change, ...], deliberations: tuple[Deliberation, ...]) -> bool:
    """An adopted deliberation on the dissolution (matter 11°), on or after the notice of withdrawal."""
    since = dissolution.notified_on or dissolution.on
    recorded = tuple(c.deliberation for c in changes if c.kind is ChangeKind.DISSOLUTION)
    return any(d.adopted and d.matter is Matter.EXTENSION_DISSOLUTION and d.decided_on is not None
               and d.decided_on >= since for d in deliberations + recorded)


def _avenants(g: Groupement, changes: tuple[Change, ...]) -> list[Deadline]:
    found = []
    for change in changes:
        step = avenant_next_step(change)
        if step is not None:
            found.append(Deadline(None, f"Avenant n° {change.number} ({describe(g, changes, change)}) : {step}."))
    return found
