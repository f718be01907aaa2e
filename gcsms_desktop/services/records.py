"""Loading what a use case needs, inside the use case's own unit of work (never a second one)."""

from __future__ import annotations

import unicodedata
from datetime import date

from gcsms_desktop.domain.assembly_record import AssemblyRecord, deliberations_of
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.changes import Deliberation
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.names import normalised_name
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.errors import NotFound


def resolve(uow: UnitOfWork, reference: str | int) -> int:
    """A groupement by id (as ``list`` shows it) or by dénomination, compared as names are stored."""
    text = unicodedata.normalize("NFC", str(reference)).strip()
    if text.isdigit() and uow.groupements.exists(int(text)):
        return int(text)
    found = uow.groupements.id_by_denomination(normalised_name(text))
    if found is None:
        raise NotFound(f"Aucun groupement « {text} » dans cette base "
                       "(« gcsms-desktop list » affiche les groupements et leurs numéros).")
    return found


def history(uow: UnitOfWork, groupement_id: int) -> History:
    return History(uow.groupements.get(groupement_id), uow.changes.list(groupement_id))


def rights_in_force(history: History, on: date) -> AssemblyRights:
    """Droits of the members in force on the assembly date, as regularised (art. 8, 9-1)."""
    return AssemblyRights.from_voting_rights(history.standing(on).rights)


def assembly_record(uow: UnitOfWork, assembly_id: int, groupement_id: int | None = None) -> AssemblyRecord:
    """The assembly with its groupement, members and droits (frozen ones once held)."""
    owner = uow.assemblies.groupement_of(assembly_id)
    if owner is None or (groupement_id is not None and owner != groupement_id):
        raise NotFound(f"Aucune assemblée numéro {assembly_id} pour ce groupement "
                       "(« gcsms-desktop assembly list NOM » affiche les numéros).")
    stored = uow.assemblies.get(assembly_id)
    past = history(uow, owner)
    rights = stored.frozen_rights or rights_in_force(past, stored.assembly.meeting_date)
    members = tuple(m for m in uow.groupements.members_ever(owner) if m.key in rights.votes)
    return AssemblyRecord(past.groupement, stored.assembly, members, rights)


def register_deliberations(uow: UnitOfWork, groupement_id: int) -> list[Deliberation]:
    """Every numbered deliberation of the assemblies held, as the register records it."""
    found: list[Deliberation] = []
    for summary in uow.assemblies.summaries(groupement_id):
        if summary.state.locked:
            found += deliberations_of(assembly_record(uow, summary.id, groupement_id))
    return found
