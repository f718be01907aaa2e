"""Loading what a use case needs, inside the use case's own unit of work (never a second one)."""

from __future__ import annotations

import unicodedata
from datetime import date

from gcsms_desktop.domain.assembly_record import AssemblyRecord, DeliberationOutcome, outcomes_of
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
        sitting = tuple(m for m in everyone if m.key in rights.votes)
        # Art. 13-1: the representatives in office on the meeting day sit; the letters went to those in
        # office the day they were sent.
        members = tuple(past.member_on(m, s.assembly.meeting_date) for m in sitting)
        sent = s.assembly.convocation_date
        addressees = tuple(past.member_on(m, sent) for m in sitting) if sent else members
        # Art. 21: letters and minutes name the groupement and its siège as amended on the meeting day.
        records.append(AssemblyRecord(past.amended_on(s.assembly.meeting_date), s.assembly, members, rights,
                                      addressees, past.administration))
    return records


def register_deliberations(uow: UnitOfWork, groupement_id: int) -> list[Deliberation]:
    """Every numbered deliberation of the assemblies held, as the register records it."""
    return [outcome.deliberation for outcome in register_outcomes(uow, groupement_id)]


def register_outcomes(uow: UnitOfWork, groupement_id: int) -> list[DeliberationOutcome]:
    """The deliberations stored when each assembly was closed, in meeting then agenda order: one query.

    An assembly closed before schema 0005 has no stored rows yet: its outcomes are computed here as
    they always were (frozen droits, or those in force on its date) and, in a writing unit of work,
    stored for good (a lazy backfill: the migration would need the whole history to compute them)."""
    return [outcome for _, outcome in register_outcome_pairs(uow, groupement_id)]


def register_outcome_pairs(uow: UnitOfWork, groupement_id: int) -> list[tuple[int, DeliberationOutcome]]:
    """``register_outcomes`` with the id of the assembly each deliberation was taken by."""
    stored = uow.assemblies.stored_outcomes(groupement_id)
    if not stored.pending:
        return list(stored.outcomes)
    found = list(stored.outcomes)
    for record in assembly_records(uow, groupement_id, stored.pending):
        assert record.assembly.id is not None
        computed = outcomes_of(record)
        if uow.write:
            uow.assemblies.store_outcomes(record.assembly.id, computed)
        found += [(record.assembly.id, outcome) for outcome in computed]
    found.sort(key=lambda pair: (pair[1].decided_on, pair[0], pair[1].rank))
    return found


def store_outcomes(uow: UnitOfWork, record: AssemblyRecord) -> None:
    """Keep a closed assembly's deliberations as the register lists them (in the closing's unit of work)."""
    assert record.assembly.id is not None
    uow.assemblies.store_outcomes(record.assembly.id, outcomes_of(record))
