"""Correcting a convention in place while it is not signed (issue 13: « a typo in an unsigned item can be
corrected in place; signed or approved items only by erratum or a new act »).

Until the members sign it, the convention constitutive is a draft of an act: its text may be corrected
as the creation wizard wrote it. Once signed (R312-194-18: signed, then sent to the préfet), it changes
only by avenant (art. 21). Nothing else may hang on it yet: a change (an avenant amends a signed
convention), an assembly or a correction refer to the convention as it stood."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.domain.french import format_date, plural


def convention_edit_problems(signed_on: date | None, changes: int, assemblies: int, corrections: int) -> list[str]:
    """Why the convention can no longer be corrected in place (none: it may be)."""
    if signed_on is not None:
        return [f"la convention est signée le {format_date(signed_on)} : elle ne se modifie plus que par avenant "
                "(art. 21 ; « Enregistrer un changement › Modification de la convention »)"]
    problems = []
    if changes:
        problems.append(f"{plural(changes, 'changement enregistré', 'changements enregistrés')}")
    if assemblies:
        problems.append(f"{plural(assemblies, 'assemblée enregistrée', 'assemblées enregistrées')}")
    if corrections:
        problems.append(f"{plural(corrections, 'correction enregistrée', 'corrections enregistrées')} de "
                        "représentants ou de coordonnées")
    return problems
