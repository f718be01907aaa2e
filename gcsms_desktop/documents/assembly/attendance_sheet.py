"""Feuille de présence (art. 13-2, R312-194-20, -22), in two versions.

- **At the door**, before the session (nothing recorded yet: no member marked present or
  represented): every member with its representatives in office on the meeting date and its droits,
  a wide cell for the representative present to sign, a cell for the member holding a proxy to sign
  « pour » the member it represents, and boxes for the totals and the quorum, filled by hand. Only the
  quorum threshold is printed, never a computed result.
- **As recorded**, once the attendance is entered: who sat, who was represented by whom, who was
  absent, the totals and the quorum line.

Landscape A4, so that the signature cells are wide enough to sign in.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from gcsms_desktop.documents.assembly.wording import (
    BLANK, assembly_title, attendance_by_key, presence_text, representative_of, when_where,
)
from gcsms_desktop.documents.fonts import SANS
from gcsms_desktop.documents.signatures import signature_boxes
from gcsms_desktop.documents.story_writer import StoryWriter, pdf_typography
from gcsms_desktop.documents.styles import RULE, SHADE
from gcsms_desktop.documents.template import PdfDocument, esc
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.attendance import AttendanceLine, Presence
from gcsms_desktop.domain.french import format_decimal

WIDTH_MM = 267  # landscape A4 less the margins
ROW_MM = 17  # room for a signature


def attendance_recorded(record: AssemblyRecord) -> bool:
    """Whether the sheet prints as recorded: the session is closed, or someone is marked present or
    represented. A sheet where everybody is still « absent » is the wizard's untouched default, not a
    recorded attendance: it prints the sheet to sign at the door."""
    a = record.assembly
    return a.state.locked or any(line.presence is not Presence.ABSENT for line in a.attendance)


class AttendanceSheetDocument(PdfDocument):
    title = "Feuille de présence"
    pagesize = landscape(A4)
    margin_left = margin_right = 15 * mm
    margin_top = 22 * mm
    margin_bottom = 20 * mm

    def __init__(self, record: AssemblyRecord) -> None:
        super().__init__(record.groupement.denomination)
        self.record = record

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        a = self.record.assembly
        recorded = attendance_recorded(self.record)
        w.para("Feuille de présence", "cover_title")
        w.para(esc(assembly_title(a)), "cover_name")
        w.para(f"Réunion {when_where(a)}.")
        if not recorded:
            proxies = (" Le membre qui a reçu une procuration signe aussi, dans la dernière colonne, pour le membre "
                       "qu'il représente (art. R. 312-194-20 : un seul pouvoir par membre).")
            w.para("Chaque représentant présent signe en face du membre qu'il représente."
                   + (proxies if self.record.proxies_allowed else ""))
        w.add(self._table(recorded))
        w.space(4)
        w.add(self._totals(recorded))
        w.space(4)
        w.add(signature_boxes(w.styles, [("Certifiée exacte par le président de séance", a.president),
                                         ("Le secrétaire de séance", a.secretary)], WIDTH_MM))
        return w.flowables

    def _p(self, text: str, style: str = "cell") -> Paragraph:
        return Paragraph(pdf_typography(text), self.styles[style])

    def _table(self, recorded: bool) -> Table:
        r = self.record
        proxies = r.proxies_allowed
        lines = attendance_by_key(r)
        if recorded:
            header = ["N°", "Membre", "Représentant", "Droits", "Présence", "Signature"]
            widths = [9, 52, 42, 17, 37, 110]
        else:
            header = ["N°", "Membre", "Représentant(s) en fonction", "Droits", "Signature du représentant présent"]
            widths = [9, 62, 54, 18, 124]
        if proxies:
            header.append("Procuration : signature du mandataire")
            widths[-1] -= 62
            widths.append(62)
        data: list[list[Paragraph]] = [[self._p(h, "cell_bold") for h in header]]
        for number, member in enumerate(r.members, start=1):
            line = lines.get(member.key) if recorded else None
            row = [self._p(str(number)), self._p(f"<b>{esc(member.name)}</b>"),
                   self._p(esc(representative_of(member, line))), self._p(r.rights.member_text(member.key))]
            if recorded:
                row.append(self._p(presence_text(r, line)))
                row.append(self._p("" if line is not None and line.presence is Presence.PRESENT else "—"))
            else:
                row.append(self._p(""))
            if proxies:
                row.append(self._proxy_cell(member.name, line, recorded))
            data.append(row)
        table = Table(data, colWidths=[width * mm for width in widths], repeatRows=1,
                      rowHeights=[None] + [ROW_MM * mm] * len(r.members))
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    def _proxy_cell(self, member_name: str, line: AttendanceLine | None, recorded: bool) -> Paragraph:
        """Where the member holding the proxy signs « pour » the member it represents."""
        if recorded:
            if line is None or line.presence is not Presence.REPRESENTED:
                return self._p("")
            holder = self.record.member(line.proxy_holder or "")
            return self._p(f"<font size=7>{esc(holder.name) if holder else '?'}, pour {esc(member_name)} :</font>")
        return self._p(f"<font size=7>Mandataire : {BLANK}<br/>pour {esc(member_name)} :</font>")

    def _totals(self, recorded: bool) -> Table:
        r = self.record
        q = r.result.quorum
        total = format_decimal(r.rights.total)
        if r.assembly.second_convocation:
            rule = ("Seconde convocation : l'assemblée délibère quel que soit le nombre des membres présents ou "
                    "représentés (art. R. 312-194-22).")
        else:
            rule = (f"Quorum : au moins la moitié des droits, {r.rights.text(q.minimum)}, présents ou représentés "
                    "(art. R. 312-194-22).")
        if recorded:
            figures = [r.rights.text(q.present), r.rights.text(q.represented), r.rights.text(q.attending)]
            verdict = esc(q.explanation)
        else:
            figures = [f"{'.' * 16} / {total}"] * 3
            verdict = "Quorum atteint :  ☐ oui   ☐ non" if not r.assembly.second_convocation else ""
        header = ["Droits des membres présents", "Droits des membres représentés",
                  "Total présents ou représentés", rule]
        data = [[self._p(h, "cell_bold") for h in header],
                [self._p(f) for f in figures] + [self._p(verdict)]]
        table = Table(data, colWidths=[45 * mm, 45 * mm, 45 * mm, (WIDTH_MM - 135) * mm],
                      rowHeights=[None, 12 * mm])
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table
