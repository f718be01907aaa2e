"""File system errors in French: ``OSError.strerror`` is the C library's English text."""

from __future__ import annotations

import errno

REASONS = {
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.EACCES: "accès refusé (droits insuffisants)",
    errno.EPERM: "opération non permise",
    errno.EISDIR: "c'est un dossier, pas un fichier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.ENOSPC: "le disque est plein",
    errno.EROFS: "le disque est en lecture seule",
    errno.EEXIST: "le fichier existe déjà",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.EBUSY: "fichier utilisé par un autre programme",
    errno.EIO: "erreur de lecture ou d'écriture du disque",
    errno.EINVAL: "nom de fichier incorrect",
}


def french_reason(error: OSError) -> str:
    """« accès refusé (droits insuffisants) » for EACCES; a number when the cause is rare."""
    if error.errno in REASONS:
        return REASONS[error.errno]
    return f"erreur du système n° {error.errno}" if error.errno else "erreur du système"
