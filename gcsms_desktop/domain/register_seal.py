"""The seal of the registre des délibérations: what was signed stays as signed, or the app says so.

R312-194-22 (and convention art. 13) keep each deliberation in a procès-verbal on a « registre coté et
paraphé »: a signed PV and its errata may never change. Each entry of the register (a PV when it is
signed, an erratum of a signed PV when it is recorded) gets a SHA-256 *digest* of its content — the
deliberation data and the pages printed when it was signed — and a *seal* that chains that digest to
the previous entry's seal, like an append-only ledger. Editing a vote, a resolution's text or the stored
pages directly in the file changes a digest; removing or reordering entries breaks the chain.

It is not an electronic signature: someone who rewrites the file *and* recomputes every seal with this
program is not caught. It proves the books were not changed by accident or by a careless edit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from gcsms_desktop.domain.assembly import Assembly, Erratum
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.french import format_date

GENESIS = "0" * 64  # the « previous seal » of a register's first entry
MINUTES_ENTRY = 0  # entry number of the PV itself; its errata are 1, 2, …


def _digest(content: object, pdf: bytes | None) -> str:
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    pages = hashlib.sha256(pdf).hexdigest() if pdf is not None else "sans-pages"
    return hashlib.sha256(f"{text}\n{pages}".encode()).hexdigest()


def minutes_digest(assembly: Assembly, rights: AssemblyRights | None, pdf: bytes | None) -> str:
    """The signed PV: its session, attendance, votes, numbers, frozen droits and printed pages."""
    a = assembly
    content = {
        "date": a.meeting_date.isoformat(), "heure": a.meeting_time, "lieu": a.place, "urgence": a.urgent,
        "convocation": a.convocation_date.isoformat() if a.convocation_date else None,
        "premiere_reunion": a.first_meeting_date.isoformat() if a.first_meeting_date else None,
        "documents": list(a.documents), "president": a.president, "secretaire": a.secretary,
        "scrutateur": a.scrutineer, "signe_le": a.signed_on.isoformat() if a.signed_on else None,
        "pages": [a.register_first_page, a.register_page_count],
        "ordre_du_jour": [[i.matter.value, i.title, i.resolution, i.concerned_member, i.deliberation_number,
                           sorted((k, c.value) for k, c in i.choices.items())] for i in a.agenda],
        "presence": sorted([line.member_key, line.presence.value, line.representative, line.proxy_holder]
                           for line in a.attendance),
        "droits": sorted((k, str(v)) for k, v in rights.votes.items()) if rights else None,
        "total": str(rights.total) if rights else None,
    } | _session_texts(a)
    return _digest(content, pdf)


def _session_texts(a: Assembly) -> dict[str, object]:
    """The opening and closing hours and the debates of each point (schema 0010), sealed with the PV.
    Left out when none was written, so a PV signed before they existed keeps the digest it was sealed
    with and still verifies."""
    if not (a.opened_at or a.closed_at or any(item.debates for item in a.agenda)):
        return {}
    return {"ouverture": a.opened_at, "cloture": a.closed_at, "debats": [item.debates for item in a.agenda]}


def erratum_digest(erratum: Erratum, pdf: bytes | None) -> str:
    content = {"date": erratum.recorded_on.isoformat(), "texte": erratum.text,
               "pages": [erratum.register_first_page, erratum.register_page_count]}
    return _digest(content, pdf)


def chain(previous_seal: str, digest: str) -> str:
    """The seal of an entry: its digest bound to everything sealed before it."""
    return hashlib.sha256(f"{previous_seal}:{digest}".encode()).hexdigest()


@dataclass(frozen=True)
class RegisterEntryState:
    """One entry of the register as the file holds it now, with its seal if it has one."""

    assembly_id: int
    entry: int  # MINUTES_ENTRY or the erratum's position + 1
    meeting_date: str  # ISO date of the assembly, for the message
    first_page: int
    page_count: int
    current_digest: str  # recomputed from the rows and pages stored today
    sequence: int | None = None  # None: never sealed
    sealed_digest: str = ""
    seal: str = ""

    def describe(self) -> str:
        from datetime import date

        when = format_date(date.fromisoformat(self.meeting_date))
        pages = f"page {self.first_page}" if self.page_count <= 1 else \
            f"pages {self.first_page} à {self.first_page + self.page_count - 1}"
        if self.entry == MINUTES_ENTRY:
            return f"le procès-verbal de l'assemblée du {when} ({pages} du registre)"
        return f"l'erratum n° {self.entry} au procès-verbal de l'assemblée du {when} ({pages} du registre)"


@dataclass(frozen=True)
class RegisterVerdict:
    """What ``verify`` found: the first broken entry (if any, a clause to follow « altéré hors de
    l'application : »), and entries signed before sealing existed."""

    broken: str | None
    unsealed: tuple[str, ...]
    checked: int

    @property
    def intact(self) -> bool:
        return self.broken is None


def verify(entries: Sequence[RegisterEntryState]) -> RegisterVerdict:
    """Walk the register in seal order; the first entry whose content, seal or place is wrong is named."""
    sealed = sorted((e for e in entries if e.sequence is not None), key=lambda e: e.sequence or 0)
    previous = GENESIS
    for expected, entry in enumerate(sealed, start=1):
        if entry.sequence != expected:
            return RegisterVerdict(f"une entrée du registre manque avant {entry.describe()}.", (), expected - 1)
        if chain(previous, entry.sealed_digest) != entry.seal:
            return RegisterVerdict(f"le sceau de {entry.describe()} ne suit pas celui de l'entrée précédente.", (),
                                   expected - 1)
        if entry.current_digest != entry.sealed_digest:
            return RegisterVerdict(f"{entry.describe()} ne correspond plus à ce qui a été signé (texte, votes, "
                                   "présences ou pages).", (), expected - 1)
        previous = entry.seal
    # Once a register has seals, every entry gets one when it is written: an entry without is foreign.
    late = sorted((e for e in entries if e.sequence is None and sealed), key=lambda e: e.first_page)
    if late:
        return RegisterVerdict(f"{late[0].describe()} figure au registre sans sceau.", (), len(sealed))
    unsealed = tuple(e.describe() for e in entries if e.sequence is None)
    return RegisterVerdict(None, unsealed, len(sealed))


def next_seals(entries: Sequence[RegisterEntryState]) -> list[tuple[RegisterEntryState, int, str]]:
    """Seal every entry not sealed yet, in page order after the last seal: (entry, sequence, seal)."""
    sealed = sorted((e for e in entries if e.sequence is not None), key=lambda e: e.sequence or 0)
    previous, sequence = (sealed[-1].seal, sealed[-1].sequence or 0) if sealed else (GENESIS, 0)
    result = []
    for entry in sorted((e for e in entries if e.sequence is None), key=lambda e: (e.first_page, e.entry)):
        sequence += 1
        previous = chain(previous, entry.current_digest)
        result.append((entry, sequence, previous))
    return result
