"""Convocations by e-mail (R312-194-20, art. 13-2): one .eml per member with an address, read back with the
standard library; the others by post; the list of sendings as proof of the date."""

from __future__ import annotations

import io
from datetime import date
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from pypdf import PdfReader

from gcsms_desktop.domain.assembly import AgendaItem, Assembly, AssemblyState
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.domain.member_details import DetailsCorrection
from gcsms_desktop.services.errors import ServiceError
from tests.assembly_factories import MEETING, SENT, convened
from tests.cli.test_cli import run
from tests.documents.test_assembly_pdfs import pages
from tests.documents.test_convocation_letters import footers
from tests.integration.test_assemblies import TILLEULS

ADDRESSES = {"GLY": "direction@glycines.fr", "TYC": "contact@tycoz.bzh"}


@pytest.fixture
def with_addresses(tilleuls):
    for key, address in ADDRESSES.items():
        tilleuls.details.correct(TILLEULS, DetailsCorrection(key, date(2026, 11, 22), email=address))
    return tilleuls


def parsed(raw: bytes) -> EmailMessage:
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_one_email_per_member_with_an_address_its_own_letter_attached(with_addresses):
    assembly_id = convened(with_addresses, TILLEULS)
    mailing = with_addresses.printing.convocation_emails(TILLEULS, assembly_id)
    assert mailing.sent_on == SENT
    assert sorted(e.address for e in mailing.emails) == sorted(ADDRESSES.values())
    assert len(mailing.by_post) == 15 and all(address.strip() for _, address in mailing.by_post)
    glycines = next(e for e in mailing.emails if e.address == "direction@glycines.fr")
    message = parsed(glycines.message)
    assert message["To"] == "EHPAD Les Glycines <direction@glycines.fr>"
    assert message["Subject"] == ("Convocation à l’assemblée générale du 15 décembre 2026 — "
                                  "Groupement de coopération médico-sociale Les Tilleuls")
    plain = message.get_body(("plain",))
    assert plain is not None
    text = plain.get_content()
    assert "la convocation adressée à EHPAD Les Glycines" in text and "1. Approbation des comptes 2025" in text
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "2026-12-15 AG — convocation — EHPAD Les Glycines.pdf"
    letter = pages(attachment.get_content())
    assert len(letter) == 2 and footers(letter) == [(1, 2), (2, 2)]  # its letter and its pouvoir, alone
    assert "EHPAD Les Glycines" in letter[0] and "Bon pour pouvoir" in letter[1]
    assert "adressée le 30 novembre 2026" in letter[0]
    assert glycines.file_name.endswith(".eml") and PdfReader(io.BytesIO(attachment.get_content())).pages


def test_emails_for_an_assembly_in_preparation_are_checked_like_convening_and_record_nothing(with_addresses):
    services = with_addresses
    assembly_id = services.assemblies.prepare(TILLEULS, Assembly(
        MEETING, "Salle du conseil", "14:30", agenda=(AgendaItem(Matter.BUDGET, "Budget 2027", "Adopté."),)))
    with pytest.raises(ServiceError, match="date d'envoi"):
        services.printing.convocation_emails(TILLEULS, assembly_id)
    with pytest.raises(ServiceError, match="15 jours"):
        services.printing.convocation_emails(TILLEULS, assembly_id, date(2026, 12, 5))  # too late
    mailing = services.printing.convocation_emails(TILLEULS, assembly_id, SENT)
    [attachment] = list(parsed(mailing.emails[0].message).iter_attachments())
    assert "le 30 novembre 2026" in pages(attachment.get_content())[0]
    record = services.assemblies.record(assembly_id)
    assert record.assembly.state is AssemblyState.DRAFT and record.assembly.convocation_date is None
    services.assemblies.convene(assembly_id, mailing.sent_on)  # what the user confirms
    assert services.assemblies.record(assembly_id).assembly.convocation_date == SENT


def test_list_of_sendings_says_how_and_where_each_member_was_convened(with_addresses):
    assembly_id = convened(with_addresses, TILLEULS)
    text = " ".join(pages(with_addresses.printing.sendings(TILLEULS, assembly_id)))
    assert "Liste des envois des convocations" in text
    assert "envoyées le 30 novembre 2026 aux 17 membres" in text
    assert "EHPAD Les Glycines à l’attention de Marie Le Goff courriel direction@glycines.fr 30 novembre 2026" in text
    assert "Association Ty Coz à l’attention de Yann Morvan courriel contact@tycoz.bzh" in text
    assert "poste" in text and "2 convocations envoyées par courriel, 15 par la poste." in text


def test_no_list_of_sendings_before_the_convocation_is_recorded(tilleuls):
    assembly_id = tilleuls.assemblies.prepare(TILLEULS, Assembly(
        MEETING, "Salle", agenda=(AgendaItem(Matter.BUDGET, "Budget 2027", "Adopté."),)))
    with pytest.raises(ServiceError, match="Convoquez d'abord"):
        tilleuls.printing.sendings(TILLEULS, assembly_id)


def test_command_line_writes_the_emails_and_prints_the_sendings(with_addresses, db_path, tmp_path, capsys):
    assembly_id = convened(with_addresses, TILLEULS)
    folder = tmp_path / "courriels"
    code, out, err = run(capsys, "--db", str(db_path), "assembly", "emails", TILLEULS, "--assembly",
                         str(assembly_id), "-o", str(folder))
    assert (code, err) == (0, "")
    files = sorted(folder.glob("*.eml"))
    assert [parsed(f.read_bytes())["To"].addresses[0].addr_spec for f in files] == [
        "contact@tycoz.bzh", "direction@glycines.fr"]  # « … — Association Ty Coz.eml », « … — EHPAD … »
    assert "2 courriel(s) de convocation" in out and "15 membre(s) sans adresse électronique" in out
    output = tmp_path / "envois.pdf"
    code, out, err = run(capsys, "--db", str(db_path), "print", "sendings", TILLEULS, "--assembly",
                         str(assembly_id), "-o", str(output))
    assert (code, err) == (0, "") and "Liste des envois enregistrée" in out
    assert "courriel" in " ".join(pages(output.read_bytes()))
