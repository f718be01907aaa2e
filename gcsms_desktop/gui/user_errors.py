"""The French text of the expected failures of a use case (shown by ``gui.operations``)."""

from __future__ import annotations

from gcsms_desktop.domain.french import typography
from gcsms_desktop.domain.problems import InvalidGroupement
from gcsms_desktop.interchange.reader import FormatError
from gcsms_desktop.os_errors import french_reason


def bullet_list(messages: list[str]) -> str:
    """Messages one per line, with French typography (no « art. R. » cut at the end of a line)."""
    return "\n".join(f"• {typography(message)}" for message in messages)


def describe(error: Exception) -> str:
    if isinstance(error, FormatError):
        return typography("Fichier refusé, rien n'a été enregistré :\n") + bullet_list([str(i) for i in error.issues])
    if isinstance(error, InvalidGroupement):
        return (typography("Groupement refusé, rien n'a été enregistré :\n")
                + bullet_list([p.message for p in error.problems]))
    # Messages below may quote a file path: no typography, an apostrophe in a folder name stays as typed.
    if isinstance(error, OSError):
        return f"Le fichier n\u2019a pas pu être lu ou écrit : {french_reason(error)}"
    return str(error)
