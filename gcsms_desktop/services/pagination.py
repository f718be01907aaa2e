"""How many register pages a PV or an erratum takes: counted by rendering it (ReportLab)."""

from __future__ import annotations

from gcsms_desktop.domain.assembly import Erratum
from gcsms_desktop.domain.assembly_record import AssemblyRecord


def minutes_pages(record: AssemblyRecord) -> int:
    """Pages of the PV as the register prints it: with the errata recorded before signing."""
    from gcsms_desktop.documents.assembly.minutes import MinutesDocument

    document = MinutesDocument(record, [e for e in record.assembly.errata if not e.register_first_page])
    document.render()
    return document.page_count


def erratum_pages(record: AssemblyRecord, erratum: Erratum) -> int:
    from gcsms_desktop.documents.assembly.minutes import ErratumDocument

    document = ErratumDocument(record, erratum)
    document.render()
    return document.page_count
