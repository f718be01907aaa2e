"""Registre des parts (art. 7): each part number's holders over time, one line per holding."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument, esc
from gcsms_desktop.domain.capital import Capital, PartBlock
from gcsms_desktop.domain.french import format_date, format_euros
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.shares_register import shares_register


class SharesRegisterDocument(PdfDocument):
    title = "Registre des parts sociales"

    def __init__(self, history: History, up_to: date) -> None:
        super().__init__(history.groupement.denomination)
        self.history, self.up_to = history, up_to

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        h, g = self.history, self.history.groupement
        w.para("Registre des parts sociales", "cover_title")
        w.para(f"Arrêté au {format_date(self.up_to)}", "cover_text")
        w.space(4)
        if g.capital is None:
            w.para("Le groupement est constitué sans capital : il n'émet pas de parts sociales.")
            return w.flowables
        w.para(f"Parts de {format_euros(g.capital.unit_value_cents)}, numérotées ; une part est indivisible et donne "
               "droit à une voix ; les numéros suivent les parts lors des cessions et ne sont jamais réattribués "
               "(art. 7).")
        lines = shares_register(g, h.changes, self.up_to)
        width = Capital(1, tuple(PartBlock(x.member_key, x.first, x.last) for x in lines)).number_width
        rows = [[PartBlock(x.member_key, x.first, x.last).numbers_text(width), esc(h.name(x.member_key)),
                 _when(x.since, x.how), _when(x.until, x.ended_by) if x.until else "en cours", str(x.count)]
                for x in lines]
        w.table(["Numéros", "Titulaire", "Depuis", "Jusqu'au", "Parts"], rows, [26, 50, 38, 38, 14],
                align_right_from=4)
        return w.flowables


def _when(on: date | None, how: str) -> str:
    return f"{format_date(on) if on else '—'}<br/>{esc(how)}"
