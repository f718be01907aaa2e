"""Liste des envois: how and where each member was convened, and when (R312-194-20: convocation « par
écrit » quinze jours au moins avant la réunion) — kept with the register as proof of the date."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from gcsms_desktop.documents.assembly.wording import BLANK, representative_of, the_assembly, when_where
from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import PdfDocument, esc
from gcsms_desktop.domain.addresses import letter_place
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.convocation import notice_text
from gcsms_desktop.domain.french import format_date, plural


def sending_mode(email: str) -> str:
    return "courriel" if email.strip() else "poste"


class SendingsDocument(PdfDocument):
    title = "Liste des envois des convocations"

    def __init__(self, record: AssemblyRecord, printed_on: date) -> None:
        super().__init__(record.groupement.denomination)
        assert record.assembly.convocation_date is not None  # printed once convened (services)
        self.record, self.sent_on, self.printed_on = record, record.assembly.convocation_date, printed_on

    def story(self) -> list[Flowable]:
        r, a, g = self.record, self.record.assembly, self.record.groupement
        w = StoryWriter(self.styles)
        addressees = r.addressees or r.members
        w.para("Liste des envois des convocations", "titre")
        w.para(f"Convocations à {the_assembly(a)}, qui se tient {when_where(a)}, envoyées le "
               f"<b>{format_date(self.sent_on)}</b> aux {len(addressees)} membres du groupement (délai prévu : "
               f"{notice_text(g.governance, a.urgent)} au moins avant la réunion ; art. 13-2 de la convention "
               "constitutive, art. R. 312-194-20 du code de l'action sociale et des familles).")
        rows = []
        for member in addressees:
            mode = sending_mode(member.email)
            where = member.email.strip() if mode == "courriel" else member.address.strip() or BLANK
            to = representative_of(member, None)
            rows.append([f"{esc(member.name)}" + (f"<br/>à l'attention de {esc(to)}" if to else ""), mode,
                         esc(where).replace("\n", "<br/>"), format_date(self.sent_on)])
        w.table(["Membre", "Envoi", "Adresse", "Date d'envoi"], rows, [60, 17, 57, 32], align_right_from=4)
        by_mail = sum(1 for m in addressees if sending_mode(m.email) == "courriel")
        w.para(f"{plural(by_mail, 'convocation envoyée', 'convocations envoyées')} par courriel, "
               f"{plural(len(addressees) - by_mail, 'par la poste', 'par la poste')}. Chaque convocation comprend "
               + ("la lettre et le pouvoir du membre." if r.proxies_allowed else "la lettre du membre."))
        w.space(8)
        place = letter_place(g.seat_address, g.signature_place)
        w.para(f"Certifié exact, à {esc(place) if place else BLANK}, le {format_date(self.printed_on)}.")
        admin = g.administrator.person_name if g.administrator else BLANK
        w.para(f"L'administrateur du groupement<br/>{esc(admin)}")
        w.para("Signature :")
        return w.flowables
