"""What a letter needs from a French postal address: the commune it is written from."""

from __future__ import annotations

import re

_POSTAL_CODE = re.compile(r"^\s*(?:F-?\s*)?\d{2}\s?\d{3}\s+")
_CEDEX = re.compile(r"\s+cedex(?:\s+\d+)?\s*$", re.IGNORECASE)


def commune_of(address: str) -> str:
    """The commune of an address: its last line (or, on one line, its last comma-separated part)
    without the postal code or the « CEDEX » mention — « 12 rue de la Paix, 35000 Rennes » → « Rennes ».
    Empty when the last part carries no postal code (no commune can be told with confidence)."""
    lines = [line.strip() for line in address.replace(";", "\n").splitlines() if line.strip()]
    if not lines:
        return ""
    last = lines[-1].split(",")[-1].strip()
    if not _POSTAL_CODE.match(last):
        return ""
    commune = _CEDEX.sub("", _POSTAL_CODE.sub("", last)).strip()
    return commune.title() if commune.isupper() else commune


def letter_place(seat_address: str, signature_place: str = "") -> str:
    """Where the groupement's letters are written from: the commune of its siège (art. 3), else the place
    its convention was signed at."""
    return commune_of(seat_address) or signature_place.strip()
