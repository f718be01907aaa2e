"""Tableau des droits sociaux on a date (art. 9-1): members, part numbers, droits as regularised."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from reportlab.platypus import Flowable

from gcsms_desktop.documents.membership.distribution import regularisation_note, write_distribution
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument
from gcsms_desktop.documents.template import esc
from gcsms_desktop.domain.debts import split_debt
from gcsms_desktop.domain.french import format_date, format_euros, format_percent
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.standing import Standing


class RightsTableDocument(PdfDocument):
    title = "Tableau des droits sociaux"

    def __init__(self, history: History, on: date, debt_cents: int | None = None) -> None:
        super().__init__(history.groupement.denomination)
        self.history, self.on, self.debt_cents = history, on, debt_cents

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        standing = self.history.standing(self.on)
        w.para("Tableau des droits sociaux", "cover_title")
        w.para(f"au {format_date(self.on)}", "cover_text")
        w.space(4)
        if standing.dissolved_on is not None:
            w.para(f"<b>{esc(self.history.dissolution_note(self.on))}</b>")
        write_distribution(w, standing)
        w.para(regularisation_note(standing))
        w.para("Les membres sont tenus des dettes du groupement en proportion de leurs droits sociaux ; ils ne sont "
               "pas solidaires entre eux (art. 9-2).")
        if self.debt_cents is not None and standing.members:
            write_debt_split(w, standing, self.debt_cents)
        return w.flowables


def write_debt_split(w: StoryWriter, standing: Standing, amount_cents: int) -> None:
    """Each member's share of ``amount_cents`` by its droits, to the cent (art. 9-2)."""
    shares = split_debt(amount_cents, standing.rights)
    names = {m.key: m.display_name for m in standing.members}
    rows = [[esc(names.get(s.member_key, s.member_key)), standing.percent_text(s.member_key), format_euros(s.cents)]
            for s in shares]
    w.space(4)
    w.para(f"Répartition de {format_euros(amount_cents)} de dettes", "article")
    w.table(["Membre", "Droits sociaux", "Part des dettes"], rows, [96, 34, 36],
            total=["Total", format_percent(sum((r.share for r in standing.rights), Fraction(0))),
                   format_euros(sum(s.cents for s in shares))], align_right_from=1)
    w.para("Chaque part est arrondie au centime ; les centimes restants vont aux plus forts restes, de sorte que "
           "le total est exact.")
