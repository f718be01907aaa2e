"""A convocation sent by e-mail (R312-194-20: « par écrit »): one message per member, its own letter and
pouvoir attached as a PDF, saved as an ``.eml`` file the user's mail program opens as a draft.

Standard library only (``email``): no server, no password — the user sends from their own mailbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr

from gcsms_desktop.domain.assembly import format_time
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.french import NBSP, NNBSP, format_date, format_long_date, typography
from gcsms_desktop.domain.members import Member


@dataclass(frozen=True)
class PreparedEmail:
    member: str  # the member's name
    address: str  # its e-mail address
    file_name: str  # « 2026-12-15 AG — convocation — EHPAD Les Glycines.eml »
    message: bytes  # the .eml file


def safe_file_part(text: str) -> str:
    """A member's name usable in a file name on every system."""
    cleaned = "".join(" " if c in '\\/:*?"<>|' or ord(c) < 32 else c for c in text)
    return " ".join(cleaned.split())[:80].rstrip(" .") or "membre"


def subject(record: AssemblyRecord) -> str:
    a = record.assembly
    urgent = " en urgence" if a.urgent else ""
    text = typography(f"Convocation{urgent} à l'assemblée générale du {format_date(a.meeting_date)} — "
                      f"{record.groupement.denomination}")
    return text.replace(NBSP, " ").replace(NNBSP, " ")  # mail programs fold and show header spaces plainly


def body(record: AssemblyRecord, member: Member, sent_on: date) -> str:
    a, g = record.assembly, record.groupement
    time = f" à {format_time(a.meeting_time)}" if a.meeting_time else ""
    agenda = "\n".join(f"{n}. {item.title}" for n, item in enumerate(a.agenda, start=1))
    proxy = (", ainsi que le pouvoir à remplir en cas d'empêchement (un membre ne peut détenir qu'un seul "
             "pouvoir)") if record.proxies_allowed else ""
    documents = ("\n\nDocuments joints à la convocation : " + " ; ".join(a.documents) + ".") if a.documents else ""
    admin = g.administrator.person_name if g.administrator else ""
    signature = f"L'administrateur du groupement\n{admin}" if admin else "L'administrateur du groupement"
    text = (f"Madame, Monsieur,\n\n"
            f"Vous trouverez ci-joint, datée du {format_date(sent_on)}, la convocation adressée à {member.name} "
            f"pour l'assemblée générale de « {g.denomination} »{proxy}.\n\n"
            f"L'assemblée se tiendra le {format_long_date(a.meeting_date)}{time}, {a.place.strip()}. Cette "
            "convocation vous est adressée en application de l'article 13-2 de la convention constitutive et de "
            "l'article R. 312-194-20 du code de l'action sociale et des familles.\n\n"
            f"Ordre du jour :\n{agenda}{documents}\n\n"
            f"Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n{signature}\n")
    return typography(text)


def convocation_email(record: AssemblyRecord, member: Member, sent_on: date, letter: bytes) -> PreparedEmail:
    """The message to ``member`` (its ``email`` set), with ``letter`` — its own letter and pouvoir — attached.

    ``X-Unsent: 1`` makes Outlook open the file as a draft to send; Thunderbird offers « Modifier comme
    nouveau »; any program shows the recipient, the subject, the text and the PDF."""
    meeting = f"{record.assembly.meeting_date:%Y-%m-%d}"
    message = EmailMessage(policy=SMTP)
    message["To"] = formataddr((member.name, member.email.strip()))
    message["Subject"] = subject(record)
    message["X-Unsent"] = "1"
    message.set_content(body(record, member, sent_on))
    message.add_attachment(letter, maintype="application", subtype="pdf",
                           filename=f"{meeting} AG — convocation — {safe_file_part(member.name)}.pdf")
    return PreparedEmail(member.name, member.email.strip(), f"{meeting} AG — convocation — "
                         f"{safe_file_part(member.name)}.eml", message.as_bytes())
