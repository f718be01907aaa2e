"""Use cases of membership over time: record a change, fill in its avenant's dates, read any date.

Every refusal raises ``InvalidChange`` with all the reasons and writes nothing. A dissolution of
right (a withdrawal by one of two members, a single member left, the end of the term) is not
recorded: every path derives it from the changes (``domain.dissolution``, art. 5, 8-2, 20).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from gcsms_desktop.domain.act_dates import check_avenant_update_dates, check_change_dates
from gcsms_desktop.domain.change_checks import check_avenant_update, check_change
from gcsms_desktop.domain.changes import Change, ChangeKind, Deliberation
from gcsms_desktop.domain.deadlines import Deadline, deadlines
from gcsms_desktop.domain.deletions import change_deletion_problem
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.problems import Problem, errors_only
from gcsms_desktop.domain.standing import Standing
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.base import UseCases
from gcsms_desktop.services.errors import InvalidChange, NotFound, ServiceError
from gcsms_desktop.services.records import history, register_deliberations, resolve


@dataclass(frozen=True)
class DeletedChange:
    """What ``delete`` removed, enough for ``restore`` to record it again (Édition › Annuler)."""

    groupement_id: int
    change: Change  # as it was, with its number


class MembershipService(UseCases):
    # --- reading ---------------------------------------------------------------------------------

    def history(self, reference: str | int) -> History:
        with self.reading() as uow:
            return history(uow, resolve(uow, reference))

    def standing(self, reference: str | int, on: date) -> Standing:
        """Members, parts with their numbers and droits on ``on``, past or future."""
        return self.history(reference).standing(on)

    def change(self, reference: str | int, number: int) -> tuple[History, Change]:
        return _change(self.history(reference), number)

    def deliberations(self, reference: str | int, kind: ChangeKind) -> list[Deliberation]:
        """Deliberations of the register under which the AG may have decided a change of ``kind``."""
        with self.reading() as uow:
            return [d for d in register_deliberations(uow, resolve(uow, reference)) if d.matter in kind.matters]

    def deadlines(self, reference: str | int, today: date) -> list[Deadline]:
        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            past = history(uow, groupement_id)
            held = tuple(s.meeting_date for s in uow.assemblies.summaries(groupement_id) if s.state.locked)
            requested = tuple(uow.assemblies.awaiting_request(groupement_id))
            dissolution = past.dissolution
            found = (tuple(register_deliberations(uow, groupement_id))
                     if dissolution is not None and dissolution.needs_finding else ())
        return deadlines(past.groupement, past.changes, held, today, requested, found, past.timeline,
                         past.administration)

    # --- recording -------------------------------------------------------------------------------

    def check(self, reference: str | int, change: Change) -> list[Problem]:
        """Every problem of ``change`` (the wizard's review page), with the register's word on its
        deliberation when it cites one by number, and no act dated after today (domain.act_dates)."""
        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            past = history(uow, groupement_id)
            change = _with_register(uow, groupement_id, change)
            return check_change(past.groupement, past.changes, change) + check_change_dates(change, self.clock.today())

    def record(self, reference: str | int, change: Change, expected_version: int | None = None) -> int:
        """Store ``change`` as the next avenant and return its number (a dissolution of right it may
        entail is derived, not stored). Checked against the changes stored when the write lock is held."""
        with self.writing() as uow:
            groupement_id = resolve(uow, reference)
            change = _with_register(uow, groupement_id, change)
            past = history(uow, groupement_id)
            problems = errors_only(check_change(past.groupement, past.changes, change))
            problems += check_change_dates(change, self.clock.today())
            if problems:
                raise InvalidChange(f"La {change.kind.label} ne peut pas être enregistrée ainsi :", problems)
            uow.groupements.touch(groupement_id, expected_version)
            number = uow.changes.add(groupement_id, replace(change, id=None))
            uow.register.allocate(groupement_id, "avenant", number)
            uow.commit()
        return number

    def set_avenant_dates(self, reference: str | int, number: int, dates: ApprovalDates,
                          expected_version: int | None = None) -> None:
        """Fill in the avenant's dates as they come, none after today; a date once recorded is not rewritten."""
        with self.writing() as uow:
            groupement_id = resolve(uow, reference)
            _, change = _change(history(uow, groupement_id), number)
            problems = check_avenant_update(change, dates)
            problems += check_avenant_update_dates(change.avenant, dates, self.clock.today(), number)
            if problems:
                raise InvalidChange(f"Les dates de l'avenant n° {number} ne peuvent pas être enregistrées :",
                                    problems)
            assert change.id is not None
            uow.groupements.touch(groupement_id, expected_version)
            uow.changes.set_avenant_dates(change.id, dates)
            uow.commit()

    # --- deleting (domain.deletions) ---------------------------------------------------------------

    def deletion_problem(self, reference: str | int, number: int) -> str | None:
        """Why change ``number`` may not be deleted, or None (the GUI enables its action with it)."""
        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            past, change = _change(history(uow, groupement_id), number)
            return change_deletion_problem(change, past, _held_dates(uow, groupement_id))

    def delete(self, reference: str | int, number: int, expected_version: int | None = None) -> DeletedChange:
        """Delete the last change while its avenant is not signed; its avenant number is freed and the
        member it admitted goes with it. Returns what ``restore`` needs to undo it."""
        with self.writing() as uow:
            groupement_id = resolve(uow, reference)
            past, change = _change(history(uow, groupement_id), number)
            problem = change_deletion_problem(change, past, _held_dates(uow, groupement_id))
            assert change.id is not None
            if problem is None and uow.changes.new_member_in_use(change.id):
                problem = (f"Le n° {number} ne peut pas être supprimé : le membre qu'il fait entrer figure déjà "
                           "dans une assemblée (présence, vote ou demande).")
            if problem is not None:
                raise ServiceError(problem)
            uow.groupements.touch(groupement_id, expected_version)
            uow.changes.delete(change.id)
            uow.register.free(groupement_id, "avenant", number)
            uow.commit()
        return DeletedChange(groupement_id, change)

    def restore(self, deleted: DeletedChange) -> int:
        """Undo ``delete``: the change is recorded again under its number, if no other change took it."""
        change = deleted.change
        with self.writing() as uow:
            if not uow.groupements.exists(deleted.groupement_id):
                raise ServiceError("Le groupement de ce changement n'existe plus : il ne peut pas être rétabli.")
            past = history(uow, deleted.groupement_id)
            if max((c.number for c in past.changes), default=0) + 1 != change.number:
                raise ServiceError(f"Un autre changement a pris le n° {change.number} depuis : le changement supprimé "
                                   "ne peut pas être rétabli sous ce numéro.")
            problems = errors_only(check_change(past.groupement, past.changes, replace(change, id=None)))
            if problems:
                raise InvalidChange(f"La {change.kind.label} ne peut plus être rétablie :", problems)
            uow.groupements.touch(deleted.groupement_id)
            number = uow.changes.add(deleted.groupement_id, replace(change, id=None))
            uow.register.allocate(deleted.groupement_id, "avenant", number)
            uow.commit()
        return number


def _held_dates(uow: UnitOfWork, groupement_id: int) -> list[date]:
    """The meeting dates of the held or signed assemblies, whose droits are frozen (art. 9-1)."""
    return [s.meeting_date for s in uow.assemblies.summaries(groupement_id) if s.state.locked]


def _change(past: History, number: int) -> tuple[History, Change]:
    change = past.change(number)
    if change is None:
        raise NotFound(f"Aucun avenant numéro {number} pour ce groupement "
                       "(« gcsms-desktop changes NOM » affiche les numéros).")
    return past, change


def _with_register(uow: UnitOfWork, groupement_id: int, change: Change) -> Change:
    """A deliberation cited by its register number is taken as the register recorded it."""
    number = change.deliberation.number.strip()
    if not number:
        return change
    found = next((d for d in register_deliberations(uow, groupement_id) if d.number == number), None)
    if found is not None:
        return replace(change, deliberation=found)
    if change.deliberation.decided_on is None:
        raise ServiceError(f"La délibération n° {number} n'est pas dans le registre de ce groupement.")
    return change
