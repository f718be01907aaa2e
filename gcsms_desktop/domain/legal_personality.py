"""When the groupement becomes a legal person, said the same way in the window and on the command line.

R. 312-194-18 du CASF: the convention is approved by the préfet's order, and the groupement « jouit de
la personnalité morale à compter de la date de publication » of that order. Before it, the members
may sign and act for the future groupement, but it is not yet a person in law.
"""

from __future__ import annotations

from datetime import date

from gcsms_desktop.domain.french import format_date, typography


def legal_personality_text(publication: date | None, today: date) -> str:
    """« personne morale depuis le … », « … à compter du … », or why it is not one yet."""
    if publication is None:
        return typography("pas encore personne morale : l'arrêté d'approbation n'est pas publié "
                          "(art. R. 312-194-18 du CASF)")
    if publication > today:
        return typography(f"personne morale à compter du {format_date(publication)}, date de publication de "
                          "l'arrêté d'approbation (art. R. 312-194-18 du CASF)")
    return typography(f"personne morale depuis le {format_date(publication)}, date de publication de l'arrêté "
                      "d'approbation (art. R. 312-194-18 du CASF)")
