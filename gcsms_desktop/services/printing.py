"""Printed documents, as PDF bytes, for the GUI and the command line alike.

ReportLab is imported on the first print only (start-up time).
"""

from __future__ import annotations

from datetime import date

from gcsms_desktop.persistence.assembly_repository import RegisterEntry
from gcsms_desktop.services.assemblies import AssemblyService
from gcsms_desktop.services.errors import ServiceError
from gcsms_desktop.services.groupements import GroupementService
from gcsms_desktop.services.membership import MembershipService
from gcsms_desktop.services.pagination import erratum_pages, minutes_pages


class PrintingService:
    def __init__(self, groupements: GroupementService, assemblies: AssemblyService,
                 membership: MembershipService) -> None:
        self.groupements = groupements
        self.assemblies = assemblies
        self.membership = membership

    def convention(self, reference: str | int, printed_on: date | None = None, at: date | None = None) -> bytes:
        """The convention constitutive (annexe VI plan) of a stored groupement; with ``at``, the
        consolidated text: the original plus the avenants approved by then."""
        from gcsms_desktop.documents.convention import ConventionDocument

        if at is None:
            return ConventionDocument(self.groupements.get(reference), printed_on or date.today()).render()
        history = self.membership.history(reference)
        avenants = tuple(c.number for c in history.approved_by(at) if c.needs_avenant)
        return ConventionDocument(history.consolidated(at), printed_on or date.today(), at, avenants).render()

    def avenant(self, reference: str | int, number: int, printed_on: date | None = None) -> bytes:
        from gcsms_desktop.documents.membership.avenant import AvenantDocument

        history, change = self.membership.change(reference, number)
        if not change.needs_avenant:
            raise ServiceError(f"Le n° {number} est une dissolution : elle est notifiée au préfet, sans avenant.")
        return AvenantDocument(history, change, printed_on or date.today()).render()

    def shares_register(self, reference: str | int, up_to: date) -> bytes:
        from gcsms_desktop.documents.membership.shares_register import SharesRegisterDocument

        return SharesRegisterDocument(self.membership.history(reference), up_to).render()

    def rights_table(self, reference: str | int, on: date) -> bytes:
        from gcsms_desktop.documents.membership.rights_table import RightsTableDocument

        return RightsTableDocument(self.membership.history(reference), on).render()

    def changes(self, reference: str | int, start: date, end: date) -> bytes:
        from gcsms_desktop.documents.membership.changes_list import ChangesDocument

        if end < start:
            raise ServiceError("La seconde date doit suivre la première.")
        return ChangesDocument(self.membership.history(reference), start, end).render()

    def convocations(self, reference: str | int, assembly_id: int, printed_on: date | None = None) -> bytes:
        from gcsms_desktop.documents.assembly.convocation import ConvocationDocument

        record = self.assemblies.record(assembly_id, reference)
        if record.assembly.convocation_date is None:
            raise ServiceError("Convoquez d'abord l'assemblée : la lettre indique la date d'envoi, qui doit respecter "
                               "le délai de convocation (art. R. 312-194-20).")
        return ConvocationDocument(record, printed_on or date.today()).render()

    def attendance(self, reference: str | int, assembly_id: int) -> bytes:
        from gcsms_desktop.documents.assembly.attendance_sheet import AttendanceSheetDocument

        return AttendanceSheetDocument(self.assemblies.record(assembly_id, reference)).render()

    def minutes(self, reference: str | int, assembly_id: int) -> bytes:
        from gcsms_desktop.documents.assembly.minutes import MinutesDocument

        record = self.assemblies.record(assembly_id, reference)
        if not record.assembly.state.locked:
            raise ServiceError("Le procès-verbal s'imprime une fois la séance close (votes et présence arrêtés).")
        return MinutesDocument(record).render()

    def register(self, reference: str | int) -> bytes:
        """Every signed PV and later erratum on its own register pages, reprinted as signed."""
        from gcsms_desktop.documents.assembly.register import EmptyRegisterDocument, join_pdfs

        entries = self.assemblies.register_entries(reference)
        if not entries:
            return EmptyRegisterDocument(self.groupements.get(reference).denomination).render()
        return join_pdfs([entry.pdf or self._render_entry(entry) for entry in entries])

    def _render_entry(self, entry: RegisterEntry) -> bytes:
        """An entry imported from a file has no stored pages: render it on its register folios."""
        record = self.assemblies.record(entry.assembly_id)
        if entry.erratum_position is None:
            return minutes_pages(record)[0]
        return erratum_pages(record, record.assembly.errata[entry.erratum_position])[0]

    def extract(self, reference: str | int, deliberation: str, printed_on: date | None = None) -> bytes:
        """Extrait certifié conforme of deliberation « 2026-3 » (its PV must be signed)."""
        from gcsms_desktop.documents.assembly.extract import ExtractDocument

        for record in self.assemblies.signed_records(reference):
            for number, item in enumerate(record.assembly.agenda, start=1):
                if item.deliberation_number == deliberation.strip():
                    return ExtractDocument(record, number, printed_on or date.today()).render()
        raise ServiceError(f"Aucune délibération n° {deliberation} dans un procès-verbal signé de ce groupement.")



