"""Documents made of several letters, one per member: each letter is numbered on its own.

A member receives its letter (and its proxy form) in one envelope: « page 1 / 2 » must count that
letter's pages, not the whole print run. A ``LetterStart`` marker opens each letter; the canvas
numbers each page within its letter once the whole document is laid out.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from gcsms_desktop.documents.fonts import SANS
from gcsms_desktop.documents.template import NumberedCanvas


class LetterStart(Flowable):
    """Zero-size marker: a new letter, addressed to ``addressee``, begins on this page."""

    def __init__(self, addressee: str) -> None:
        super().__init__()
        self.addressee = addressee
        self.width = self.height = 0

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, LettersCanvas):
            canvas.start_letter(self.addressee)


class LettersCanvas(NumberedCanvas):
    """« page X / Y » of the letter the page belongs to; the footer names the addressee."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.letter_starts: list[tuple[int, str]] = []  # (first page, addressee)

    def start_letter(self, addressee: str) -> None:
        self.letter_starts.append((self.getPageNumber(), addressee))

    def _letter_of(self, number: int, total: int) -> tuple[int, int, str]:
        """(page within the letter, pages of the letter, addressee) of document page ``number``."""
        starts = self.letter_starts or [(1, "")]
        index = max((i for i, (first, _) in enumerate(starts) if first <= number), default=0)
        first, addressee = starts[index]
        end = starts[index + 1][0] - 1 if index + 1 < len(starts) else total
        return number - first + 1, end - first + 1, addressee

    def _draw_footer(self, number: int, total: int) -> None:
        page, pages, addressee = self._letter_of(number, total)
        label = self.footer_label
        self.footer_label = _fitted(f"{label} — {addressee}" if addressee else label, self.page_width - 80 * mm)
        try:
            super()._draw_footer(page, pages)
        finally:
            self.footer_label = label


def _fitted(text: str, width: float) -> str:
    """The footer label, cut with « … » where it would run into « page X / Y »."""
    if stringWidth(text, SANS, 8) <= width:
        return text
    while text and stringWidth(text + "…", SANS, 8) > width:
        text = text[:-1]
    return text.rstrip() + "…"
