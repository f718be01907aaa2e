"""Convocation letters, one per member (R312-194-20, art. 13-2), with a proxy form when the
groupement may vote by proxy."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, PageBreak

from gcsms_desktop.documents.assembly.wording import BLANK, letter_head, letter_signature, the_assembly, when_where
from gcsms_desktop.documents.letters import LetterStart, LettersCanvas
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument, esc
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.assembly import Assembly
from gcsms_desktop.domain.assembly_request import request_sentence
from gcsms_desktop.domain.convocation import latest_convocation_date, notice_text
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.members import Member


class ConvocationDocument(PdfDocument):
    title = "Convocation à l'assemblée générale"
    canvas_class = LettersCanvas

    def __init__(self, record: AssemblyRecord, printed_on: date) -> None:
        super().__init__(record.groupement.denomination)
        self.record = record
        self.sent_on = record.assembly.convocation_date or printed_on

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        for index, member in enumerate(self.record.addressees or self.record.members):
            if index:
                w.add(PageBreak())
            w.add(LetterStart(member.name))  # each member's letter and pouvoir numbered on their own
            self._letter(w, member)
            if self.record.proxies_allowed:
                w.add(PageBreak())
                self._proxy_form(w, member)
        return w.flowables

    def _letter(self, w: StoryWriter, member: Member) -> None:
        r, a, g = self.record, self.record.assembly, self.record.groupement
        letter_head(w, r, member, self.sent_on)
        subject = "Convocation en urgence" if a.urgent else "Convocation"
        w.para(f"<b>Objet : {subject} à {the_assembly(a)}</b>")
        w.para("Madame, Monsieur,")
        w.para(f"En application de l'article 13-2 de la convention constitutive et de l'article R. 312-194-20 du code "
               f"de l'action sociale et des familles, vous êtes convoqué à l'assemblée générale du groupement qui se "
               f"tiendra {when_where(a)}.")
        if requested := request_sentence(a, r.member_names):  # R312-194-20: of right, at members' request
            w.para(esc(requested))
        if a.second_convocation:
            assert a.first_meeting_date is not None  # what second_convocation means
            w.para(f"L'assemblée du {format_date(a.first_meeting_date)} n'ayant pas atteint le quorum, cette seconde "
                   "assemblée délibérera valablement quel que soit le nombre des membres présents ou représentés "
                   "(art. R. 312-194-22).")
        else:
            w.para(f"{notice_sentence(a, g.governance, self.sent_on)} "
                   "L'assemblée ne délibère valablement que si les membres présents ou représentés détiennent au "
                   f"moins la moitié des droits ({r.rights.text(r.rights.total / 2)}, art. R. 312-194-22).")
        w.para("<b>Ordre du jour</b>")
        w.numbered([f"{esc(item.title)} ({esc(item.matter.long_label)})" for item in a.agenda])
        if a.documents:
            w.para("<b>Documents joints</b>")
            w.bullets([esc(d) for d in a.documents])
        w.para(f"Vos droits à cette assemblée : {r.rights.member_text(member.key)}.")
        if r.proxies_allowed:
            w.para("En cas d'empêchement, vous pouvez donner procuration à un autre membre présent au moyen du "
                   "pouvoir ci-joint ; aucun membre ne peut détenir plus d'un pouvoir (art. R. 312-194-20).")
        letter_signature(w, r, self.sent_on)

    def _proxy_form(self, w: StoryWriter, member: Member) -> None:
        a = self.record.assembly
        w.para("Pouvoir", "titre")
        w.para(f"Je soussigné(e) {BLANK}{BLANK}, représentant {esc(member.name)}, membre du groupement, donne "
               f"pouvoir à {BLANK}{BLANK}, membre du groupement présent à la séance, de me représenter à "
               f"{the_assembly(a)}, de prendre part aux délibérations "
               "et de voter en mon nom sur les points de l'ordre du jour.", "body_left")
        w.para("Rappel : un membre ne peut détenir qu'un seul pouvoir (art. R. 312-194-20) ; le pouvoir ne peut être "
               "donné qu'à un membre présent.")
        w.space(8)
        w.para(f"Fait à {BLANK}, le {BLANK}")
        w.para("Signature, précédée de la mention « Bon pour pouvoir » :")


def notice_sentence(assembly: Assembly, governance: Governance, sent_on: date) -> str:
    """What the letter says of its own notice (R. 312-194-20), only as far as the dates bear it out: the
    convention's delay (in urgency, its hours) when the letters went out in time, else the sending
    date alone — a letter never claims a notice it did not give."""
    sent = format_date(sent_on)
    if sent_on > latest_convocation_date(assembly.meeting_date, governance, assembly.urgent):
        return f"Cette convocation vous est adressée le {sent}."
    if assembly.urgent:
        return (f"Cette convocation vous est adressée en urgence le {sent}, {notice_text(governance, True)} au "
                "moins avant la réunion, comme le prévoit la convention en cas d'urgence (art. R. 312-194-20).")
    return (f"Cette convocation vous est adressée le {sent}, {notice_text(governance, False)} au moins avant la "
            "réunion, comme le prévoit la convention (art. R. 312-194-20).")
