"""The shipped examples follow the schema, import without error, and match the model convention."""

from __future__ import annotations

import json
from dataclasses import fields

import jsonschema
import pytest

from gcsms_desktop.domain.convention_checks import check_groupement
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.interchange.groupement_json import loads
from tests.conftest import EXAMPLES, RESOURCES

SCHEMA = json.loads((RESOURCES / "schema" / "groupement-v4.schema.json").read_text())


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_example_is_valid_and_lawful(path):
    jsonschema.validate(json.loads(path.read_text()), SCHEMA)
    assert [p for p in check_groupement(loads(path.read_text())) if p.is_error] == []


def test_first_example_is_the_model_conventions_17_parts_of_500_euros():
    g = loads((EXAMPLES / "tilleuls-17-parts.json").read_text())
    assert g.capital is not None
    assert g.capital.total_parts == 17 and g.capital.unit_value_cents == 50000
    assert g.capital.total_cents == 850000


def test_schema_lists_every_governance_clause():
    properties = SCHEMA["$defs"]["groupement"]["properties"]["governance"]["properties"]
    assert set(properties) == {f.name for f in fields(Governance)}
