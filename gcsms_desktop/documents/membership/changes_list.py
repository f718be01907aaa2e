"""What changed between two dates: a readable list for the director and the members."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from gcsms_desktop.documents.membership.distribution import write_distribution
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument, esc
from gcsms_desktop.domain.french import format_date, typography
from gcsms_desktop.domain.history import History


def change_lines(history: History, start: date, end: date) -> list[str]:
    """« 1er février 2027 : adhésion de « D » (avenant n° 1, publié le …) », in date order."""
    lines = []
    for on, change in history.in_force_between(start, end):
        lines.append(typography(f"{format_date(on)} : {history.describe(change)} (avenant n° {change.number})"))
    return lines


class ChangesDocument(PdfDocument):
    title = "Modifications de la convention"

    def __init__(self, history: History, start: date, end: date) -> None:
        super().__init__(history.groupement.denomination)
        self.history, self.start, self.end = history, start, end

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        w.para("Ce qui a changé", "cover_title")
        w.para(f"du {format_date(self.start)} au {format_date(self.end)}", "cover_text")
        w.space(4)
        lines = change_lines(self.history, self.start, self.end)
        if lines:
            w.bullets([esc(line) for line in lines])
        else:
            w.para("Aucun changement n'a pris effet entre ces deux dates.")
        for on in (self.start, self.end):
            w.para(f"Situation au {format_date(on)}", "article")
            write_distribution(w, self.history.standing(on))
        return w.flowables
