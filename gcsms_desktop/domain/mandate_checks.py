"""What must hold before the AG's election of an administrateur is recorded (art. 14, 20; R312-194-21
3°, R312-194-22, R312-194-23).

One function, ``check_mandate``, judges a new mandate against the groupement's history and the
mandates already recorded: the service asks it before writing, and the file check (``check FILE``,
``import``) asks it for each mandate of a file, so both refuse the same elections. No act after today:
``check_mandate_dates`` (domain.act_dates's rule: the deliberation is a past act).
"""

from __future__ import annotations

from datetime import date, timedelta

from gcsms_desktop.domain.act_dates import not_yet
from gcsms_desktop.domain.administrator import eligible_people
from gcsms_desktop.domain.changes import Deliberation
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.input_bounds import check_dates_in_range, check_texts
from gcsms_desktop.domain.mandates import Administration, Mandate, MandateKind, kind_of
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.names import normalised_name
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.domain.standing import Timeline

ELIGIBILITY = "art. R. 312-194-23"


def check_mandate(g: Groupement, timeline: Timeline, administration: Administration,
                  mandate: Mandate) -> list[Problem]:
    """Every problem of ``mandate`` given the ``administration`` already recorded (errors only)."""
    problems = _check_inputs(mandate)
    if problems:
        return problems
    problems = check_mandate_deliberation(mandate.deliberation, administration)
    if problems:
        return problems
    start = mandate.start
    assert start is not None and mandate.deliberation.decided_on is not None  # checked above
    problems = _check_start(g, timeline, administration, mandate, start)
    if problems:
        return problems
    problems = check_eligibility(timeline, mandate, mandate.deliberation.decided_on)
    if not problems and start != mandate.deliberation.decided_on:
        problems = check_eligibility(timeline, mandate, start)
    return problems + _check_reason(administration, mandate)


def _check_inputs(mandate: Mandate) -> list[Problem]:
    texts = [("person_name", mandate.person_name), ("member_key", mandate.member_key),
             ("deliberation.number", mandate.deliberation.number)]
    problems = check_texts(texts) + check_dates_in_range(
        [("starts_on", mandate.starts_on), ("deliberation.date", mandate.deliberation.decided_on)])
    if not normalised_name(mandate.person_name):
        problems.append(Problem("person_name", (
            "Indiquez la personne élue administrateur : le membre lui-même s'il est une personne physique, sinon "
            f"l'un de ses représentants ({ELIGIBILITY}).")))
    return problems


def check_mandate_deliberation(deliberation: Deliberation, administration: Administration) -> list[Problem]:
    """R312-194-21 3°: the AG names the administrateur by an adopted deliberation on that matter, by
    the majority of R312-194-22 (the register's outcome already applied it); one deliberation names one."""
    if not deliberation.known:
        return [Problem("deliberation", "L'administrateur est élu par l'assemblée générale (art. R. 312-194-21 3°) : "
                                        "indiquez la délibération.")]
    if deliberation.matter is not None and deliberation.matter is not Matter.ADMINISTRATOR:
        return [Problem("deliberation", (
            f"La délibération n° {deliberation.number} porte sur : {deliberation.matter.long_label} ; l'élection de "
            f"l'administrateur relève du {Matter.ADMINISTRATOR.long_label} (art. R. 312-194-21)."))]
    if not deliberation.adopted:
        return [Problem("deliberation", (
            f"La délibération{_number(deliberation)} n'est pas adoptée : l'administrateur n'est élu que par une "
            "délibération adoptée à la majorité des voix des membres présents ou représentés (art. R. 312-194-22)."))]
    number = deliberation.number.strip()
    cited = next((m for m in administration.mandates if number and m.deliberation.number.strip() == number), None)
    if cited is not None:
        return [Problem("deliberation", (
            f"La délibération n° {number} a déjà élu « {cited.person_name} » (mandat n° {cited.number}) : "
            "une élection cite sa propre délibération."))]
    return []


def _number(deliberation: Deliberation) -> str:
    return f" n° {deliberation.number.strip()}" if deliberation.number.strip() else ""


def _check_start(g: Groupement, timeline: Timeline, administration: Administration, mandate: Mandate,
                 start: date) -> list[Problem]:
    decided = mandate.deliberation.decided_on
    assert decided is not None
    if start < decided:
        return [Problem("starts_on", f"Le mandat ne peut commencer ({format_date(start)}) avant la délibération qui "
                                     f"élit l'administrateur ({format_date(decided)}).")]
    signed = g.dates.signature
    if signed is not None and decided < signed:
        return [Problem("deliberation", f"La délibération ({format_date(decided)}) précède la signature de la "
                                        f"convention constitutive ({format_date(signed)}).")]
    last = administration.last
    if last is not None and last.starts_on is not None and start <= last.starts_on:
        return [Problem("starts_on", (
            f"Le mandat de « {last.person_name} » commence le {format_date(last.starts_on)} : un nouveau mandat "
            "commence après lui (les mandats s'enregistrent dans l'ordre ; l'historique n'est jamais réécrit)."))]
    return check_not_dissolved(timeline, start)


def check_not_dissolved(timeline: Timeline, start: date) -> list[Problem]:
    """Art. 20: once dissolved, the groupement only exists for its liquidation: no new administrateur."""
    dissolved = timeline.standing(start).dissolved_on
    if dissolved is None:
        return []
    return [Problem("starts_on", (
        f"Le groupement est dissous depuis le {format_date(dissolved)} : un mandat d'administrateur commençant le "
        f"{format_date(start)} ne peut plus être enregistré ; seuls les actes de la liquidation suivent "
        "(art. 20 de la convention)."))]


def check_eligibility(timeline: Timeline, mandate: Mandate, on: date) -> list[Problem]:
    """R312-194-23: a natural-person member, or a representative of a legal-person member, among the
    members in force on ``on`` (the deliberation's date, then the mandate's first day)."""
    member = timeline.standing(on).member(mandate.member_key)
    if member is None:
        return [Problem("member_key", (
            f"« {mandate.member_key} » n'est pas membre du groupement au {format_date(on)} : l'administrateur est "
            f"choisi parmi les membres à cette date ({ELIGIBILITY})."))]
    people = {normalised_name(p): p for p in eligible_people(member)}
    if normalised_name(mandate.person_name) in people:
        return []
    known = ", ".join(f"« {p} »" for p in people.values()) or "aucun représentant enregistré"
    return [Problem("person_name", (
        f"« {mandate.person_name} » n'est ni le membre « {member.name} » ni l'un de ses représentants au "
        f"{format_date(on)} ({known}) : l'administrateur est une personne physique membre ou le représentant "
        f"d'un membre ({ELIGIBILITY})."))]


def _check_reason(administration: Administration, mandate: Mandate) -> list[Problem]:
    """A replacement says why the term in course ends early (art. 14: « révocable à tout moment »)."""
    kind = kind_of(administration.last, mandate)
    if kind is MandateKind.REPLACEMENT and mandate.ends_previous is None:
        last = administration.last
        assert last is not None and last.term_end is not None and mandate.start is not None
        return [Problem("ends_previous", (
            f"Le mandat de « {last.person_name} » court jusqu'au {format_date(last.term_end)} : indiquez pourquoi il "
            f"prend fin le {format_date(mandate.start - timedelta(days=1))} (démission, révocation par l'assemblée "
            "générale, décès ; art. 14 de la convention)."))]
    if kind is not MandateKind.REPLACEMENT and mandate.ends_previous is not None:
        return [Problem("ends_previous", (
            f"Aucun mandat en cours n'est interrompu le {format_date(mandate.start or date.min)} : « "
            f"{mandate.ends_previous.label} » ne s'indique que pour remplacer un administrateur avant son terme."))]
    return []


def check_mandate_dates(mandate: Mandate, today: date, administration: Administration | None = None,
                        prefix: str = "") -> list[Problem]:
    """The deliberation is a past act (domain.act_dates); the mandate starts today at the latest, or
    on the day after the term in course when the AG elected the successor ahead of it (art. 14)."""
    problems = not_yet(f"{prefix}deliberation", "La délibération ne peut pas avoir été adoptée",
                       mandate.deliberation.decided_on, today)
    start = mandate.starts_on
    if start is None or start == mandate.deliberation.decided_on or start == successor_day(administration):
        return problems
    return problems + not_yet(f"{prefix}starts_on", "Le mandat de l'administrateur ne peut pas commencer", start, today)


def successor_day(administration: Administration | None) -> date | None:
    """The day after the term of the last administrateur: when a successor elected ahead starts."""
    last = administration.last if administration else None
    return last.term_end + timedelta(days=1) if last is not None and last.term_end is not None else None
