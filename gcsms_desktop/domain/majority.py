"""Majority by matter (R312-194-22), with the reason written in French.

How each rule counts (written down in docs/regles-et-choix.md and printed in the PV):

- **majority** (every matter but 5°, 6°, 7°): adopted when the droits voting for are more than
  half of the droits of the members present or represented. An abstention is a voice of a member
  present that did not go for the resolution: it weighs like a vote against.
- **unanimity** (5° change to the convention, 6° admission): every member present or represented
  votes for. One vote against or one abstention is enough to reject.
- **exclusion** (7°): the member concerned does not vote; the others voting for must hold at least
  half of the droits of all the members of the groupement (the assembly is all the members).
  Abstentions and absences count as not for. Needs three members at least (R312-194-10).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.member_rules import exclusion_possible


class Choice(Enum):
    FOR = "for"
    AGAINST = "against"
    ABSTENTION = "abstention"

    @property
    def label(self) -> str:
        return {Choice.FOR: "pour", Choice.AGAINST: "contre", Choice.ABSTENTION: "abstention"}[self]


class Rule(Enum):
    MAJORITY = "majority"
    UNANIMITY = "unanimity"
    EXCLUSION = "exclusion"

    @property
    def label(self) -> str:
        return RULE_LABELS[self]


RULE_LABELS = {
    Rule.MAJORITY: "majorité des voix des membres présents ou représentés (art. R. 312-194-22)",
    Rule.UNANIMITY: "unanimité des membres présents ou représentés (art. R. 312-194-22)",
    Rule.EXCLUSION: ("exclusion adoptée par des membres représentant au moins la moitié des voix de "
                     "l'assemblée, sans vote du membre concerné (art. R. 312-194-22)"),
}
ABSTENTION_NOTES = {
    Rule.MAJORITY: "les abstentions comptent comme des voix non favorables",
    Rule.UNANIMITY: "une abstention ou une voix contre empêche l'unanimité",
    Rule.EXCLUSION: "les abstentions et les absents ne comptent pas pour l'exclusion",
}


def rule_for(matter: Matter) -> Rule:
    """R312-194-22: unanimity for 5° and 6°, the special rule for 7°, majority otherwise."""
    if matter in (Matter.CONVENTION_CHANGE, Matter.ADMISSION):
        return Rule.UNANIMITY
    if matter is Matter.EXCLUSION:
        return Rule.EXCLUSION
    return Rule.MAJORITY


@dataclass(frozen=True)
class Tally:
    """Droits for / against / abstaining among the members entitled to vote on one resolution."""

    votes_for: Fraction
    against: Fraction
    abstention: Fraction
    missing: tuple[str, ...]  # voters with no recorded choice yet
    voters: tuple[str, ...]
    voters_against_or_abstaining: int

    @property
    def cast(self) -> Fraction:
        return self.votes_for + self.against + self.abstention


@dataclass(frozen=True)
class Outcome:
    rule: Rule
    adopted: bool
    tally: Tally
    basis: Fraction  # the droits the threshold is computed on
    explanation: str

    @property
    def complete(self) -> bool:
        return not self.tally.missing


def tally(choices: Mapping[str, Choice], voters: list[str], rights: AssemblyRights) -> Tally:
    def total(choice: Choice) -> Fraction:
        return rights.of(key for key in voters if choices.get(key) is choice)

    missing = tuple(key for key in voters if key not in choices)
    dissent = sum(1 for key in voters if choices.get(key) in (Choice.AGAINST, Choice.ABSTENTION))
    return Tally(total(Choice.FOR), total(Choice.AGAINST), total(Choice.ABSTENTION), missing, tuple(voters), dissent)


def decide(matter: Matter, choices: Mapping[str, Choice], voters: list[str], rights: AssemblyRights,
           member_count: int, concerned_member: str | None = None) -> Outcome:
    """The outcome of one resolution; ``voters`` are the members present or represented."""
    rule = rule_for(matter)
    if rule is Rule.EXCLUSION:
        return _exclusion(choices, voters, rights, member_count, concerned_member)
    counted = tally(choices, voters, rights)
    if rule is Rule.UNANIMITY:
        return _unanimity(counted, rights)
    return _majority(counted, rights)


def _figures(counted: Tally, rights: AssemblyRights) -> str:
    return (f"pour {rights.text(counted.votes_for)}, contre {rights.text(counted.against)}, "
            f"abstention {rights.text(counted.abstention)}")


def _pending(counted: Tally) -> str:
    n = len(counted.missing)
    return "" if not n else f" ({n} membre{'s' if n > 1 else ''} n'{'ont' if n > 1 else 'a'} pas encore voté)"


def _majority(counted: Tally, rights: AssemblyRights) -> Outcome:
    basis = rights.of(counted.voters)
    adopted = counted.votes_for * 2 > basis
    verdict = "Adoptée" if adopted else "Rejetée"
    explanation = (f"{verdict} à la majorité des voix des membres présents ou représentés : "
                   f"{_figures(counted, rights)} ; il faut plus de {rights.text(basis / 2)} pour "
                   f"({ABSTENTION_NOTES[Rule.MAJORITY]}, art. R. 312-194-22){_pending(counted)}.")
    return Outcome(Rule.MAJORITY, adopted, counted, basis, explanation)


def _unanimity(counted: Tally, rights: AssemblyRights) -> Outcome:
    basis = rights.of(counted.voters)
    adopted = bool(counted.voters) and not counted.missing and counted.voters_against_or_abstaining == 0
    if adopted:
        head = "Adoptée à l'unanimité des membres présents ou représentés"
    elif counted.voters_against_or_abstaining:
        n = counted.voters_against_or_abstaining
        head = (f"Rejetée : l'unanimité des membres présents ou représentés est requise et {n} "
                f"membre{'s' if n > 1 else ''} n'{'ont' if n > 1 else 'a'} pas voté pour")
    else:
        head = "Non adoptée : l'unanimité des membres présents ou représentés est requise"
    explanation = (f"{head} ({_figures(counted, rights)} ; {ABSTENTION_NOTES[Rule.UNANIMITY]}, "
                   f"art. R. 312-194-22){_pending(counted)}.")
    return Outcome(Rule.UNANIMITY, adopted, counted, basis, explanation)


def _exclusion(choices: Mapping[str, Choice], voters: list[str], rights: AssemblyRights, member_count: int,
               concerned: str | None) -> Outcome:
    counted = tally(choices, [key for key in voters if key != concerned], rights)
    basis = rights.total
    if not exclusion_possible(member_count):
        return Outcome(Rule.EXCLUSION, False, counted, basis, (
            "Rejetée : l'exclusion n'est possible que si le groupement compte au moins trois membres "
            "(art. R. 312-194-10)."))
    if concerned is None:
        return Outcome(Rule.EXCLUSION, False, counted, basis,
                       "Non adoptée : la résolution ne désigne pas le membre dont l'exclusion est demandée.")
    adopted = counted.votes_for * 2 >= basis
    verdict = "Adoptée" if adopted else "Rejetée"
    explanation = (f"{verdict} : le membre concerné ne prend pas part au vote ; {_figures(counted, rights)} ; "
                   f"l'exclusion exige au moins {rights.text(basis / 2)} voix pour, la moitié des voix de "
                   f"l'assemblée des membres ({ABSTENTION_NOTES[Rule.EXCLUSION]}, art. R. 312-194-22)"
                   f"{_pending(counted)}.")
    return Outcome(Rule.EXCLUSION, adopted, counted, basis, explanation)
