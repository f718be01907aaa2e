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
from gcsms_desktop.services.read_cache import read_cache


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
    """Read once per version of the groupement and its changes (services.read_cache)."""
    return read_cache(uow).history(uow, groupement_id)


def rights_in_force(history: History, on: date) -> AssemblyRights:
    """Droits of the members in force on the assembly date, as regularised (art. 8, 9-1)."""
    return AssemblyRights.from_voting_rights(history.standing(on).rights)


def assembly_record(uow: UnitOfWork, assembly_id: int, groupement_id: int | None = None) -> AssemblyRecord:
    """The assembly with its groupement, members and droits (frozen ones once held)."""
    owner = uow.assemblies.groupement_of(assembly_id)
    if owner is None or (groupement_id is not None and owner != groupement_id):
        raise NotFound(f"Aucune assemblée numéro {assembly_id} pour ce groupement "
                       "(« gcsms-desktop assembly list NOM » affiche les numéros).")
    return assembly_records(uow, owner, [assembly_id])[0]


def assembly_records(uow: UnitOfWork, groupement_id: int, ids: list[int]) -> list[AssemblyRecord]:
    """Several assemblies of one groupement, its history and members read once for all of them."""
    stored = uow.assemblies.get_many(ids)
    past = history(uow, groupement_id)
    everyone = read_cache(uow).members_ever(uow, groupement_id)
    records = []
    for assembly_id in ids:
        s = stored[assembly_id]
        rights = s.frozen_rights or rights_in_force(past, s.assembly.meeting_date)
        members = tuple(m for m in everyone if m.key in rights.votes)
        records.append(AssemblyRecord(past.groupement, s.assembly, members, rights))
    return records


def register_deliberations(uow: UnitOfWork, groupement_id: int) -> list[Deliberation]:
    """Every numbered deliberation of the assemblies held, as the register records it."""
    cache = read_cache(uow)
    held = [(s.id, s.meeting_date) for s in uow.assemblies.summaries(groupement_id) if s.state.locked]
    found = {assembly_id: cache.deliberations(uow, assembly_id, meeting) for assembly_id, meeting in held}
    missing = [assembly_id for assembly_id, kept in found.items() if kept is None]
    for record in assembly_records(uow, groupement_id, missing):  # a closed assembly's votes are read once
        found[record.assembly.id] = deliberations_of(record)
        cache.keep_deliberations(record.assembly.id, record.assembly.meeting_date, found[record.assembly.id])
    return [d for assembly_id, _ in held for d in found[assembly_id] or ()]
