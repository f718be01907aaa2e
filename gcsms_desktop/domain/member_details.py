"""Dated corrections of what changes without a deliberation: who represents a member, its address,
e-mail and phone, and the groupement's own contact details.

Art. 13-1 of the model convention: « chaque membre est représenté à l'assemblée générale par … » the
persons it designates. A member designates its representatives itself (its new president, a new
substitute): no assembly decides it and no avenant is needed. Nor does a new address or e-mail.
So these are not membership changes; they are **dated corrections**, kept in history: the
convocation of an assembly goes to the representative in office on its date, the attendance sheet
names them, and « représenté par X jusqu'au 14 mars 2027, puis par Y » can be told afterwards.
The signed convention is never rewritten: the original convention prints the founders' designations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.member_rules import check_representatives
from gcsms_desktop.domain.members import Member, Representative
from gcsms_desktop.domain.problems import Problem

FIELDS = ("representatives", "address", "email", "phone")


@dataclass(frozen=True)
class GroupementContact:
    """The groupement's contact details for correspondence (the siège is art. 3: an amendment)."""

    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class DetailsCorrection:
    """What a member (``member_key``) or the groupement (``member_key`` empty) declares from
    ``effective_on``; ``None`` leaves a detail as it was. ``number`` orders two corrections of one day."""

    member_key: str
    effective_on: date
    representatives: tuple[Representative, ...] | None = None
    address: str | None = None
    email: str | None = None
    phone: str | None = None
    number: int = 0
    recorded_on: date | None = None

    @property
    def of_groupement(self) -> bool:
        return not self.member_key

    @property
    def changed_fields(self) -> tuple[str, ...]:
        return tuple(name for name in FIELDS if getattr(self, name) is not None)


def _ordered(corrections: Iterable[DetailsCorrection]) -> list[DetailsCorrection]:
    return sorted(corrections, key=lambda c: (c.effective_on, c.number))


def corrected(member: Member, corrections: Iterable[DetailsCorrection], on: date) -> Member:
    """The member as it stands on ``on``: its own corrections in force that day applied in order."""
    for c in _ordered(corrections):
        if c.member_key != member.key or c.effective_on > on:
            continue
        member = replace(member, **{name: getattr(c, name) for name in c.changed_fields})
    return member


def contact_on(initial: GroupementContact, corrections: Iterable[DetailsCorrection], on: date) -> GroupementContact:
    """The groupement's contact details in force on ``on``."""
    for c in _ordered(corrections):
        if c.of_groupement and c.effective_on <= on:
            fields = {name: getattr(c, name) for name in ("email", "phone") if getattr(c, name) is not None}
            initial = replace(initial, **fields)
    return initial


class DetailsIndex:
    """Corrections indexed by member: a standing of 10 000 members applies its few corrections once each."""

    def __init__(self, corrections: Iterable[DetailsCorrection]) -> None:
        self.by_key: dict[str, list[DetailsCorrection]] = {}
        for c in _ordered(corrections):
            self.by_key.setdefault(c.member_key, []).append(c)

    def member_on(self, member: Member, on: date) -> Member:
        own = self.by_key.get(member.key)
        return corrected(member, own, on) if own else member

    def members_on(self, members: Iterable[Member], on: date) -> tuple[Member, ...]:
        return tuple(self.member_on(m, on) for m in members)

    def of(self, key: str) -> tuple[DetailsCorrection, ...]:
        return tuple(self.by_key.get(key, ()))


# --- checks ------------------------------------------------------------------------------------------


def check_correction(correction: DetailsCorrection, in_force: Member | None, name: str | None,
                     representatives_wanted: int, signed_on: date | None = None) -> list[Problem]:
    """Every reason to refuse ``correction``. ``in_force`` is the member as it stands on the effective
    date (None when it is not a member that day); ``name`` its name if it ever was one (None: unknown);
    ``signed_on`` the convention's signature: before it, the founders' designations are the convention's."""
    if signed_on is not None and correction.effective_on < signed_on:
        return [Problem("effective_on", f"La convention constitutive est signée le {format_date(signed_on)} : "
                                        "une correction prend effet ce jour-là au plus tôt.")]
    if correction.of_groupement:
        return _check_contact(correction, "")
    if name is None:
        return [Problem("member", f"Aucun membre « {correction.member_key} » dans ce groupement.")]
    problems: list[Problem] = []
    if in_force is None:
        problems.append(Problem("effective_on", f"« {name} » n'est pas membre du groupement le "
                                                f"{format_date(correction.effective_on)} : ses représentants et "
                                                "coordonnées ne peuvent pas être corrigés à cette date."))
    if not correction.changed_fields:
        problems.append(Problem("correction", f"Rien à corriger pour « {name} » : indiquez au moins un "
                                              "représentant, une adresse, un courriel ou un téléphone."))
    if correction.address is not None and not correction.address.strip():
        problems.append(Problem("address", f"La nouvelle adresse de « {name} » est vide."))
    problems += _check_contact(correction, name)
    if correction.representatives is not None and in_force is not None:
        problems += _check_new_representatives(correction.representatives, in_force, name, representatives_wanted)
    return problems


def _check_contact(c: DetailsCorrection, label: str) -> list[Problem]:
    problems = []
    whose = f"de « {label} »" if label else "du groupement"
    if c.email is not None and c.email.strip() and not _looks_like_email(c.email):
        problems.append(Problem("email", f"Le courriel {whose} « {c.email.strip()} » n'est pas une adresse "
                                         "valable (nom@domaine.fr)."))
    if c.of_groupement and c.email is None and c.phone is None:
        problems.append(Problem("correction", "Rien à corriger pour le groupement : indiquez un courriel ou un "
                                              "téléphone (le siège se modifie par avenant, art. 3)."))
    return problems


def _looks_like_email(text: str) -> bool:
    local, at, domain = text.strip().partition("@")
    return bool(local and at and "." in domain.strip(".") and " " not in text.strip())


def _check_new_representatives(representatives: tuple[Representative, ...], member: Member, label: str,
                               wanted: int) -> list[Problem]:
    """Art. 13-1: the same rule as at creation (member_rules.check_representatives), on the new list."""
    found = check_representatives(replace(member, representatives=representatives), "", label, wanted)
    return [replace(p, field="representatives") for p in found]


# --- telling the history ---------------------------------------------------------------------------


def _names(representatives: tuple[Representative, ...]) -> str:
    titulars = [r for r in representatives if not r.substitute] or list(representatives)
    return ", ".join(f"{r.name} ({r.capacity})" if r.capacity else r.name for r in titulars) or "personne"


def representation_history(member: Member, corrections: Iterable[DetailsCorrection]) -> str:
    """« Représenté par X jusqu'au 13 mars 2027, puis par Y. » — the titulaires over time, from the
    founding designation (``member`` as the convention or the avenant named it)."""
    periods: list[tuple[date | None, tuple[Representative, ...]]] = [(None, member.representatives)]
    for c in _ordered(corrections):
        if c.member_key == member.key and c.representatives is not None:
            periods.append((c.effective_on, c.representatives))
    text = f"Représenté par {_names(periods[0][1])}"
    for start, representatives in periods[1:]:
        assert start is not None
        text += f" jusqu'au {format_date(start - timedelta(days=1))}, puis par {_names(representatives)}"
    return text + "."


def correction_details(c: DetailsCorrection) -> str:
    """« représenté par Yves Le Bris (président) ; suppléant : Nina Cadiou ; courriel : … »."""
    parts = []
    if c.representatives is not None:
        parts.append(f"représenté par {_names(c.representatives)}")
        substitutes = [r.name for r in c.representatives if r.substitute]
        if substitutes:
            parts.append("suppléant" + ("s" if len(substitutes) > 1 else "") + " : " + ", ".join(substitutes))
    if c.address is not None:
        parts.append(f"adresse : {c.address}")
    if c.email is not None:
        parts.append(f"courriel : {c.email or '(aucun)'}")
    if c.phone is not None:
        parts.append(f"téléphone : {c.phone or '(aucun)'}")
    return " ; ".join(parts)


def describe_correction(c: DetailsCorrection, name: str) -> str:
    """One line of the journal: « À partir du 14 mars 2027, « X » — représenté par … »."""
    return f"À partir du {format_date(c.effective_on)}, {name} — {correction_details(c)}."


def check_unused(correction: DetailsCorrection, name: str, used_on: tuple[date, ...],
                 taking_back: bool = False) -> list[Problem]:
    """A correction never changes what an act already showed: convocations sent, the attendance sheet
    and PV of an assembly held name the representatives and addresses in office on those days
    (art. 13-1, R312-194-20, R312-194-22). So it may neither take effect on or before such a day nor be
    taken back (a wrong click, Édition › Annuler) once such a day falls on or after its effect."""
    used = sorted(d for d in used_on if d >= correction.effective_on)
    if not used:
        return []
    last = used[-1]
    if taking_back:
        return [Problem("correction", f"La correction du {format_date(correction.effective_on)} pour {name} a "
                                      f"déjà servi le {format_date(last)} (convocations, feuille de présence ou "
                                      "procès-verbal) : enregistrez plutôt une nouvelle correction.")]
    return [Problem("effective_on", f"Le {format_date(last)}, des convocations ou le procès-verbal d'une assemblée "
                                    f"ont nommé les représentants et l'adresse alors en fonction pour {name} : la "
                                    f"correction prend effet le {format_date(last + timedelta(days=1))} au plus tôt.")]
