"""Create, find, import and export groupements."""

from __future__ import annotations

import builtins

from dataclasses import replace

from gcsms_desktop.domain.change_checks import check_change
from gcsms_desktop.domain.changes import Change
from gcsms_desktop.domain.convention_checks import check_groupement
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.problems import InvalidGroupement, Problem, errors_only
from gcsms_desktop.domain.standing import Timeline
from gcsms_desktop.interchange import groupement_json
from gcsms_desktop.interchange.groupement_json import StoredAssemblyData
from gcsms_desktop.domain.assembly import Assembly
from gcsms_desktop.domain.names import with_normalised_names
from gcsms_desktop.persistence.repositories import GroupementSummary
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.base import UseCases
from gcsms_desktop.services.clock import no_act_after_today
from gcsms_desktop.services.errors import AlreadyExists, InvalidChange, ServiceError
from gcsms_desktop.services.records import assembly_records, history, resolve, store_outcomes
from gcsms_desktop.services.register import seal_new_entries


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

    def create(self, groupement: Groupement, assemblies: tuple[StoredAssemblyData, ...] = (),
               changes: tuple[Change, ...] = ()) -> int:
        """Save a new groupement (and, from a file, its changes and assemblies) in one transaction.

        Refused while it has errors; each change is checked against those before it. Names are stored
        normalised, and a look-alike of an existing dénomination is refused (domain.names)."""
        groupement = with_normalised_names(groupement)
        problems = errors_only(check_groupement(groupement))
        if problems:
            raise InvalidGroupement(problems)
        _check_changes(groupement, changes)
        _check_unique_numbers(assemblies)
        no_act_after_today(groupement, changes, assemblies, self.clock.today())  # services.clock
        with self.writing() as uow:
            if uow.groupements.id_by_denomination(groupement.denomination) is not None:
                raise AlreadyExists(f"Un groupement nommé « {groupement.denomination} » existe déjà "
                                    "dans cette base.")
            groupement_id = uow.groupements.add(groupement)
            for change in changes:
                uow.register.allocate(groupement_id, "avenant", uow.changes.add(groupement_id, change))
            _add_assemblies(uow, groupement_id, assemblies)
            seal_new_entries(uow, groupement_id)
            uow.commit()
        return groupement_id

    def import_json(self, text: str) -> int:
        """Parse, check and create; raises FormatError or InvalidGroupement, writing nothing."""
        document = groupement_json.load_document(text)
        return self.create(document.groupement, document.assemblies, document.changes)

    def export_json(self, reference: str | int) -> str:
        """The groupement and all its assemblies, as the JSON format."""
        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            groupement = uow.groupements.get(groupement_id)
            changes = uow.changes.list(groupement_id)
            stored = [uow.assemblies.get(s.id) for s in uow.assemblies.summaries(groupement_id)]
        positions = {s.assembly.id: i for i, s in enumerate(stored)}
        assemblies = tuple(StoredAssemblyData(s.assembly, s.frozen_rights, positions.get(s.assembly.first_assembly_id))
                           for s in stored)
        return groupement_json.dumps(groupement, assemblies, changes)


def _add_assemblies(uow: UnitOfWork, groupement_id: int, assemblies: tuple[StoredAssemblyData, ...]) -> None:
    """A file's assemblies, with the numbers they hold taken in the register and the outcomes of the
    closed ones stored as if they had been closed here."""
    ids: list[int] = []
    for data in assemblies:
        first = ids[data.second_of] if data.second_of is not None else None
        ids.append(uow.assemblies.add(groupement_id, replace(data.assembly, first_assembly_id=first)))
        if data.rights is not None:
            uow.assemblies.freeze_rights(ids[-1], data.rights)
        for kind, value in _numbers_of(data.assembly):
            uow.register.allocate(groupement_id, kind, value)
    closed = [i for i, data in zip(ids, assemblies, strict=True) if data.assembly.state.locked]
    for record in assembly_records(uow, groupement_id, closed):  # the register lists them from now on
        store_outcomes(uow, record)


def _numbers_of(assembly: Assembly) -> list[tuple[str, str]]:
    numbers = [("deliberation", item.deliberation_number) for item in assembly.agenda if item.deliberation_number]
    pages = [assembly.register_first_page] + [e.register_first_page for e in assembly.errata]
    return numbers + [("register_page", str(page)) for page in pages if page is not None]


def _check_unique_numbers(assemblies: tuple[StoredAssemblyData, ...]) -> None:
    """A file may not give one deliberation number or register page twice (the register is numbered)."""
    seen: set[tuple[str, str]] = set()
    for data in assemblies:
        for number in _numbers_of(data.assembly):
            if number in seen:
                what = "le numéro de délibération" if number[0] == "deliberation" else "la page du registre"
                raise ServiceError(f"Le fichier donne deux fois {what} {number[1]} : rien n'a été enregistré.")
            seen.add(number)


def _check_changes(groupement: Groupement, changes: tuple[Change, ...]) -> None:
    """A file's changes obey the same rules as those recorded in the app, in their order. One timeline
    grows change by change: checking 1 000 changes replays no history (it was quadratic)."""
    timeline = Timeline(groupement)
    for index, change in enumerate(changes):
        problems = errors_only(check_change(groupement, changes[:index], change, timeline))
        if problems:
            raise InvalidChange(f"Changement n° {index + 1} du fichier ({change.kind.label}) refusé, rien n'a été "
                                "enregistré :", problems)
        timeline = timeline.extended(change)
