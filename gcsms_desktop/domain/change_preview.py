"""What a change will lead to, said to the user before it is saved (art. 7, 8, 9-1, 20)."""

from __future__ import annotations

from gcsms_desktop.domain.changes import Change, ChangeKind, effective_on
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.member_rules import exclusion_possible, transfer_to_member_possible, withdrawal_dissolves


def consequence(history: History, change: Change) -> str:
    """One or two sentences of what will follow, from the domain's rules."""
    count = len(history.standing(change.act_date).members)
    kind = change.kind
    if kind is ChangeKind.WITHDRAWAL:
        on = effective_on(change, history.groupement.governance)
        text = f"Le retrait prendra effet le {format_date(on)} (art. 8-2)." if on else ""
        if withdrawal_dissolves(count):
            text += (" Attention : le groupement ne compte que deux membres ; ce retrait entraîne de plein droit sa "
                     "dissolution (art. 8-2 et 20), qui sera enregistrée en même temps.")
        return text
    if kind is ChangeKind.EXCLUSION and not exclusion_possible(count):
        return (f"Le groupement ne compte que {count} membres : l'exclusion est impossible "
                "(art. R. 312-194-10).")
    if kind is ChangeKind.EXCLUSION:
        return "L'exclusion prendra effet à la publication de l'avenant par le préfet (art. 8-3)."
    if kind is ChangeKind.ADMISSION:
        who = f"« {change.new_member.name} »" if change.new_member else "Le nouveau membre (à saisir)"
        return (f"{who} : droits acquis à la publication de l'avenant (art. 8-1) ; parts numérotées après la "
                "dernière existante.")
    if kind is ChangeKind.TRANSFER and not transfer_to_member_possible(count):
        return "Avec deux membres, les parts ne peuvent être cédées qu'à un tiers (art. 7)."
    if kind is ChangeKind.DISSOLUTION:
        return "La dissolution est notifiée au préfet dans les quinze jours (art. 20)."
    if not history.groupement.governance.january_regularisation:
        return "Les droits sociaux suivront la nouvelle répartition dès sa prise d'effet (art. 9-1)."
    return "Les droits sociaux seront régularisés au 1er janvier suivant (art. 9-1)."
