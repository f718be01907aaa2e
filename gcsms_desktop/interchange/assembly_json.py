"""Assemblies in the JSON format (version 2): agenda, attendance, votes, droits, errata, the
members that asked for the assembly (``requested_by``, ``requested_on``, R312-194-20), and the day
and reason of a cancelled one (``cancelled_on``, ``cancellation_reason``, domain.deletions), the session's
hours (``opened_at``, ``closed_at``) and each point's debates (``debates``), written only when set.

Members are named by their ``key``; a second convocation names its first assembly by its
index in the ``assemblies`` list (``second_of``). Droits are exact fractions written as text
(« 17 », « 17/2 »), present once the assembly is held.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction
from typing import Any

from gcsms_desktop.domain.assembly import AgendaItem, Assembly, AssemblyState, Erratum
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.attendance import AttendanceLine, Presence
from gcsms_desktop.domain.assembly_checks import signature_problem
from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.interchange.reader import Reader, shown


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _register(first: int | None, count: int | None) -> dict[str, int | None] | None:
    return {"first_page": first, "page_count": count} if first else None


def assembly_to_dict(a: Assembly, rights: AssemblyRights | None, second_of: int | None) -> dict[str, Any]:
    return _request(a) | _cancellation(a) | _session_hours(a) | {
        "meeting_date": _iso(a.meeting_date), "meeting_time": a.meeting_time, "place": a.place, "urgent": a.urgent,
        "convocation_date": _iso(a.convocation_date), "first_meeting_date": _iso(a.first_meeting_date),
        "second_of": second_of, "state": a.state.value, "documents": list(a.documents),
        "president": a.president, "secretary": a.secretary, "scrutineer": a.scrutineer,
        "signed_on": _iso(a.signed_on), "register": _register(a.register_first_page, a.register_page_count),
        "agenda": [{
            "matter": i.matter.value, "title": i.title, "resolution": i.resolution,
            "concerned_member": i.concerned_member, "deliberation_number": i.deliberation_number,
            "votes": {key: choice.value for key, choice in i.choices.items()},
        } | ({"debates": i.debates} if i.debates else {}) for i in a.agenda],
        "attendance": [{"member": line.member_key, "presence": line.presence.value,
                        "representative": line.representative, "proxy_holder": line.proxy_holder}
                       for line in a.attendance],
        "errata": [{"recorded_on": _iso(e.recorded_on), "text": e.text,
                    "register": _register(e.register_first_page, e.register_page_count)} for e in a.errata],
        "droits": None if rights is None else {
            "total": str(rights.total), "votes": {key: str(v) for key, v in rights.votes.items()}},
    }


def _request(a: Assembly) -> dict[str, Any]:
    """R312-194-20: who asked for the assembly and when; absent when the administrateur convened it of
    his own motion (so the files written before schema 0006 are written the same)."""
    found: dict[str, Any] = {}
    if a.requested_on is not None:
        found["requested_on"] = _iso(a.requested_on)
    if a.requested_by:
        found["requested_by"] = list(a.requested_by)
    return found


def _cancellation(a: Assembly) -> dict[str, Any]:
    """A cancelled assembly's day and reason (domain.deletions); absent otherwise, so the files of
    assemblies never cancelled are written as before schema 0008."""
    found: dict[str, Any] = {}
    if a.cancelled_on is not None:
        found["cancelled_on"] = _iso(a.cancelled_on)
    if a.cancellation_reason:
        found["cancellation_reason"] = a.cancellation_reason
    return found


def _session_hours(a: Assembly) -> dict[str, Any]:
    """The session's opening and closing hours (schema 0010); absent when not recorded, so the files of
    assemblies held before are written as they were."""
    found: dict[str, Any] = {}
    if a.opened_at:
        found["opened_at"] = a.opened_at
    if a.closed_at:
        found["closed_at"] = a.closed_at
    return found


class AssemblyReader:
    """Reads one assembly; ``keys`` are the groupement's member keys, for references."""

    def __init__(self, reader: Reader, keys: set[str]) -> None:
        self.reader, self.keys = reader, keys

    def member(self, data: dict[str, Any], key: str, path: str, required: bool = True) -> str | None:
        value = data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or value not in self.keys:
            self.reader.fail(f"{path}.{key}",
                             f"« {shown(value, quoted=False)} » n'est pas la clé d'un membre du groupement.")
            return None
        return value

    def read(self, value: Any, path: str) -> tuple[Assembly, AssemblyRights | None, int | None]:
        r = self.reader
        data = r.obj(value, path)
        meeting = r.day(data, "meeting_date", path)
        if meeting is None:
            r.fail(f"{path}.meeting_date", "date de la réunion manquante.")
        register = r.obj(data.get("register") or {}, f"{path}.register")
        assembly = Assembly(
            meeting_date=meeting or date.min,  # never kept: a missing date makes the reading fail
            meeting_time=r.text(data, "meeting_time", path), place=r.text(data, "place", path),
            urgent=r.boolean(data, "urgent", path, False), convocation_date=r.day(data, "convocation_date", path),
            first_meeting_date=r.day(data, "first_meeting_date", path),
            state=r.choice(data, "state", path, AssemblyState, AssemblyState.DRAFT),
            documents=tuple(d for i, d in enumerate(r.items(data, "documents", path))
                            if isinstance(d, str) and r.bounded_text(d, f"{path}.documents[{i}]")),
            president=r.text(data, "president", path), secretary=r.text(data, "secretary", path),
            scrutineer=r.text(data, "scrutineer", path), signed_on=r.day(data, "signed_on", path),
            register_first_page=r.integer(register, "first_page", f"{path}.register"),
            register_page_count=r.integer(register, "page_count", f"{path}.register"),
            agenda=tuple(self._item(v, f"{path}.agenda[{i}]") for i, v in enumerate(r.items(data, "agenda", path))),
            attendance=tuple(self._line(v, f"{path}.attendance[{i}]")
                             for i, v in enumerate(r.items(data, "attendance", path))),
            errata=tuple(self._erratum(v, f"{path}.errata[{i}]") for i, v in enumerate(r.items(data, "errata", path))),
        )
        assembly = replace(assembly, requested_on=r.day(data, "requested_on", path),
                           requested_by=self._requesters(data, path),
                           cancelled_on=r.day(data, "cancelled_on", path),
                           cancellation_reason=r.text(data, "cancellation_reason", path),
                           opened_at=r.text(data, "opened_at", path), closed_at=r.text(data, "closed_at", path))
        problem = signature_problem(meeting, assembly.signed_on) if meeting and assembly.signed_on else None
        if problem is not None:
            r.fail(f"{path}.signed_on", problem)
        return assembly, self._rights(data.get("droits"), f"{path}.droits"), r.integer(data, "second_of", path)

    def _requesters(self, data: dict[str, Any], path: str) -> tuple[str, ...]:
        """Member keys, each once (R312-194-20: the members that asked for the assembly)."""
        found: list[str] = []
        for i, value in enumerate(self.reader.items(data, "requested_by", path)):
            if not isinstance(value, str) or value not in self.keys:
                self.reader.fail(f"{path}.requested_by[{i}]",
                                 f"« {shown(value, quoted=False)} » n'est pas la clé d'un membre du groupement.")
            elif value in found:
                self.reader.fail(f"{path}.requested_by[{i}]", f"« {value} » figure deux fois parmi les demandeurs.")
            else:
                found.append(value)
        return tuple(found)

    def _item(self, value: Any, path: str) -> AgendaItem:
        r = self.reader
        data = r.obj(value, path)
        votes = r.obj(data.get("votes") or {}, f"{path}.votes")
        choices = {}
        for key in votes:
            if key not in self.keys:
                r.fail(f"{path}.votes.{shown(key, quoted=False)}",
                       f"« {shown(key, quoted=False)} » n'est pas la clé d'un membre du groupement.")
            else:
                choices[key] = r.choice(votes, key, f"{path}.votes", Choice, Choice.ABSTENTION)
        return AgendaItem(r.choice(data, "matter", path, Matter, Matter.OTHER), r.text(data, "title", path, True),
                          r.text(data, "resolution", path), self.member(data, "concerned_member", path, False),
                          choices, r.text(data, "deliberation_number", path) or None, r.text(data, "debates", path))

    def _line(self, value: Any, path: str) -> AttendanceLine:
        r = self.reader
        data = r.obj(value, path)
        return AttendanceLine(self.member(data, "member", path) or "", r.choice(data, "presence", path, Presence,
                                                                                 Presence.ABSENT),
                              r.text(data, "representative", path), self.member(data, "proxy_holder", path, False))

    def _erratum(self, value: Any, path: str) -> Erratum:
        r = self.reader
        data = r.obj(value, path)
        register = r.obj(data.get("register") or {}, f"{path}.register")
        recorded_on = r.day(data, "recorded_on", path)
        if recorded_on is None:
            r.fail(f"{path}.recorded_on", "date de l'erratum manquante.")
        return Erratum(recorded_on or date.min, r.text(data, "text", path, True),
                       r.integer(register, "first_page", f"{path}.register"),
                       r.integer(register, "page_count", f"{path}.register"))

    def _rights(self, value: Any, path: str) -> AssemblyRights | None:
        if value is None:
            return None
        data = self.reader.obj(value, path)
        try:
            votes = {k: _fraction(v) for k, v in self.reader.obj(data.get("votes"), f"{path}.votes").items()
                     if k in self.keys}
            return AssemblyRights(votes, _fraction(data.get("total")))
        except (TypeError, ValueError, ZeroDivisionError):
            self.reader.fail(path, "droits illisibles : des fractions en texte sont attendues (« 17 », « 17/2 »).")
            return None


def _fraction(value: Any) -> Fraction:
    """« 17 » or « 17/2 »; refuses « 1e999999999 », which Fraction would expand digit by digit."""
    if not isinstance(value, str) or len(value) > 40 or not set(value) <= set("0123456789/ -"):
        raise ValueError(value if isinstance(value, str) else type(value).__name__)
    return Fraction(value)
