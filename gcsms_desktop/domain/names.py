"""Names as they are stored and compared, so that two look-alike names are one name.

« Les Tilleuls » typed with a decomposed « é », a no-break space or a double space looks exactly
like the original on screen and on paper; stored as typed, it would make a second groupement that
nobody can tell from the first (R312-194-17: the dénomination identifies the groupement in every
act). Names are kept in Unicode NFC, trimmed, every run of spaces one plain space; they are compared
without regard to case.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from gcsms_desktop.domain.groupement import Groupement


def normalised_name(text: str) -> str:
    """NFC, trimmed, every run of whitespace (no-break spaces included) one plain space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def name_key(text: str) -> str:
    """What two names must share to be the same name."""
    return normalised_name(text).casefold()


def with_normalised_names(groupement: Groupement) -> Groupement:
    """The groupement as it is stored: its dénomination and its members' names normalised."""
    members = tuple(replace(m, name=normalised_name(m.name), short_name=normalised_name(m.short_name))
                    for m in groupement.members)
    return replace(groupement, denomination=normalised_name(groupement.denomination),
                   short_name=normalised_name(groupement.short_name), members=members)
