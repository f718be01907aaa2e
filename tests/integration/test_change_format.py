"""The JSON format of changes does not move: every kind imports and exports byte for byte as the
release before the typed payloads wrote it (files in tests/fixtures/exports, written by that release),
and the examples go round the format unchanged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from gcsms_desktop.services.context import open_services
from tests.conftest import EXAMPLES

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXPORTS = FIXTURES / "exports"


def round_trip(tmp_path: Path, text: str, name: str) -> str:
    """``text`` imported into a new base, exported, imported into another: both exports must agree."""
    exports = []
    for step in ("first", "second"):
        services = open_services(tmp_path / f"{name}-{step}.sqlite")
        try:
            exports.append(services.groupements.export_json(services.groupements.import_json(text)))
        finally:
            services.close()
        text = exports[-1]
    assert exports[0] == exports[1]
    return exports[0]


def test_every_kind_of_change_exports_as_the_previous_release_did(tmp_path):
    """Admission, transfer to a member and to a third party, capital increase and reduction, exclusion,
    withdrawal, dissolution with liquidators."""
    source = (EXPORTS / "all-kinds-input.json").read_text(encoding="utf-8")
    exported = round_trip(tmp_path, source, "all-kinds")
    assert exported == (EXPORTS / "all-kinds.export.json").read_text(encoding="utf-8")
    kinds = [c["kind"] for c in json.loads(exported)["changes"]]
    assert kinds == ["admission", "transfer", "transfer", "capital_increase", "capital_reduction", "exclusion",
                     "withdrawal", "dissolution"]


@pytest.mark.parametrize("name", ["0003-vitre-changes", "0004-tilleuls-sealed"])
def test_books_of_earlier_releases_export_as_they_did(tmp_path, name):
    copy = tmp_path / f"{name}.sqlite"
    shutil.copy(FIXTURES / "databases" / f"{name}.sqlite", copy)
    services = open_services(copy)
    try:
        exports = {g.id: services.groupements.export_json(g.id) for g in services.groupements.list()}
    finally:
        services.close()
    assert exports
    for groupement_id, exported in exports.items():
        assert exported == (EXPORTS / f"{name}-{groupement_id}.export.json").read_text(encoding="utf-8")
        assert round_trip(tmp_path, exported, f"{name}-{groupement_id}") == exported


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_examples_go_round_the_format_unchanged(tmp_path, path):
    exported = round_trip(tmp_path, path.read_text(encoding="utf-8"), path.stem)
    assert json.loads(exported)["groupement"] == json.loads(path.read_text(encoding="utf-8"))["groupement"]
