"""Printed documents, as PDF bytes, for the GUI and the command line alike."""

from __future__ import annotations

from datetime import date

from gcsms_desktop.services.groupements import GroupementService


class PrintingService:
    def __init__(self, groupements: GroupementService) -> None:
        self.groupements = groupements

    def convention(self, reference: str | int, printed_on: date | None = None) -> bytes:
        """The convention constitutive (annexe VI plan) of a stored groupement."""
        from gcsms_desktop.documents.convention import ConventionDocument  # ReportLab loads on first print

        groupement = self.groupements.get(reference)
        return ConventionDocument(groupement, printed_on or date.today()).render()
