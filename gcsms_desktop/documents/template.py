"""Base PDF template (after pretix's invoice renderer): A4, margins, a header carrying the
dénomination and its mandatory mention on every page (R312-194-17), « page X / Y » footer.

A subclass sets ``title`` and implements ``story()``; ``render()`` returns the PDF bytes.
"""

from __future__ import annotations

import io
from typing import cast
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from gcsms_desktop.documents.fonts import SANS
from gcsms_desktop.documents.styles import RULE, stylesheet
from gcsms_desktop.domain.denomination import mention_for_documents
from gcsms_desktop.domain.french import NBSP, typography


def esc(text: str) -> str:
    """User text made safe for Paragraph markup, with French typography applied."""
    return typography(escape(text))


class NumberedCanvas(Canvas):
    """« page X / Y » in the footer, with ReportLab's public API only.

    Each page draws a form XObject that is defined only when the document is saved and the page
    count is known (the technique ReportLab's authors describe for « page X of Y »): one form per
    page, so the whole « page X / Y » stays right-aligned.
    """

    footer_label = ""
    page_width = A4[0]

    def showPage(self) -> None:  # noqa: N802 - ReportLab API
        self.doForm(self._footer_form(self.getPageNumber()))
        super().showPage()

    def save(self) -> None:
        total = self.getPageNumber() - 1  # showPage has moved past the last page
        for number in range(1, total + 1):
            self.beginForm(self._footer_form(number))
            self._draw_footer(number, total)
            self.endForm()
        super().save()

    @staticmethod
    def _footer_form(number: int) -> str:
        return f"footer{number}"

    def _draw_footer(self, number: int, total: int) -> None:
        self.saveState()
        self.setFont(SANS, 8)
        self.setFillColor(RULE)
        self.drawString(20 * mm, 12 * mm, self.footer_label)
        self.drawRightString(self.page_width - 20 * mm, 12 * mm, f"page {number}{NBSP}/{NBSP}{total}")
        self.restoreState()


class PdfDocument:
    pagesize = A4
    margin_left = 22 * mm
    margin_right = 22 * mm
    margin_top = 24 * mm
    margin_bottom = 22 * mm
    title = "Document"
    numbered_total = True  # « page X / Y »; register pages carry their folio instead
    page_count = 0  # set by render(): the register needs to know how many pages a PV takes
    canvas_class: type[NumberedCanvas] = NumberedCanvas  # documents.letters numbers each letter on its own

    def __init__(self, denomination: str) -> None:
        self.styles = stylesheet()
        self.header_text = mention_for_documents(denomination)

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def _draw_header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        header = Paragraph(esc(self.header_text), self.styles["header"])
        available = width - self.margin_left - self.margin_right
        _, h = header.wrap(available, 20 * mm)
        header.drawOn(canvas, self.margin_left, height - 12 * mm - h)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin_left, height - 14 * mm - h, width - self.margin_right, height - 14 * mm - h)
        canvas.line(self.margin_left, 16 * mm, width - self.margin_right, 16 * mm)
        canvas.restoreState()

    def _draw_page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Hook for documents that decorate a page once its content is drawn (register folios)."""

    def render(self) -> bytes:
        buffer = io.BytesIO()
        doc = BaseDocTemplate(buffer, pagesize=self.pagesize, title=f"{self.title} — {self.header_text}",
                              author="GCSMS Desktop", leftMargin=self.margin_left, rightMargin=self.margin_right,
                              topMargin=self.margin_top, bottomMargin=self.margin_bottom,
                              initialFontName=SANS, initialFontSize=10)  # no unembedded Helvetica
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._draw_header,
                                           onPageEnd=self._draw_page_end)])
        if self.numbered_total:
            canvas_class = cast(type[NumberedCanvas], type("DocumentCanvas", (self.canvas_class,), {
                "footer_label": self.title, "page_width": self.pagesize[0]}))
            doc.build(self.story(), canvasmaker=canvas_class)
        else:
            doc.build(self.story())
        self.page_count = doc.page
        return buffer.getvalue()
