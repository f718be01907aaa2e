"""Reading and writing the user's files for the GUI and the command line alike.

Writes go to a temporary file beside the target and are renamed over it, so a failure (disk
full, crash) never leaves half a PDF or half a JSON file. A document never replaces a SQLite file
(the open base, a backup, another program's data): a mistyped ``-o`` must not destroy the books.
New files get the permissions the user's umask gives, like any other program's. Reads turn the
usual failures into French sentences.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import threading
from pathlib import Path

from gcsms_desktop.persistence.backups import is_sqlite_file
from gcsms_desktop.services.errors import ServiceError

STANDARD_STREAM = "-"
_UMASK_LOCK = threading.Lock()


def current_umask() -> int:
    """The process umask (reading it means setting it: done under a lock and restored at once)."""
    with _UMASK_LOCK:
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


def _same_file(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return path.resolve() == other.resolve()


def check_output(path: Path, overwrite: bool = True, protected: tuple[Path, ...] = ()) -> None:
    """Refuse, in French and naming the path, a target that must not be replaced.

    Never the open base (``protected``) nor any SQLite file; an existing file only with
    ``overwrite`` (the command line's ``--force``; the GUI's save dialog has already asked).
    """
    if str(path) == STANDARD_STREAM:
        return
    path = path.expanduser()
    if any(_same_file(path, base) for base in protected if base.exists() or path.exists()):
        raise ServiceError(f"« {path} » est la base de données ouverte : choisissez un autre fichier, "
                           "elle n'a pas été modifiée.")
    if path.is_dir():
        raise ServiceError(f"« {path} » est un dossier : indiquez un nom de fichier.")
    if path.exists() and is_sqlite_file(path):
        raise ServiceError(f"« {path} » est une base de données SQLite : elle n'a pas été remplacée "
                           "(GCSMS Desktop n'écrit jamais sur une base) ; choisissez un autre fichier.")
    if path.exists() and not overwrite:
        raise ServiceError(f"Le fichier « {path} » existe déjà : choisissez un autre nom, ou ajoutez --force "
                           "pour le remplacer.")


def write_atomically(path: Path, data: bytes, overwrite: bool = True, protected: tuple[Path, ...] = ()) -> None:
    """Write ``data`` to ``path`` (or to standard output for ``-``) all at once.

    The target is checked first (``check_output``). A replaced file keeps its permissions; a new
    one gets ``0o666`` minus the umask (``mkstemp`` alone would leave it readable by its owner only).
    """
    if str(path) == STANDARD_STREAM:
        sys.stdout.buffer.write(data)
        return
    path = path.expanduser()
    check_output(path, overwrite, protected)
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~current_umask()
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".gcsms-")
    except OSError as error:  # name the user's file, not the temporary one beside it
        raise OSError(error.errno, error.strerror, str(path)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, mode)
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
