"""The named stylesheet shared by every document."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from gcsms_desktop.documents import no_break_spaces
from gcsms_desktop.documents.fonts import SANS, SERIF, register_fonts

INK = colors.HexColor("#1f2a44")
RULE = colors.HexColor("#8a94a6")
SHADE = colors.HexColor("#eef1f6")


def stylesheet() -> StyleSheet1:
    register_fonts()
    no_break_spaces.install()
    sheet = StyleSheet1()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=10, leading=14, alignment=TA_JUSTIFY,
                          spaceAfter=5, textColor=colors.black, bulletFontName=SERIF)
    sheet.add(body)
    sheet.add(ParagraphStyle("cover_title", parent=body, fontName=f"{SERIF}-Bold", fontSize=24, leading=30,
                             alignment=TA_CENTER, spaceAfter=18, textColor=INK))
    sheet.add(ParagraphStyle("cover_name", parent=body, fontName=f"{SERIF}-Bold", fontSize=16, leading=21,
                             alignment=TA_CENTER, spaceAfter=10))
    sheet.add(ParagraphStyle("cover_text", parent=body, fontSize=11, leading=15, alignment=TA_CENTER))
    sheet.add(ParagraphStyle("titre", parent=body, fontName=f"{SERIF}-Bold", fontSize=13, leading=17,
                             alignment=TA_CENTER, spaceBefore=14, spaceAfter=8, textColor=INK, keepWithNext=1))
    sheet.add(ParagraphStyle("article", parent=body, fontName=f"{SERIF}-Bold", fontSize=11, leading=15,
                             alignment=TA_LEFT, spaceBefore=10, spaceAfter=4, keepWithNext=1, textColor=INK))
    sheet.add(ParagraphStyle("subarticle", parent=body, fontName=f"{SERIF}-Italic", fontSize=10, leading=14,
                             alignment=TA_LEFT, spaceBefore=4, spaceAfter=3, keepWithNext=1))
    sheet.add(ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=2))
    sheet.add(ParagraphStyle("body_left", parent=body, alignment=TA_LEFT))
    sheet.add(ParagraphStyle("letter_date", parent=body, alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("numbered", parent=body, leftIndent=18, bulletIndent=4, spaceAfter=2))
    sheet.add(ParagraphStyle("emphasis", parent=body, fontName=f"{SERIF}-Bold"))
    sheet.add(ParagraphStyle("cell", fontName=SANS, fontSize=8.5, leading=11))
    sheet.add(ParagraphStyle("cell_bold", fontName=f"{SANS}-Bold", fontSize=8.5, leading=11))
    sheet.add(ParagraphStyle("header", fontName=SANS, fontSize=7.5, leading=9, textColor=INK))
    return sheet
