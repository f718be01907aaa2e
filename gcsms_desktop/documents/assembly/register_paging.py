"""Folios of the registre des délibérations (art. 13-2: « registre coté et paraphé »).

A PV or an erratum keeps the register pages given when it was signed. Each entry starts on a
new page with an ``EntryStart`` marker; the folio of a page is the entry's first register page
plus the pages since the marker. Every page has a box for the initials (paraphe).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable

from gcsms_desktop.documents.fonts import SANS
from gcsms_desktop.documents.styles import RULE
from gcsms_desktop.domain.french import NBSP


class FolioState:
    def __init__(self) -> None:
        self.start_page = 1  # document page where the current entry begins
        self.first_folio: int | None = None  # its first register page (None: not in the register yet)

    def folio(self, page: int) -> int | None:
        return None if self.first_folio is None else self.first_folio + page - self.start_page


class EntryStart(Flowable):
    """Zero-size marker: the register entry starting here has ``first_folio`` as first page."""

    def __init__(self, state: FolioState, first_folio: int | None) -> None:
        super().__init__()
        self.state, self.first_folio = state, first_folio
        self.width = self.height = 0

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.state.start_page = self.canv.getPageNumber()
        self.state.first_folio = self.first_folio


def draw_folio(canvas: Canvas, doc: BaseDocTemplate, state: FolioState, label: str) -> None:
    """Footer: « Registre des délibérations — page 12 » and the initials box."""
    width, _ = doc.pagesize
    folio = state.folio(canvas.getPageNumber())
    canvas.saveState()
    canvas.setFont(SANS, 8)
    canvas.setFillColor(RULE)
    canvas.setStrokeColor(RULE)
    canvas.drawString(doc.leftMargin, 12 * mm, label)
    text = f"Registre des délibérations — page{NBSP}{folio}" if folio else "Hors registre (non signé)"
    canvas.drawRightString(width - doc.rightMargin - 24 * mm, 12 * mm, text)
    canvas.rect(width - doc.rightMargin - 20 * mm, 6 * mm, 20 * mm, 9 * mm)
    canvas.setFont(SANS, 6)
    canvas.drawString(width - doc.rightMargin - 19 * mm, 12.5 * mm, "Paraphe")
    canvas.restoreState()
