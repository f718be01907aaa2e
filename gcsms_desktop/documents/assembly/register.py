"""Registre des délibérations: a cover and an index, then the signed PVs and later errata, joined
page after page.

Each entry was rendered once, on its own register folios, when it was signed; the register
joins those PDFs instead of typesetting again, so its pages never move and print fast. The cover
and the index are typeset at each printing, in front of folio 1 and without a folio of their own:
they change as PVs are added, the folios and the seals of what was signed never do
(domain.register_seal).
"""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, PageBreak

from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument, esc
from gcsms_desktop.domain.french import NBSP, format_date
from gcsms_desktop.domain.register_index import RegisterFront


def join_pdfs(parts: list[bytes]) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(io.BytesIO(part))
    writer.add_metadata({"/Title": "Registre des délibérations", "/Producer": "GCSMS Desktop"})
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


class RegisterFrontDocument(PdfDocument):
    """Cover (« Registre des délibérations de … ouvert le … », art. 13-2: « registre coté et paraphé »)
    and index (number, date, matter, result, folio), printed without folios in front of folio 1."""

    title = "Registre des délibérations"
    numbered_total = False  # only the signed pages carry folios: « page 2 » here would mislead

    def __init__(self, front: RegisterFront) -> None:
        super().__init__(front.denomination)
        self.front = front

    def story(self) -> list[Flowable]:
        f, w = self.front, StoryWriter(self.styles)
        w.space(40)
        w.para("Registre des délibérations", "cover_title")
        w.para("de l'assemblée générale", "cover_text")
        w.para(esc(f.denomination), "cover_name")
        if f.seat_address.strip():
            w.para(f"Siège : {esc(f.seat_address)}", "cover_text")
        w.space(20)
        w.para(f"Ouvert le {format_date(f.opened_on)}", "cover_name")
        w.para(f"Registre coté et paraphé : {_folios(f.last_folio)}, tenu au siège du groupement, où chaque "
               "procès-verbal est signé du président de séance, du secrétaire et du scrutateur (art. 13-2 de la "
               "convention constitutive, art. R. 312-194-22 du code de l'action sociale et des familles).",
               "cover_text")
        w.add(PageBreak())
        w.para("Table des délibérations", "titre")
        w.para("Les pages sont celles du registre (folios) où commence le procès-verbal de la séance ; la "
               "présente table et la couverture ne sont pas foliotées.")
        rows = [[esc(line.number), format_date(line.decided_on), esc(line.matter), line.result,
                 str(line.folio)] for line in f.lines]
        if rows:
            w.table(["N°", "Date", "Objet", "Résultat", "Page"], rows, [18, 34, 68, 30, 16], align_right_from=4)
        else:
            w.para("Aucune délibération numérotée.")
        return w.flowables


def _folios(last: int) -> str:
    return f"1{NBSP}page, numérotée 1" if last == 1 else f"{last}{NBSP}pages numérotées de 1 à {last}"


class EmptyRegisterDocument(PdfDocument):
    title = "Registre des délibérations"

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        w.para("Registre des délibérations", "cover_title")
        w.para("Aucun procès-verbal signé pour le moment.", "cover_text")
        return w.flowables
