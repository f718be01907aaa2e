"""Embedded TrueType fonts: DejaVu has every glyph French typography needs (U+202F included),
which ReportLab's built-in Type 1 fonts do not."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from gcsms_desktop.paths import resources_dir

SERIF = "DejaVuSerif"
SANS = "DejaVuSans"
_FILES = {
    SERIF: "DejaVuSerif.ttf", f"{SERIF}-Bold": "DejaVuSerif-Bold.ttf", f"{SERIF}-Italic": "DejaVuSerif-Italic.ttf",
    SANS: "DejaVuSans.ttf", f"{SANS}-Bold": "DejaVuSans-Bold.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, f"{SERIF}-Bold")
    addMapping(SERIF, 0, 1, f"{SERIF}-Italic")
    addMapping(SERIF, 1, 1, f"{SERIF}-Bold")
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, f"{SANS}-Bold")
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, f"{SANS}-Bold")
    _registered = True
