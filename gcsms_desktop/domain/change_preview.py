"""What a change will lead to, said to the user before it is saved (art. 7, 8, 9-1, 20)."""

from __future__ import annotations

from datetime import timedelta

from gcsms_desktop.domain.changes import Change, ChangeKind, effective_on
from gcsms_desktop.domain.dissolution import announcement
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.member_rules import exclusion_possible, transfer_to_member_possible


def consequence(history: History, change: Change) -> str:
    """One or two sentences of what will follow, from the domain's rules."""
    count = len(history.standing(change.act_date).members)
    kind = change.kind
    if kind is ChangeKind.WITHDRAWAL:
        on = effective_on(change, history.groupement.governance)
        text = (f"Le retrait prendra effet le {format_date(on)}, à l'expiration de l'exercice (art. 8-2) : le membre "
                f"le reste ce jour-là et ne l'est plus à compter du {format_date(on + timedelta(days=1))}."
                if on else "")
        return " ".join(t for t in (text, _dissolution(history, change)) if t)
    if kind is ChangeKind.EXCLUSION and not exclusion_possible(count):
        return (f"Le groupement ne compte que {count} membres : l'exclusion est impossible "
                "(art. R. 312-194-10).")
    if kind is ChangeKind.EXCLUSION:
        return " ".join(t for t in ("L'exclusion prendra effet à la publication de l'avenant par le préfet (art. 8-3).",
                                    _dissolution(history, change)) if t)
    if kind is ChangeKind.ADMISSION:
        who = f"« {change.new_member.name} »" if change.new_member else "Le nouveau membre (à saisir)"
        return (f"{who} : droits acquis à la publication de l'avenant (art. 8-1) ; parts numérotées après la "
                "dernière existante.")
    if kind is ChangeKind.TRANSFER and not transfer_to_member_possible(count):
        return "Avec deux membres, les parts ne peuvent être cédées qu'à un tiers (art. 7)."
    if kind is ChangeKind.DISSOLUTION:
        found = history.dissolution
        if found is not None and found.of_right and (found.needs_finding or found.on <= change.act_date):
            return (f"Le groupement est {found.text(history.name(found.member_key) if found.member_key else '')} : "
                    "cette délibération la constate et organise la liquidation (liquidateurs, art. 20) ; la date de "
                    "dissolution ne change pas.")
        return "La dissolution est notifiée au préfet dans les quinze jours (art. 20)."
    if kind is ChangeKind.AMENDMENT:
        return ("La convention sera modifiée à la publication de l'arrêté approuvant l'avenant (art. 21, "
                "R. 312-194-18) ; l'assemblée générale en a délibéré à l'unanimité des membres présents ou "
                "représentés (5° de l'article R. 312-194-21), ou, pour une prorogation seule, à la majorité (11°). "
                "Les membres et les droits sociaux ne changent pas.")
    if not history.groupement.governance.january_regularisation:
        return "Les droits sociaux suivront la nouvelle répartition dès sa prise d'effet (art. 9-1)."
    return "Les droits sociaux seront régularisés au 1er janvier suivant (art. 9-1)."


def _dissolution(history: History, change: Change) -> str:
    """Art. 8-2 and 20: the dissolution of right this withdrawal or exclusion entails, with its date,
    as the review page's warning says it (``change_checks.check_dissolution_of_right``)."""
    before, after = history.dissolution, history.timeline.extended(change).dissolution
    if after is None or after == before or not after.of_right:
        return ""
    text = announcement(after, history.name(after.member_key))
    return "Attention : " + text[0].lower() + text[1:]
