"""SQLite failures met while reading or writing, as French sentences without SQL.

Why: ``database.explain`` covers opening a base; a base that becomes locked or read-only after
it was opened fails later, inside a use case, with SQLAlchemy's English text. The command line
and the GUI ask this module before treating an error as unexpected.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError


def _sqlite_error(error: BaseException) -> BaseException | None:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (DBAPIError, sqlite3.Error)):
            return current
        current = current.__cause__ or current.__context__
    return None


def storage_failure(error: BaseException, path: Path | None = None) -> str | None:
    """The French explanation when ``error`` is an SQLite failure, else None."""
    found = _sqlite_error(error)
    if found is None:
        return None
    reason = str(getattr(found, "orig", None) or found).lower()
    base = f"La base « {path} »" if path else "La base de données"
    if "locked" in reason or "busy" in reason:
        detail = (f"{base} est utilisée par un autre programme (ou une autre fenêtre de GCSMS Desktop) : "
                  "fermez-le puis réessayez")
    elif "readonly" in reason or "read-only" in reason or "permission" in reason:
        detail = (f"{base} est en lecture seule : vous n'avez pas le droit d'écrire dans ce fichier "
                  "ou dans son dossier")
    elif "disk is full" in reason or "full" in reason:
        detail = "le disque est plein : libérez de la place puis réessayez"
    elif "not a database" in reason or "malformed" in reason or "corrupt" in reason:
        detail = f"{base} est endommagée ou n'est pas une base GCSMS Desktop ; utilisez une copie de sauvegarde"
    elif "unable to open" in reason or "disk i/o" in reason:
        detail = f"{base} n'est plus accessible (fichier déplacé, clé USB retirée, disque réseau coupé ?)"
    else:
        detail = f"{base} a refusé l'opération (erreur de la base de données)"
    return f"{detail[0].upper()}{detail[1:]}. Rien n'a été enregistré."
