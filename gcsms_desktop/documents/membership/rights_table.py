"""Tableau des droits sociaux on a date (art. 9-1): members, part numbers, droits as regularised."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from gcsms_desktop.documents.membership.distribution import regularisation_note, write_distribution
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.history import History


class RightsTableDocument(PdfDocument):
    title = "Tableau des droits sociaux"

    def __init__(self, history: History, on: date) -> None:
        super().__init__(history.groupement.denomination)
        self.history, self.on = history, on

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        standing = self.history.standing(self.on)
        w.para("Tableau des droits sociaux", "cover_title")
        w.para(f"au {format_date(self.on)}", "cover_text")
        w.space(4)
        if standing.dissolved_on is not None:
            w.para(f"<b>Groupement dissous le {format_date(standing.dissolved_on)} (art. 20).</b>")
        write_distribution(w, standing)
        w.para(regularisation_note(standing))
        w.para("Les membres sont tenus des dettes du groupement en proportion de leurs droits sociaux ; ils ne sont "
               "pas solidaires entre eux (art. 9-2).")
        return w.flowables
