"""A whole book checked as the app would have written it: the convention, its changes in order, then
its assemblies (R. 312-194-7, R. 312-194-10, R. 312-194-20 to -22, art. 8 and 13 of the convention).

``check FILE`` and ``import FILE`` both call ``check_book``: a file is accepted only if every step it
records could have been taken in the app, each judged by the same domain function the service of
that step asks (``check_change``, ``check_can_convene``, ``check_attendance``, ``voters_on``,
``check_can_close``, ``signature_problem``, ``allowed_actions``). Every problem is returned, each with
its path in the file (``changes[1].avenant.publication``, ``assemblies[2].attendance[3]``), numbered
from 0 as the file's lists are. The history is indexed once (one ``Timeline`` grown change by change,
then asked once per assembly date): the check stays linear in the size of the book.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Protocol

from gcsms_desktop.domain.act_dates import check_recorded_acts
from gcsms_desktop.domain.assembly import (
    AgendaItem, Assembly, AssemblyResult, AssemblyState, assembly_result, voters_on,
)
from gcsms_desktop.domain.assembly_actions import AssemblyAction, allowed_actions
from gcsms_desktop.domain.assembly_checks import (
    check_assembly_inputs, check_can_close, check_can_convene, check_concerned_members, signature_problem,
)
from gcsms_desktop.domain.assembly_record import AssemblyRecord, outcomes_of
from gcsms_desktop.domain.assembly_request import check_requesters_known
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.attendance import AttendanceLine, check_attendance
from gcsms_desktop.domain.change_checks import check_change
from gcsms_desktop.domain.changes import Change, Deliberation
from gcsms_desktop.domain.convention_checks import check_groupement
from gcsms_desktop.domain.details_checks import check_details
from gcsms_desktop.domain.deletions import check_cancellation, check_cancelled_content
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.governance import proxies_possible
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.member_details import DetailsCorrection
from gcsms_desktop.domain.mandate_checks import check_mandate, check_mandate_dates
from gcsms_desktop.domain.mandates import Mandate, administration, member_exits
from gcsms_desktop.domain.problems import Problem, errors_only
from gcsms_desktop.domain.standing import Timeline, members_ever
from gcsms_desktop.domain.voting_rights import exact_sum


class BookAssembly(Protocol):
    """An assembly as a file gives it: its frozen droits once held, its first assembly's index."""

    @property
    def assembly(self) -> Assembly: ...

    @property
    def rights(self) -> AssemblyRights | None: ...

    @property
    def second_of(self) -> int | None: ...


def check_book(groupement: Groupement, changes: Sequence[Change] = (),
               assemblies: Sequence[BookAssembly] = (), today: date | None = None,
               corrections: Sequence[DetailsCorrection] = (), mandates: Sequence[Mandate] = ()) -> list[Problem]:
    """Every problem of a book, in its order: the convention (R. 312-194-7), each change against those
    before it (art. 8, 20), then each assembly against the members in force on its date (art. 13), then
    each mandate of the administrateur (art. 14, R. 312-194-23); with ``today``, no act recorded as done
    after it (domain.act_dates).

    Changes and assemblies are judged only on a convention without errors: the history of a
    convention that could not be saved has no meaning. A change refused is left out of the history
    the later ones are judged against, as the app would have refused to record it."""
    problems = [_under("groupement", p) for p in check_groupement(groupement)]
    if errors_only(problems):
        return problems
    timeline = Timeline(groupement)
    accepted: tuple[Change, ...] = ()
    register = _register(groupement, assemblies) if any(c.deliberation.number.strip() for c in changes) else {}
    for index, change in enumerate(changes):
        found, judged = _with_register(change, register)
        found += check_change(groupement, accepted, judged, timeline)
        problems += [_under(f"changes[{index}]", replace(p, message=(
            f"Changement n° {index + 1} ({change.kind.label}) : {_lower_first(p.message)}"))) for p in found]
        if not errors_only(found):
            accepted += (change,)
            timeline = timeline.extended(change)
    problems += _check_assemblies(groupement, tuple(changes), timeline, assemblies)
    problems += _check_corrections(History(groupement, accepted), corrections)
    problems += _check_mandates(groupement, accepted, timeline, assemblies, mandates, today)
    if today is not None:
        problems += check_recorded_acts(groupement, changes, (a.assembly for a in assemblies), today)
    return problems


def _check_corrections(past: History, corrections: Sequence[DetailsCorrection]) -> list[Problem]:
    """Each correction as the service judges it (art. 13-1), except the order of recording: a file does
    not say whether letters went out before or after it, so it states who was in office (docs)."""
    problems = []
    for index, c in enumerate(corrections):
        problems += [_under(f"corrections[{index}]", p) for p in check_details(past, c, ())]
    return problems


# --- the register's word on the deliberations the changes cite --------------------------------------

def _register(groupement: Groupement, assemblies: Sequence[BookAssembly]) -> dict[str, Deliberation]:
    """The numbered deliberations of the file's closed assemblies, as their PVs record them (with the
    droits frozen at their closing; an assembly given without them is not read here)."""
    found: dict[str, Deliberation] = {}
    for data in assemblies:
        if data.assembly.state.locked and data.rights is not None:
            record = AssemblyRecord(groupement, data.assembly, (), data.rights)
            for outcome in outcomes_of(record):
                found.setdefault(outcome.number, outcome.deliberation)
    return found


def _with_register(change: Change, register: dict[str, Deliberation]) -> tuple[list[Problem], Change]:
    """As « record » does (services.membership): a deliberation cited by a number of the register is
    judged as the register records it, and the file may not say otherwise (art. 8-4, 13-2)."""
    problems, found = _registered(change.deliberation, register, "le changement")
    return problems, replace(change, deliberation=found)


def _registered(cited: Deliberation, register: dict[str, Deliberation],
                what: str) -> tuple[list[Problem], Deliberation]:
    """The register's deliberation cited by number (the file's own when the register lacks it), and a
    problem when the file says otherwise (date, matter, outcome)."""
    found = register.get(cited.number.strip()) if cited.number.strip() else None
    if found is None:
        return [], cited
    differs = ((cited.decided_on is not None and cited.decided_on != found.decided_on)
               or (cited.matter is not None and cited.matter != found.matter)
               or cited.adopted != found.adopted or cited.unanimous != found.unanimous)
    problems = []
    if differs:
        assert found.decided_on is not None  # a deliberation of the register has its meeting's date
        outcome = ("adoptée à l'unanimité" if found.unanimous else "adoptée") if found.adopted else "rejetée"
        matter = f" ({found.matter.long_label})" if found.matter is not None else ""
        problems.append(Problem("deliberation", (
            f"La délibération n° {found.number}{matter} est, au procès-verbal de l'assemblée du "
            f"{format_date(found.decided_on)}, {outcome} : {what} doit la citer telle que le registre "
            "l'enregistre (date, matière, résultat).")))
    return problems, found


# --- the administrateur's mandates (art. 14, R. 312-194-21 3°, R. 312-194-23) ----------------------------

def _check_mandates(groupement: Groupement, changes: tuple[Change, ...], timeline: Timeline,
                    assemblies: Sequence[BookAssembly], mandates: Sequence[Mandate],
                    today: date | None) -> list[Problem]:
    """Each mandate against the history and the mandates before it, by the service's own rule
    (domain.mandate_checks); one refused is left out of those the next ones are judged against."""
    register = _register(groupement, assemblies) if any(m.deliberation.number.strip() for m in mandates) else {}
    exits = member_exits(groupement, changes)
    accepted: tuple[Mandate, ...] = ()
    problems: list[Problem] = []
    for index, mandate in enumerate(mandates):
        found, cited = _registered(mandate.deliberation, register, "l'élection")
        judged = replace(mandate, deliberation=cited)
        offices = administration(groupement, accepted, exits)
        found += check_mandate(groupement, timeline, offices, judged)
        if today is not None:
            found += check_mandate_dates(judged, today, offices)
        problems += [_under(f"administrator_mandates[{index}]", replace(p, message=(
            f"Mandat n° {index + 1} ({mandate.person_name}) : {_lower_first(p.message)}"))) for p in found]
        if not errors_only(found):
            accepted += (replace(judged, starts_on=judged.start, number=len(accepted) + 1),)
    return problems


# --- assemblies -----------------------------------------------------------------------------------

def _check_assemblies(groupement: Groupement, changes: tuple[Change, ...], timeline: Timeline,
                      assemblies: Sequence[BookAssembly]) -> list[Problem]:
    known = {m.key: m.name for m in members_ever(groupement, changes)}  # every change's, to name them
    results: list[AssemblyResult | None] = []
    seconds: dict[int, int] = {}
    problems: list[Problem] = []
    for index, data in enumerate(assemblies):
        found, result = _check_assembly(groupement, timeline, known, assemblies, index, seconds, results)
        results.append(result)
        a = data.assembly
        problems += [_under(f"assemblies[{index}]", replace(p, field=_file_field(p.field, a.attendance), message=(
            f"Assemblée du {format_date(a.meeting_date)} : {_lower_first(p.message)}")))
            for p in dict.fromkeys(found)]  # the checks of two steps may both see one text too long
    return problems + _check_unique_numbers(assemblies)


def _check_assembly(groupement: Groupement, timeline: Timeline, known: dict[str, str],
                    assemblies: Sequence[BookAssembly], index: int,
                    seconds: dict[int, int],
                    results: list[AssemblyResult | None]) -> tuple[list[Problem], AssemblyResult | None]:
    data = assemblies[index]
    a = data.assembly
    # The dates and the header's texts first: a date in the year 9999 has no standing to be judged
    # against. The lists' texts are checked once, with the last step the assembly went through.
    problems = check_assembly_inputs(replace(a, agenda=(), attendance=(), documents=(), errata=()))
    if any(p.field in _DATES for p in problems):
        return problems, None
    if not a.state.locked:  # a closed one has them checked by check_can_close below
        problems += check_assembly_inputs(a)
    standing = timeline.standing(a.meeting_date)
    in_force = {m.key: m.name for m in standing.members}
    rights_in_force = AssemblyRights.from_voting_rights(standing.rights)
    proxies_allowed = groupement.governance.proxies_allowed and proxies_possible(len(in_force))
    problems += _check_state_content(a, data.rights)
    problems += _check_second(assemblies, index, seconds, results)
    if a.state is AssemblyState.DRAFT:  # what « prepare » refuses
        problems += check_concerned_members(a, in_force, known) + check_requesters_known(a, known)
        return problems, None
    # What « convene » refuses, the request judged with the members in force on its day (R. 312-194-20).
    # The inputs were checked above: the attendance, the bulk of a large book's texts, is left out of
    # this second look (nothing else in it depends on the attendance).
    on_request = ({m.key: m.name for m in timeline.standing(a.requested_on).members}
                  if a.requested_on is not None else None)
    problems += check_can_convene(replace(a, attendance=()), in_force, groupement.governance, known, on_request)
    problems += _check_votes(a, in_force)  # what « record votes » refuses
    if a.state is AssemblyState.CONVENED:  # the session may be under way: what « record attendance » refuses
        return problems + errors_only(check_attendance(a.attendance, in_force, proxies_allowed, known)), None
    if a.state is AssemblyState.CANCELLED:  # what « cancel » refuses (domain.deletions); a missing date: above
        return problems + (check_cancellation(a, a.cancelled_on) if a.cancelled_on is not None else []), None
    rights = data.rights if data.rights is not None else rights_in_force
    problems += _check_frozen_rights(data.rights, rights_in_force, known)
    result = assembly_result(a, rights)
    problems += check_can_close(a, result, in_force, proxies_allowed, known)  # what « close » refuses
    problems += _check_numbers(a, result)
    return problems, result


_DATES = frozenset({"meeting_date", "convocation_date", "first_meeting_date", "signed_on", "requested_on",
                    "cancelled_on"})


def _check_state_content(a: Assembly, rights: AssemblyRights | None) -> list[Problem]:
    """What each state may hold (domain.assembly_actions): a draft has no session, a convened assembly
    no deliberation number nor signature, a held one no signature, a signed one its date and pages;
    only a cancelled one has a cancellation date (domain.deletions)."""
    problems = check_cancelled_content(a)
    state = a.state
    if state is AssemblyState.DRAFT and (a.attendance or any(item.choices for item in a.agenda)):
        problems.append(Problem("state", (
            "une assemblée en préparation n'a ni feuille de présence ni votes : la séance se saisit sur une "
            "assemblée convoquée (art. R. 312-194-20).")))
    if state in (AssemblyState.DRAFT, AssemblyState.CANCELLED) and (
            a.opened_at or a.closed_at or any(item.debates for item in a.agenda)):
        problems.append(Problem("opened_at" if a.opened_at or a.closed_at else "agenda", (
            f"une assemblée {state.label} n'a ni heures de séance ni débats : ils se saisissent pendant la "
            "séance d'une assemblée convoquée, pour le procès-verbal (art. 13-2).")))
    if not state.locked:
        if any(item.deliberation_number for item in a.agenda):
            problems.append(Problem("agenda", (
                f"une assemblée {state.label} n'a pas encore de délibération numérotée : les numéros sont "
                "donnés à la clôture de la séance (art. 13-2).")))
        if a.errata:
            problems.append(Problem("errata", (
                f"une assemblée {state.label} n'a pas d'erratum : tant que la séance n'est pas close, la "
                "saisie se corrige directement.")))
        if rights is not None:
            problems.append(Problem("droits", (
                f"une assemblée {state.label} n'a pas de droits figés : ils le sont à la clôture de la séance.")))
    if state is not AssemblyState.SIGNED:
        if a.signed_on is not None or a.register_first_page is not None:
            problems.append(Problem("signed_on", (
                f"une assemblée {state.label} n'a ni date de signature ni pages au registre : seul le "
                "procès-verbal signé y prend ses pages (art. 13-2).")))
        return problems
    if a.signed_on is None:
        problems.append(Problem("signed_on", "une assemblée signée a la date de signature de son procès-verbal."))
    elif (problem := signature_problem(a.meeting_date, a.signed_on)) is not None:
        problems.append(Problem("signed_on", problem))
    if a.register_first_page is None or not a.register_page_count:
        problems.append(Problem("register", (
            "le procès-verbal signé occupe des pages du registre coté et paraphé : indiquez la première "
            "et leur nombre (art. 13-2).")))
    return problems


def _check_second(assemblies: Sequence[BookAssembly], index: int, seconds: dict[int, int],
                  results: list[AssemblyResult | None]) -> list[Problem]:
    """R. 312-194-22: a second assembly follows a first closed without quorum, once, on the same agenda
    and with the same urgency, and says the first meeting's date."""
    data = assemblies[index]
    a = data.assembly
    if data.second_of is None:
        if a.first_meeting_date is None:
            return []
        return [Problem("second_of", (
            "une seconde convocation désigne l'assemblée réunie sans quorum qu'elle suit (art. R. 312-194-22).")
        )]
    if not 0 <= data.second_of < index:
        return []  # the reader refuses it already
    first = assemblies[data.second_of].assembly
    problems = []
    if a.state is AssemblyState.DRAFT:
        problems.append(Problem("state", (
            "une seconde assemblée est convoquée dès sa création : elle ne reste pas en préparation "
            "(art. R. 312-194-22).")))
    first_result = results[data.second_of]  # None: not closed, or not judged (refused on its own)
    quorum_reached = first_result is None or first_result.quorum.may_deliberate
    judged = first_result is not None or not first.state.locked
    if judged and AssemblyAction.CONVENE_AGAIN not in allowed_actions(first.state, quorum_reached):
        problems.append(Problem("second_of", (
            f"une seconde convocation suit une assemblée close faute de quorum ; celle du "
            f"{format_date(first.meeting_date)} est {first.state.label}"
            + (" et a atteint le quorum" if first.state.locked else "") + " (art. R. 312-194-22).")))
    if data.second_of in seconds and a.state is not AssemblyState.CANCELLED:
        problems.append(Problem("second_of", (
            f"l'assemblée du {format_date(first.meeting_date)} a déjà été convoquée à nouveau "
            f"(assemblée n° {seconds[data.second_of] + 1} du fichier).")))
    elif a.state is not AssemblyState.CANCELLED:  # a cancelled second leaves room for another (domain.deletions)
        seconds[data.second_of] = index
    if a.first_meeting_date != first.meeting_date:
        problems.append(Problem("first_meeting_date", (
            f"la date de la première réunion doit être celle de l'assemblée qu'elle suit, le "
            f"{format_date(first.meeting_date)} (art. R. 312-194-22).")))
    if a.urgent != first.urgent:
        problems.append(Problem("urgent", "une seconde convocation garde l'urgence de la première."))
    if [_motion(item) for item in a.agenda] != [_motion(item) for item in first.agenda]:
        problems.append(Problem("agenda", (
            "une seconde assemblée délibère sur le même ordre du jour que la première (art. R. 312-194-22).")))
    return problems


def _motion(item: AgendaItem) -> tuple[object, ...]:
    return item.matter, item.title, item.resolution, item.concerned_member


def _check_votes(a: Assembly, member_names: dict[str, str]) -> list[Problem]:
    """What « record votes » refuses: a vote by a member neither present nor represented, or by the
    member whose exclusion is asked (art. 13-2, R. 312-194-22); an information item is not voted."""
    problems = []
    for number, item in enumerate(a.agenda, start=1):
        if item.choices and item.is_information:
            problems.append(Problem(f"agenda[{number}].votes", (
                f"point {number} : une information n'est pas mise aux voix, elle ne porte aucun vote.")))
            continue
        allowed = set(voters_on(item, a.attendance))
        for key in item.choices:
            if key in allowed:
                continue
            why = ("est le membre dont l'exclusion est demandée : il ne prend pas part au vote "
                   "(art. R. 312-194-22)" if key == item.concerned_member else
                   "n'est ni présent ni représenté : seuls votent les membres présents ou représentés "
                   "(art. R. 312-194-22)")
            problems.append(Problem(f"agenda[{number}].votes.{key}", (
                f"résolution {number} : « {member_names.get(key, key)} » {why}.")))
    return problems


def _check_frozen_rights(frozen: AssemblyRights | None, in_force: AssemblyRights,
                         known: dict[str, str]) -> list[Problem]:
    """The droits frozen at the closing are those of the members in force on the meeting date (art. 9-1),
    and their total is their sum: the quorum and every majority are reckoned on them."""
    if frozen is None:
        return []
    problems = []
    extra = [known.get(k, k) for k in frozen.votes if k not in in_force.votes]
    missing = [known.get(k, k) for k in in_force.votes if k not in frozen.votes]
    if extra or missing:
        names = ", ".join(f"« {n} »" for n in extra + missing)
        problems.append(Problem("droits", (
            f"les droits figés ne sont pas ceux des membres en fonction le jour de la réunion ({names}) "
            "(art. 8 et 9-1).")))
    if exact_sum(frozen.votes.values()) != frozen.total:
        problems.append(Problem("droits.total", "le total des droits figés n'est pas la somme des droits des membres."))
    return problems


_NUMBER = re.compile(r"^(\d{4})-([1-9]\d*)$")


def _check_numbers(a: Assembly, result: AssemblyResult) -> list[Problem]:
    """Art. 13-2: at the closing each deliberation takes a number « année-rang »; an item not
    deliberated (an information, or a session without quorum) takes none."""
    deliberated = {number for number, _item, _outcome in result.outcomes}
    problems = []
    for number, item in enumerate(a.agenda, start=1):
        given = item.deliberation_number
        if number in deliberated and not given:
            problems.append(Problem(f"agenda[{number}].deliberation_number", (
                f"résolution {number} : une délibération de l'assemblée close porte son numéro au registre "
                "(art. 13-2).")))
        elif number not in deliberated and given:
            problems.append(Problem(f"agenda[{number}].deliberation_number", (
                f"point {number} : il n'a pas été délibéré (information, ou séance sans quorum) et ne porte "
                "donc pas de numéro de délibération.")))
        elif given and ((match := _NUMBER.match(given)) is None or int(match.group(1)) != a.meeting_date.year):
            problems.append(Problem(f"agenda[{number}].deliberation_number", (
                f"résolution {number} : le numéro « {given} » n'est pas de la forme « {a.meeting_date.year}-1 » "
                "(année de la réunion, puis rang de la délibération dans l'année).")))
    return problems


def _check_unique_numbers(assemblies: Sequence[BookAssembly]) -> list[Problem]:
    """A book gives each deliberation number and each register page once (art. 13-2, registre coté)."""
    seen: dict[tuple[str, str], int] = {}
    problems = []
    for index, data in enumerate(assemblies):
        a = data.assembly
        for number in register_numbers(a):
            if number in seen:
                what = "le numéro de délibération" if number[0] == "deliberation" else "la page du registre"
                problems.append(Problem(f"assemblies[{index}]", (
                    f"Assemblée du {format_date(a.meeting_date)} : {what} {number[1]} est déjà donné par "
                    f"l'assemblée n° {seen[number] + 1} du fichier.")))
            else:
                seen[number] = index
    return problems


def register_numbers(assembly: Assembly) -> list[tuple[str, str]]:
    """The numbers an assembly holds in the register: its deliberations' and the first pages of its PV
    and errata, as (kind, value)."""
    numbers = [("deliberation", item.deliberation_number) for item in assembly.agenda if item.deliberation_number]
    pages = [assembly.register_first_page] + [e.register_first_page for e in assembly.errata]
    return numbers + [("register_page", str(page)) for page in pages if page is not None]


# --- paths and wording ----------------------------------------------------------------------------

def _under(prefix: str, problem: Problem) -> Problem:
    field = problem.field
    return replace(problem, field=f"{prefix}.{field}" if field and not field.startswith("[") else prefix + field)


_AGENDA = re.compile(r"^agenda\[(\d+)\]")
_ATTENDANCE = re.compile(r"^attendance\.(.+)$")


def _file_field(field: str, lines: tuple[AttendanceLine, ...]) -> str:
    """The checks' fields as paths in the file: agenda items from 0 (the checks count points from 1),
    an attendance line by its index rather than its member's key."""
    agenda = _AGENDA.match(field)
    if agenda:
        return f"agenda[{int(agenda.group(1)) - 1}]" + field[agenda.end():]
    line = _ATTENDANCE.match(field)
    if line:
        index = next((i for i, each in enumerate(lines) if each.member_key == line.group(1)), None)
        return f"attendance[{index}]" if index is not None else "attendance"
    return field


def _lower_first(message: str) -> str:
    """« Indiquez… » → « indiquez… » after a colon; « « Nom » … » and « CCAS… » are kept."""
    if len(message) > 1 and message[0].isupper() and (message[1].islower() or message[1] in "'\u2019"):
        return message[0].lower() + message[1:]
    return message
