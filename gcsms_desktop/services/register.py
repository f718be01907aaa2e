"""The registre des délibérations's seal: sealing what is signed, verifying what is stored."""

from __future__ import annotations

import builtins

from gcsms_desktop.domain.french import format_date
from gcsms_desktop.domain.register_index import IndexLine, RegisterFront, index_lines

from gcsms_desktop.domain.register_seal import (
    MINUTES_ENTRY, RegisterEntryState, RegisterVerdict, erratum_digest, minutes_digest, next_seals, verify,
)
from gcsms_desktop.persistence.assembly_repository import RegisterEntry, StoredAssembly
from gcsms_desktop.persistence.register_repository import StoredSeal
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.base import UseCases
from gcsms_desktop.services.read_cache import read_cache
from gcsms_desktop.services.records import register_outcome_pairs, resolve


def register_states(uow: UnitOfWork, groupement_id: int, sealed_too: bool = True) -> list[RegisterEntryState]:
    """Every register entry as stored now, its digest recomputed, with its seal if it has one.

    ``sealed_too=False`` recomputes only the entries not sealed yet (what sealing needs): signing
    stays as cheap with a register of a hundred PVs as with one."""
    uow.refresh()
    seals = uow.register.seals(groupement_id)
    entries = uow.assemblies.register_entries(groupement_id)
    if not sealed_too:
        entries = [e for e in entries if (e.assembly_id, _entry_number(e)) not in seals]
        states = [RegisterEntryState(assembly_id, number, "", 0, 0, s.digest, s.sequence, s.digest, s.seal)
                  for (assembly_id, number), s in seals.items()]
        return states + _states(uow, entries, seals)
    return _states(uow, entries, seals)


def _entry_number(entry: RegisterEntry) -> int:
    return MINUTES_ENTRY if entry.erratum_position is None else entry.erratum_position + 1


def _states(uow: UnitOfWork, entries: list[RegisterEntry], seals: dict[tuple[int, int], StoredSeal]
            ) -> list[RegisterEntryState]:
    """Each entry's digest is recomputed from its rows, or taken from the digests a read computed since
    no other connection committed (services.read_cache): the app never changes a signed entry, so
    only another program could have — and then every digest is recomputed."""
    known = read_cache(uow).digests(uow) if not uow.write else {}
    missing = sorted({e.assembly_id for e in entries if (e.assembly_id, _entry_number(e)) not in known})
    stored = uow.assemblies.get_many(missing)
    states = []
    for entry in entries:
        number = _entry_number(entry)
        date_text, count, digest = known.get((entry.assembly_id, number)) or _digest(stored, entry)
        if not uow.write:
            known[(entry.assembly_id, number)] = (date_text, count, digest)
        seal = seals.get((entry.assembly_id, number))
        states.append(RegisterEntryState(
            entry.assembly_id, number, date_text, entry.first_page, count, digest,
            seal.sequence if seal else None, seal.digest if seal else "", seal.seal if seal else ""))
    return states


def _digest(stored: dict[int, StoredAssembly], entry: RegisterEntry) -> tuple[str, int, str]:
    """The entry's meeting date, page count and digest, from its rows as stored now."""
    assembly = stored[entry.assembly_id].assembly
    if entry.erratum_position is None:
        digest = minutes_digest(assembly, stored[entry.assembly_id].frozen_rights, entry.pdf)
        return assembly.meeting_date.isoformat(), assembly.register_page_count or 1, digest
    erratum = assembly.errata[entry.erratum_position]
    return assembly.meeting_date.isoformat(), erratum.register_page_count or 1, erratum_digest(erratum, entry.pdf)


def seal_new_entries(uow: UnitOfWork, groupement_id: int) -> None:
    """Seal, in register order, every entry not sealed yet (the one just signed, and any signed before
    this version of the app existed)."""
    for entry, sequence, seal in next_seals(register_states(uow, groupement_id, sealed_too=False)):
        uow.register.add_seal(groupement_id, sequence, entry.assembly_id, entry.entry, entry.first_page,
                              entry.current_digest, seal)


def register_index(uow: UnitOfWork, groupement_id: int, entries: list[RegisterEntry]) -> RegisterFront:
    """The register's cover and index for ``entries`` (not empty): its deliberations as stored when each
    assembly was closed, each with the folio where its PV begins, and the errata joined later.
    ``last_folio`` is left at the last entry's first page: the printer counts the pages it joins."""
    groupement = uow.groupements.get(groupement_id)
    first_folios = {e.assembly_id: e.first_page for e in entries if e.erratum_position is None}
    names = {m.key: m.name for m in groupement.members}
    lines = list(index_lines(register_outcome_pairs(uow, groupement_id), first_folios, names))
    errata = [e for e in entries if e.erratum_position is not None]
    wanted = {e.assembly_id for e in errata} | {entries[0].assembly_id}
    stored = uow.assemblies.get_many(sorted(wanted))
    for entry in errata:
        assembly = stored[entry.assembly_id].assembly
        assert entry.erratum_position is not None  # filtered above
        erratum = assembly.errata[entry.erratum_position]
        lines.append(IndexLine("—", erratum.recorded_on,
                               f"Erratum au procès-verbal du {format_date(assembly.meeting_date)}", "",
                               entry.first_page))
    first = stored[entries[0].assembly_id].assembly
    opened_on = first.signed_on or first.meeting_date
    lines.sort(key=lambda line: line.folio)
    return RegisterFront(groupement.denomination, groupement.seat_address, opened_on, entries[-1].first_page,
                         tuple(lines))


class RegisterService(UseCases):
    def verify(self, reference: str | int) -> RegisterVerdict:
        """Is every signed PV and erratum still as signed? (Read only: nothing is sealed here.)"""
        with self.reading() as uow:
            return verify(register_states(uow, resolve(uow, reference)))

    def altered_groupements(self) -> builtins.list[str]:
        """The dénominations whose register was altered outside the app (nothing is sealed here)."""
        with self.reading() as uow:
            return [g.denomination for g in uow.groupements.summaries()
                    if not verify(register_states(uow, g.id)).intact]
