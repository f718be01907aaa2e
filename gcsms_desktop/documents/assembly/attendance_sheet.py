"""Feuille de présence (art. 13-2): pre-filled before the meeting, signed by each representative."""

from __future__ import annotations

from reportlab.lib.styles import PropertySet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from gcsms_desktop.documents.assembly.wording import assembly_title, attendance_by_key, representative_of, when_where
from gcsms_desktop.documents.fonts import SANS
from gcsms_desktop.documents.signatures import signature_boxes
from gcsms_desktop.documents.story_writer import StoryWriter, pdf_typography
from gcsms_desktop.documents.styles import RULE, SHADE
from gcsms_desktop.documents.template import PdfDocument, esc
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.attendance import Presence


class AttendanceSheetDocument(PdfDocument):
    title = "Feuille de présence"

    def __init__(self, record: AssemblyRecord) -> None:
        super().__init__(record.groupement.denomination)
        self.record = record

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        a = self.record.assembly
        w.para("Feuille de présence", "cover_title")
        w.para(esc(assembly_title(a)), "cover_name")
        w.para(f"Réunion tenue {when_where(a)}.")
        w.add(self._table())
        w.space(4)
        self._totals(w)
        w.add(signature_boxes(w.styles, [("Certifiée exacte par le président de séance", a.president),
                                         ("Le secrétaire de séance", a.secretary)]))
        return w.flowables

    def _table(self) -> Table:
        r = self.record
        lines = attendance_by_key(r)
        cell, bold = self.styles["cell"], self.styles["cell_bold"]

        def p(text: str, style: PropertySet = cell) -> Paragraph:
            return Paragraph(pdf_typography(text), style)

        data = [[p(h, bold) for h in ("Membre", "Représentant", "Droits", "Procuration donnée à", "Signature")]]
        for member in r.members:
            line = lines.get(member.key)
            holder = (r.member(line.proxy_holder)
                      if line and line.presence is Presence.REPRESENTED and line.proxy_holder else None)
            representative = "" if line and line.presence is not Presence.PRESENT else representative_of(member, line)
            data.append([p(f"<b>{esc(member.name)}</b>"), p(esc(representative)),
                         p(r.rights.member_text(member.key)),
                         p(esc(holder.name) if holder else ""),
                         p("absent" if line and line.presence is Presence.ABSENT else "")])
        table = Table(data, colWidths=[52 * mm, 38 * mm, 18 * mm, 32 * mm, 26 * mm], repeatRows=1,
                      rowHeights=[None] + [14 * mm] * len(r.members))
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, RULE), ("FONTNAME", (0, 0), (-1, -1), SANS),
                                   ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    def _totals(self, w: StoryWriter) -> None:
        r = self.record
        q = r.result.quorum
        if not r.assembly.attendance:
            w.para(f"Droits présents : {'…' * 6} ; représentés : {'…' * 6} ; total : {'…' * 6} sur "
                   f"{r.rights.text(r.rights.total)}.")
            w.para(f"Quorum requis : au moins {r.rights.text(q.minimum)} des droits présents ou représentés "
                   "(art. R. 312-194-22).")
            return
        w.para(f"Droits présents : {r.rights.text(q.present)} ; représentés : {r.rights.text(q.represented)} ; "
               f"total : {r.rights.text(q.attending)}.")
        w.para(f"<b>{esc(q.explanation)}</b>")
