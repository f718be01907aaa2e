"""Phrases shared by the assembly documents."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.documents.story_writer import StoryWriter
from gcsms_desktop.documents.template import esc
from gcsms_desktop.domain.addresses import letter_place
from gcsms_desktop.domain.assembly import Assembly, format_time
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.attendance import AttendanceLine, Presence
from gcsms_desktop.domain.french import format_date, format_long_date
from gcsms_desktop.domain.members import Member

BLANK = "\u2026" * 10


def assembly_title(assembly: Assembly) -> str:
    second = " (seconde convocation)" if assembly.second_convocation else ""
    return f"Assemblée générale du {format_date(assembly.meeting_date)}{second}"


def the_assembly(assembly: Assembly) -> str:
    """« l'assemblée générale du 15 décembre 2026 », inside a sentence (escaped markup)."""
    title = esc(assembly_title(assembly))
    return "l'" + title[0].lower() + title[1:]


def when_where(assembly: Assembly) -> str:
    """« le mardi 15 décembre 2026 à 14 h 30, Salle du conseil » (escaped markup)."""
    time = f" à {format_time(assembly.meeting_time)}" if assembly.meeting_time else ""
    return f"le {format_long_date(assembly.meeting_date)}{time}, {esc(assembly.place.strip() or BLANK)}"


def representative_of(member: Member, line: AttendanceLine | None) -> str:
    """Who sat (or is expected to sit) for the member: the name recorded, else its titulaires."""
    if line is not None and line.representative.strip():
        return line.representative.strip()
    names = [r.name for r in member.titular_representatives] or [r.name for r in member.representatives]
    return ", ".join(names)


def attendance_by_key(record: AssemblyRecord) -> dict[str, AttendanceLine]:
    return {line.member_key: line for line in record.assembly.attendance}


def presence_text(record: AssemblyRecord, line: AttendanceLine | None) -> str:
    if line is None or line.presence is Presence.ABSENT:
        return "absent"
    if line.presence is Presence.REPRESENTED:
        holder = record.member(line.proxy_holder or "")
        return f"représenté par {esc(holder.name) if holder else '?'}"
    return "présent"


def officers(assembly: Assembly) -> list[tuple[str, str]]:
    return [("Le président de séance", assembly.president), ("Le secrétaire de séance", assembly.secretary),
            ("Le scrutateur", assembly.scrutineer)]


def letter_head(w: StoryWriter, record: AssemblyRecord, member: Member, dated: date) -> None:
    """A letter to a member: the groupement and its siège, the member's address for the attention of its
    representatives, « À <commune du siège>, le … » (convocation and cancellation letters alike)."""
    g = record.groupement
    w.para(f"<b>{esc(g.denomination)}</b><br/>{esc(g.seat_address)}", "body")
    w.space(6)
    to = representative_of(member, None)
    attention = f"<br/>À l'attention de {esc(to)}" if to else ""
    w.para(f"<b>{esc(member.name)}</b><br/>{esc(member.address)}{attention}", "body")
    w.space(6)
    place = letter_place(g.seat_address, g.signature_place)
    w.para(f"À {esc(place)}, le {format_date(dated)}" if place else f"Le {format_date(dated)}", "letter_date")


def letter_signature(w: StoryWriter, record: AssemblyRecord, sent_on: date) -> None:
    """The salutation and the signature of the administrateur in office the day the letter is sent
    (R312-194-23; a blank while the office is vacant: signed by hand)."""
    w.para("Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.")
    w.space(6)
    administrator = record.administrator_on(sent_on)
    admin = administrator.person_name if administrator else BLANK
    w.para(f"L'administrateur du groupement<br/>{esc(admin)}")
