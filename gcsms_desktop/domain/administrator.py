"""The administrateur (Art. 14, R312-194-23).

Elected by the AG among the natural-person members or the representatives of legal-person
members, for three years, renewable, revocable at any time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from gcsms_desktop.domain.calendar import add_years
from gcsms_desktop.domain.input_bounds import MAX_YEARS
from gcsms_desktop.domain.members import Member, PersonKind
from gcsms_desktop.domain.problems import Problem, Severity

LEGAL_TERM_YEARS = 3  # R312-194-23: « pour une durée de trois ans renouvelable »


@dataclass(frozen=True)
class Administrator:
    """``person_name`` is the natural person: the member itself or one of its representatives."""

    member_key: str
    person_name: str
    elected_on: date | None = None

    def term_end(self, term_years: int = LEGAL_TERM_YEARS) -> date | None:
        if self.elected_on is None:
            return None
        return add_years(self.elected_on, term_years) - timedelta(days=1)


def eligible_people(member: Member) -> list[str]:
    """Who may be administrateur for this member: itself if a natural person, else its representatives."""
    if member.person_kind is PersonKind.NATURAL:
        return [member.name] + [r.name for r in member.representatives if r.name != member.name]
    return [r.name for r in member.representatives]


def check_administrator(administrator: Administrator | None, members: tuple[Member, ...],
                        term_years: int) -> list[Problem]:
    problems = check_term(term_years)
    if administrator is None:
        return problems
    member = next((m for m in members if m.key == administrator.member_key), None)
    if member is None:
        return problems + [Problem("administrator", (
            f"L'administrateur doit être choisi parmi les membres : « {administrator.member_key} » "
            "n'est pas membre (art. R. 312-194-23)."))]
    if administrator.person_name not in eligible_people(member):
        problems.append(Problem("administrator", (
            f"« {administrator.person_name} » n'est ni le membre « {member.name} » ni l'un de ses "
            "représentants : l'administrateur est une personne physique membre ou représentant "
            "d'un membre (art. R. 312-194-23).")))
    return problems


def check_term(term_years: int) -> list[Problem]:
    """R312-194-23 sets three years; the Q&A (annexe IV) reads it as « at least three years »."""
    if term_years < LEGAL_TERM_YEARS:
        return [Problem("governance.administrator_term_years",
                        "Le mandat de l'administrateur est de trois ans (art. R. 312-194-23).")]
    if term_years > MAX_YEARS:
        return [Problem("governance.administrator_term_years",
                        f"Mandat de {term_years} ans : au plus {MAX_YEARS} ans, comme la durée du groupement "
                        "(art. 5 de la convention) ; le texte prévoit trois ans (art. R. 312-194-23).")]
    if term_years > LEGAL_TERM_YEARS:
        return [Problem("governance.administrator_term_years",
                        f"Mandat de {term_years} ans : le texte prévoit trois ans renouvelables "
                        "(art. R. 312-194-23) ; seule la foire aux questions de l'instruction de 2007 "
                        "admet « au moins trois ans ».", Severity.WARNING)]
    return []
