"""Numbers the law makes unique, and the seals of the registre des délibérations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from gcsms_desktop.persistence.conflicts import NumberTaken
from gcsms_desktop.persistence.models import AllocatedNumberRow, RegisterSealRow

NUMBER_NAMES = {"deliberation": "Le numéro de délibération {0}", "register_page": "La page {0} du registre",
                "avenant": "Le numéro d'avenant {0}"}


@dataclass(frozen=True)
class StoredSeal:
    sequence: int
    digest: str
    seal: str


class RegisterRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def allocate(self, groupement_id: int, kind: str, value: str | int) -> None:
        """Take ``value`` for good; the unique constraint refuses it if another writer already did."""
        try:
            with self.session.begin_nested():
                self.session.add(AllocatedNumberRow(groupement_id=groupement_id, kind=kind, value=str(value)))
        except IntegrityError as error:
            raise NumberTaken(NUMBER_NAMES[kind].format(value)) from error

    def free(self, groupement_id: int, kind: str, value: str | int) -> None:
        """Give back a number never printed on a signed act: an avenant number of a change deleted before
        its avenant was signed (docs/regles-et-choix.md, « Supprimer, annuler »)."""
        self.session.execute(delete(AllocatedNumberRow).where(
            AllocatedNumberRow.groupement_id == groupement_id, AllocatedNumberRow.kind == kind,
            AllocatedNumberRow.value == str(value)))
        self.session.flush()

    def seal_count(self, groupement_id: int) -> int:
        return self.session.scalar(select(func.count(RegisterSealRow.id))
                                   .where(RegisterSealRow.groupement_id == groupement_id)) or 0

    def seals(self, groupement_id: int) -> dict[tuple[int, int], StoredSeal]:
        rows = self.session.scalars(select(RegisterSealRow).where(RegisterSealRow.groupement_id == groupement_id))
        return {(r.assembly_id, r.entry): StoredSeal(r.sequence, r.digest, r.seal) for r in rows}

    def add_seal(self, groupement_id: int, sequence: int, assembly_id: int, entry: int, first_page: int,
                 digest: str, seal: str) -> None:
        self.session.add(RegisterSealRow(groupement_id=groupement_id, sequence=sequence, assembly_id=assembly_id,
                                         entry=entry, first_page=first_page, digest=digest, seal=seal,
                                         sealed_at=datetime.now()))
        self.session.flush()
