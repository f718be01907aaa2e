"""Use cases of the administrateur over time: elect (re-elect, replace) by an AG deliberation, read the
history and who is in office (art. 14 of the convention, R. 312-194-21 3°, R. 312-194-23).

An election cites an adopted deliberation of matter 3° of the register by its number, or — for an AG
whose procès-verbal is not in the app — a declared one (its date, optionally its number). Every refusal
raises ``InvalidChange`` with all its reasons and writes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from gcsms_desktop.domain.changes import Deliberation
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.mandate_checks import check_mandate, check_mandate_dates
from gcsms_desktop.domain.mandates import Administration, Mandate, Office
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.problems import Problem, errors_only
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.base import UseCases
from gcsms_desktop.services.errors import InvalidChange, ServiceError
from gcsms_desktop.services.records import history, register_deliberations, resolve


class AdministratorService(UseCases):
    # --- reading ---------------------------------------------------------------------------------

    def administration(self, reference: str | int) -> Administration:
        """The founding administrateur and every mandate since, in date order."""
        with self.reading() as uow:
            return history(uow, resolve(uow, reference)).administration

    def in_office(self, reference: str | int, on: date | None = None) -> Office | None:
        """R. 312-194-23: the administrateur in office on ``on`` (today by default), None when vacant."""
        with self.reading() as uow:
            return history(uow, resolve(uow, reference)).office(on or self.clock.today())

    def deliberations(self, reference: str | int) -> list[Deliberation]:
        """The register's adopted deliberations of matter 3° (R. 312-194-21) not yet cited by a mandate."""
        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            cited = {m.deliberation.number for m in history(uow, groupement_id).mandates}
            return [d for d in register_deliberations(uow, groupement_id)
                    if d.matter is Matter.ADMINISTRATOR and d.adopted and d.number not in cited]

    # --- recording -------------------------------------------------------------------------------

    def check(self, reference: str | int, mandate: Mandate) -> list[Problem]:
        """Every problem of ``mandate`` (the dialog shows them), as ``elect`` would judge it now."""
        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            return self._problems(uow, history(uow, groupement_id), _with_register(uow, groupement_id, mandate))

    def elect(self, reference: str | int, mandate: Mandate, expected_version: int | None = None) -> int:
        """Record the AG's election as the next mandate and return its number; one unit of work,
        checked against the mandates stored when the write lock is held."""
        with self.writing() as uow:
            groupement_id = resolve(uow, reference)
            mandate = _with_register(uow, groupement_id, mandate)
            problems = errors_only(self._problems(uow, history(uow, groupement_id), mandate))
            if problems:
                raise InvalidChange("L'élection de l'administrateur ne peut pas être enregistrée ainsi :", problems)
            uow.groupements.touch(groupement_id, expected_version)
            number = uow.mandates.add(groupement_id, replace(mandate, starts_on=mandate.start, id=None))
            uow.commit()
        return number

    def _problems(self, uow: UnitOfWork, past: History, mandate: Mandate) -> list[Problem]:
        today = self.clock.today()
        problems = check_mandate(past.groupement, past.timeline, past.administration, mandate)
        return problems + check_mandate_dates(mandate, today, past.administration)


def _with_register(uow: UnitOfWork, groupement_id: int, mandate: Mandate) -> Mandate:
    """A deliberation cited by its register number is taken as the register recorded it (date, matter,
    outcome); a number the register does not know needs the declared deliberation's date."""
    number = mandate.deliberation.number.strip()
    if not number:
        return mandate
    found = next((d for d in register_deliberations(uow, groupement_id) if d.number == number), None)
    if found is not None:
        return replace(mandate, deliberation=found)
    if mandate.deliberation.decided_on is None:
        raise ServiceError(f"La délibération n° {number} n'est pas dans le registre de ce groupement : indiquez "
                           "la date de la délibération déclarée (assemblée dont le procès-verbal n'est pas dans "
                           "l'application).")
    return mandate
