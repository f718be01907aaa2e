"""The register's seal (R312-194-22, convention art. 13: PVs kept in a registre coté et paraphé)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction

from gcsms_desktop.domain.assembly import AgendaItem, Assembly, AssemblyState, Erratum
from gcsms_desktop.domain.assembly_rights import AssemblyRights
from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.register_seal import (
    GENESIS, RegisterEntryState, chain, erratum_digest, minutes_digest, next_seals, verify,
)

SIGNED = Assembly(date(2027, 3, 12), "Siège", "14:30", state=AssemblyState.SIGNED, signed_on=date(2027, 3, 20),
                  register_first_page=1, register_page_count=3,
                  agenda=(AgendaItem(Matter.BUDGET, "Budget 2027", "L'assemblée adopte le budget.",
                                     choices={"A": Choice.FOR, "B": Choice.AGAINST}, deliberation_number="2027-1"),))
RIGHTS = AssemblyRights({"A": Fraction(60), "B": Fraction(40)}, Fraction(100))


def entry(assembly_id: int, first_page: int, digest: str, sequence: int | None = None, seal: str = "",
          sealed_digest: str | None = None) -> RegisterEntryState:
    return RegisterEntryState(assembly_id, 0, "2027-03-12", first_page, 3, digest, sequence,
                              digest if sealed_digest is None else sealed_digest, seal)


def sealed_register(*digests: str) -> list[RegisterEntryState]:
    unsealed = [entry(i, 1 + 3 * i, d) for i, d in enumerate(digests)]
    return [replace(e, sequence=n, sealed_digest=e.current_digest, seal=s) for e, n, s in next_seals(unsealed)]


def test_the_digest_changes_with_a_vote_a_resolution_text_or_the_pages():
    base = minutes_digest(SIGNED, RIGHTS, b"%PDF pages")
    item = SIGNED.agenda[0]
    other_vote = replace(SIGNED, agenda=(replace(item, choices={"A": Choice.FOR, "B": Choice.FOR}),))
    other_text = replace(SIGNED, agenda=(replace(item, resolution="L'assemblée rejette le budget."),))
    assert len({base, minutes_digest(other_vote, RIGHTS, b"%PDF pages"), minutes_digest(other_text, RIGHTS,
                b"%PDF pages"), minutes_digest(SIGNED, RIGHTS, b"%PDF forged")}) == 4
    assert minutes_digest(replace(SIGNED, version=9), RIGHTS, b"%PDF pages") == base  # not content


def test_errata_are_sealed_on_their_own_text():
    erratum = Erratum(date(2027, 4, 1), "Lire « 14 h 30 ».", 4, 1)
    assert erratum_digest(erratum, None) != erratum_digest(replace(erratum, text="Lire « 15 h »."), None)


def test_each_seal_chains_the_previous_one():
    register = sealed_register("a" * 64, "b" * 64)
    assert register[0].seal == chain(GENESIS, "a" * 64)
    assert register[1].seal == chain(register[0].seal, "b" * 64)
    assert verify(register).intact and verify(register).checked == 2


def test_an_entry_changed_after_signing_is_named():
    register = sealed_register("a" * 64, "b" * 64)
    register[1] = replace(register[1], current_digest="c" * 64)
    verdict = verify(register)
    assert not verdict.intact
    assert verdict.broken == ("le procès-verbal de l'assemblée du 12 mars 2027 (pages 4 à 6 du registre) ne "
                              "correspond plus à ce qui a été signé (texte, votes, présences ou pages).")


def test_a_removed_or_forged_seal_breaks_the_chain():
    register = sealed_register("a" * 64, "b" * 64, "c" * 64)
    assert "manque" in (verify([register[0], register[2]]).broken or "")
    forged = replace(register[1], sealed_digest="f" * 64, current_digest="f" * 64)
    assert "ne suit pas" in (verify([register[0], forged, register[2]]).broken or "")


def test_entries_signed_before_sealing_are_reported_then_sealed_in_page_order():
    legacy = [entry(2, 4, "b" * 64), entry(1, 1, "a" * 64)]
    verdict = verify(legacy)
    assert verdict.intact and len(verdict.unsealed) == 2
    assert [(e.first_page, n) for e, n, _ in next_seals(legacy)] == [(1, 1), (4, 2)]


def test_an_unsealed_entry_in_a_sealed_register_was_added_outside_the_app():
    register = sealed_register("a" * 64) + [entry(5, 4, "e" * 64)]
    assert "sans sceau" in (verify(register).broken or "")


def test_deliberation_numbers_follow_the_highest_of_the_year():
    """R312-194-22: the register numbers each deliberation once; a gap in an imported book is not reused."""
    from gcsms_desktop.domain.assembly import deliberation_numbers, highest_rank

    given = ["2026-1", "2026-3", "2025-9", "2026-x"]
    assert highest_rank(given, 2026) == 3 and highest_rank([], 2027) == 0
    assert deliberation_numbers(2026, highest_rank(given, 2026), 2) == ["2026-4", "2026-5"]
