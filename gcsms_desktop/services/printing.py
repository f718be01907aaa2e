"""Printed documents, as PDF bytes, for the GUI and the command line alike.

ReportLab is imported on the first print only (start-up time).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from gcsms_desktop.documents.assembly.convocation_email import PreparedEmail
from gcsms_desktop.domain.act_dates import extract_problem
from gcsms_desktop.domain.assembly import AssemblyState
from gcsms_desktop.domain.assembly_actions import AssemblyAction, allowed_actions
from gcsms_desktop.domain.assembly_record import AssemblyRecord
from gcsms_desktop.domain.history import History
from gcsms_desktop.domain.register_seal import verify
from gcsms_desktop.persistence.assembly_repository import RegisterEntry
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.base import UseCases
from gcsms_desktop.services.errors import NotFound, ServiceError
from gcsms_desktop.services.records import assembly_record, assembly_records, history, resolve
from gcsms_desktop.services.register import register_index, register_states


@dataclass(frozen=True)
class ConvocationMailing:
    """The e-mails ready to send and the members to convene by post, for one sending date."""

    sent_on: date
    emails: list[PreparedEmail] = field(default_factory=list)
    by_post: list[tuple[str, str]] = field(default_factory=list)  # (member, postal address)


ALTERED = ("Registre des délibérations altéré hors de l'application : {0} Rien n'est imprimé, pour qu'aucun "
           "document ne certifie un texte altéré ; restaurez une sauvegarde faite avant la modification "
           "(« gcsms-desktop verify » refait la vérification).")


class PrintingService(UseCases):
    """Each document is read in one unit of work, then rendered outside it."""

    def convention(self, reference: str | int, printed_on: date | None = None, at: date | None = None) -> bytes:
        """The convention constitutive (annexe VI plan) of a stored groupement; with ``at``, the
        consolidated text: the groupement as it stands on that date — the same standing as the rights
        table and ``members --at`` —, naming the avenants in force, approved or not yet."""
        from gcsms_desktop.documents.convention import ConventionDocument

        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            if at is None:
                groupement = uow.groupements.get(groupement_id)
            else:
                past = history(uow, groupement_id)
        if at is None:
            return ConventionDocument(groupement, printed_on or self.clock.today()).render()
        return ConventionDocument(past.groupement, printed_on or self.clock.today(), past.situation(at)).render()

    def _history(self, reference: str | int) -> History:
        with self.reading() as uow:
            return history(uow, resolve(uow, reference))

    def avenant(self, reference: str | int, number: int, printed_on: date | None = None) -> bytes:
        from gcsms_desktop.documents.membership.avenant import AvenantDocument

        past = self._history(reference)
        change = past.change(number)
        if change is None:
            raise NotFound(f"Aucun avenant numéro {number} pour ce groupement "
                           "(« gcsms-desktop changes NOM » affiche les numéros).")
        if not change.needs_avenant:
            raise ServiceError(f"Le n° {number} est une dissolution : elle est notifiée au préfet, sans avenant.")
        return AvenantDocument(past, change, printed_on or self.clock.today()).render()

    def shares_register(self, reference: str | int, up_to: date) -> bytes:
        from gcsms_desktop.documents.membership.shares_register import SharesRegisterDocument

        return SharesRegisterDocument(self._history(reference), up_to).render()

    def rights_table(self, reference: str | int, on: date, debt_cents: int | None = None) -> bytes:
        """The droits on ``on``; with ``debt_cents``, that amount of debts split by them (art. 9-2)."""
        from gcsms_desktop.documents.membership.rights_table import RightsTableDocument

        return RightsTableDocument(self._history(reference), on, debt_cents).render()

    def changes(self, reference: str | int, start: date, end: date) -> bytes:
        from gcsms_desktop.documents.membership.changes_list import ChangesDocument

        if end < start:
            raise ServiceError("La seconde date doit suivre la première.")
        return ChangesDocument(self._history(reference), start, end).render()

    def _record(self, reference: str | int, assembly_id: int) -> AssemblyRecord:
        with self.reading() as uow:
            return assembly_record(uow, assembly_id, resolve(uow, reference))

    def convocations(self, reference: str | int, assembly_id: int, printed_on: date | None = None) -> bytes:
        from gcsms_desktop.documents.assembly.convocation import ConvocationDocument

        record = self._record(reference, assembly_id)
        if record.assembly.convocation_date is None:
            raise ServiceError("Convoquez d'abord l'assemblée : la lettre indique la date d'envoi, qui doit respecter "
                               "le délai de convocation (art. R. 312-194-20).")
        return ConvocationDocument(record, printed_on or self.clock.today()).render()

    def sendings(self, reference: str | int, assembly_id: int, printed_on: date | None = None) -> bytes:
        """Liste des envois: each member, by e-mail or by post, its address, the sending date (R312-194-20)."""
        from gcsms_desktop.documents.assembly.sendings import SendingsDocument

        record = self._record(reference, assembly_id)
        if record.assembly.convocation_date is None:
            raise ServiceError("Convoquez d'abord l'assemblée : la liste des envois indique la date d'envoi des "
                               "convocations (art. R. 312-194-20).")
        return SendingsDocument(record, printed_on or self.clock.today()).render()

    def convocation_emails(self, reference: str | int, assembly_id: int, sent_on: date | None = None
                           ) -> ConvocationMailing:
        """One e-mail (``.eml``) per member with an address, its own letter and pouvoir attached; the members
        to convene by post. A convened assembly keeps its recorded date; for one in preparation, the
        date to be confirmed (``sent_on``) must pass the checks of convening (delay, agenda, not after
        today) — nothing is recorded here: the user confirms the sending, then convenes."""
        from gcsms_desktop.documents.assembly.convocation import ConvocationDocument
        from gcsms_desktop.documents.assembly.convocation_email import convocation_email
        from gcsms_desktop.services.assemblies import checked_convocation

        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            record = assembly_record(uow, assembly_id, groupement_id)
            if record.assembly.convocation_date is None:
                if sent_on is None:
                    raise ServiceError("Indiquez la date d'envoi des convocations : elle figure dans chaque "
                                       "lettre (art. R. 312-194-20).")
                checked = checked_convocation(uow, assembly_id, sent_on, self.clock.today())
                record = replace(record, assembly=checked)
        date_sent = record.assembly.convocation_date
        assert date_sent is not None  # recorded, or checked just above
        addressees = record.addressees or record.members
        emails = [convocation_email(record, member, date_sent, ConvocationDocument(
                      replace(record, addressees=(member,)), date_sent).render())
                  for member in addressees if member.email.strip()]
        by_post = [(m.name, m.address) for m in addressees if not m.email.strip()]
        return ConvocationMailing(date_sent, emails, by_post)

    def cancellation(self, reference: str | int, assembly_id: int) -> bytes:
        """The cancellation letters of a cancelled assembly, one per member convened (domain.deletions)."""
        from gcsms_desktop.documents.assembly.cancellation import CancellationDocument

        record = self._record(reference, assembly_id)
        if AssemblyAction.PRINT_CANCELLATION not in allowed_actions(record.assembly.state):
            raise ServiceError("Seule une assemblée annulée a des lettres d'annulation : annulez-la d'abord "
                               "(elle doit avoir été convoquée).")
        return CancellationDocument(record).render()

    def attendance(self, reference: str | int, assembly_id: int) -> bytes:
        from gcsms_desktop.documents.assembly.attendance_sheet import AttendanceSheetDocument

        return AttendanceSheetDocument(self._record(reference, assembly_id)).render()

    def minutes(self, reference: str | int, assembly_id: int) -> bytes:
        """The PV of a closed assembly; once signed, its register pages as they were signed (with any
        later erratum), not a new rendering: names or addresses corrected since must not change a
        signed act (art. 13 of the model convention, R. 312-194-22)."""
        from gcsms_desktop.documents.assembly.minutes import MinutesDocument
        from gcsms_desktop.documents.assembly.register import join_pdfs

        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            record = assembly_record(uow, assembly_id, groupement_id)
            signed: list[bytes] = []
            if record.assembly.state is AssemblyState.SIGNED:
                _require_intact(uow, groupement_id)
                signed = [e.pdf for e in uow.assemblies.register_entries(groupement_id)
                          if e.assembly_id == assembly_id and e.pdf is not None]
        if signed:
            return join_pdfs(signed)
        if AssemblyAction.PRINT_MINUTES not in allowed_actions(record.assembly.state):
            raise ServiceError("Le procès-verbal s'imprime une fois la séance close (votes et présence arrêtés).")
        return MinutesDocument(record).render()

    def register(self, reference: str | int) -> bytes:
        """Every signed PV and later erratum on its own register pages, reprinted as signed — only while
        the seal shows nothing was changed outside the app —, behind a cover and an index that carry no
        folio (documents.assembly.register)."""
        from gcsms_desktop.documents.assembly.register import (
            EmptyRegisterDocument, RegisterFrontDocument, join_pdfs, page_count,
        )

        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            _require_intact(uow, groupement_id)
            entries = uow.assemblies.register_entries(groupement_id)
            denomination = uow.groupements.get(groupement_id).denomination if not entries else ""
            records = {e.assembly_id: assembly_record(uow, e.assembly_id) for e in entries if e.pdf is None}
            index = register_index(uow, groupement_id, entries) if entries else None
        if index is None:
            return EmptyRegisterDocument(denomination).render()
        parts = [entry.pdf or _render_entry(records[entry.assembly_id], entry) for entry in entries]
        front = replace(index, last_folio=entries[-1].first_page + page_count(parts[-1]) - 1)
        return join_pdfs([RegisterFrontDocument(front).render(), *parts])

    def extract(self, reference: str | int, deliberation: str, printed_on: date | None = None) -> bytes:
        """Extrait certifié conforme of deliberation « 2026-3 » (its PV must be signed and intact), « fait »
        today by default: never before the PV's signature nor after today (domain.act_dates)."""
        from gcsms_desktop.documents.assembly.extract import ExtractDocument

        with self.reading() as uow:
            groupement_id = resolve(uow, reference)
            _require_intact(uow, groupement_id)
            for record in assembly_records(uow, groupement_id, uow.assemblies.signed_ids(groupement_id)):
                for number, item in enumerate(record.assembly.agenda, start=1):
                    if item.deliberation_number == deliberation.strip():
                        today = self.clock.today()
                        problem = extract_problem(record.assembly.signed_on, printed_on or today, today)
                        if problem is not None:
                            raise ServiceError(problem)
                        return ExtractDocument(record, number, printed_on or today).render()
        raise ServiceError(f"Aucune délibération n° {deliberation} dans un procès-verbal signé de ce groupement.")


def save_emails(folder: Path, mailing: ConvocationMailing) -> Path:
    """Write each prepared e-mail into ``folder`` (created), atomically; the same files from the GUI and the
    command line."""
    from gcsms_desktop.services.files import write_atomically

    folder.mkdir(parents=True, exist_ok=True)
    for email in mailing.emails:
        write_atomically(folder / email.file_name, email.message)
    return folder


def _require_intact(uow: UnitOfWork, groupement_id: int) -> None:
    verdict = verify(register_states(uow, groupement_id))
    if not verdict.intact:
        raise ServiceError(ALTERED.format(verdict.broken))


def _render_entry(record: AssemblyRecord, entry: RegisterEntry) -> bytes:
    """An entry imported from a file has no stored pages: render it on its register folios."""
    from gcsms_desktop.documents.assembly.minutes import erratum_pages, minutes_pages

    if entry.erratum_position is None:
        return minutes_pages(record)[0]
    return erratum_pages(record, record.assembly.errata[entry.erratum_position])[0]
