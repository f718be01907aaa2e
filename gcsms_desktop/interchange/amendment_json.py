"""An amendment of the convention's text ↔ JSON (format version 4, a change's ``amendment`` key; the
database keeps the same object as text, persistence.change_repository)."""

from __future__ import annotations

from typing import Any

from gcsms_desktop.domain.changes import Amendment
from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.interchange.reader import Reader

INDEFINITE = "indeterminee"  # « durée indéterminée » in the ``duration_years`` key


def amendment_to_dict(a: Amendment) -> dict[str, Any]:
    """Only what the avenant amends: an absent key leaves that part of the convention as it was."""
    found: dict[str, Any] = {}
    for name in ("denomination", "seat_address", "object_text"):
        if getattr(a, name) is not None:
            found[name] = getattr(a, name)
    if a.duration is not None:
        found["duration_years"] = a.duration.years if a.duration.years is not None else INDEFINITE
    if a.articles:
        found["articles"] = [{"number": number, "text": text} for number, text in a.articles]
    return found


def amendment_from_dict(reader: Reader, value: Any, path: str) -> Amendment:
    data = reader.obj(value, path)
    texts = {name: reader.text(data, name, path) if data.get(name) is not None else None
             for name in ("denomination", "seat_address", "object_text")}
    duration = None
    years = data.get("duration_years")
    if years == INDEFINITE:
        duration = Duration(None)
    elif years is not None:
        duration = Duration(reader.integer(data, "duration_years", path))
    articles = []
    for index, item in enumerate(reader.items(data, "articles", path)):
        where = f"{path}.articles[{index}]"
        entry = reader.obj(item, where)
        articles.append((reader.text(entry, "number", where, required=True),
                         reader.text(entry, "text", where, required=True)))
    return Amendment(texts["denomination"], texts["seat_address"], texts["object_text"], duration, tuple(articles))
