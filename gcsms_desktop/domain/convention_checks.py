"""Every rule a convention constitutive must satisfy before it is saved (R312-194-7).

The review page and the command line call ``check_groupement`` and show the whole list.
"""

from __future__ import annotations

from dataclasses import replace
from enum import Enum

from gcsms_desktop.domain.administrator import check_administrator
from gcsms_desktop.domain.capital import check_capital
from gcsms_desktop.domain.denomination import check_denomination
from gcsms_desktop.domain.duration import check_duration
from gcsms_desktop.domain.governance import check_governance
from gcsms_desktop.domain.groupement import ApprovalDates, Groupement
from gcsms_desktop.domain.input_bounds import check_dates_in_range, check_texts
from gcsms_desktop.domain.member_rules import check_members
from gcsms_desktop.domain.missions import Mission
from gcsms_desktop.domain.problems import Problem, Severity
from gcsms_desktop.domain.statut import derive_statut
from gcsms_desktop.domain.voting_rights import check_contribution_keys


class ConventionPart(Enum):
    """The parts of a convention constitutive a problem can belong to, in the order of its plan
    (Annexe VI): each is one page of the creation wizard."""

    IDENTITY = "identity"  # art. 1, préambule and visas
    MEMBERS = "members"  # R312-194-7 2°, art. 6 (associés)
    OBJET = "objet"  # art. 4
    STATUT = "statut"  # art. 2
    SEAT = "seat"  # art. 3 and 5, approval (R312-194-18)
    CAPITAL = "capital"  # art. 7 and 9
    GOVERNANCE = "governance"  # art. 8, 13, 14


def in_part(part: ConventionPart, problems: list[Problem]) -> list[Problem]:
    return [replace(p, part=part.value) for p in problems]


def check_groupement(groupement: Groupement) -> list[Problem]:
    """All problems, errors first then warnings, in the wizard's page order, each with the part of the
    convention (``Problem.part``) whose input it concerns."""
    g = groupement
    problems = check_inputs(g)
    problems += in_part(ConventionPart.IDENTITY, check_denomination(g.denomination))
    problems += in_part(ConventionPart.MEMBERS, check_members(g.members, g.governance.representatives_per_member))
    problems += in_part(ConventionPart.OBJET, check_objet(g))
    problems += in_part(ConventionPart.STATUT, check_statut(g))
    problems += in_part(ConventionPart.SEAT, _check_seat(g) + check_duration(g.duration) + check_dates(g.dates))
    if g.capital is not None:
        problems += in_part(ConventionPart.CAPITAL, check_capital(g.capital, [m.key for m in g.members]))
    else:
        problems += in_part(ConventionPart.CAPITAL, check_contribution_keys(g.members))
    problems += in_part(ConventionPart.GOVERNANCE, check_governance(g.governance, len(g.members))
                        + check_administrator(g.administrator, g.members, g.governance.administrator_term_years))
    return sorted(problems, key=lambda p: p.severity is Severity.WARNING)


def check_inputs(g: Groupement) -> list[Problem]:
    """Every text within its length and free of control characters, every date plausible.

    Fields are named as in the JSON file (``members[0].name``), so that a reader's issue for the same
    field is recognised as the same problem; each is in the part of the convention that holds it.
    """
    identity = [("denomination", g.denomination), ("short_name", g.short_name), ("preamble", g.preamble)]
    identity += [(f"recitals[{i}]", text) for i, text in enumerate(g.recitals)]
    members: list[tuple[str, str]] = []
    for i, m in enumerate(g.members):
        members += [(f"members[{i}].{name}", getattr(m, name))
                    for name in ("key", "name", "short_name", "address", "siren", "finess")]
        for j, r in enumerate(m.representatives):
            members += [(f"members[{i}].representatives[{j}].name", r.name),
                        (f"members[{i}].representatives[{j}].capacity", r.capacity)]
    for i, a in enumerate(g.associates):
        members += [(f"associates[{i}].{name}", getattr(a, name)) for name in ("name", "profession", "address")]
    capital = [(f"capital.contributions[{i}].description", c.description)
               for i, c in enumerate(g.capital.contributions)] if g.capital is not None else []
    governance = [("governance.president_other", g.governance.president_other)]
    if g.administrator is not None:
        governance.append(("administrator.person_name", g.administrator.person_name))
    days = [(f"dates.{name}", getattr(g.dates, name))
            for name in ("signature", "sent_to_prefect", "approval_order", "publication")]
    seat = [("seat_address", g.seat_address), ("signature_place", g.signature_place)]
    elected = [("administrator.elected_on", g.administrator.elected_on if g.administrator else None)]
    return (in_part(ConventionPart.IDENTITY, check_texts(identity))
            + in_part(ConventionPart.MEMBERS, check_texts(members))
            + in_part(ConventionPart.OBJET, check_texts([("object_text", g.object_text)]))
            + in_part(ConventionPart.SEAT, check_texts(seat) + check_dates_in_range(days))
            + in_part(ConventionPart.CAPITAL, check_texts(capital))
            + in_part(ConventionPart.GOVERNANCE, check_texts(governance) + check_dates_in_range(elected)))


def check_objet(g: Groupement) -> list[Problem]:
    problems = []
    if not g.missions and not g.object_text.strip():
        problems.append(Problem("missions", "L'objet du groupement doit être précisé (art. 4 de la convention)."))
    if any(m.needs_protocol for m in g.missions):
        problems.append(Problem("missions", (
            "L'exercice direct de missions des membres ou la préparation de fusions impose d'annexer "
            "un protocole à la convention (art. R. 312-194-8)."), Severity.WARNING))
    if Mission.DIRECT_EXERCISE in g.missions:
        problems.append(Problem("missions", (
            "Exercice direct des missions : accord de l'autorité (silence de deux mois = refus) ou "
            "nouvelle autorisation s'il y a changement de prise en charge (six mois)."), Severity.WARNING))
    return problems


def check_statut(g: Groupement) -> list[Problem]:
    """Art. 2: a mixed membership chooses; otherwise the choice must match the members' nature."""
    derived = derive_statut(g.members)
    if not g.members:
        return []
    if derived.fixed is None and g.statut_choice is None:
        return [Problem("statut", derived.reason + " Choisissez le statut (art. 2).")]
    if derived.fixed is not None and g.statut_choice not in (None, derived.fixed):
        return [Problem("statut", derived.reason)]
    return []


def _check_seat(g: Groupement) -> list[Problem]:
    if not g.seat_address.strip():
        return [Problem("seat_address", "L'adresse du siège est obligatoire (art. R. 312-194-7, 1°).")]
    return []


def check_dates(dates: ApprovalDates) -> list[Problem]:
    """Signature ≤ transmission to the préfet ≤ approval order ≤ publication (R312-194-18)."""
    steps = [
        ("signature", dates.signature, "signature"),
        ("sent_to_prefect", dates.sent_to_prefect, "transmission au préfet"),
        ("approval_order", dates.approval_order, "arrêté d'approbation"),
        ("publication", dates.publication, "publication"),
    ]
    known = [(name, value, label) for name, value, label in steps if value is not None]
    problems = []
    for (_, before, before_label), (name, after, after_label) in zip(known, known[1:], strict=False):
        if after < before:
            problems.append(Problem(f"dates.{name}",
                                    f"La date de {after_label} précède celle de {before_label}."))
    return problems
