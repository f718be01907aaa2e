"""Corrections of representatives and contact details ↔ JSON (format version 4, the ``corrections``
list; docs/format-json.md). A key absent (or ``null``) leaves that detail as it was."""

from __future__ import annotations

from typing import Any

from gcsms_desktop.domain.member_details import DetailsCorrection
from gcsms_desktop.domain.members import Representative
from gcsms_desktop.interchange.reader import Reader


def correction_to_dict(c: DetailsCorrection) -> dict[str, Any]:
    found: dict[str, Any] = {"member": c.member_key or None, "effective_on": c.effective_on.isoformat()}
    if c.representatives is not None:
        found["representatives"] = [{"name": r.name, "capacity": r.capacity, "substitute": r.substitute}
                                    for r in c.representatives]
    for name in ("address", "email", "phone"):
        if getattr(c, name) is not None:
            found[name] = getattr(c, name)
    return found


def read_corrections(reader: Reader, doc: dict[str, Any], keys: set[str]) -> tuple[DetailsCorrection, ...]:
    """The file's corrections; a member key unknown to the file is an issue of its own."""
    found = []
    for index, value in enumerate(reader.items(doc, "corrections", "document")):
        path = f"corrections[{index}]"
        data = reader.obj(value, path)
        key = reader.text(data, "member", path)
        if key and key not in keys:
            reader.fail(f"{path}.member", f"membre « {key} » inconnu : ni fondateur, ni admis par un changement.")
        on = reader.day(data, "effective_on", path)
        if on is None and "effective_on" not in data:
            reader.fail(f"{path}.effective_on", "champ obligatoire manquant.")
        reps = None
        if data.get("representatives") is not None:
            reps = tuple(_representative(reader, r, f"{path}.representatives[{i}]")
                         for i, r in enumerate(reader.items(data, "representatives", path)))
        if on is not None:
            found.append(DetailsCorrection(key, on, reps, _optional(reader, data, "address", path),
                                           _optional(reader, data, "email", path),
                                           _optional(reader, data, "phone", path), number=index + 1))
    return tuple(found)


def _representative(reader: Reader, value: Any, path: str) -> Representative:
    data = reader.obj(value, path)
    return Representative(reader.text(data, "name", path, required=True), reader.text(data, "capacity", path),
                          reader.boolean(data, "substitute", path, False))


def _optional(reader: Reader, data: dict[str, Any], key: str, path: str) -> str | None:
    """A detail given (possibly empty: an e-mail removed), or None when the key is absent or null."""
    return reader.text(data, key, path) if data.get(key) is not None else None
