"""Reading and writing the user's files for the GUI and the command line alike.

Writes go to a temporary file beside the target and are renamed over it, so a failure (disk
full, crash) never leaves half a PDF or half a JSON file. Reads turn the usual failures into
French sentences.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from gcsms_desktop.services.errors import ServiceError

STANDARD_STREAM = "-"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (or to standard output for ``-``) all at once."""
    if str(path) == STANDARD_STREAM:
        sys.stdout.buffer.write(data)
        return
    path = path.expanduser()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".gcsms-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_text(path: Path) -> str:
    try:
        return path.expanduser().read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ServiceError(f"Fichier introuvable : {path}") from None
    except IsADirectoryError:
        raise ServiceError(f"{path} est un dossier, pas un fichier.") from None
    except UnicodeDecodeError:
        raise ServiceError(f"Le fichier {path} n'est pas un texte UTF-8.") from None
