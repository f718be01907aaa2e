"""Create, find, import and export groupements."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from gcsms_desktop.domain.convention_checks import check_groupement
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.problems import InvalidGroupement, Problem, errors_only
from gcsms_desktop.interchange import groupement_json
from gcsms_desktop.interchange.groupement_json import StoredAssemblyData
from gcsms_desktop.persistence.repositories import GroupementSummary
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.errors import AlreadyExists, NotFound


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

    def create(self, groupement: Groupement, assemblies: tuple[StoredAssemblyData, ...] = ()) -> int:
        """Save a new groupement (and, from a file, its assemblies) in one transaction.

        Refused while it has errors."""
        problems = errors_only(check_groupement(groupement))
        if problems:
            raise InvalidGroupement(problems)
        with self.unit_of_work() as uow:
            if uow.groupements.id_by_denomination(groupement.denomination) is not None:
                raise AlreadyExists(f"Un groupement nommé « {groupement.denomination.strip()} » existe déjà "
                                    "dans cette base.")
            groupement_id = uow.groupements.add(groupement)
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
        return self.create(document.groupement, document.assemblies)

    def export_json(self, reference: str | int) -> str:
        """The groupement and all its assemblies, as the JSON format."""
        groupement_id = self.resolve(reference)
        with self.unit_of_work() as uow:
            groupement = uow.groupements.get(groupement_id)
            stored = [uow.assemblies.get(s.id) for s in uow.assemblies.summaries(groupement_id)]
        positions = {s.assembly.id: i for i, s in enumerate(stored)}
        assemblies = tuple(StoredAssemblyData(s.assembly, s.frozen_rights, positions.get(s.assembly.first_assembly_id))
                           for s in stored)
        return groupement_json.dumps(groupement, assemblies)
