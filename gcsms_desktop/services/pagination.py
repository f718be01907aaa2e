"""The register pages of a PV or an erratum, rendered once when it is signed (ReportLab).

The PDF is stored with the assembly: the register reprints those pages as they were signed,
so their numbers and content never move (registre coté et paraphé, art. 13-2).
"""

from __future__ import annotations

from gcsms_desktop.domain.assembly import Erratum
from gcsms_desktop.domain.assembly_record import AssemblyRecord


def minutes_pages(record: AssemblyRecord) -> tuple[bytes, int]:
    """The PV as the register prints it, with the errata recorded before signing."""
    from gcsms_desktop.documents.assembly.minutes import MinutesDocument

    document = MinutesDocument(record, [e for e in record.assembly.errata if not e.register_first_page])
    return document.render(), document.page_count


def erratum_pages(record: AssemblyRecord, erratum: Erratum) -> tuple[bytes, int]:
    from gcsms_desktop.documents.assembly.minutes import ErratumDocument

    document = ErratumDocument(record, erratum)
    return document.render(), document.page_count
