"""The administrateur's mandates ↔ JSON (the ``administrator_mandates`` list; docs/format-json.md).

The founding administrateur stays in ``groupement.administrator``; each later election by the AG
(art. 14, R. 312-194-21 3°) is one object, in recording order. Reading checks the shape and the member
keys only: whether the election was lawful is the domain's (domain.mandate_checks, through
domain.book_checks), as for a mandate recorded in the application.
"""

from __future__ import annotations

from typing import Any

from gcsms_desktop.domain.mandates import EndReason, Mandate
from gcsms_desktop.interchange.change_json import deliberation_from_dict, deliberation_to_dict
from gcsms_desktop.interchange.reader import Reader, shown

KEY = "administrator_mandates"


def mandate_to_dict(m: Mandate) -> dict[str, Any]:
    return {"number": m.number, "member": m.member_key, "person_name": m.person_name,
            "starts_on": m.start.isoformat() if m.start else None,
            "deliberation": deliberation_to_dict(m.deliberation),
            "ends_previous": m.ends_previous.value if m.ends_previous else None}


def read_mandates(reader: Reader, doc: dict[str, Any], keys: set[str]) -> tuple[Mandate, ...]:
    """The mandates in order; ``member`` names a founder or a member admitted by a change."""
    found = []
    for index, value in enumerate(reader.items(doc, KEY, "document")):
        path = f"{KEY}[{index}]"
        data = reader.obj(value, path)
        member = reader.text(data, "member", path, required=True)
        if member and member not in keys:
            reader.fail(f"{path}.member", f"« {shown(member, quoted=False)} » n'est la clé d'aucun membre du "
                                          "groupement.")
        found.append(Mandate(
            member, reader.text(data, "person_name", path, required=True),
            deliberation_from_dict(reader, data.get("deliberation") or {}, path),
            reader.day(data, "starts_on", path), reader.choice(data, "ends_previous", path, EndReason, None),
            reader.integer(data, "number", path, 0) or index + 1))
    return tuple(found)
