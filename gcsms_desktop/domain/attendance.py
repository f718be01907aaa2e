"""Who attends an assemblée générale and who votes for whom (R312-194-20, art. 13-2).

Each member is present (through a named representative), represented (a proxy given to a
member who is present) or absent: one line per member, so never two at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from gcsms_desktop.domain.governance import proxies_possible
from gcsms_desktop.domain.problems import Problem, Severity

MAX_PROXIES_PER_MEMBER = 1  # R312-194-20: « aucun membre ne peut détenir plus d'un mandat »


class Presence(Enum):
    PRESENT = "present"
    REPRESENTED = "represented"
    ABSENT = "absent"

    @property
    def label(self) -> str:
        return {Presence.PRESENT: "présent", Presence.REPRESENTED: "représenté",
                Presence.ABSENT: "absent"}[self]


@dataclass(frozen=True)
class AttendanceLine:
    member_key: str
    presence: Presence = Presence.ABSENT
    representative: str = ""  # the natural person who sits for a present member
    proxy_holder: str | None = None  # key of the present member who holds the proxy


def voters(lines: Iterable[AttendanceLine]) -> list[str]:
    """Members who vote: present ones and those represented by a proxy."""
    return [line.member_key for line in lines if line.presence is not Presence.ABSENT]


def keys_with(lines: Iterable[AttendanceLine], presence: Presence) -> list[str]:
    return [line.member_key for line in lines if line.presence is presence]


def check_attendance(lines: tuple[AttendanceLine, ...], member_names: dict[str, str],
                     proxies_allowed: bool, known_names: dict[str, str] | None = None) -> list[Problem]:
    """Every attendance problem, named with the members the user knows.

    ``member_names`` lists the members of the groupement on the assembly date (key → name);
    ``proxies_allowed`` is the convention's choice, itself limited by R312-194-20; ``known_names``
    names the members the groupement ever had, so that one not in force that day is named too.
    """
    problems = _check_lines_cover_members(lines, member_names, known_names or {})
    by_key = {line.member_key: line for line in lines}
    for line in lines:
        name = member_names.get(line.member_key, line.member_key)
        if line.presence is Presence.PRESENT and not line.representative.strip():
            problems.append(Problem(f"attendance.{line.member_key}", (
                f"Indiquez qui représente « {name} » à la séance : son nom figure sur la feuille de "
                "présence."), Severity.WARNING))
        if line.presence is Presence.REPRESENTED:
            problems += _check_proxy(line, name, by_key, member_names, proxies_allowed)
    problems += _check_proxy_counts(lines, member_names)
    return problems


def _check_lines_cover_members(lines: tuple[AttendanceLine, ...], member_names: dict[str, str],
                               known_names: dict[str, str]) -> list[Problem]:
    counts = Counter(line.member_key for line in lines)
    problems = [Problem(f"attendance.{key}", (
        f"« {member_names.get(key, key)} » figure {n} fois : un membre est présent, représenté ou "
        "absent, jamais deux à la fois.")) for key, n in counts.items() if n > 1]
    problems += [Problem(f"attendance.{key}", (
        f"« {known_names.get(key, key)} » n'est pas membre du groupement à la date de l'assemblée (art. 8 : un "
        "membre admis siège à compter de la publication de son avenant, un membre sorti n'y siège plus)."))
                 for key in counts if key not in member_names]
    return problems


def _check_proxy(line: AttendanceLine, name: str, by_key: dict[str, AttendanceLine],
                 member_names: dict[str, str], proxies_allowed: bool) -> list[Problem]:
    field = f"attendance.{line.member_key}"
    if not proxies_possible(len(member_names)):
        return [Problem(field, (
            f"« {name} » ne peut pas être représenté : le vote par procuration n'est possible que si le "
            "groupement compte plus de deux membres (art. R. 312-194-20)."))]
    if not proxies_allowed:
        return [Problem(field, (
            f"« {name} » ne peut pas être représenté : la convention constitutive n'autorise pas le vote "
            "par procuration."))]
    holder = by_key.get(line.proxy_holder or "")
    if line.proxy_holder is None:
        return [Problem(field, f"Indiquez à quel membre présent « {name} » a donné sa procuration.")]
    if line.proxy_holder == line.member_key:
        return [Problem(field, f"« {name} » ne peut pas se donner procuration à lui-même.")]
    if holder is None or holder.presence is not Presence.PRESENT:
        holder_name = member_names.get(line.proxy_holder, line.proxy_holder)
        return [Problem(field, (
            f"La procuration de « {name} » va à « {holder_name} », qui n'est pas présent : une procuration "
            "ne peut être donnée qu'à un membre présent."))]
    return []


def _check_proxy_counts(lines: tuple[AttendanceLine, ...], member_names: dict[str, str]) -> list[Problem]:
    held = Counter(line.proxy_holder for line in lines
                   if line.presence is Presence.REPRESENTED and line.proxy_holder)
    return [Problem(f"attendance.{key}", (
        f"« {member_names.get(key, key)} » détient {n} procurations : aucun membre ne peut détenir plus d'un "
        "mandat (art. R. 312-194-20)."))
        for key, n in held.items() if n > MAX_PROXIES_PER_MEMBER]
