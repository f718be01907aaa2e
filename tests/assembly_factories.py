"""Assemblies for tests, driven through the real services on a real SQLite file."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.domain.assembly import AgendaItem, Assembly
from gcsms_desktop.domain.attendance import AttendanceLine, Presence
from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.services.context import Services

MEETING = date(2026, 12, 15)
SENT = date(2026, 11, 30)  # exactly 15 days before


def agenda() -> tuple[AgendaItem, ...]:
    return (
        AgendaItem(Matter.ACCOUNTS, "Approbation des comptes 2025",
                   "L'assemblée générale approuve les comptes de l'exercice 2025."),
        AgendaItem(Matter.ADMISSION, "Admission de l'association Les Genêts",
                   "L'assemblée générale admet l'association Les Genêts comme membre du groupement."),
        AgendaItem(Matter.OTHER, "Questions diverses"),
    )


def convened(services: Services, groupement: str, meeting: date = MEETING, sent: date = SENT) -> int:
    assembly_id = services.assemblies.prepare(groupement, Assembly(
        meeting, "Salle du conseil, 3 rue des Lilas, Rennes", "14:30", agenda=agenda(),
        documents=("Comptes de l'exercice 2025",)))
    services.assemblies.convene(assembly_id, sent)
    return assembly_id


def attend(services: Services, assembly_id: int, present: list[str], represented: dict[str, str] | None = None) -> None:
    record = services.assemblies.record(assembly_id)
    represented = represented or {}
    lines = []
    for member in record.members:
        if member.key in present:
            lines.append(AttendanceLine(member.key, Presence.PRESENT, f"Représentant de {member.key}"))
        elif member.key in represented:
            lines.append(AttendanceLine(member.key, Presence.REPRESENTED, proxy_holder=represented[member.key]))
        else:
            lines.append(AttendanceLine(member.key, Presence.ABSENT))
    services.assemblies.record_attendance(assembly_id, tuple(lines))


def vote_all(services: Services, assembly_id: int, choice: Choice = Choice.FOR, **exceptions: Choice) -> None:
    record = services.assemblies.record(assembly_id)
    voting = [line.member_key for line in record.assembly.attendance if line.presence is not Presence.ABSENT]
    for number, item in record.assembly.voted_items:
        choices = {key: exceptions.get(key, choice) for key in voting if key != item.concerned_member}
        services.assemblies.record_votes(assembly_id, number, choices)


def held(services: Services, assembly_id: int) -> None:
    services.assemblies.set_officers(assembly_id, "Mme Jeanne Martin", "M. Paul Durand", "Mme Anne Petit")
    services.assemblies.close(assembly_id)
