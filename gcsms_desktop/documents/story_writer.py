"""A small builder for legal texts: titres, articles, paragraphs, lists, tables."""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from gcsms_desktop.documents.fonts import SANS
from gcsms_desktop.documents.styles import RULE, SHADE
from gcsms_desktop.documents.template import esc
from gcsms_desktop.domain.french import typography

ORDINAL_FIRST = re.compile(r"\b1er\b")


def pdf_typography(markup: str) -> str:
    """Running-text typography plus the superscript of « 1er » (« 1<super>er</super> janvier »)."""
    return ORDINAL_FIRST.sub("1<super>er</super>", typography(markup))


class StoryWriter:
    """Collects flowables; text passed here is markup whose user parts were already escaped."""

    def __init__(self, styles: StyleSheet1, amended: dict[str, str] | None = None) -> None:
        """``amended``: article number → the wording an avenant gave it (art. 21; domain.amendments). Such an
        article prints that text instead of the model's, which the writer then leaves out up to the next
        article (a whole article also replaces its sub-articles)."""
        self.styles = styles
        self.flowables: list[Flowable] = []
        self.amended = amended or {}
        self._skipping: str | None = None  # "article" or "sub": the model text replaced is being left out

    def add(self, flowable: Flowable) -> None:
        if self._skipping is None:
            self.flowables.append(flowable)

    def para(self, markup: str, style: str = "body") -> None:
        self.add(Paragraph(pdf_typography(markup), self.styles[style]))

    def titre(self, number: str, title: str) -> None:
        self._skipping = None
        self.para(f"TITRE {number}<br/>{title.upper()}", "titre")

    def article(self, number: str, title: str) -> None:
        self._skipping = None
        self.para(f"Article {number} — {title}", "article")
        self._replace(number, "article")

    def sub(self, number: str, title: str) -> None:
        if self._skipping == "article":
            return
        self._skipping = None
        self.para(f"Article {number} — {title}", "subarticle")
        self._replace(number, "sub")

    def resume(self) -> None:
        """What follows is not part of an amended article (the signatures)."""
        self._skipping = None

    def _replace(self, number: str, level: str) -> None:
        text = self.amended.get(number.replace("1er", "1"))
        if text is None:
            return
        for line in text.splitlines():
            if line.strip():
                self.para(esc(line.strip()))
        self._skipping = level

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self.add(Paragraph(pdf_typography(item), self.styles["bullet"], bulletText="–"))

    def numbered(self, items: list[str]) -> None:
        """« 1. », « 2. »… as hanging numbers (an agenda)."""
        for number, item in enumerate(items, start=1):
            self.add(Paragraph(pdf_typography(item), self.styles["numbered"], bulletText=f"{number}."))

    def space(self, height_mm: float = 4) -> None:
        self.add(Spacer(1, height_mm * mm))

    def table(self, header: list[str], rows: list[list[str]], widths: list[float],
              total: list[str] | None = None, align_right_from: int = 1) -> None:
        """A ruled table; header and total rows in bold; numbers right-aligned."""
        cell, bold = self.styles["cell"], self.styles["cell_bold"]
        data = [[Paragraph(pdf_typography(h), bold) for h in header]]
        data += [[Paragraph(pdf_typography(c), cell) for c in row] for row in rows]
        if total:
            data.append([Paragraph(pdf_typography(c), bold) for c in total])
        table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if total:
            commands.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
        table.setStyle(TableStyle(commands))
        for row in data:
            for paragraph in row[align_right_from:]:
                paragraph.style = paragraph.style.clone("right", alignment=2)
        self.add(table)
        self.space(3)

    def keep(self, flowables: list[Flowable]) -> None:
        self.add(KeepTogether(flowables))
