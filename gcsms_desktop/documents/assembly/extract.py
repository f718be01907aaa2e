"""Extrait certifié conforme of one deliberation, as sent to a bank, the préfet or a partner."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from gcsms_desktop.documents.assembly.wording import the_assembly, when_where
from gcsms_desktop.documents.signatures import signature_boxes
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument, esc
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.french import format_date


def pages_text(first: int | None, count: int | None) -> str:
    """« page 4 » or « pages 4 à 6 »."""
    first, count = first or 0, count or 1
    return f"page {first}" if count == 1 else f"pages {first} à {first + count - 1}"


class ExtractDocument(PdfDocument):
    title = "Extrait du registre des délibérations"

    def __init__(self, record: AssemblyRecord, number: int, printed_on: date) -> None:
        super().__init__(record.groupement.denomination)
        self.record, self.number, self.printed_on = record, number, printed_on

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        r, a = self.record, self.record.assembly
        item = a.agenda[self.number - 1]
        outcome = next(o for n, _i, o in r.result.outcomes if n == self.number)
        q = r.result.quorum
        w.para("Extrait du registre des délibérations", "cover_title")
        w.para(f"Délibération n° {esc(item.deliberation_number or '')}", "cover_name")
        w.para(f"L{the_assembly(a)[1:]}, réunie {when_where(a)} sous la "
               f"présidence de {esc(a.president)}, a délibéré sur le point suivant.")
        w.para(f"Membres présents ou représentés : {r.rights.text(q.attending)} des droits. {esc(q.explanation)}")
        w.para(f"<b>{esc(item.title)}</b> ({esc(item.matter.long_label)})")
        for paragraph in filter(None, (p.strip() for p in item.resolution.split("\n"))):
            w.para(f"<i>{esc(paragraph)}</i>")
        t = outcome.tally
        w.para(f"Votes en droits : pour {r.rights.text(t.votes_for)}, contre {r.rights.text(t.against)}, "
               f"abstention {r.rights.text(t.abstention)}.")
        verdict = "adoptée" if outcome.adopted else "rejetée"
        w.para(f"<b>Résolution {verdict}.</b> {esc(outcome.explanation)}")
        for erratum in a.errata:
            w.para(f"Erratum du {format_date(erratum.recorded_on)} : {esc(erratum.text)}")
        assert a.signed_on is not None  # only a signed PV has extracts
        w.para(f"Extrait certifié conforme au procès-verbal signé le {format_date(a.signed_on)}, porté au registre "
               f"des délibérations, {pages_text(a.register_first_page, a.register_page_count)}.")
        w.para(f"Fait le {format_date(self.printed_on)}.")
        w.add(signature_boxes(w.styles, [("Le président de séance", a.president)], 83))
        return w.flowables
