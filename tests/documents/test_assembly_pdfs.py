"""Assembly documents read back from the PDFs the services print."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from gcsms_desktop.domain.majority import Choice
from tests.assembly_factories import MEETING, attend, convened, held, vote_all
from tests.documents.test_convention_pdf import flat
from tests.integration.test_assemblies import TILLEULS, TILLEULS_KEYS


def pages(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def folio_pages(register: bytes) -> list[str]:
    """The register's folios: its pages after the cover and the index, which carry none."""
    text = pages(register)
    first = next(i for i, page in enumerate(text) if "Registre des délibérations — page" in page)
    return text[first:]


def page_streams(pdf: bytes, skip: int = 0) -> list[bytes]:
    """What each page draws, byte for byte (the register's own metadata and front pages aside)."""
    streams = [page.get_contents() for page in PdfReader(io.BytesIO(pdf)).pages[skip:]]
    return [stream.get_data() if stream is not None else b"" for stream in streams]


@pytest.fixture
def signed(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS[:9], {"RAH": "GLY"})
    vote_all(tilleuls, assembly_id, Choice.FOR, SBS=Choice.ABSTENTION, KAV=Choice.AGAINST)
    held(tilleuls, assembly_id)
    tilleuls.assemblies.sign(assembly_id, MEETING)
    return assembly_id


def test_convocation_letter_per_member_with_agenda_delay_and_proxy_form(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    text = pages(tilleuls.printing.convocations(TILLEULS, assembly_id))
    letters = [p for p in text if "Madame, Monsieur" in p]
    assert len(letters) == 17 and sum("Pouvoir" in p and "Bon pour pouvoir" in p for p in text) == 17
    first = letters[0]
    assert "EHPAD Les Glycines" in first and "le mardi 15 décembre 2026 à 14 h 30" in first
    assert "adressée le 30 novembre 2026, 15 jours au moins avant la réunion" in first
    assert "1. Approbation des comptes 2025 (2° approbation des comptes" in first
    assert "Comptes de l’exercice 2025" in first  # documents joints


def test_no_proxy_form_with_two_members(services, example_text):
    services.groupements.import_json(example_text("fougeres-sans-capital"))
    assembly_id = convened(services, "Groupement de coopération sociale de Fougères")
    text = " ".join(pages(services.printing.convocations("Groupement de coopération sociale de Fougères", assembly_id)))
    assert "Pouvoir" not in text and "procuration" not in text
    assert "60/100" in text  # the CCAS's droits without capital


def test_attendance_sheet_prefilled_then_filled(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    blank = " ".join(pages(tilleuls.printing.attendance(TILLEULS, assembly_id)))
    assert "Quorum : au moins la moitié des droits, 8,5/17, présents ou représentés" in blank
    assert "Marie Le Goff" in blank  # the titular representative, pre-filled
    attend(tilleuls, assembly_id, TILLEULS_KEYS[:8], {"RAH": "GLY"})
    filled = " ".join(pages(tilleuls.printing.attendance(TILLEULS, assembly_id)))
    assert "Droits des membres présents Droits des membres représentés Total présents ou représentés" in filled
    assert "8/17 1/17 9/17" in filled
    assert "Quorum atteint : 9/17 des droits présents ou représentés (minimum 8,5/17" in filled


def test_minutes_state_quorum_rule_votes_and_result(tilleuls, signed):
    text = " ".join(pages(tilleuls.printing.minutes(TILLEULS, signed)))
    assert "Procès-verbal Assemblée générale du 15 décembre 2026" in text
    assert "Quorum atteint : 10/17 des droits présents ou représentés (minimum 8,5/17" in text
    assert "Délibération n° 2026-1 — Approbation des comptes 2025" in text
    assert ("Adoptée : 8 voix pour sur 10 présentes ou représentées ; majorité requise : plus de la moitié "
            "(art. R. 312-194-22).") in text
    assert "Rejetée : 8 voix pour sur 10 présentes ou représentées ; unanimité requise" in text  # 6°: an abstention
    # the legal reading, once, in the explanations section
    assert "Explications des résultats" in text and text.count("il faut plus de 5/17 pour") == 1
    assert "les abstentions comptent comme des voix non favorables" in text
    assert "Ont voté contre : Foyer de vie Ker Avel." in text
    assert "Le scrutateur Mme Anne Petit" in text and "Registre des délibérations — page 1" in text


def test_minutes_refused_before_the_session_is_closed(tilleuls):
    from gcsms_desktop.services.errors import ServiceError

    assembly_id = convened(tilleuls, TILLEULS)
    with pytest.raises(ServiceError, match="séance close"):
        tilleuls.printing.minutes(TILLEULS, assembly_id)


def test_register_pages_continue_across_two_assemblies(tilleuls, signed):
    second = convened(tilleuls, TILLEULS, date(2026, 12, 28), date(2026, 12, 1))
    attend(tilleuls, second, TILLEULS_KEYS)
    vote_all(tilleuls, second)
    held(tilleuls, second)
    first_page, last_page = tilleuls.assemblies.sign(second, date(2026, 12, 28))
    first_count = tilleuls.assemblies.record(signed).assembly.register_page_count
    assert first_page == first_count + 1
    register = folio_pages(tilleuls.printing.register(TILLEULS))
    assert len(register) == last_page
    for number, page in enumerate(register, start=1):
        assert f"Registre des délibérations — page {number}" in page and "Paraphe" in page
    assert "Assemblée générale du 28 décembre 2026" in register[first_page - 1]
    assert "Délibération n° 2026-3" in " ".join(register[first_page - 1:])
    # the second PV printed alone keeps its register folios
    alone = pages(tilleuls.printing.minutes(TILLEULS, second))
    assert f"Registre des délibérations — page {first_page}" in alone[0]


def test_erratum_printed_with_the_pv_and_in_the_register(tilleuls, signed):
    tilleuls.assemblies.add_erratum(signed, "Lire « 2026-2 » : résolution rejetée.", date(2026, 12, 20))
    pv = " ".join(pages(tilleuls.printing.minutes(TILLEULS, signed)))
    assert "Erratum du 20 décembre 2026" in pv
    register = folio_pages(tilleuls.printing.register(TILLEULS))
    assert "Erratum du 20 décembre 2026" in register[-1]
    assert f"page {len(register)}" in register[-1]


def test_extract_of_one_deliberation(tilleuls, signed):
    text = " ".join(pages(tilleuls.printing.extract(TILLEULS, "2026-1", date(2026, 12, 22))))
    assert "Extrait du registre des délibérations" in text and "Délibération n° 2026-1" in text
    assert "Approbation des comptes 2025" in text and "Résolution adoptée." in text
    assert "Extrait certifié conforme au procès-verbal signé le 15 décembre 2026" in text
    assert "Admission" not in text


def test_no_convocation_letter_before_the_sending_date_is_recorded(tilleuls):
    from gcsms_desktop.domain.assembly import Assembly
    from gcsms_desktop.services.errors import ServiceError
    from tests.assembly_factories import agenda

    assembly_id = tilleuls.assemblies.prepare(TILLEULS, Assembly(MEETING, "Siège", agenda=agenda()))
    with pytest.raises(ServiceError, match="Convoquez d'abord"):
        tilleuls.printing.convocations(TILLEULS, assembly_id)


def test_minutes_without_quorum_record_that_nothing_was_deliberated(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, [])
    held(tilleuls, assembly_id)
    text = " ".join(pages(tilleuls.printing.minutes(TILLEULS, assembly_id)))
    assert "Quorum non atteint : 0/17 des droits présents ou représentés" in text
    assert "Faute de quorum, l’assemblée n’a pas délibéré" in text
    assert "La séance est levée." in text and "ordre du jour étant épuisé" not in text
    assert "Délibération n°" not in text


def test_r312_194_22_the_register_reprints_the_pages_as_signed_after_the_data_change(tilleuls, signed, db_path,
                                                                                      tmp_path, capsys):
    """Art. R. 312-194-22 du CASF (convention art. 13): each PV is kept, signed, in the « registre coté et
    paraphé », and a signed PV never changes. Later the groupement's data change — a member renamed, the
    dénomination and the siège changed (straight in the file: no use case renames yet), then an erratum
    recorded through the app — and the register (services and command line) still prints the PV's pages
    byte for byte as they were signed, old names included."""
    import sqlite3

    from tests.cli.test_cli import run

    [entry] = tilleuls.assemblies.register_entries(TILLEULS)
    signed_pages, signed_register = entry.pdf, tilleuls.printing.register(TILLEULS)
    as_signed = folio_pages(signed_register)
    assert signed_pages and len(as_signed) == tilleuls.assemblies.record(signed).assembly.register_page_count
    assert "EHPAD Les Glycines" in as_signed[0] and TILLEULS in as_signed[0]
    renamed, new_name = "EHPAD Les Glycines et Les Camélias", "Groupement de coopération médico-sociale Haute-Bretagne"
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE members SET name = ? WHERE key = 'GLY'", (renamed,))
        connection.execute("UPDATE groupements SET denomination = ?, seat_address = '1 place Neuve, 35700 Rennes'",
                           (new_name,))
    assert tilleuls.groupements.get(1).denomination == new_name  # the data did change…
    assert renamed in " ".join(pages(tilleuls.printing.attendance(1, signed)))
    assert tilleuls.register.verify(1).intact  # …and the books were not altered: printing goes on
    # byte for byte, behind a cover and an index typeset anew (they show the groupement as it is now)
    assert signed_pages and page_streams(tilleuls.printing.register(1), 2) == page_streams(signed_pages)
    output = tmp_path / "registre.pdf"
    code, _out, err = run(capsys, "--db", str(db_path), "print", "register", "1", "-o", str(output))
    assert (code, err) == (0, "") and page_streams(output.read_bytes(), 2) == page_streams(signed_pages)
    assert folio_pages(output.read_bytes()) == as_signed
    # a later change through the app: an erratum takes the next pages; the PV's pages stay as signed
    tilleuls.assemblies.add_erratum(signed, "Lire « Salle du conseil municipal ».", date(2026, 12, 20))
    register = folio_pages(tilleuls.printing.register(1))
    assert register[:len(as_signed)] == as_signed and len(register) > len(as_signed)
    assert "Erratum du 20 décembre 2026" in register[-1]
    assert all(renamed not in page and new_name not in page for page in register[:len(as_signed)])
    assert tilleuls.assemblies.register_entries(1)[0].pdf == signed_pages


def test_r312_194_22_a_signed_pv_reprints_as_signed_after_the_data_change(tilleuls, signed, db_path):
    """Art. R. 312-194-22 du CASF (convention art. 13): the PV printed alone, once signed, is the signed act
    — its register pages, then any erratum's — not a new rendering with today's names."""
    import sqlite3

    as_signed = pages(tilleuls.printing.minutes(TILLEULS, signed))
    assert "EHPAD Les Glycines" in " ".join(as_signed)
    renamed = "EHPAD Les Glycines et Les Camélias"
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE members SET name = ? WHERE key = 'GLY'", (renamed,))
    assert renamed in " ".join(pages(tilleuls.printing.attendance(1, signed)))  # the data did change
    assert pages(tilleuls.printing.minutes(1, signed)) == as_signed
    tilleuls.assemblies.add_erratum(signed, "Lire « Salle du conseil municipal ».", date(2026, 12, 20))
    with_erratum = pages(tilleuls.printing.minutes(1, signed))
    assert with_erratum[:len(as_signed)] == as_signed and "Erratum du 20 décembre 2026" in with_erratum[-1]
    assert renamed not in " ".join(with_erratum)
