"""A member's card: who it is on a date, its parts and droits, who represented it, and the acts that
concerned it (art. 7, 8, 9, 13-1) — the same lines in the window and on the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from gcsms_desktop.domain.change_text import avenant_status
from gcsms_desktop.domain.changes import CapitalIncrease, Change, PartTransfer
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.member_details import correction_details, representation_history
from gcsms_desktop.domain.members import Member


@dataclass(frozen=True)
class MemberCard:
    key: str
    on: date
    member: Member  # as it stands on ``on`` (or on its last day, once it has left)
    status: str  # « membre fondateur », « admis par l'avenant n° 2 … », « n'est plus membre le … »
    parts: str  # « nos 01 à 04 (4 parts) » or « aucune part »
    droits: str  # « 4/15 (26,67 %) »
    representation: str  # « Représenté par X jusqu'au …, puis par Y. »
    events: tuple[tuple[date, str], ...]  # changes and corrections that concerned it, in date order


def concerns(change: Change, key: str) -> bool:
    """Whether ``change`` is about member ``key``: it joins, leaves, is excluded, sells, buys or subscribes."""
    p = change.payload
    if change.subject_key == key or (change.new_member is not None and change.new_member.key == key):
        return True
    if isinstance(p, PartTransfer):
        return p.buyer_key == key
    return isinstance(p, CapitalIncrease) and any(k == key for k, _ in p.allocations)


def member_card(history: History, key: str, on: date) -> MemberCard | None:
    """The card of member ``key`` on ``on``; None when it never was a member."""
    founding = history.groupement.member(key)
    ever = founding or next((m for m in history.members_ever if m.key == key), None)
    if ever is None:
        return None
    standing = history.standing(on)
    current = standing.member(key)
    member = current or history.member_on(ever, on)
    status = _status(history, key, founding is not None, current is not None, on)
    capital = standing.capital
    held = capital.parts_of(key) if capital is not None and current is not None else 0
    parts = f"{capital.numbers_text_of(key)} ({held} part{'s' if held > 1 else ''})" if capital and held else \
        ("aucune part" if capital is not None else "groupement sans capital")
    droits = f"{standing.droits_text(key)} ({standing.percent_text(key)})" if current else "aucun"
    return MemberCard(key, on, member, status, parts, droits,
                      representation_history(ever, history.details.of(key)), _events(history, key))


def _status(history: History, key: str, founder: bool, in_force: bool, on: date) -> str:
    if founder:
        text = "membre fondateur (convention constitutive"
        signed = history.groupement.dates.signature
        text += f" signée le {format_date(signed)})" if signed else ")"
    else:
        admission = next((c for c in history.changes if c.new_member is not None and c.new_member.key == key), None)
        text = f"admis par l'avenant n° {admission.number}" if admission else "admis"
        effective = history.effective_on(admission) if admission else None
        text += f", membre à compter du {format_date(effective)}" if effective else " (avenant non publié)"
    if not in_force:
        text += f" ; n'est pas membre le {format_date(on)}"
    return text


def _events(history: History, key: str) -> tuple[tuple[date, str], ...]:
    found: list[tuple[date, str]] = []
    for change in history.changes:
        if concerns(change, key):
            label = history.describe(change)
            found.append((change.act_date, f"Avenant n° {change.number} : {label} ({avenant_status(change)})."))
    for correction in history.details.of(key):
        found.append((correction.effective_on, f"Correction : {correction_details(correction)}."))
    return tuple(sorted(found, key=lambda pair: pair[0]))
