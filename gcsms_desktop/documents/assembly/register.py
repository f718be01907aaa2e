"""Registre des délibérations: every signed PV and later erratum on its fixed register pages."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, PageBreak

from gcsms_desktop.documents.assembly.minutes import write_erratum, write_minutes
from gcsms_desktop.documents.assembly.register_paging import EntryStart, FolioState, draw_folio
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument
from gcsms_desktop.domain.assembly_record import AssemblyRecord


class RegisterDocument(PdfDocument):
    title = "Registre des délibérations"
    numbered_total = False

    def __init__(self, denomination: str, records: list[AssemblyRecord]) -> None:
        super().__init__(denomination)
        self.records = records
        self.folios = FolioState()

    def _draw_page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_folio(canvas, doc, self.folios, self.title)

    def entries(self) -> list[tuple[int, AssemblyRecord, object]]:
        """(first page, record, erratum or None) in register order."""
        found = [(r.assembly.register_first_page, r, None) for r in self.records]
        found += [(e.register_first_page, r, e) for r in self.records for e in r.assembly.errata
                  if e.register_first_page]
        return sorted(found, key=lambda entry: entry[0])

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        if not self.records:
            w.para("Registre des délibérations", "cover_title")
            w.para("Aucun procès-verbal signé pour le moment.", "cover_text")
        for index, (first_page, record, erratum) in enumerate(self.entries()):
            if index:
                w.add(PageBreak())
            if erratum is None:
                inline = [e for e in record.assembly.errata if not e.register_first_page]
                write_minutes(w, record, inline, self.folios)
            else:
                w.add(EntryStart(self.folios, first_page))
                write_erratum(w, record, erratum)
        return w.flowables
