"""Registre des délibérations: the signed PVs and later errata, joined page after page.

Each entry was rendered once, on its own register folios, when it was signed; the register
joins those PDFs instead of typesetting again, so its pages never move and print fast.
"""

from __future__ import annotations

import io

from reportlab.platypus import Flowable

from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument


def join_pdfs(parts: list[bytes]) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(io.BytesIO(part))
    writer.add_metadata({"/Title": "Registre des délibérations", "/Producer": "GCSMS Desktop"})
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


class EmptyRegisterDocument(PdfDocument):
    title = "Registre des délibérations"

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        w.para("Registre des délibérations", "cover_title")
        w.para("Aucun procès-verbal signé pour le moment.", "cover_text")
        return w.flowables
