"""The wizard's working copy: the JSON format's ``groupement`` object, edited page by page.

Keeping the same shape as the file format means a draft is just that object saved, and the
domain checks run on exactly what will be stored.
"""

from __future__ import annotations

import copy
import json
from typing import Any, cast

from gcsms_desktop.domain.convention_checks import check_groupement
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.problems import Problem
from gcsms_desktop.interchange.groupement_json import groupement_from_dict, groupement_to_dict
from gcsms_desktop.interchange.reader import Reader

PAGES = ("identity", "members", "objet", "statut", "seat", "capital", "governance", "review")
PAGE_TITLES = {
    "identity": "Identité", "members": "Membres et représentants", "objet": "Objet", "statut": "Statut",
    "seat": "Siège, durée et dates", "capital": "Capital et droits sociaux", "governance": "Gouvernance",
    "review": "Récapitulatif",
}
_PREFIXES = (
    (".contribution_share", "capital"),
    ("members", "members"), ("associates", "members"),
    ("denomination", "identity"), ("short_name", "identity"), ("preamble", "identity"), ("recitals", "identity"),
    ("missions", "objet"), ("object_text", "objet"), ("statut", "statut"),
    ("seat_address", "seat"), ("signature_place", "seat"), ("duration", "seat"), ("dates", "seat"),
    ("capital", "capital"), ("governance", "governance"), ("administrator", "governance"),
)


def page_for_field(field: str) -> str:
    """Which page holds the input a problem's field names (``members[2].contribution_share`` → capital)."""
    field = field.removeprefix("groupement.")
    for marker, page in _PREFIXES:
        if (marker.startswith(".") and marker in field) or field.startswith(marker):
            return page
    return "review"


class WizardState:
    def __init__(self, data: dict[str, Any] | None = None) -> None:
        self.data: dict[str, Any] = data if data is not None else groupement_to_dict(Groupement(denomination=""))
        self.saved_snapshot = self.snapshot()

    def snapshot(self) -> str:
        return json.dumps(self.data, sort_keys=True, ensure_ascii=False)

    @property
    def dirty(self) -> bool:
        return self.snapshot() != self.saved_snapshot

    def mark_saved(self) -> None:
        """The user saved (draft button or *Terminer*): what « Ne pas enregistrer » goes back to."""
        self.saved_snapshot = self.snapshot()

    def saved_data(self) -> dict[str, Any]:
        return cast(dict[str, Any], json.loads(self.saved_snapshot))

    def copy(self) -> dict[str, Any]:
        return copy.deepcopy(self.data)

    def groupement(self) -> tuple[Groupement, list[Problem]]:
        """The domain object for the current input, and the input that could not be read."""
        reader = Reader()
        g = groupement_from_dict(self.data, reader)
        return g, [Problem(i.path.removeprefix("groupement."), i.message) for i in reader.issues]

    def problems(self) -> list[Problem]:
        g, unreadable = self.groupement()
        # A field the reader already refused (too long, a control character) is said once.
        refused = {p.field for p in unreadable}
        return unreadable + [p for p in check_groupement(g) if p.field not in refused]

    def problems_for(self, page: str) -> list[Problem]:
        return [p for p in self.problems() if page_for_field(p.field) == page]
