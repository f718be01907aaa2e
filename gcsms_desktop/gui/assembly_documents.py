"""The assembly documents a user can print from the GUI, each with its suggested file name."""

from __future__ import annotations

from collections.abc import Callable

from gcsms_desktop.services.printing import PrintingService

FILE_NAMES = {"convocations": "Convocations", "attendance": "Feuille de présence", "minutes": "Procès-verbal",
              "register": "Registre des délibérations", "extract": "Extrait délibération",
              "cancellation": "Lettres d'annulation"}


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
            "register": lambda: printing.register(groupement_id),
            "extract": lambda: printing.extract(groupement_id, deliberation or "")}[kind]


def file_name(kind: str, suffix: str = "") -> str:
    return f"{FILE_NAMES[kind]}{' ' + suffix if suffix else ''}.pdf"
