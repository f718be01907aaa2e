"""Capital, numbered parts sociales and contributions (Art. 7 of the model convention).

Parts are of equal unit value, numbered; a part is indivisible and gives one vote. Contributions
are in cash (numéraire) or in kind (nature, valued at real cost); contributions in industry and
negotiable securities are not allowed. Money is in integer cents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import TypeVar

from gcsms_desktop.domain.french import format_euros
from gcsms_desktop.domain.input_bounds import MAX_AMOUNT_CENTS, MAX_PARTS
from gcsms_desktop.domain.problems import Problem, Severity


class ContributionKind(Enum):
    CASH = "cash"  # numéraire
    IN_KIND = "in_kind"  # nature
    INDUSTRY = "industry"  # industrie: refused
    SECURITIES = "securities"  # valeurs mobilières négociables: refused

    @property
    def label(self) -> str:
        return {
            ContributionKind.CASH: "numéraire",
            ContributionKind.IN_KIND: "nature",
            ContributionKind.INDUSTRY: "industrie",
            ContributionKind.SECURITIES: "valeurs mobilières négociables",
        }[self]

    @property
    def allowed(self) -> bool:
        return self in (ContributionKind.CASH, ContributionKind.IN_KIND)


@dataclass(frozen=True)
class PartBlock:
    """Parts numbered ``first`` to ``last`` (inclusive) held by the member ``member_key``."""

    member_key: str
    first: int
    last: int

    @property
    def count(self) -> int:
        return self.last - self.first + 1

    def numbers_text(self, width: int = 1) -> str:
        """« no 1 » or « nos 01 à 26 », as the model convention writes them."""
        first, last = str(self.first).zfill(width), str(self.last).zfill(width)
        return f"n° {first}" if self.first == self.last else f"nos {first} à {last}"


@dataclass(frozen=True)
class Contribution:
    """A member's contribution to the capital (apport)."""

    member_key: str
    kind: ContributionKind
    value_cents: int
    description: str = ""


Held = TypeVar("Held", PartBlock, Contribution)


@dataclass(frozen=True)
class Capital:
    unit_value_cents: int
    blocks: tuple[PartBlock, ...] = field(default_factory=tuple)
    contributions: tuple[Contribution, ...] = field(default_factory=tuple)

    # Computed once per capital (it is frozen): with 1 000 members the tables and checks ask these
    # for every member, and recomputing them each time made those screens quadratic.
    @cached_property
    def total_parts(self) -> int:
        return sum(b.count for b in self.blocks)

    @property
    def total_cents(self) -> int:
        return self.total_parts * self.unit_value_cents

    @cached_property
    def _blocks_by_member(self) -> dict[str, tuple[PartBlock, ...]]:
        return _by_member(self.blocks)

    @cached_property
    def _contributions_by_member(self) -> dict[str, tuple[Contribution, ...]]:
        return _by_member(self.contributions)

    def parts_of(self, member_key: str) -> int:
        return sum(b.count for b in self.blocks_of(member_key))

    def blocks_of(self, member_key: str) -> tuple[PartBlock, ...]:
        return self._blocks_by_member.get(member_key, ())

    def contributions_of(self, member_key: str) -> tuple[Contribution, ...]:
        return self._contributions_by_member.get(member_key, ())

    @cached_property
    def number_width(self) -> int:
        """Digits used to print part numbers, as the model convention prints its example (annexe VI,
        art. 7: 100 parts, « numérotées 01 à 26 »; 17 parts, « 1 à 17 »): one digit fewer than the
        highest number, so 1 000 parts read « 001 à 260 » and only the last, « 1000 », is wider."""
        highest = max(self.total_parts, max((b.last for b in self.blocks), default=0))
        return max(1, len(str(highest)) - 1)

    def value_of(self, member_key: str) -> int:
        """What the member's parts are worth, in cents: its parts × the unit value (art. 7)."""
        return self.parts_of(member_key) * self.unit_value_cents

    def numbers_text_of(self, member_key: str) -> str:
        """The member's part numbers as the convention prints them: « nos 01 à 26, n° 40 »."""
        return ", ".join(b.numbers_text(self.number_width) for b in self.blocks_of(member_key))


def _by_member(items: tuple[Held, ...]) -> dict[str, tuple[Held, ...]]:
    """Items grouped by the member holding them, in their order."""
    found: dict[str, list[Held]] = {}
    for item in items:
        found.setdefault(item.member_key, []).append(item)
    return {key: tuple(group) for key, group in found.items()}


def number_parts(counts: list[tuple[str, int]], start: int = 1) -> tuple[PartBlock, ...]:
    """Attribute contiguous numbers in the members' order: A 26 parts → 1–26, B 28 → 27–54.

    Members with no part get no block. Used at creation and, later, to number new parts after
    the last existing number.
    """
    blocks = []
    next_number = start
    for member_key, count in counts:
        if count <= 0:
            continue
        blocks.append(PartBlock(member_key, next_number, next_number + count - 1))
        next_number += count
    return tuple(blocks)


@dataclass(frozen=True)
class Subscription:
    """What a founder subscribes when the convention is signed: a number of parts and its apport."""

    member_key: str
    parts: int
    kind: ContributionKind = ContributionKind.CASH
    description: str = ""  # an apport en nature is described (and listed in an annex)


def founding_capital(unit_value_cents: int, subscriptions: list[Subscription]) -> Capital:
    """Art. 7: the founders' parts numbered from 1 in the members' order, each apport valued at its
    parts × the unit value (« 17 parts de 500 € numérotées de 1 à 17 = 8 500 € »)."""
    blocks = number_parts([(s.member_key, s.parts) for s in subscriptions])
    contributions = tuple(Contribution(s.member_key, s.kind, s.parts * unit_value_cents, s.description.strip())
                          for s in subscriptions if s.parts > 0)
    return Capital(unit_value_cents, blocks, contributions)


def check_capital(capital: Capital, member_keys: list[str]) -> list[Problem]:
    """Art. 7: equal unit value, numbering 1..N without gap or overlap, allowed contributions."""
    problems: list[Problem] = []
    if capital.unit_value_cents <= 0:
        problems.append(Problem("capital.unit_value", "La valeur unitaire d'une part doit être positive."))
    problems += _check_magnitudes(capital)
    if problems:  # a million parts or more would be numbered, printed and compared one by one
        return problems
    problems += check_numbering(capital.blocks)
    problems += _check_holders(capital, member_keys)
    problems += _check_contributions(capital, member_keys)
    return problems


def _check_magnitudes(capital: Capital) -> list[Problem]:
    """Figures the books cannot hold: more than a million parts, more than 100 milliards d'euros."""
    problems = []
    if capital.unit_value_cents > MAX_AMOUNT_CENTS:
        problems.append(Problem("capital.unit_value", f"Valeur d'une part invraisemblable : au plus "
                                                      f"{format_euros(MAX_AMOUNT_CENTS)}."))
    highest = max([b.last for b in capital.blocks] + [b.first for b in capital.blocks], default=0)
    if highest > MAX_PARTS or capital.total_parts > MAX_PARTS:
        problems.append(Problem("capital.parts", f"Nombre de parts invraisemblable : au plus {MAX_PARTS:,} parts "
                                                 "numérotées.".replace(",", "\u202f")))
    elif capital.total_cents > MAX_AMOUNT_CENTS:
        problems.append(Problem("capital.parts",
                                f"Capital invraisemblable : au plus {format_euros(MAX_AMOUNT_CENTS)}."))
    if any(abs(c.value_cents) > MAX_AMOUNT_CENTS for c in capital.contributions):
        problems.append(Problem("capital.contributions", f"Apport invraisemblable : au plus "
                                                         f"{format_euros(MAX_AMOUNT_CENTS)}."))
    return problems


def check_numbering(blocks: tuple[PartBlock, ...]) -> list[Problem]:
    """Parts are numbered contiguously from 1: no gap, no overlap, no reversed block."""
    if not blocks:
        return [Problem("capital.parts",
                        "Un capital doit être divisé en parts sociales : aucune part n'est attribuée.")]
    for block in blocks:
        if block.first < 1 or block.last < block.first:
            return [Problem("capital.parts", f"Numérotation invalide : parts {block.first} à {block.last}.")]
    expected = 1
    for block in sorted(blocks, key=lambda b: b.first):
        if block.first > expected:
            return [Problem("capital.parts", f"Numérotation des parts discontinue : il manque le n° {expected}.")]
        if block.first < expected:
            return [Problem("capital.parts", f"La part n° {block.first} est attribuée deux fois.")]
        expected = block.last + 1
    return []


def _check_holders(capital: Capital, member_keys: list[str]) -> list[Problem]:
    """Parts go to members only; a member without parts would have no droits (art. 9-1)."""
    problems, members = [], set(member_keys)
    for block in capital.blocks:
        if block.member_key not in members:
            problems.append(Problem("capital.parts", f"Des parts sont attribuées à « {block.member_key} », "
                                                     "qui n'est pas membre."))
    for key in member_keys:
        if capital.blocks and not capital.parts_of(key):
            problems.append(Problem("capital.parts", (
                f"« {key} » ne détient aucune part : il n'aurait aucun droit de vote ni part des dettes "
                "(art. 9-1)."), Severity.WARNING))
    return problems


def _check_contributions(capital: Capital, member_keys: list[str]) -> list[Problem]:
    """No industry or securities; in kind described; each member's apports = value of its parts."""
    problems, members = [], set(member_keys)
    for contribution in capital.contributions:
        if contribution.member_key not in members:
            problems.append(Problem("capital.contributions", f"Un apport est attribué à « {contribution.member_key} », "
                                                             "qui n'est pas membre."))
        if not contribution.kind.allowed:
            problems.append(Problem("capital.contributions", (
                f"Apport en {contribution.kind.label} refusé pour « {contribution.member_key} » : "
                "le capital n'est constitué que d'apports en numéraire ou en nature "
                "(convention type, art. 7).")))
        if contribution.kind is ContributionKind.IN_KIND and not contribution.description.strip():
            problems.append(Problem("capital.contributions", (
                f"L'apport en nature de « {contribution.member_key} » doit être décrit "
                "(inventaire annexé à la convention).")))
    for key in member_keys:
        given = capital.contributions_of(key)
        if not given:
            continue
        total = sum(c.value_cents for c in given)
        expected = capital.parts_of(key) * capital.unit_value_cents
        if total != expected:
            problems.append(Problem("capital.contributions", (
                f"Les apports de « {key} » ({format_euros(total)}) ne correspondent pas à la valeur "
                f"de ses parts ({format_euros(expected)}).")))
    return problems
