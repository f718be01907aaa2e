"""Governance choices written in the convention (Art. 8, 13, 14, 19).

Defaults are the model convention's and the CASF's figures, so a user who changes nothing
gets a lawful convention.
"""

from __future__ import annotations

from dataclasses import dataclass

from gcsms_desktop.domain.problems import Problem, Severity

LEGAL_CONVOCATION_DAYS = 15  # R312-194-20: convocation in writing at least 15 days ahead
LEGAL_URGENT_CONVOCATION_HOURS = 48  # R312-194-20: 48 hours in urgency
LEGAL_WITHDRAWAL_NOTICE_MONTHS = 6  # Art. 8-2: notice at least six months before year end


@dataclass(frozen=True)
class Governance:
    president_is_administrator: bool = True
    president_other: str = ""  # who presides when it is not the administrateur
    proxies_allowed: bool = True
    convocation_days: int = LEGAL_CONVOCATION_DAYS
    urgent_convocation_hours: int = LEGAL_URGENT_CONVOCATION_HOURS
    representatives_per_member: int = 1
    administrator_term_years: int = 3
    withdrawal_notice_months: int = LEGAL_WITHDRAWAL_NOTICE_MONTHS
    exclusion_hearing_days: int = 15
    exclusion_formal_notices: int = 1
    settlement_days: int = 30
    transfer_meeting_months: int = 2
    meetings_per_year: int = 1
    conciliators: int = 2
    conciliation_months: int = 3
    # Art. 9-1 of the model: « la régularisation est effectuée au 1er janvier suivant la date des
    # changements effectifs ». False: the droits follow the parts from the day a change takes effect.
    january_regularisation: bool = True


def proxies_possible(member_count: int) -> bool:
    """R312-194-20: proxies only when the groupement has more than two members."""
    return member_count > 2


def check_governance(governance: Governance, member_count: int) -> list[Problem]:
    problems: list[Problem] = []
    if governance.proxies_allowed and not proxies_possible(member_count):
        problems.append(Problem("governance.proxies_allowed", (
            "Le vote par procuration n'est possible que si le groupement compte plus de deux "
            "membres (art. R. 312-194-20).")))
    if not governance.president_is_administrator and not governance.president_other.strip():
        problems.append(Problem("governance.president_other",
                                "Indiquez qui préside l'assemblée générale si ce n'est pas l'administrateur."))
    problems += _check_delays(governance)
    problems += _check_counts(governance)
    return problems


def _check_delays(governance: Governance) -> list[Problem]:
    problems = []
    if governance.convocation_days < LEGAL_CONVOCATION_DAYS:
        problems.append(Problem("governance.convocation_days", (
            f"Délai de convocation de {governance.convocation_days} jours : le droit commun est de "
            "quinze jours au moins (art. R. 312-194-20) ; vérifiez que la convention le veut ainsi."),
            Severity.WARNING))
    if governance.convocation_days < 1:
        problems.append(Problem("governance.convocation_days", "Le délai de convocation doit être positif."))
    if governance.urgent_convocation_hours < 1:
        problems.append(Problem("governance.urgent_convocation_hours",
                                "Le délai de convocation en urgence doit être positif."))
    if governance.withdrawal_notice_months < 0:
        problems.append(Problem("governance.withdrawal_notice_months", "Le préavis de retrait ne peut être négatif."))
    return problems


def _check_counts(governance: Governance) -> list[Problem]:
    checks = [
        ("representatives_per_member", governance.representatives_per_member,
         "Chaque membre a au moins un représentant à l'assemblée générale."),
        ("meetings_per_year", governance.meetings_per_year,
         "L'assemblée générale se réunit au moins une fois par an (art. R. 312-194-20)."),
        ("exclusion_hearing_days", governance.exclusion_hearing_days,
         "Le délai de convocation à l'audition avant exclusion doit être positif (art. 8-3)."),
        ("conciliators", governance.conciliators, "Indiquez au moins un conciliateur (art. 19)."),
        ("conciliation_months", governance.conciliation_months,
         "Le délai de conciliation doit être d'au moins un mois (art. 19)."),
        ("settlement_days", governance.settlement_days,
         "Le délai de règlement des comptes du membre sortant doit être positif (art. 8-4)."),
        ("transfer_meeting_months", governance.transfer_meeting_months,
         "Le délai de réunion de l'assemblée sur une cession doit être positif (art. 7)."),
    ]
    return [Problem(f"governance.{name}", message) for name, value, message in checks if value < 1]
