"""The creation wizard's working state: the domain's ``Groupement``, edited page by page.

Pages read and replace its fields (members, capital, governance… as domain objects); the domain
checks run on exactly what will be created, and tag each problem with the part of the convention
— the page — that holds its input. The file format appears only at the edges: a draft is saved as
the JSON object of the interchange format and read back from it.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any, cast

from gcsms_desktop.domain.act_dates import check_convention_dates
from gcsms_desktop.domain.convention_checks import ConventionPart, check_groupement, in_part
from gcsms_desktop.domain.groupement import Groupement
from gcsms_desktop.domain.problems import Problem, Severity
from gcsms_desktop.interchange.groupement_json import groupement_from_dict, groupement_to_dict
from gcsms_desktop.interchange.reader import Reader

PAGES = tuple(part.value for part in ConventionPart) + ("review",)
PAGE_TITLES = {
    "identity": "Identité", "members": "Membres et représentants", "objet": "Objet", "statut": "Statut",
    "seat": "Siège, durée et dates", "capital": "Capital et droits sociaux", "governance": "Gouvernance",
    "review": "Récapitulatif",
}


def page_of(problem: Problem) -> str:
    """The page holding the input a problem concerns: the convention part the domain set, else the review."""
    return problem.part if problem.part in PAGES else "review"


class WizardState:
    def __init__(self, draft: dict[str, Any] | None = None, today: date | None = None) -> None:
        self.today = today  # the services' clock: the convention's dates are past acts (domain.act_dates)
        self.groupement = Groupement(denomination="")
        self.draft_issues: list[Problem] = []  # what a saved draft held that could not be read back
        if draft is not None:
            reader = Reader()
            self.groupement = groupement_from_dict(draft, reader)
            # The reader kept a default instead: said on the review page, the domain judges the rest.
            self.draft_issues = [Problem(i.path.removeprefix("groupement."), i.message, Severity.WARNING)
                                 for i in reader.issues]
        self.saved_snapshot = self.snapshot()

    def update(self, **fields: Any) -> None:
        """Replace some fields of the groupement (a page's ``store``)."""
        self.groupement = replace(self.groupement, **fields)

    # --- drafts: the only use of the file format ---------------------------------------------------

    def draft(self) -> dict[str, Any]:
        return groupement_to_dict(self.groupement)

    def snapshot(self) -> str:
        return json.dumps(self.draft(), sort_keys=True, ensure_ascii=False)

    @property
    def dirty(self) -> bool:
        return self.snapshot() != self.saved_snapshot

    def mark_saved(self) -> None:
        """The user saved (draft button or *Terminer*): what « Ne pas enregistrer » goes back to."""
        self.saved_snapshot = self.snapshot()

    def saved_data(self) -> dict[str, Any]:
        return cast(dict[str, Any], json.loads(self.saved_snapshot))

    # --- the domain's verdict ----------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        found = check_groupement(self.groupement)
        if self.today is not None:
            found += in_part(ConventionPart.SEAT, check_convention_dates(self.groupement.dates, self.today))
        # A field the draft could not give back and the domain also refuses is said once.
        refused = {p.field for p in found}
        return [p for p in self.draft_issues if p.field not in refused] + found

    def problems_for(self, page: str) -> list[Problem]:
        return [p for p in self.problems() if page_of(p) == page]
