"""Use cases of membership over time: record a change, fill in its avenant's dates, read any date.

Every refusal raises ``InvalidChange`` with all the reasons and writes nothing. A withdrawal by
one of two members records the dissolution it causes in the same transaction (art. 8-2, 20;
decided in ``History.dissolution_caused_by``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from gcsms_desktop.domain.assembly_record import deliberations_of
from gcsms_desktop.domain.change_checks import check_avenant_update, check_change
from gcsms_desktop.domain.changes import Change, ChangeKind, Deliberation
from gcsms_desktop.domain.deadlines import Deadline, deadlines
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.problems import Problem, errors_only
from gcsms_desktop.domain.standing import Standing
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.assemblies import AssemblyService
from gcsms_desktop.services.errors import InvalidChange, NotFound, ServiceError
from gcsms_desktop.services.groupements import GroupementService


class MembershipService:
    def __init__(self, unit_of_work: Callable[[], UnitOfWork], groupements: GroupementService,
                 assemblies: AssemblyService) -> None:
        self.unit_of_work = unit_of_work
        self.groupements = groupements
        self.assemblies = assemblies

    # --- reading ---------------------------------------------------------------------------------

    def history(self, reference: str | int) -> History:
        groupement_id = self.groupements.resolve(reference)
        with self.unit_of_work() as uow:
            return History(uow.groupements.get(groupement_id), uow.changes.list(groupement_id))

    def standing(self, reference: str | int, on: date) -> Standing:
        """Members, parts with their numbers and droits on ``on``, past or future."""
        return self.history(reference).standing(on)

    def change(self, reference: str | int, number: int) -> tuple[History, Change]:
        history = self.history(reference)
        change = history.change(number)
        if change is None:
            raise NotFound(f"Aucun avenant numéro {number} pour ce groupement "
                           "(« gcsms-desktop changes NOM » affiche les numéros).")
        return history, change

    def deliberations(self, reference: str | int, kind: ChangeKind) -> list[Deliberation]:
        """Deliberations of the register under which the AG may have decided a change of ``kind``."""
        return [d for d in self._register(reference) if d.matter in kind.matters]

    def _register(self, reference: str | int) -> list[Deliberation]:
        """Every numbered deliberation of the assemblies held, as the register records it."""
        found: list[Deliberation] = []
        for summary in self.assemblies.list(reference):
            if summary.state.locked:
                found += deliberations_of(self.assemblies.record(summary.id))
        return found

    def deadlines(self, reference: str | int, today: date) -> list[Deadline]:
        history = self.history(reference)
        held = tuple(s.meeting_date for s in self.assemblies.list(reference) if s.state.locked)
        return deadlines(history.groupement, history.changes, held, today)

    # --- recording -------------------------------------------------------------------------------

    def check(self, reference: str | int, change: Change) -> list[Problem]:
        """Every problem of ``change`` (the wizard's review page), with the register's word on its
        deliberation when it cites one by number."""
        history = self.history(reference)
        return check_change(history.groupement, history.changes, self._with_register(reference, change))

    def record(self, reference: str | int, change: Change) -> int:
        """Store ``change`` as the next avenant, with the dissolution of right it may cause; returns
        its number."""
        groupement_id = self.groupements.resolve(reference)
        change = self._with_register(groupement_id, change)
        history = self.history(groupement_id)
        problems = errors_only(check_change(history.groupement, history.changes, change))
        if problems:
            raise InvalidChange(f"La {change.kind.label} ne peut pas être enregistrée ainsi :", problems)
        with self.unit_of_work() as uow:
            number = uow.changes.add(groupement_id, replace(change, id=None))
            caused = history.dissolution_caused_by(replace(change, number=number))
            if caused is not None:
                uow.changes.add(groupement_id, caused)
            uow.commit()
        return number

    def set_avenant_dates(self, reference: str | int, number: int, dates: ApprovalDates) -> None:
        """Fill in the avenant's dates as they come; a date once recorded is not rewritten."""
        _, change = self.change(reference, number)
        problems = check_avenant_update(change, dates)
        if problems:
            raise InvalidChange(f"Les dates de l'avenant n° {number} ne peuvent pas être enregistrées :", problems)
        with self.unit_of_work() as uow:
            assert change.id is not None
            uow.changes.set_avenant_dates(change.id, dates)
            uow.commit()

    def _with_register(self, reference: str | int, change: Change) -> Change:
        """A deliberation cited by its register number is taken as the register recorded it."""
        number = change.deliberation.number.strip()
        if not number:
            return change
        found = next((d for d in self._register(reference) if d.number == number), None)
        if found is not None:
            return replace(change, deliberation=found)
        if change.deliberation.decided_on is None:
            raise ServiceError(f"La délibération n° {number} n'est pas dans le registre de ce groupement.")
        return change
