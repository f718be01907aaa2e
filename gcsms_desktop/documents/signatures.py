"""Side-by-side signature boxes (PV, attendance sheet, extract)."""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from gcsms_desktop.documents.fonts import SANS
from gcsms_desktop.documents.styles import RULE
from gcsms_desktop.documents.template import esc
from gcsms_desktop.domain.french import typography


def signature_boxes(styles: StyleSheet1, people: list[tuple[str, str]], width_mm: float = 166) -> KeepTogether:
    """One box per signatory: role in bold, name below, room to sign."""
    cell = styles["cell"]
    row = [Paragraph(typography(f"<b>{esc(role)}</b><br/>{esc(name) if name else ''}<br/><br/>Signature :"), cell)
           for role, name in people]
    table = Table([row], colWidths=[width_mm / len(people) * mm] * len(people), rowHeights=[30 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, RULE), ("FONTNAME", (0, 0), (-1, -1), SANS),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([table])
