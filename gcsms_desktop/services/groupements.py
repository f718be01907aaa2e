"""Create, find, import and export groupements."""

from __future__ import annotations

import builtins

from datetime import date

from dataclasses import dataclass, replace

from gcsms_desktop.domain.book_checks import check_book, register_numbers
from gcsms_desktop.domain.changes import Change
from gcsms_desktop.domain.member_details import DetailsCorrection
from gcsms_desktop.domain.unsigned_convention import convention_edit_problems
from gcsms_desktop.domain.convention_checks import check_groupement
from gcsms_desktop.domain.deletions import BookContents, groupement_deletion_problems, groupement_losses
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.mandates import Mandate
from gcsms_desktop.domain.problems import InvalidGroupement, Problem, errors_only
from gcsms_desktop.interchange import groupement_json
from gcsms_desktop.interchange.groupement_json import StoredAssemblyData
from gcsms_desktop.domain.names import with_normalised_names
from gcsms_desktop.persistence.repositories import GroupementSummary
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.base import UseCases
from gcsms_desktop.services.errors import AlreadyExists, ServiceError
from gcsms_desktop.services.read_cache import read_cache
from gcsms_desktop.services.records import (
    assembly_records, history, register_deliberations, resolve, store_outcomes,
)
from gcsms_desktop.services.register import seal_new_entries


@dataclass(frozen=True)
class DeletedGroupement:
    """What ``delete`` removed: the whole book in the JSON format, for ``restore`` (Édition › Annuler)."""

    denomination: str
    book: str


@dataclass(frozen=True)
class DeletionVerdict:
    """May the groupement be deleted: the reasons it may not (empty: it may), and what would be lost."""

    denomination: str
    refusals: tuple[str, ...]
    losses: tuple[str, ...]

    @property
    def allowed(self) -> bool:
        return not self.refusals


class GroupementService(UseCases):
    def list(self) -> list[GroupementSummary]:
        with self.reading() as uow:
            return uow.groupements.summaries()

    def resolve(self, reference: str | int) -> int:
        """A groupement by id (as ``list`` shows it) or by dénomination, case-insensitive."""
        with self.reading() as uow:
            return resolve(uow, reference)

    def get(self, reference: str | int) -> Groupement:
        with self.reading() as uow:
            return history(uow, resolve(uow, reference)).groupement  # read once per version (read_cache)

    @staticmethod
    def check(groupement: Groupement) -> builtins.list[Problem]:
        return check_groupement(groupement)

    @staticmethod
    def check_file(text: str, today: date) -> builtins.list[Problem]:
        """Every problem of a file, as ``import_json`` judges it on ``today`` (no database needed);
        raises FormatError when it cannot be read."""
        document = groupement_json.load_document(text)
        return check_book(with_normalised_names(document.groupement), document.changes, document.assemblies, today,
                          document.corrections, document.mandates)

    def create(self, groupement: Groupement, assemblies: tuple[StoredAssemblyData, ...] = (),
               changes: tuple[Change, ...] = (), corrections: tuple[DetailsCorrection, ...] = (),
               mandates: tuple[Mandate, ...] = ()) -> int:
        """Save a new groupement (and, from a file, its changes and assemblies) in one transaction.

        Refused with every problem while the book has errors (domain.book_checks: the very list
        ``check FILE`` prints). Names are stored normalised, and a look-alike of an existing
        dénomination is refused (domain.names)."""
        groupement = with_normalised_names(groupement)
        problems = errors_only(check_book(groupement, changes, assemblies, self.clock.today(), corrections,
                                          mandates))
        if problems:
            raise InvalidGroupement(problems)
        with self.writing() as uow:
            if uow.groupements.id_by_denomination(groupement.denomination) is not None:
                raise AlreadyExists(f"Un groupement nommé « {groupement.denomination} » existe déjà "
                                    "dans cette base.")
            groupement_id = uow.groupements.add(groupement)
            for change in changes:
                uow.register.allocate(groupement_id, "avenant", uow.changes.add(groupement_id, change))
            for correction in corrections:  # before the assemblies, whose records read the history
                uow.details.add(groupement_id, correction)
            _add_assemblies(uow, groupement_id, assemblies)
            _add_mandates(uow, groupement_id, mandates)
            seal_new_entries(uow, groupement_id)
            uow.commit()
        return groupement_id

    def import_json(self, text: str) -> int:
        """Parse, check and create; raises FormatError or InvalidGroupement, writing nothing."""
        document = groupement_json.load_document(text)
        return self.create(document.groupement, document.assemblies, document.changes, document.corrections,
                           document.mandates)

    def deletion(self, reference: str | int) -> DeletionVerdict:
        """Whether the groupement may be deleted (domain.deletions), and what would be lost."""
        with self.reading() as uow:
            return _verdict(uow, resolve(uow, reference))

    def delete(self, reference: str | int, expected_version: int | None = None) -> DeletedGroupement:
        """Delete a groupement created by mistake, while nothing legal was done in its books (no assembly
        held, no avenant signed, nothing in the register). Returns its book for ``restore``."""
        with self.writing() as uow:
            groupement_id = resolve(uow, reference)
            verdict = _verdict(uow, groupement_id)
            if not verdict.allowed:
                raise ServiceError(f"Le groupement « {verdict.denomination} » ne peut pas être supprimé : "
                                   + " ; ".join(verdict.refusals) + ".")
            book = _export(uow, groupement_id)
            uow.groupements.touch(groupement_id, expected_version)
            uow.groupements.delete(groupement_id)
            uow.commit()
            read_cache(uow).forget(groupement_id)
        return DeletedGroupement(verdict.denomination, book)

    def restore(self, deleted: DeletedGroupement) -> int:
        """Undo ``delete``: the book is created again from its JSON (a new number)."""
        return self.import_json(deleted.book)

    def edit_problems(self, reference: str | int) -> builtins.list[str]:
        """Why the convention of ``reference`` can no longer be corrected in place (domain.unsigned_convention)."""
        with self.reading() as uow:
            return _edit_problems(uow, resolve(uow, reference))

    def correct_unsigned(self, reference: str | int, groupement: Groupement, expected_version: int | None = None
                         ) -> int:
        """Correct an unsigned convention in place: the stored one is replaced by ``groupement``, checked as at
        its creation, in one transaction; returns its (new) number. Refused once signed (art. 21)."""
        groupement = with_normalised_names(groupement)
        problems = errors_only(check_book(groupement, (), (), self.clock.today()))
        if problems:
            raise InvalidGroupement(problems)
        with self.writing() as uow:
            groupement_id = resolve(uow, reference)
            refusals = _edit_problems(uow, groupement_id)
            if refusals:
                raise ServiceError("La convention ne peut plus être corrigée en place : " + " ; ".join(refusals) + ".")
            other = uow.groupements.id_by_denomination(groupement.denomination)
            if other is not None and other != groupement_id:
                raise AlreadyExists(f"Un groupement nommé « {groupement.denomination} » existe déjà dans cette base.")
            uow.groupements.touch(groupement_id, expected_version)
            uow.groupements.delete(groupement_id)
            new_id = uow.groupements.add(groupement)
            uow.commit()
            read_cache(uow).forget(groupement_id)
        return new_id

    def export_json(self, reference: str | int) -> str:
        """The groupement and all its assemblies, as the JSON format."""
        with self.reading() as uow:
            return _export(uow, resolve(uow, reference))


def _export(uow: UnitOfWork, groupement_id: int) -> str:
    """The groupement, its changes and all its assemblies, as the JSON format."""
    groupement = uow.groupements.get(groupement_id)
    changes = uow.changes.list(groupement_id)
    corrections = uow.details.list(groupement_id)
    mandates = uow.mandates.list(groupement_id)
    stored = [uow.assemblies.get(s.id) for s in uow.assemblies.summaries(groupement_id)]
    positions = {s.assembly.id: i for i, s in enumerate(stored)}
    assemblies = tuple(StoredAssemblyData(s.assembly, s.frozen_rights, positions.get(s.assembly.first_assembly_id))
                       for s in stored)
    return groupement_json.dumps(groupement, assemblies, changes, corrections, mandates)


def _edit_problems(uow: UnitOfWork, groupement_id: int) -> list[str]:
    history = read_cache(uow).history(uow, groupement_id)
    return convention_edit_problems(history.groupement.dates.signature, len(history.changes),
                                    len(uow.assemblies.summaries(groupement_id)), len(history.corrections))


def _verdict(uow: UnitOfWork, groupement_id: int) -> DeletionVerdict:
    groupement = uow.groupements.get(groupement_id)
    book = BookContents(groupement.denomination, len(groupement.members), uow.changes.list(groupement_id),
                        tuple(s.state for s in uow.assemblies.summaries(groupement_id)),
                        uow.register.seal_count(groupement_id))
    return DeletionVerdict(groupement.denomination, tuple(groupement_deletion_problems(book)),
                           tuple(groupement_losses(book)))


def _add_assemblies(uow: UnitOfWork, groupement_id: int, assemblies: tuple[StoredAssemblyData, ...]) -> None:
    """A file's assemblies, with the numbers they hold taken in the register and the outcomes of the
    closed ones stored as if they had been closed here."""
    ids: list[int] = []
    for data in assemblies:
        first = ids[data.second_of] if data.second_of is not None else None
        ids.append(uow.assemblies.add(groupement_id, replace(data.assembly, first_assembly_id=first)))
        if data.rights is not None:
            uow.assemblies.freeze_rights(ids[-1], data.rights)
        for kind, value in register_numbers(data.assembly):
            uow.register.allocate(groupement_id, kind, value)
    closed = [i for i, data in zip(ids, assemblies, strict=True) if data.assembly.state.locked]
    for record in assembly_records(uow, groupement_id, closed):  # the register lists them from now on
        store_outcomes(uow, record)



def _add_mandates(uow: UnitOfWork, groupement_id: int, mandates: tuple[Mandate, ...]) -> None:
    """A file's mandates (checked with the book), each as the register records its deliberation."""
    register = {d.number: d for d in register_deliberations(uow, groupement_id)} if mandates else {}
    for mandate in mandates:
        cited = register.get(mandate.deliberation.number.strip(), mandate.deliberation)
        uow.mandates.add(groupement_id, replace(mandate, deliberation=cited, starts_on=mandate.start))
