"""Random damage to valid files: the import ends in a French refusal or a success, never a crash.

Found two bugs when first run by hand (a governance number written null, a contribution of a
non-member reaching the repository); kept small and seeded so that it is fast and repeatable.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any

from gcsms_desktop.domain.problems import InvalidGroupement
from gcsms_desktop.interchange.reader import FormatError
from gcsms_desktop.services.errors import ServiceError
from tests.conftest import EXAMPLES

JUNK: list[Any] = [None, True, 0, -1, 10**20, 10**400, 1.5, 1e308, "", "x", "\u202e", "2026-02-30", "9999-12-31",
                   [], [1], {}, {"a": 1}, "1e999999999", "-5", "A", "a" * 300]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, path + (index,))
    return found


def _damaged(document: dict[str, Any], chance: random.Random, number: int) -> str:
    data = copy.deepcopy(document)
    data["groupement"]["denomination"] += f" {number}"
    for _ in range(chance.randint(1, 3)):
        path = chance.choice([p for p in _paths(data) if p])
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = chance.choice(JUNK)
    return json.dumps(data)


def test_damaged_files_are_refused_in_french_or_imported(services):
    documents = [json.loads((EXAMPLES / name).read_text(encoding="utf-8")) for name in
                 ("pays-de-vitre-100-parts.json", "tilleuls-17-parts.json", "fougeres-sans-capital.json")]
    chance = random.Random(20261125)
    outcomes = {"imported": 0, "refused": 0}
    for number in range(1500):
        text = _damaged(chance.choice(documents), chance, number)
        try:
            services.groupements.import_json(text)
            outcomes["imported"] += 1
        except (FormatError, InvalidGroupement, ServiceError) as error:
            assert str(error).strip()
            outcomes["refused"] += 1
    assert outcomes["refused"] > 1000
