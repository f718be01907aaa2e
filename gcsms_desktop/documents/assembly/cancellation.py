"""Cancellation letters, one per member convened (domain.deletions): the assembly announced by the
convocations of R. 312-194-20 will not meet; its agenda goes to a later assembly, convened anew."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from gcsms_desktop.documents.assembly.wording import letter_head, letter_signature, the_assembly, when_where
from gcsms_desktop.documents.letters import LetterStart, LettersCanvas
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument, esc
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.members import Member


class CancellationDocument(PdfDocument):
    title = "Annulation de l'assemblée générale"
    canvas_class = LettersCanvas

    def __init__(self, record: AssemblyRecord) -> None:
        super().__init__(record.groupement.denomination)
        assert record.assembly.cancelled_on is not None  # printed for a cancelled assembly only (services)
        self.record = record
        self.cancelled_on = record.assembly.cancelled_on

    def story(self) -> list[Flowable]:
        w = StoryWriter(self.styles)
        for index, member in enumerate(self.record.members):
            if index:
                w.add(PageBreak())
            w.add(LetterStart(member.name))
            self._letter(w, member)
        return w.flowables

    def _letter(self, w: StoryWriter, member: Member) -> None:
        r, a = self.record, self.record.assembly
        letter_head(w, r, member, self.cancelled_on)
        w.para(f"<b>Objet : Annulation de {the_assembly(a)}</b>")
        w.para("Madame, Monsieur,")
        sent = f" du {format_date(a.convocation_date)}" if a.convocation_date else ""
        w.para(f"Par lettre{sent}, vous avez été convoqué à l'assemblée générale du groupement qui devait se "
               f"tenir {when_where(a)}.")
        w.para("J'ai le regret de vous informer que cette assemblée est annulée : elle ne se tiendra pas.")
        if a.cancellation_reason.strip():
            w.para(f"Motif de l'annulation : {esc(a.cancellation_reason.strip())}")
        w.para("Les points inscrits à son ordre du jour seront soumis à une prochaine assemblée générale, à "
               "laquelle vous serez convoqué par écrit dans le délai prévu par la convention constitutive "
               "(art. 13-2 de la convention, art. R. 312-194-20 du code de l'action sociale et des familles)."
               + (" Les pouvoirs donnés pour l'assemblée annulée sont sans objet." if r.proxies_allowed else ""))
        w.para("<b>Rappel de l'ordre du jour</b>")
        w.numbered([f"{esc(item.title)} ({esc(item.matter.long_label)})" for item in a.agenda])
        w.space(6)
        letter_signature(w, r, self.cancelled_on)
