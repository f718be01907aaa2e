"""Use cases of corrections without deliberation: a member's representatives and contact details, the
groupement's contact details, and a member's card (domain.member_details, domain.member_card).

Every refusal raises ``InvalidChange`` with all the reasons and writes nothing."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.member_card import MemberCard, member_card
from gcsms_desktop.domain.details_checks import check_details, dates_used, whose
from gcsms_desktop.domain.member_details import DetailsCorrection, check_unused
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.base import UseCases
from gcsms_desktop.services.errors import InvalidChange, NotFound
from gcsms_desktop.services.records import history, resolve


class DetailsService(UseCases):
    def check(self, reference: str | int, correction: DetailsCorrection) -> list[Problem]:
        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            return _problems(uow, groupement_id, history(uow, groupement_id), correction)

    def correct(self, reference: str | int, correction: DetailsCorrection,
                expected_version: int | None = None) -> int:
        """Record ``correction``; its number is returned (to take it back with ``withdraw``)."""
        with self.writing() as uow:
            groupement_id = resolve(uow, reference)
            problems = _problems(uow, groupement_id, history(uow, groupement_id), correction)
            if problems:
                raise InvalidChange(_headline(correction), problems)
            uow.groupements.touch(groupement_id, expected_version)
            number = uow.details.add(groupement_id, correction)
            uow.commit()
        return number

    def withdraw(self, reference: str | int, number: int, expected_version: int | None = None) -> None:
        """Take back correction ``number`` while no convened assembly has used it (the undo)."""
        with self.writing() as uow:
            groupement_id = resolve(uow, reference)
            past = history(uow, groupement_id)
            correction = next((c for c in past.corrections if c.number == number), None)
            if correction is None:
                raise NotFound(f"Aucune correction numéro {number} pour ce groupement.")
            used = dates_used(uow.details.sessions(groupement_id))
            problems = check_unused(correction, whose(past, correction), used, taking_back=True)
            if problems:
                raise InvalidChange("Cette correction ne peut plus être annulée :", problems)
            uow.groupements.touch(groupement_id, expected_version)
            uow.details.remove(groupement_id, number)
            uow.commit()

    def corrections(self, reference: str | int) -> tuple[DetailsCorrection, ...]:
        with self.reading() as uow:
            return history(uow, resolve(uow, reference)).corrections

    def card(self, reference: str | int, key: str, on: date | None = None) -> MemberCard:
        with self.reading() as uow:
            found = member_card(history(uow, resolve(uow, reference)), key, on or self.clock.today())
        if found is None:
            raise NotFound(f"Aucun membre « {key} » dans ce groupement (« gcsms-desktop members NOM » "
                           "affiche les identifiants).")
        return found


def _problems(uow: UnitOfWork, groupement_id: int, past: History, c: DetailsCorrection) -> list[Problem]:
    return check_details(past, c, dates_used(uow.details.sessions(groupement_id)))


def _headline(c: DetailsCorrection) -> str:
    return ("Les coordonnées du groupement ne peuvent pas être corrigées ainsi :" if c.of_groupement
            else "Cette correction ne peut pas être enregistrée :")
