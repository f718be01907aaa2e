"""Procès-verbal of an assemblée générale (art. 13-2, R312-194-22).

Header with the dénomination; date, place, officers; attendance with figures; the quorum
statement; each deliberation with its number, text, rule, votes in droits and result; the
signatures of the président, the secrétaire and the scrutateur; errata attached.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, PageBreak, Paragraph

from gcsms_desktop.documents.assembly.register_paging import EntryStart, FolioState, draw_folio
from gcsms_desktop.documents.assembly.wording import (
    assembly_title, attendance_by_key, officers, presence_text, representative_of, the_assembly, when_where,
)
from gcsms_desktop.documents.signatures import signature_boxes
from gcsms_desktop.documents.story_writer import StoryWriter, pdf_typography
from gcsms_desktop.documents.template import PdfDocument, esc
from gcsms_desktop.domain.assembly import AgendaItem, Erratum, format_time
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.assembly_request import request_sentence
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.majority import Choice, Outcome
from gcsms_desktop.domain.result_text import result_sentence


class MinutesDocument(PdfDocument):
    """One PV; on register pages once signed, « hors registre » before."""

    title = "Procès-verbal d'assemblée générale"
    numbered_total = False

    def __init__(self, record: AssemblyRecord, errata: Sequence[Erratum] | None = None) -> None:
        super().__init__(record.groupement.denomination)
        self.record = record
        self.errata = tuple(record.assembly.errata if errata is None else errata)
        self.folios = FolioState()

    def _draw_page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_folio(canvas, doc, self.folios, self.title)

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        write_minutes(w, self.record, self.errata, self.folios)
        return w.flowables


def write_minutes(w: StoryWriter, record: AssemblyRecord, errata: Sequence[Erratum], folios: FolioState) -> None:
    a = record.assembly
    w.add(EntryStart(folios, a.register_first_page))
    w.para("Procès-verbal", "cover_title")
    w.para(esc(assembly_title(a)), "cover_name")
    _opening(w, record)
    _attendance(w, record)
    w.para(f"<b>{esc(record.result.quorum.explanation)}</b>")
    outcomes = {n: outcome for n, _item, outcome in record.result.outcomes}
    if record.result.quorum.may_deliberate:
        for number, item in enumerate(a.agenda, start=1):
            _item(w, record, number, item, outcomes.get(number))
    else:
        w.para("Faute de quorum, l'assemblée n'a pas délibéré sur l'ordre du jour. Elle sera convoquée à nouveau "
               "dans le délai prévu par l'article R. 312-194-22 et délibérera alors valablement quel que soit le "
               "nombre des membres présents ou représentés.")
    _explanations(w, record)
    closing = "L'ordre du jour étant épuisé, la séance est levée" if record.result.quorum.may_deliberate \
        else "La séance est levée"
    at = f" à {format_time(a.closed_at)}" if a.closed_at else ""
    w.para(f"{closing}{at}. De tout ce qui précède, il a été dressé le présent procès-verbal, signé par le "
           "président de séance, le secrétaire de séance et le scrutateur.")
    signed = f"Signé le {format_date(a.signed_on)}." if a.signed_on else "Procès-verbal à signer."
    w.para(signed)
    w.add(signature_boxes(w.styles, officers(a)))
    for erratum in errata:
        if erratum.register_first_page:  # recorded after signing: on its own register pages
            w.add(PageBreak())
            w.add(EntryStart(folios, erratum.register_first_page))
        write_erratum(w, record, erratum)


def _opening(w: StoryWriter, record: AssemblyRecord) -> None:
    a = record.assembly
    w.para(f"L'assemblée générale du groupement s'est réunie {when_where(a)}.")
    if a.convocation_date:
        how = "en urgence, " if a.urgent else ""
        w.para(f"Les membres ont été convoqués par écrit {how}le {format_date(a.convocation_date)} "
               "(art. R. 312-194-20).")
    if requested := request_sentence(a, record.member_names):  # R312-194-20: of right, at members' request
        w.para(esc(requested))
    if a.second_convocation:
        assert a.first_meeting_date is not None  # what second_convocation means
        w.para(f"L'assemblée se réunit sur seconde convocation, celle du {format_date(a.first_meeting_date)} "
               "n'ayant pas atteint le quorum (art. R. 312-194-22).")
    president = esc(a.president or '…')
    chair = (f"La séance est ouverte à {format_time(a.opened_at)} sous la présidence de {president}." if a.opened_at
             else f"La séance est présidée par {president}.")
    w.para(f"{chair} Secrétaire de séance : {esc(a.secretary or '…')}. Scrutateur : {esc(a.scrutineer or '…')}.")


def _attendance(w: StoryWriter, record: AssemblyRecord) -> None:
    """Members present (with who sat), represented (by which member) and absent, each with the names of
    its representatives in office (art. 13-1)."""
    lines = attendance_by_key(record)
    rows = [[esc(m.name), esc(representative_of(m, lines.get(m.key))),
             presence_text(record, lines.get(m.key)), record.rights.member_text(m.key)]
            for m in record.members]
    q = record.result.quorum
    w.para("Présence", "article")
    w.table(["Membre", "Représentant", "Présence", "Droits"], rows, [62, 44, 40, 20], align_right_from=3)
    w.para(f"Présents : {record.rights.text(q.present)} des droits ; représentés : "
           f"{record.rights.text(q.represented)} ; au total {record.rights.text(q.attending)} "
           f"(feuille de présence émargée annexée).")


def _paragraphs(text: str) -> list[str]:
    return [p for p in (line.strip() for line in text.split("\n")) if p]


def _item(w: StoryWriter, record: AssemblyRecord, number: int, item: AgendaItem, outcome: Outcome | None) -> None:
    heading = (f"Délibération n° {item.deliberation_number} — {esc(item.title)}" if item.deliberation_number
               else f"Point {number} — {esc(item.title)}")
    body = w.styles["body"]

    def para(markup: str) -> Paragraph:
        return Paragraph(pdf_typography(markup), body)

    block: list[Flowable] = [Paragraph(pdf_typography(heading), w.styles["article"])]
    if outcome is None:
        block.append(para("Point d'information, non mis aux voix."))
    else:
        block.append(para(f"Matière : {esc(item.matter.long_label)}."))
    debates = _paragraphs(item.debates)
    if debates:
        block.append(para("<b>Débats.</b> " + esc(debates[0])))
        block.extend(para(esc(text)) for text in debates[1:])
    elif outcome is None:
        block.append(para("Aucune observation n'a été consignée."))
    if outcome is None:
        w.keep(block)
        return
    resolution = _paragraphs(item.resolution)
    if resolution:
        block.append(para("<b>Résolution mise aux voix.</b>"))
        block.extend(para(f"<i>{esc(text)}</i>") for text in resolution)
    if item.concerned_member:
        concerned = record.member(item.concerned_member)
        block.append(para(
            f"Le membre dont l'exclusion est demandée, {esc(concerned.name if concerned else item.concerned_member)}, "
            "ne prend pas part au vote."))
    sentence = result_sentence(outcome, len(record.rights.votes), item.concerned_member is not None)
    block.append(para(f"<b>{esc(sentence)}</b>{_dissenters(record, item)}"))
    w.add(KeepTogether(block))


def _explanations(w: StoryWriter, record: AssemblyRecord) -> None:
    """The legal reading of each result, moved out of the deliberations: the rule, how abstentions count
    and the threshold in droits (R. 312-194-22; choices in docs/regles-et-choix.md)."""
    if not record.result.outcomes:
        return
    w.para("Explications des résultats", "article")
    w.para("Les voix sont comptées en droits sociaux (art. 9) : pour chaque délibération, la règle appliquée, "
           "les voix pour, contre et les abstentions, et le seuil à atteindre.")
    for number, item, outcome in record.result.outcomes:
        label = f"n° {item.deliberation_number}" if item.deliberation_number else f"point {number}"
        w.para(f"<b>{esc(label)}</b> — règle : {outcome.rule.label}. {esc(outcome.explanation)}")


def _dissenters(record: AssemblyRecord, item: AgendaItem) -> str:
    parts = []
    for choice, label in ((Choice.AGAINST, "Ont voté contre"), (Choice.ABSTENTION, "Se sont abstenus")):
        names = [esc(record.member_names.get(k, k)) for k, c in item.choices.items() if c is choice]
        if names:
            parts.append(f" {label} : {', '.join(names)}.")
    return "".join(parts)


class ErratumDocument(MinutesDocument):
    """An erratum recorded after signing, alone on its register pages."""

    title = "Erratum au procès-verbal"

    def __init__(self, record: AssemblyRecord, erratum: Erratum) -> None:
        super().__init__(record, (erratum,))

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        w.add(EntryStart(self.folios, self.errata[0].register_first_page))
        write_erratum(w, self.record, self.errata[0])
        return w.flowables


def write_erratum(w: StoryWriter, record: AssemblyRecord, erratum: Erratum) -> None:
    w.para(f"Erratum du {format_date(erratum.recorded_on)}", "article")
    w.para(f"Au procès-verbal de {the_assembly(record.assembly)} :")
    for paragraph in filter(None, (p.strip() for p in erratum.text.split("\n"))):
        w.para(esc(paragraph))
    w.add(signature_boxes(w.styles, [("Le président de séance", record.assembly.president),
                                     ("Le secrétaire de séance", record.assembly.secretary)]))


def minutes_pages(record: AssemblyRecord) -> tuple[bytes, int]:
    """The PV's register pages (art. 13-2, registre coté et paraphé) and their count, with the errata
    recorded before signing: rendered once when it is signed, then stored and reprinted as signed."""
    document = MinutesDocument(record, [e for e in record.assembly.errata if not e.register_first_page])
    return document.render(), document.page_count


def erratum_pages(record: AssemblyRecord, erratum: Erratum) -> tuple[bytes, int]:
    """An erratum recorded after signing, on its own register pages following the last one used."""
    document = ErratumDocument(record, erratum)
    return document.render(), document.page_count
