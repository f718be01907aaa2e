"""No act is recorded as done after today (issue 12; docs/regles-et-choix.md, « Aucun acte daté après
aujourd'hui »).

The books record what was done: a convention signed, sent to the préfet, approved and published
(R. 312-194-18), convocations sent (R. 312-194-20), a session held and its procès-verbal signed
(R. 312-194-22, art. 13 of the convention), a withdrawal notified (art. 8-2), a hearing held
(art. 8-3), a cession written (art. 7), an avenant signed, sent, approved, published (art. 21).
Each of these is a past fact: dated after today it is a typing error or an anticipation, and a PV
« signé le 14 décembre » printed on 25 November certifies what has not happened.

Planned dates stay allowed: the meeting date of an assembly being prepared or convened, the date a
capital change or a dissolution by deliberation takes effect (art. 7, 20: the act fixes it), a
withdrawal's effect date (computed, art. 8-2), the end of a term, deadlines.

Every function takes ``today`` from its caller (the services' clock) and returns ``Problem``s with
the field and a French sentence saying what and when.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from gcsms_desktop.domain.assembly import Assembly, AssemblyState
from gcsms_desktop.domain.changes import Change, ChangeKind, Exclusion
from gcsms_desktop.domain.convention_checks import ConventionPart, in_part
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.groupement import ApprovalDates, Groupement
from gcsms_desktop.domain.problems import Problem

# What the act is, as the start of « … ne peut pas être … le 14 décembre 2026 ».
CONVENTION_ACTS = {
    "signature": "La convention constitutive ne peut pas être signée",
    "sent_to_prefect": "La convention constitutive ne peut pas être transmise au préfet",
    "approval_order": "L'arrêté d'approbation de la convention ne peut pas être pris",
    "publication": "L'arrêté d'approbation de la convention ne peut pas être publié",
}
AVENANT_ACTS = {
    "signature": "{0} ne peut pas être signé",
    "sent_to_prefect": "{0} ne peut pas être transmis au préfet",
    "approval_order": "L'arrêté d'approbation de {1} ne peut pas être pris",
    "publication": "L'arrêté d'approbation de {1} ne peut pas être publié",
}
# A change's act date when it is a past act; capital changes and a dissolution by deliberation take
# effect on the date the act fixes, which may be planned (art. 7, 20).
CHANGE_ACTS = {
    ChangeKind.ADMISSION: "L'adhésion ne peut pas être décidée",
    ChangeKind.WITHDRAWAL: "Le retrait ne peut pas être notifié",
    ChangeKind.EXCLUSION: "L'exclusion ne peut pas être prononcée",
    ChangeKind.TRANSFER: "La cession de parts ne peut pas être constatée par écrit",
}
PAST_ACT_KINDS = frozenset(CHANGE_ACTS)  # the changes whose act date is a past act
SESSION_ACTS = {
    "attendance": "La feuille de présence de l'assemblée du {0} ne peut pas encore être saisie",
    "votes": "Les votes de l'assemblée du {0} ne peuvent pas encore être saisis",
    "debates": "Les débats de l'assemblée du {0} ne peuvent pas encore être saisis",
    "officers": "Le bureau de l'assemblée du {0} ne peut pas encore être saisi",
    "close": "L'assemblée du {0} ne peut pas encore être close",
}


def not_yet(field: str, act: str, on: date | None, today: date) -> list[Problem]:
    """One problem when ``on`` is after ``today``: « {act} le 14 décembre 2026 : cette date n'est pas
    encore arrivée (aujourd'hui : 25 novembre 2026). »"""
    if on is None or on <= today:
        return []
    return [Problem(field, f"{act} le {format_date(on)} : cette date n'est pas encore arrivée "
                           f"(aujourd'hui : {format_date(today)}).")]


def check_convention_dates(dates: ApprovalDates, today: date, prefix: str = "dates") -> list[Problem]:
    """R. 312-194-18: signature, transmission to the préfet, approval order and publication are past
    acts; the legal personality runs from a publication that has happened."""
    return [problem for name, act in CONVENTION_ACTS.items()
            for problem in not_yet(f"{prefix}.{name}", act, getattr(dates, name), today)]


def check_avenant_dates_done(dates: ApprovalDates, today: date, number: int = 0,
                             prefix: str = "avenant") -> list[Problem]:
    """Art. 21 of the convention, R. 312-194-18: an avenant's signature, sending, approval and
    publication are recorded once done."""
    subject = f"L'avenant n° {number}" if number else "L'avenant"
    of_it = f"l'avenant n° {number}" if number else "l'avenant"
    return [problem for name, act in AVENANT_ACTS.items()
            for problem in not_yet(f"{prefix}.{name}", act.format(subject, of_it), getattr(dates, name), today)]


def check_avenant_update_dates(recorded: ApprovalDates, dates: ApprovalDates, today: date,
                               number: int = 0) -> list[Problem]:
    """The avenant's dates filled in now (those already recorded are not judged again): each is a past
    act (art. 21, R. 312-194-18)."""
    new = ApprovalDates(*(None if getattr(dates, name) == getattr(recorded, name) else getattr(dates, name)
                          for name in AVENANT_ACTS))
    return check_avenant_dates_done(new, today, number)


def check_change_dates(change: Change, today: date, prefix: str = "") -> list[Problem]:
    """Art. 7, 8-1 to 8-3, 21: the deliberation (R. 312-194-21), the notice of withdrawal, the hearing
    and its convocation, the decision, the cession's written act and the avenant's steps are past acts.
    The effect date of a capital change or of a dissolution by deliberation may be planned."""
    problems: list[Problem] = []
    act = CHANGE_ACTS.get(change.kind)
    if act is not None and not change.of_right:
        problems += not_yet(f"{prefix}act_date", act, change.act_date, today)
    problems += not_yet(f"{prefix}deliberation", "La délibération ne peut pas avoir été adoptée",
                        change.deliberation.decided_on, today)
    p = change.payload
    if isinstance(p, Exclusion):
        problems += not_yet(f"{prefix}hearing_convened_on", "La convocation à l'audition ne peut pas avoir été "
                            "envoyée", p.hearing_convened_on, today)
        problems += not_yet(f"{prefix}hearing_on", "L'audition du représentant ne peut pas avoir eu lieu",
                            p.hearing_on, today)
    return problems + check_avenant_dates_done(change.avenant, today, change.number, f"{prefix}avenant")


def check_convocation_sent(convocation_date: date | None, today: date,
                           field: str = "convocation_date") -> list[Problem]:
    """R. 312-194-20: the convocations are recorded as sent once sent; the meeting may be to come."""
    return not_yet(field, "Les convocations ne peuvent pas être envoyées", convocation_date, today)


def check_session_held(meeting_date: date, today: date, step: str = "close") -> list[Problem]:
    """R. 312-194-22: attendance, votes, officers and the closing record a meeting that took place, so
    its date is today at the latest (``step``: attendance, votes, officers, close)."""
    if meeting_date <= today:
        return []
    return [Problem("meeting_date", f"{SESSION_ACTS[step].format(format_date(meeting_date))} : la réunion n'a pas "
                                    f"encore eu lieu (aujourd'hui : {format_date(today)}).")]


def check_signed_on(signed_on: date | None, today: date, field: str = "signed_on") -> list[Problem]:
    """R. 312-194-22, art. 13: the procès-verbal is recorded as signed once signed."""
    return not_yet(field, "Le procès-verbal ne peut pas être signé", signed_on, today)


def check_erratum_date(recorded_on: date, today: date, field: str = "errata") -> list[Problem]:
    """An erratum joined to the PV (art. 13) is dated the day it is written, not later."""
    return not_yet(field, "L'erratum ne peut pas être rédigé", recorded_on, today)


def check_cancelled_on(cancelled_on: date | None, today: date, field: str = "cancelled_on") -> list[Problem]:
    """A convened assembly is recorded as cancelled once the administrateur cancelled it."""
    return not_yet(field, "L'assemblée ne peut pas être annulée", cancelled_on, today)


def check_request_received(requested_on: date | None, today: date, field: str = "requested_on") -> list[Problem]:
    """R. 312-194-20: the members' request for an assembly is recorded once received."""
    return not_yet(field, "La demande des membres ne peut pas être reçue", requested_on, today)


def check_assembly_dates(assembly: Assembly, today: date, prefix: str = "") -> list[Problem]:
    """An assembly as stored (a file's, for instance): what its state says was done is past. A draft
    may be for any date; a convened one has sent its convocations; a held or signed one met."""
    a, state = assembly, assembly.state
    problems = check_request_received(a.requested_on, today, f"{prefix}requested_on")
    if state is not AssemblyState.DRAFT:
        problems += check_convocation_sent(a.convocation_date, today, f"{prefix}convocation_date")
    if state.locked:
        problems += [Problem(f"{prefix}{p.field}", p.message) for p in check_session_held(a.meeting_date, today)]
    problems += check_signed_on(a.signed_on, today, f"{prefix}signed_on")
    problems += check_cancelled_on(a.cancelled_on, today, f"{prefix}cancelled_on")
    for index, erratum in enumerate(a.errata):
        problems += check_erratum_date(erratum.recorded_on, today, f"{prefix}errata[{index}].recorded_on")
    return problems


def check_recorded_acts(groupement: Groupement, changes: Iterable[Change], assemblies: Iterable[Assembly],
                        today: date) -> list[Problem]:
    """Everything a file brings in at once (a convention with its changes and assemblies): no act
    dated after today, each problem pointed at its place in the file."""
    problems = in_part(ConventionPart.SEAT, check_convention_dates(groupement.dates, today))
    for index, change in enumerate(changes):
        problems += check_change_dates(change, today, f"changes[{index}].")
    for index, assembly in enumerate(assemblies):
        problems += check_assembly_dates(assembly, today, f"assemblies[{index}].")
    return problems


def extract_problem(signed_on: date | None, printed_on: date, today: date) -> str | None:
    """An extrait certifié conforme says « Fait le X »: X is a true date, after the PV's signature
    (it certifies a signed PV) and not after today."""
    if signed_on is None:
        return "Le procès-verbal n'est pas signé : il n'a pas encore d'extrait certifié conforme."
    if signed_on > today:
        return (f"Le procès-verbal porte la signature du {format_date(signed_on)}, qui n'est pas encore arrivée "
                f"(aujourd'hui : {format_date(today)}) : son extrait ne peut pas encore être certifié conforme.")
    if printed_on > today:
        return (f"L'extrait ne peut pas être fait le {format_date(printed_on)} : cette date n'est pas encore "
                f"arrivée (aujourd'hui : {format_date(today)}).")
    if printed_on < signed_on:
        return (f"L'extrait ne peut pas être fait le {format_date(printed_on)}, avant la signature du "
                f"procès-verbal le {format_date(signed_on)}.")
    return None
