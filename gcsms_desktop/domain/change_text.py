"""How a change is named in lists, deadlines and documents (« adhésion de « X » »)."""

from __future__ import annotations

from gcsms_desktop.domain.capital import PartBlock
from gcsms_desktop.domain.changes import (
    Amendment, CapitalIncrease, CapitalReduction, Change, ChangeKind, PartTransfer,
)
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.standing import members_ever


def member_name(g: Groupement, changes: tuple[Change, ...], key: str) -> str:
    member = next((m for m in members_ever(g, changes) if m.key == key), None)
    return member.display_name if member else key


def describe(g: Groupement, changes: tuple[Change, ...], change: Change) -> str:
    """« adhésion de l'Association X », « cession des parts n° 50 à 54 »… for lists and titles."""
    kind, p = change.kind, change.payload
    newcomer = change.new_member.display_name if change.new_member else None  # not yet among the changes
    if kind in (ChangeKind.ADMISSION, ChangeKind.WITHDRAWAL, ChangeKind.EXCLUSION):
        who = newcomer if kind is ChangeKind.ADMISSION and newcomer else member_name(g, changes, change.subject_key)
        return f"{kind.label} de « {who} »"
    if isinstance(p, PartTransfer):
        numbers = PartBlock("", p.first, p.last).numbers_text()
        buyer = newcomer or member_name(g, changes, p.buyer_key)
        return f"cession des parts {numbers} de « {member_name(g, changes, p.seller_key)} » à « {buyer} »"
    if isinstance(p, CapitalIncrease):
        return f"{kind.label} de {sum(count for _, count in p.allocations)} parts"
    if isinstance(p, CapitalReduction):
        return f"{kind.label} : annulation des parts {PartBlock('', p.first, p.last).numbers_text()}"
    if isinstance(p, Amendment):
        return f"{kind.label}, {amended_articles(p)}"
    return f"{kind.label} {'de plein droit' if change.of_right else 'par délibération'}"


ARTICLE_SUBJECTS = {"1er": "art. 1er (dénomination)", "3": "art. 3 (siège)", "4": "art. 4 (objet)",
                    "5": "art. 5 (durée)"}


def amended_articles(a: Amendment) -> str:
    """« art. 3 (siège) et art. 12 » — what an avenant amends."""
    parts = [ARTICLE_SUBJECTS.get(number, f"art. {number}") for number in a.changed]
    return " et ".join([", ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else "".join(parts)


def avenant_status(change: Change) -> str:
    """Where the avenant stands (art. 21): its latest recorded date, or « à signer »."""
    a = change.avenant
    if not change.needs_avenant:
        return f"notifiée le {format_date(a.sent_to_prefect)}" if a.sent_to_prefect else "à notifier au préfet"
    for value, text in ((a.publication, "publié le"), (a.approval_order, "approuvé le"),
                        (a.sent_to_prefect, "transmis le"), (a.signature, "signé le")):
        if value:
            return f"{text} {format_date(value)}"
    return "à signer"


def avenant_next_step(change: Change) -> str | None:
    """What the avenant still waits for, None once published (or when there is no avenant)."""
    a = change.avenant
    if not change.needs_avenant or a.publication is not None:
        return None
    if a.sent_to_prefect is None:
        return "à envoyer au préfet"
    return "en attente d'approbation" if a.approval_order is None else "en attente de publication"
