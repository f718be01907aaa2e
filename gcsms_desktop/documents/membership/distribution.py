"""The distribution of parts and droits on a date, as a table (avenant, tableau des droits)."""

from __future__ import annotations

from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import esc
from gcsms_desktop.domain.french import NBSP, format_date, format_euros, group_thousands
from gcsms_desktop.domain.standing import Standing


def write_distribution(w: StoryWriter, standing: Standing) -> None:
    """Member, part numbers, parts, droits (votes out of total, percent) of every member in force."""
    capital = standing.capital
    if not standing.members:
        w.para("Aucun membre à cette date.")
        return
    if capital is None:
        rows = [[esc(m.display_name), standing.droits_text(m.key), standing.percent_text(m.key)]
                for m in standing.members]
        w.table(["Membre", "Droits (clé de contribution)", "Droits sociaux"], rows, [96, 40, 30])
        return
    width = capital.number_width
    rows = [[esc(m.display_name), ", ".join(b.numbers_text(width) for b in capital.blocks_of(m.key)) or "—",
             group_thousands(capital.parts_of(m.key)), standing.droits_text(m.key), standing.percent_text(m.key)]
            for m in standing.members]
    total = ["Total", "", group_thousands(capital.total_parts), "", "100" + NBSP + "%"]
    w.table(["Membre", "Numéros des parts", "Parts", "Droits", "Droits sociaux"], rows, [62, 42, 16, 22, 24],
            total=total, align_right_from=2)
    w.para(f"Capital : {group_thousands(capital.total_parts)} parts de {format_euros(capital.unit_value_cents)}, "
           f"soit {format_euros(capital.total_cents)}.")


def regularisation_note(standing: Standing) -> str:
    """Art. 9-1: say which date the droits come from, so a 0 for a new member is understood; without
    the 1 January clause, say that the droits follow the parts held on the date itself."""
    basis = "les parts détenues" if standing.capital is not None else "les clés de contribution des membres"
    if not standing.january_regularisation:
        return (f"Droits sociaux d'après {basis} le {format_date(standing.on)} : la convention ne prévoit pas de "
                "régularisation au 1er janvier, les droits suivent chaque changement dès sa prise d'effet "
                "(art. 9-1).")
    if standing.regularised_on is None:
        return ("Droits sociaux de la convention constitutive : la première régularisation aura lieu au "
                f"1er janvier {standing.on.year + 1} (art. 9-1 : la régularisation est effectuée au 1er janvier "
                "suivant la date des changements effectifs).")
    return (f"Droits sociaux régularisés au 1er janvier {standing.on.year}, d'après {basis} le "
            f"{format_date(standing.regularised_on)} (art. 9-1 : la régularisation est effectuée au 1er janvier "
            "suivant la date des changements effectifs).")


def new_distribution_note(january_regularisation: bool) -> str:
    """What an avenant says of the droits of its new distribution (art. 9-1)."""
    if january_regularisation:
        return "les droits sociaux correspondants sont régularisés au 1er janvier suivant (art. 9-1)"
    return "les droits sociaux correspondants s'appliquent dès cette date (art. 9-1)"
