"""Checks on the list of members (R312-194-1, R312-194-7 2°, Art. 13-1)."""

from __future__ import annotations

import re

from gcsms_desktop.domain.members import Member, MemberCategory, PersonKind
from gcsms_desktop.domain.problems import Problem

MIN_MEMBERS = 2  # R312-194-1: a groupement is formed by at least two members
MIN_MEMBERS_FOR_EXCLUSION = 3  # R312-194-10: no exclusion while the groupement has two members
SIREN_PATTERN = re.compile(r"^\d{9}$")
FINESS_PATTERN = re.compile(r"^[0-9][0-9AB]\d{7}$")


def exclusion_possible(member_count: int) -> bool:
    """R312-194-10 / art. 8-3: the AG may exclude a member only when there are at least three."""
    return member_count >= MIN_MEMBERS_FOR_EXCLUSION


def withdrawal_dissolves(member_count: int) -> bool:
    """Art. 8-2 and 20: with two members, a notice of withdrawal dissolves the groupement of right."""
    return member_count <= MIN_MEMBERS


def transfer_to_member_possible(member_count: int) -> bool:
    """Art. 7: parts may be sold to another member, « sauf s'ils ne sont que deux »."""
    return member_count > MIN_MEMBERS


def check_members(members: tuple[Member, ...], representatives_per_member: int = 1) -> list[Problem]:
    """Every problem in the member list, in the order a user would fix them."""
    problems: list[Problem] = []
    if len(members) < MIN_MEMBERS:
        problems.append(Problem(
            "members",
            f"Un groupement compte au moins deux membres (art. R. 312-194-1 du CASF) : "
            f"{len(members)} saisi{'s' if len(members) > 1 else ''}.",
        ))
    problems += _check_keys(members)
    for index, member in enumerate(members):
        problems += check_member(member, f"members[{index}]", representatives_per_member)
    return problems


def _check_keys(members: tuple[Member, ...]) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for index, member in enumerate(members):
        key = member.key.strip()
        if key and key in seen:
            problems.append(Problem(f"members[{index}].key",
                                    f"L'identifiant « {key} » est utilisé par deux membres."))
        seen.add(key)
    return problems


def check_member(member: Member, field: str, representatives_per_member: int = 1) -> list[Problem]:
    """Problems of one member: identity, capacity (R312-194-7 2°) and representation."""
    label = member.name.strip() or "sans nom"
    problems: list[Problem] = []
    if not member.key.strip():
        problems.append(Problem(f"{field}.key", f"Le membre « {label} » n'a pas d'identifiant."))
    if not member.name.strip():
        problems.append(Problem(f"{field}.name", "Un membre n'a pas de nom."))
    if not member.address.strip():
        problems.append(Problem(f"{field}.address", f"L'adresse du membre « {label} » manque."))
    problems += _check_identifiers(member, field, label)
    problems += _check_nature(member, field, label)
    problems += check_representatives(member, field, label, representatives_per_member)
    return problems


def _check_identifiers(member: Member, field: str, label: str) -> list[Problem]:
    problems = []
    if member.siren and not SIREN_PATTERN.match(member.siren.replace(" ", "")):
        problems.append(Problem(f"{field}.siren",
                                f"Le SIREN de « {label} » doit compter 9 chiffres."))
    if member.finess and not FINESS_PATTERN.match(member.finess.replace(" ", "")):
        problems.append(Problem(f"{field}.finess",
                                f"Le numéro FINESS de « {label} » doit compter 9 caractères "
                                "(chiffres, ou 2A/2B pour la Corse)."))
    return problems


def _check_nature(member: Member, field: str, label: str) -> list[Problem]:
    problems = []
    forced = member.category.forced_sector
    if forced is not None and member.sector is not forced:
        problems.append(Problem(f"{field}.sector",
                                f"« {label} » ({member.category.label}) est une personne de {forced.label}."))
    if member.is_liberal_professional and member.person_kind is not PersonKind.NATURAL:
        problems.append(Problem(f"{field}.person_kind",
                                f"« {label} » : un professionnel libéral membre est une personne physique."))
    if member.person_kind is PersonKind.NATURAL and member.category in (
        MemberCategory.COMMUNE, MemberCategory.CCAS, MemberCategory.EPCI, MemberCategory.HEALTH_ESTABLISHMENT,
    ):
        problems.append(Problem(f"{field}.person_kind",
                                f"« {label} » ({member.category.label}) est une personne morale."))
    return problems


def check_representatives(member: Member, field: str, label: str, wanted: int) -> list[Problem]:
    """Art. 13-1: named representatives, as many titulaires as the convention says; a natural-person
    member may sit in person. Asked at creation, admission and when a member designates new ones."""
    titulars = member.titular_representatives
    if any(not r.name.strip() for r in member.representatives):
        return [Problem(f"{field}.representatives", f"Un représentant de « {label} » n'a pas de nom.")]
    if member.person_kind is PersonKind.NATURAL and not titulars:
        return []  # a natural person may sit in person
    if len(titulars) < wanted:
        return [Problem(
            f"{field}.representatives",
            f"« {label} » doit désigner au moins {wanted} représentant{'s' if wanted > 1 else ''} "
            f"titulaire{'s' if wanted > 1 else ''} à l'assemblée générale (art. 13-1 de la convention) : "
            f"{len(titulars)} désigné{'s' if len(titulars) > 1 else ''}.",
        )]
    return []
