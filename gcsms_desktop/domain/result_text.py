"""One plain sentence per result, as a secretary writes it in the procès-verbal (art. 13-2).

« Adoptée : 12 voix sur 15 présentes ou représentées ; majorité requise : plus de la moitié
(art. R. 312-194-22). » The full legal reading of the rule (how abstentions count, the threshold in
droits) stays in ``Outcome.explanation``, printed in the PV's explanations section.
"""

from __future__ import annotations

from fractions import Fraction

from gcsms_desktop.domain.french import format_decimal
from gcsms_desktop.domain.majority import Outcome, Rule
from gcsms_desktop.domain.member_rules import exclusion_possible

ARTICLE = "art. R. 312-194-22"


def votes_text(amount: Fraction) -> str:
    """« 12 voix », « 8,5 voix »: droits counted as votes (one part, one vote; art. 9)."""
    return f"{format_decimal(amount)}\u00a0voix"


def result_sentence(outcome: Outcome, member_count: int, concerned_named: bool = True) -> str:
    """The verdict, the votes for out of the basis the rule counts on, and the majority required."""
    t = outcome.tally
    verdict = "Adoptée" if outcome.adopted else "Rejetée"
    pending = "" if outcome.complete else " (vote incomplet)"
    if outcome.rule is Rule.EXCLUSION:
        if not exclusion_possible(member_count):
            return "Rejetée : l'exclusion exige que le groupement compte au moins trois membres (art. R. 312-194-10)."
        if not concerned_named:
            return "Non adoptée : la résolution ne désigne pas le membre dont l'exclusion est demandée."
        return (f"{verdict} : {votes_text(t.votes_for)} pour sur {votes_text(outcome.basis)} de l'ensemble des "
                f"membres ; majorité requise : au moins la moitié, le membre concerné ne votant pas "
                f"({ARTICLE}){pending}.")
    present = f"{votes_text(t.votes_for)} pour sur {format_decimal(outcome.basis)} présentes ou représentées"
    if outcome.rule is Rule.UNANIMITY:
        head = "Adoptée à l'unanimité" if outcome.adopted else verdict
        return f"{head} : {present} ; unanimité requise des membres présents ou représentés ({ARTICLE}){pending}."
    return f"{verdict} : {present} ; majorité requise : plus de la moitié ({ARTICLE}){pending}."
