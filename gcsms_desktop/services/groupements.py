"""Create, find, import and export groupements."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from gcsms_desktop.domain.change_checks import check_change
from gcsms_desktop.domain.changes import Change
from gcsms_desktop.domain.convention_checks import check_groupement
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.problems import InvalidGroupement, Problem, errors_only
from gcsms_desktop.interchange import groupement_json
from gcsms_desktop.interchange.groupement_json import StoredAssemblyData
from gcsms_desktop.persistence.repositories import GroupementSummary
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.errors import AlreadyExists, InvalidChange, NotFound


class GroupementService:
    def __init__(self, unit_of_work: Callable[[], UnitOfWork]) -> None:
        self.unit_of_work = unit_of_work

    def list(self) -> list[GroupementSummary]:
        with self.unit_of_work() as uow:
            return uow.groupements.summaries()

    def resolve(self, reference: str | int) -> int:
        """A groupement by id (as ``list`` shows it) or by dénomination, case-insensitive."""
        with self.unit_of_work() as uow:
            text = str(reference).strip()
            if text.isdigit() and uow.groupements.exists(int(text)):
                return int(text)
            found = uow.groupements.id_by_denomination(text)
        if found is None:
            raise NotFound(f"Aucun groupement « {text} » dans cette base "
                           "(« gcsms-desktop list » affiche les groupements et leurs numéros).")
        return found

    def get(self, reference: str | int) -> Groupement:
        groupement_id = self.resolve(reference)
        with self.unit_of_work() as uow:
            return uow.groupements.get(groupement_id)

    @staticmethod
    def check(groupement: Groupement) -> list[Problem]:
        return check_groupement(groupement)

    def create(self, groupement: Groupement, assemblies: tuple[StoredAssemblyData, ...] = (),
               changes: tuple[Change, ...] = ()) -> int:
        """Save a new groupement (and, from a file, its changes and assemblies) in one transaction.

        Refused while it has errors; each change is checked against those before it."""
        problems = errors_only(check_groupement(groupement))
        if problems:
            raise InvalidGroupement(problems)
        _check_changes(groupement, changes)
        with self.unit_of_work() as uow:
            if uow.groupements.id_by_denomination(groupement.denomination) is not None:
                raise AlreadyExists(f"Un groupement nommé « {groupement.denomination.strip()} » existe déjà "
                                    "dans cette base.")
            groupement_id = uow.groupements.add(groupement)
            for change in changes:
                uow.changes.add(groupement_id, change)
            ids: list[int] = []
            for data in assemblies:
                first = ids[data.second_of] if data.second_of is not None else None
                ids.append(uow.assemblies.add(groupement_id, replace(data.assembly, first_assembly_id=first)))
                if data.rights is not None:
                    uow.assemblies.freeze_rights(ids[-1], data.rights)
            uow.commit()
        return groupement_id

    def import_json(self, text: str) -> int:
        """Parse, check and create; raises FormatError or InvalidGroupement, writing nothing."""
        document = groupement_json.load_document(text)
        return self.create(document.groupement, document.assemblies, document.changes)

    def export_json(self, reference: str | int) -> str:
        """The groupement and all its assemblies, as the JSON format."""
        groupement_id = self.resolve(reference)
        with self.unit_of_work() as uow:
            groupement = uow.groupements.get(groupement_id)
            changes = uow.changes.list(groupement_id)
            stored = [uow.assemblies.get(s.id) for s in uow.assemblies.summaries(groupement_id)]
        positions = {s.assembly.id: i for i, s in enumerate(stored)}
        assemblies = tuple(StoredAssemblyData(s.assembly, s.frozen_rights, positions.get(s.assembly.first_assembly_id))
                           for s in stored)
        return groupement_json.dumps(groupement, assemblies, changes)


def _check_changes(groupement: Groupement, changes: tuple[Change, ...]) -> None:
    """A file's changes obey the same rules as those recorded in the app, in their order."""
    for index, change in enumerate(changes):
        problems = errors_only(check_change(groupement, changes[:index], change))
        if problems:
            raise InvalidChange(f"Changement n° {index + 1} du fichier ({change.kind.label}) refusé, rien n'a été "
                                "enregistré :", problems)
