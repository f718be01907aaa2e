"""Membership changes ↔ JSON (format version 3, the ``changes`` list; docs/format-json.md).

The format is flat: every change has every key, those its kind does not use at their empty value
(``null``, 0, "", [] or false). Writing fills in the keys of the change's payload; reading builds the
payload of the change's kind from its keys only.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from gcsms_desktop.domain.changes import (
    Admission, Amendment, CapitalIncrease, CapitalReduction, Change, ChangeKind, Deliberation, Dissolution, Exclusion,
    PartTransfer, Payload, Withdrawal,
)
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.interchange.amendment_json import amendment_from_dict, amendment_to_dict
from gcsms_desktop.interchange.reader import Reader, shown

AVENANT_FIELDS = ("signature", "sent_to_prefect", "approval_order", "publication")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def change_to_dict(c: Change) -> dict[str, Any]:
    from gcsms_desktop.interchange.groupement_json import member_to_dict  # (module imports this one)

    fields: dict[str, Any] = {**EMPTY_FIELDS, **_payload_fields(c.payload)}
    return {
        "number": c.number, "kind": c.kind.value, "act_date": _iso(c.act_date),
        "deliberation": deliberation_to_dict(c.deliberation),
        "avenant": {name: _iso(getattr(c.avenant, name)) for name in AVENANT_FIELDS},
        "member": fields["member"], "new_member": member_to_dict(c.new_member) if c.new_member else None,
        **{name: fields[name] for name in PAYLOAD_KEYS},
    }


def deliberation_to_dict(d: Deliberation) -> dict[str, Any]:
    return {"date": _iso(d.decided_on), "number": d.number, "matter": d.matter.value if d.matter else None,
            "adopted": d.adopted, "unanimous": d.unanimous}


PAYLOAD_KEYS = ("parts", "first", "last", "buyer", "allocations", "hearing_on", "hearing_convened_on", "debts_cents",
                "reason", "liquidators", "of_right", "caused_by", "amendment")
EMPTY_FIELDS: dict[str, Any] = {  # the value of a key the change's kind does not use
    "member": None, "parts": 0, "first": 0, "last": 0, "buyer": None, "allocations": [], "hearing_on": None,
    "hearing_convened_on": None, "debts_cents": None, "reason": "", "liquidators": [], "of_right": False,
    "caused_by": None, "amendment": None}


def _payload_fields(p: Payload) -> dict[str, Any]:
    if isinstance(p, Admission):
        return {"parts": p.parts}
    if isinstance(p, Withdrawal):
        return {"member": p.member_key or None, "debts_cents": p.debts_cents}
    if isinstance(p, Exclusion):
        return {"member": p.member_key or None, "reason": p.reason, "hearing_on": _iso(p.hearing_on),
                "hearing_convened_on": _iso(p.hearing_convened_on), "debts_cents": p.debts_cents}
    if isinstance(p, PartTransfer):
        return {"member": p.seller_key or None, "first": p.first, "last": p.last, "buyer": p.buyer_key or None}
    if isinstance(p, CapitalIncrease):
        return {"allocations": [{"member": key, "parts": count} for key, count in p.allocations]}
    if isinstance(p, CapitalReduction):
        return {"first": p.first, "last": p.last}
    if isinstance(p, Amendment):
        return {"amendment": amendment_to_dict(p)}
    return {"reason": p.reason, "liquidators": list(p.liquidators), "of_right": p.of_right, "caused_by": p.caused_by}


def read_changes(reader: Reader, doc: dict[str, Any], founders: set[str]) -> tuple[Change, ...]:
    """The changes in order; member references must name a founder or a member admitted before."""
    keys = set(founders)
    changes = []
    for index, value in enumerate(reader.items(doc, "changes", "document")):
        change = _read(reader, value, f"changes[{index}]", keys)
        if change.new_member is not None:
            keys.add(change.new_member.key)
        changes.append(change)
    return tuple(changes)


def _read(reader: Reader, value: Any, path: str, keys: set[str]) -> Change:
    from gcsms_desktop.interchange.groupement_json import read_member

    data = reader.obj(value, path)
    kind = reader.choice(data, "kind", path, ChangeKind, None)
    act = reader.day(data, "act_date", path)
    if kind is None or act is None:
        reader.fail(f"{path}.kind", "nature (kind) et date de l'acte (act_date) obligatoires.")
        return Change(date.min, Dissolution())
    new_member = read_member(reader, data["new_member"], f"{path}.new_member") if data.get("new_member") else None
    for field in ("member", "buyer"):
        if isinstance(data.get(field), str) and data[field] and data[field] not in keys:
            reader.fail(f"{path}.{field}",
                        f"« {shown(data[field], quoted=False)} » n'est pas la clé d'un membre à cette date.")
    deliberation = deliberation_from_dict(reader, data.get("deliberation") or {}, path)
    avenant = ApprovalDates(**{n: reader.day(reader.obj(data.get("avenant") or {}, path), n, f"{path}.avenant")
                               for n in AVENANT_FIELDS})
    # every key is read, and so checked, whatever the kind; the payload keeps those of its kind
    member, parts = reader.text(data, "member", path), reader.integer(data, "parts", path, 0) or 0
    first, last = reader.integer(data, "first", path, 0) or 0, reader.integer(data, "last", path, 0) or 0
    buyer, allocations = reader.text(data, "buyer", path), _allocations(reader, data, path, keys)
    hearing_on = reader.day(data, "hearing_on", path)
    hearing_convened_on = reader.day(data, "hearing_convened_on", path)
    debts_cents, reason = reader.integer(data, "debts_cents", path), reader.text(data, "reason", path)
    liquidators, of_right = _liquidators(reader, data, path), reader.boolean(data, "of_right", path, False)
    caused_by = reader.integer(data, "caused_by", path)
    payload: Payload
    if kind is ChangeKind.ADMISSION:
        payload = Admission(new_member, parts)
    elif kind is ChangeKind.WITHDRAWAL:
        payload = Withdrawal(member, debts_cents)
    elif kind is ChangeKind.EXCLUSION:
        payload = Exclusion(member, reason, hearing_on, hearing_convened_on, debts_cents)
    elif kind is ChangeKind.TRANSFER:
        payload = PartTransfer(member, first, last, buyer, new_member)
    elif kind is ChangeKind.CAPITAL_INCREASE:
        payload = CapitalIncrease(allocations)
    elif kind is ChangeKind.CAPITAL_REDUCTION:
        payload = CapitalReduction(first, last)
    elif kind is ChangeKind.AMENDMENT:
        payload = amendment_from_dict(reader, data.get("amendment") or {}, f"{path}.amendment")
    else:
        payload = Dissolution(reason, liquidators, of_right, caused_by)
    return Change(act, payload, deliberation, avenant, number=reader.integer(data, "number", path, 0) or 0)


def deliberation_from_dict(reader: Reader, data: Any, path: str) -> Deliberation:
    d = reader.obj(data, f"{path}.deliberation")
    where = f"{path}.deliberation"
    return Deliberation(reader.day(d, "date", where), reader.text(d, "number", where),
                        reader.choice(d, "matter", where, Matter, None), reader.boolean(d, "adopted", where, False),
                        reader.boolean(d, "unanimous", where, False))


def _allocations(reader: Reader, data: dict[str, Any], path: str, keys: set[str]) -> tuple[tuple[str, int], ...]:
    found = []
    for i, value in enumerate(reader.items(data, "allocations", path)):
        item = reader.obj(value, f"{path}.allocations[{i}]")
        key = reader.text(item, "member", f"{path}.allocations[{i}]", required=True)
        if key and key not in keys:
            reader.fail(f"{path}.allocations[{i}].member",
                        f"« {shown(key, quoted=False)} » n'est pas la clé d'un membre à cette date.")
        found.append((key, reader.integer(item, "parts", f"{path}.allocations[{i}]", 0) or 0))
    return tuple(found)


def _liquidators(reader: Reader, data: dict[str, Any], path: str) -> tuple[str, ...]:
    """Names of the liquidators: texts, each bounded like any person's name."""
    names = []
    for i, value in enumerate(reader.items(data, "liquidators", path)):
        if not isinstance(value, str):
            reader.fail(f"{path}.liquidators[{i}]", "un texte est attendu (le nom d'un liquidateur).")
        elif reader.bounded_text(value, f"{path}.liquidators[{i}]"):
            names.append(value)
    return tuple(names)
