"""Use cases of membership over time: record a change, fill in its avenant's dates, read any date.

Every refusal raises ``InvalidChange`` with all the reasons and writes nothing. A withdrawal by
one of two members records the dissolution it causes in the same transaction (art. 8-2, 20).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from gcsms_desktop.domain.assembly_record import deliberations_of
from gcsms_desktop.domain.change_checks import check_avenant_dates, check_change
from gcsms_desktop.domain.changes import Change, ChangeKind, Deliberation
from gcsms_desktop.domain.deadlines import Deadline, deadlines
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.member_rules import withdrawal_dissolves
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
        found = []
        for summary in self.assemblies.list(reference):
            if summary.state.locked:
                record = self.assemblies.record(summary.id)
                found += [d for d in deliberations_of(record) if d.matter in kind.matters]
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
        """Store ``change`` as the next avenant; returns its number."""
        groupement_id = self.groupements.resolve(reference)
        change = self._with_register(groupement_id, change)
        history = self.history(groupement_id)
        problems = errors_only(check_change(history.groupement, history.changes, change))
        if problems:
            raise InvalidChange(f"La {change.kind.label} ne peut pas être enregistrée ainsi :", problems)
        dissolves = (change.kind is ChangeKind.WITHDRAWAL
                     and withdrawal_dissolves(len(history.standing(change.act_date).members)))
        with self.unit_of_work() as uow:
            change_id = uow.changes.add(groupement_id, replace(change, id=None))
            if dissolves:
                uow.changes.add(groupement_id, Change(ChangeKind.DISSOLUTION, change.act_date, of_right=True,
                                                      caused_by=change_id,
                                                      reason="retrait d'un des deux membres (art. 8-2)"))
            uow.commit()
        return self.history(groupement_id).changes[-2 if dissolves else -1].number

    def set_avenant_dates(self, reference: str | int, number: int, dates: ApprovalDates) -> None:
        """Fill in the avenant's dates as they come; a date once recorded is not rewritten."""
        history, change = self.change(reference, number)
        problems = _rewritten(change.avenant, dates) + check_avenant_dates(replace(change, avenant=dates))
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
        for summary in self.assemblies.list(reference):
            if summary.state.locked:
                for found in deliberations_of(self.assemblies.record(summary.id)):
                    if found.number == number:
                        return replace(change, deliberation=found)
        if change.deliberation.decided_on is None:
            raise ServiceError(f"La délibération n° {number} n'est pas dans le registre de ce groupement.")
        return change


def _rewritten(before: ApprovalDates, after: ApprovalDates) -> list[Problem]:
    labels = {"signature": "de signature", "sent_to_prefect": "d'envoi au préfet",
              "approval_order": "de l'arrêté d'approbation", "publication": "de publication"}
    return [Problem(f"avenant.{name}", f"La date {label} est déjà enregistrée : elle ne se modifie pas.")
            for name, label in labels.items()
            if getattr(before, name) is not None and getattr(after, name) != getattr(before, name)]
