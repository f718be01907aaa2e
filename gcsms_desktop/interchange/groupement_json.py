"""Groupement ↔ JSON document, format version 3 (docs/format-json.md).

The document is ``{"format": "gcsms-desktop/groupement", "version": 3, "groupement": {…},
"changes": […], "assemblies": […], "administrator_mandates": […]}``. Versions 1 (no assemblies) and 2
(no changes) are still read; a reader refuses versions newer than its own. ``administrator_mandates``
(the administrateur's elections after the convention, art. 14) was added to version 3 as an optional
key: a file without it has no later mandate.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any, cast

from gcsms_desktop.domain.administrator import Administrator
from gcsms_desktop.domain.capital import Capital, Contribution, ContributionKind, PartBlock
from gcsms_desktop.domain.duration import Duration
from gcsms_desktop.domain.governance import Governance
from gcsms_desktop.domain.groupement import ApprovalDates, Groupement
from gcsms_desktop.domain.members import (
    Associate, LegalSector, Member, MemberCategory, PersonKind, Representative,
)
from gcsms_desktop.domain.missions import Mission
from gcsms_desktop.domain.statut import Statut
from gcsms_desktop.domain.assembly import Assembly
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.changes import Change
from gcsms_desktop.domain.member_details import DetailsCorrection
from gcsms_desktop.interchange.assembly_json import AssemblyReader, assembly_to_dict
from gcsms_desktop.domain.mandates import Mandate
from gcsms_desktop.interchange.change_json import change_to_dict, read_changes
from gcsms_desktop.interchange.details_json import correction_to_dict, read_corrections
from gcsms_desktop.interchange.mandate_json import KEY as MANDATES_KEY, mandate_to_dict, read_mandates
from gcsms_desktop.interchange.reader import FormatError, Reader, decode_json, shown

FORMAT_NAME = "gcsms-desktop/groupement"
FORMAT_VERSION = 4
ROOT = "groupement"
DATE_FIELDS = ("signature", "sent_to_prefect", "approval_order", "publication")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# --- writing ---------------------------------------------------------------------------------

def groupement_to_dict(g: Groupement) -> dict[str, Any]:
    return {
        "denomination": g.denomination,
        "short_name": g.short_name,
        "seat_address": g.seat_address,
        "signature_place": g.signature_place,
        "statut": g.statut_choice.value if g.statut_choice else None,
        "missions": sorted(m.value for m in g.missions),
        "object_text": g.object_text,
        "duration_years": g.duration.years,
        "preamble": g.preamble,
        "recitals": list(g.recitals),
        "dates": {name: _iso(getattr(g.dates, name)) for name in DATE_FIELDS},
        "members": [member_to_dict(m) for m in g.members],
        "associates": [dataclasses.asdict(a) for a in g.associates],
        "capital": _capital_to_dict(g.capital),
        "governance": _governance_data(g.governance),
        "administrator": _administrator_to_dict(g.administrator),
        "email": g.email, "phone": g.phone,
    }


def member_to_dict(m: Member) -> dict[str, Any]:
    return {
        "key": m.key, "name": m.name, "short_name": m.short_name,
        "person_kind": m.person_kind.value, "sector": m.sector.value,
        "profit_making": m.profit_making, "category": m.category.value,
        "address": m.address, "siren": m.siren, "finess": m.finess,
        "representatives": [dataclasses.asdict(r) for r in m.representatives],
        "contribution_share": str(m.contribution_share) if m.contribution_share is not None else None,
        "email": m.email, "phone": m.phone,
    }


def _capital_to_dict(capital: Capital | None) -> dict[str, Any] | None:
    if capital is None:
        return None
    return {
        "unit_value_cents": capital.unit_value_cents,
        "parts": [{"member": b.member_key, "first": b.first, "last": b.last} for b in capital.blocks],
        "contributions": [
            {"member": c.member_key, "kind": c.kind.value, "value_cents": c.value_cents,
             "description": c.description} for c in capital.contributions
        ],
    }


def _administrator_to_dict(a: Administrator | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"member": a.member_key, "person_name": a.person_name, "elected_on": _iso(a.elected_on)}


@dataclasses.dataclass(frozen=True)
class StoredAssemblyData:
    """An assembly as exported: frozen droits once held, and its first assembly's index."""

    assembly: Assembly
    rights: AssemblyRights | None = None
    second_of: int | None = None


@dataclasses.dataclass(frozen=True)
class GroupementDocument:
    groupement: Groupement
    assemblies: tuple[StoredAssemblyData, ...] = ()
    changes: tuple[Change, ...] = ()
    corrections: tuple[DetailsCorrection, ...] = ()  # version 4: representatives, contacts over time
    mandates: tuple[Mandate, ...] = ()  # the administrateur's elections after the convention (art. 14)


def document_to_dict(g: Groupement, assemblies: tuple[StoredAssemblyData, ...] = (),
                     changes: tuple[Change, ...] = (), corrections: tuple[DetailsCorrection, ...] = (),
                     mandates: tuple[Mandate, ...] = ()) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, ROOT: groupement_to_dict(g),
        "changes": [change_to_dict(c) for c in changes],
        "assemblies": [assembly_to_dict(a.assembly, a.rights, a.second_of) for a in assemblies],
        "corrections": [correction_to_dict(c) for c in corrections]}
    if mandates:  # optional: a book without later mandates exports as before
        document[MANDATES_KEY] = [mandate_to_dict(m) for m in mandates]
    return document


def dumps(g: Groupement, assemblies: tuple[StoredAssemblyData, ...] = (), changes: tuple[Change, ...] = (),
          corrections: tuple[DetailsCorrection, ...] = (), mandates: tuple[Mandate, ...] = ()) -> str:
    return json.dumps(document_to_dict(g, assemblies, changes, corrections, mandates), ensure_ascii=False,
                      indent=2) + "\n"


# --- reading ---------------------------------------------------------------------------------

def loads(text: str) -> Groupement:
    """The groupement of a whole document; raises FormatError with every issue found."""
    return load_document(text).groupement


def load_document(text: str) -> GroupementDocument:
    """The groupement and its assemblies; raises FormatError with every issue found."""
    return document_from_dict(decode_json(text))


def document_from_dict(data: Any) -> GroupementDocument:
    reader = Reader()
    doc = reader.obj(data, "document")
    if doc and doc.get("format") != FORMAT_NAME:
        reader.fail("format", f"« {FORMAT_NAME} » attendu : ce fichier n'est pas un groupement GCSMS Desktop.")
    version = doc.get("version")
    if doc and (not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= FORMAT_VERSION):
        reader.fail("version", f"version {shown(version)} non prise en charge (versions lues : 1 à {FORMAT_VERSION}).")
    if reader.issues:
        raise FormatError(reader.issues)
    groupement = groupement_from_dict(doc.get(ROOT), reader)
    founders = {m.key for m in groupement.members}
    changes = read_changes(reader, doc, founders)
    keys = founders | {c.new_member.key for c in changes if c.new_member is not None}
    assemblies = _assemblies(reader, doc, keys)
    corrections = read_corrections(reader, doc, keys)
    mandates = read_mandates(reader, doc, keys)
    if reader.issues:
        raise FormatError(reader.issues)
    return GroupementDocument(groupement, assemblies, changes, corrections, mandates)


def _assemblies(reader: Reader, doc: dict[str, Any], keys: set[str]) -> tuple[StoredAssemblyData, ...]:
    read = AssemblyReader(reader, keys).read
    found = tuple(StoredAssemblyData(*read(value, f"assemblies[{i}]"))
                  for i, value in enumerate(reader.items(doc, "assemblies", "document")))
    for index, data in enumerate(found):
        if data.second_of is not None and not 0 <= data.second_of < index:
            reader.fail(f"assemblies[{index}].second_of", "doit désigner une assemblée précédente de la liste.")
    return found


def groupement_from_dict(value: Any, reader: Reader, path: str = ROOT) -> Groupement:
    """Read the ``groupement`` object; issues go to ``reader`` (drafts read leniently)."""
    data = reader.obj(value, path)
    duration_years = reader.integer(data, "duration_years", path)
    return Groupement(
        denomination=reader.text(data, "denomination", path, required=True),
        short_name=reader.text(data, "short_name", path),
        seat_address=reader.text(data, "seat_address", path),
        signature_place=reader.text(data, "signature_place", path),
        statut_choice=reader.choice(data, "statut", path, Statut, None),
        missions=_missions(reader, data, path),
        object_text=reader.text(data, "object_text", path),
        duration=Duration(duration_years),
        preamble=reader.text(data, "preamble", path),
        recitals=tuple(_texts(reader, data, "recitals", path)),
        dates=_dates(reader, data.get("dates") or {}, f"{path}.dates"),
        members=tuple(read_member(reader, m, f"{path}.members[{i}]")
                      for i, m in enumerate(reader.items(data, "members", path))),
        associates=tuple(_associate(reader, a, f"{path}.associates[{i}]")
                         for i, a in enumerate(reader.items(data, "associates", path))),
        capital=_capital(reader, data.get("capital"), f"{path}.capital"),
        governance=_governance(reader, data.get("governance") or {}, f"{path}.governance"),
        administrator=_administrator(reader, data.get("administrator"), f"{path}.administrator"),
        email=reader.text(data, "email", path), phone=reader.text(data, "phone", path),
    )


def _texts(reader: Reader, data: dict[str, Any], key: str, path: str) -> list[str]:
    values = reader.items(data, key, path)
    bad = [i for i, v in enumerate(values) if not isinstance(v, str)]
    for i in bad:
        reader.fail(f"{path}.{key}[{i}]", "un texte est attendu.")
    for i, value in enumerate(values):
        if isinstance(value, str):
            reader.bounded_text(value, f"{path}.{key}[{i}]")
    return [v for v in values if isinstance(v, str)]


def _missions(reader: Reader, data: dict[str, Any], path: str) -> frozenset[Mission]:
    missions = set()
    for i, code in enumerate(reader.items(data, "missions", path)):
        try:
            missions.add(Mission(code))
        except ValueError:
            allowed = ", ".join(m.value for m in Mission)
            reader.fail(f"{path}.missions[{i}]",
                        f"mission « {shown(code, quoted=False)} » inconnue ; codes possibles : {allowed}.")
    return frozenset(missions)


def _dates(reader: Reader, value: Any, path: str) -> ApprovalDates:
    data = reader.obj(value, path)
    return ApprovalDates(**{name: reader.day(data, name, path) for name in DATE_FIELDS})


def read_member(reader: Reader, value: Any, path: str) -> Member:
    data = reader.obj(value, path)
    return Member(
        key=reader.text(data, "key", path, required=True),
        name=reader.text(data, "name", path, required=True),
        short_name=reader.text(data, "short_name", path),
        person_kind=reader.choice(data, "person_kind", path, PersonKind, PersonKind.LEGAL),
        sector=reader.choice(data, "sector", path, LegalSector, LegalSector.PRIVATE),
        profit_making=reader.boolean(data, "profit_making", path, False),
        category=reader.choice(data, "category", path, MemberCategory, MemberCategory.ESSMS),
        address=reader.text(data, "address", path),
        siren=reader.text(data, "siren", path),
        finess=reader.text(data, "finess", path),
        representatives=tuple(_representative(reader, r, f"{path}.representatives[{i}]")
                              for i, r in enumerate(reader.items(data, "representatives", path))),
        contribution_share=reader.decimal(data, "contribution_share", path),
        email=reader.text(data, "email", path), phone=reader.text(data, "phone", path),
    )


def _representative(reader: Reader, value: Any, path: str) -> Representative:
    data = reader.obj(value, path)
    return Representative(
        name=reader.text(data, "name", path, required=True),
        capacity=reader.text(data, "capacity", path),
        substitute=reader.boolean(data, "substitute", path, False),
    )


def _associate(reader: Reader, value: Any, path: str) -> Associate:
    data = reader.obj(value, path)
    return Associate(reader.text(data, "name", path, required=True),
                     reader.text(data, "profession", path), reader.text(data, "address", path))


def _capital(reader: Reader, value: Any, path: str) -> Capital | None:
    if value is None:
        return None
    data = reader.obj(value, path)
    unit = reader.integer(data, "unit_value_cents", path)
    if unit is None:
        reader.fail(f"{path}.unit_value_cents", "champ obligatoire manquant (valeur d'une part en centimes).")
    blocks = []
    for i, item in enumerate(reader.items(data, "parts", path)):
        part = reader.obj(item, f"{path}.parts[{i}]")
        blocks.append(PartBlock(reader.text(part, "member", f"{path}.parts[{i}]", required=True),
                                reader.integer(part, "first", f"{path}.parts[{i}]", 0) or 0,
                                reader.integer(part, "last", f"{path}.parts[{i}]", 0) or 0))
    contributions = []
    for i, item in enumerate(reader.items(data, "contributions", path)):
        sub = f"{path}.contributions[{i}]"
        c = reader.obj(item, sub)
        contributions.append(Contribution(
            reader.text(c, "member", sub, required=True),
            reader.choice(c, "kind", sub, ContributionKind, ContributionKind.CASH) or ContributionKind.CASH,
            reader.integer(c, "value_cents", sub, 0) or 0,
            reader.text(c, "description", sub),
        ))
    return Capital(unit or 0, tuple(blocks), tuple(contributions))


def _governance_data(governance: Governance) -> dict[str, Any]:
    """The clauses as written; the model's 1 January regularisation (the default) is left implicit so
    that a file exported before the clause was a choice still reads and compares the same."""
    data = dataclasses.asdict(governance)
    if governance.january_regularisation:
        del data["january_regularisation"]
    return data


def _governance(reader: Reader, value: Any, path: str) -> Governance:
    data = reader.obj(value, path)
    known = {f.name: f for f in dataclasses.fields(Governance)}
    for key in data:
        if key not in known:
            reader.fail(f"{path}.{key}", "champ inconnu.")
    values: dict[str, Any] = {}
    for name, spec in known.items():
        if name not in data:
            continue
        if spec.type in ("bool", bool):
            values[name] = reader.boolean(data, name, path, cast(bool, spec.default))
        elif spec.type in ("int", int):
            number = reader.integer(data, name, path, cast("int | None", spec.default))
            if number is None:  # null: every delay and count of the convention has a value
                reader.fail(f"{path}.{name}", "un nombre entier est attendu, pas null.")
            values[name] = spec.default if number is None else number
        else:
            values[name] = reader.text(data, name, path)
    return Governance(**values)


def _administrator(reader: Reader, value: Any, path: str) -> Administrator | None:
    if value is None:
        return None
    data = reader.obj(value, path)
    return Administrator(reader.text(data, "member", path, required=True),
                         reader.text(data, "person_name", path, required=True),
                         reader.day(data, "elected_on", path))
