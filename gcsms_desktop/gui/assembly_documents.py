"""The assembly documents a user can print or save from the GUI, each with its suggested file name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gcsms_desktop.services.printing import PrintingService

# What each file is called after its date: « 2026-12-11 AG — procès-verbal.pdf ».
KIND_NAMES = {"convocations": "convocations", "attendance": "feuille de présence", "minutes": "procès-verbal",
              "register": "Registre des délibérations", "extract": "extrait de la délibération",
              "cancellation": "lettres d'annulation", "sendings": "liste des envois"}


def _chosen(assembly_id: int | None) -> int:
    if assembly_id is None:
        raise LookupError("aucune assemblée choisie")
    return assembly_id


def renderer(printing: PrintingService, groupement_id: int, assembly_id: int | None, kind: str,
             deliberation: str | None = None) -> Callable[[], bytes]:
    return {"convocations": lambda: printing.convocations(groupement_id, _chosen(assembly_id)),
            "attendance": lambda: printing.attendance(groupement_id, _chosen(assembly_id)),
            "minutes": lambda: printing.minutes(groupement_id, _chosen(assembly_id)),
            "cancellation": lambda: printing.cancellation(groupement_id, _chosen(assembly_id)),
            "sendings": lambda: printing.sendings(groupement_id, _chosen(assembly_id)),
            "register": lambda: printing.register(groupement_id),
            "extract": lambda: printing.extract(groupement_id, deliberation or "")}[kind]


def file_name(kind: str, meeting: date | None, deliberation: str = "", today: date | None = None) -> str:
    """« 2026-12-11 AG — convocations.pdf »: names that sort by date and never collide from one assembly
    to the next; the register, which spans them all, is dated the day it is printed."""
    if kind == "register" or meeting is None:
        return f"{(today or date.today()):%Y-%m-%d} {KIND_NAMES[kind]}.pdf"
    suffix = f" {deliberation}" if deliberation else ""
    return f"{meeting:%Y-%m-%d} AG — {KIND_NAMES[kind]}{suffix}.pdf"
