"""Signed minutes edited directly in the SQLite file are caught: verify, printing, the Assemblées tab.

R312-194-22 and convention art. 13: the PVs are kept in a registre coté et paraphé, signed; a signed
PV never changes (a correction is an erratum). Before the seal, editing a resolution's text or votes
with a SQLite editor changed the « certifié conforme » extract with no warning.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import date

import pytest

from gcsms_desktop.services.context import open_services
from gcsms_desktop.services.errors import AlreadyExists, ServiceError
from tests.cli.test_cli import run
from tests.integration.test_assemblies import TILLEULS


@pytest.fixture
def database(signed_tilleuls_copy):
    """The base with one signed PV (tests.prepared), a copy of its own: these tests edit the file."""
    return signed_tilleuls_copy


def tamper(path, statement: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(statement)


def test_an_intact_register_verifies(signed_tilleuls_base, capsys):
    code, out, err = run(capsys, "--db", str(signed_tilleuls_base), "verify", TILLEULS)
    assert code == 0 and err == ""
    assert "Registre des délibérations intact : 1 entrée scellée vérifiée." in out


@pytest.mark.parametrize("statement", [
    "UPDATE agenda_items SET resolution = 'L''assemblée générale rejette les comptes.' WHERE position = 0",
    "UPDATE votes SET choice = 'against' WHERE id = (SELECT MIN(id) FROM votes)",
    "UPDATE attendance SET presence = 'absent' WHERE id = (SELECT MIN(id) FROM attendance)",
    "UPDATE assemblies SET register_pdf = CAST('%PDF-1.4 forged' AS BLOB) WHERE register_pdf IS NOT NULL",
    "UPDATE assemblies SET signed_on = '2026-12-01' WHERE signed_on IS NOT NULL",
], ids=["resolution text", "a vote", "attendance", "stored pages swapped", "signature date"])
def test_a_signed_pv_edited_in_the_file_is_named_and_not_printed(database, capsys, tmp_path,
                                                                 statement):
    tamper(database, statement)
    code, out, err = run(capsys, "--db", str(database), "verify", TILLEULS)
    assert code == 1 and out == ""
    assert err.startswith("Registre des délibérations altéré hors de l'application : le procès-verbal de "
                          "l'assemblée du 15 décembre 2026 (pages 1 à 2 du registre) ne correspond plus à ce qui a "
                          "été signé")
    for document, extra in (("extract", ["--deliberation", "2026-1"]), ("register", []),
                            ("minutes", ["--assembly", "1"])):
        target = tmp_path / f"{document}.pdf"
        code, _out, err = run(capsys, "--db", str(database), "print", document, TILLEULS, *extra, "-o", str(target))
        assert code == 2 and not target.exists()
        assert "Registre des délibérations altéré hors de l'application : le procès-verbal" in err
        assert "Rien n'est imprimé" in err


def test_a_removed_seal_is_caught(database, capsys):
    tamper(database, "DELETE FROM register_seals")
    services = open_services(database)
    try:
        verdict = services.register.verify(TILLEULS)
    finally:
        services.close()
    assert verdict.intact and len(verdict.unsealed) == 1  # looks like a book signed before sealing…
    services = open_services(database)
    try:  # …until the next entry: signing seals every entry, so a deletion cannot hide an edit later
        services.assemblies.add_erratum(1, "Lire « salle du conseil ».", date(2026, 12, 20))
        assert services.register.verify(TILLEULS).intact
    finally:
        services.close()


def test_the_assemblies_tab_says_the_books_were_altered(database, qtbot, qapp):
    from gcsms_desktop.gui.assemblies_panel import AssembliesPanel

    services = open_services(database)
    try:
        panel = AssembliesPanel()
        qtbot.addWidget(panel)
        panel.show_groupement(services, 1)
        assert not panel.altered.isVisibleTo(panel)
        tamper(database, "UPDATE agenda_items SET title = 'Autre chose' WHERE position = 0")
        panel.show_groupement(services, 1)  # the file changed since the last check: checked again
        assert panel.altered.isVisibleTo(panel)
        assert panel.altered.text().startswith("Registre des délibérations altéré hors de l\u2019application\u00a0: "
                                               "le procès-verbal de l\u2019assemblée du 15 décembre 2026")
        panel.table.selectRow(0)  # the signed assembly: nothing that certifies it may be printed
        actions = panel.print_actions
        assert not actions["register"].isEnabled() and not actions["extract"].isEnabled()
        assert not actions["minutes"].isEnabled() and actions["attendance"].isEnabled()
        with pytest.raises(ServiceError, match="altéré hors de l'application"):
            services.printing.extract(TILLEULS, "2026-1")
    finally:
        services.close()


@pytest.mark.parametrize("look_alike", [
    unicodedata.normalize("NFD", TILLEULS),  # decomposed accents
    TILLEULS.replace(" Les ", "\u00a0Les\u00a0"),  # no-break spaces
    "  " + TILLEULS.replace(" ", "  ") + " ",  # doubled and outer spaces
    TILLEULS.upper(),
], ids=["NFD", "no-break spaces", "spaces", "capitals"])
def test_a_look_alike_name_is_the_same_groupement(signed_tilleuls_base, example_text, look_alike):
    services = open_services(signed_tilleuls_base)
    try:
        text = example_text("tilleuls-17-parts").replace(TILLEULS, look_alike)
        with pytest.raises(AlreadyExists, match="existe déjà"):
            services.groupements.import_json(text)
        assert services.groupements.resolve(look_alike) == 1
        assert [g.denomination for g in services.groupements.list()] == [TILLEULS]
    finally:
        services.close()


def test_names_are_stored_normalised(tmp_path, example_text):
    services = open_services(tmp_path / "new.sqlite")
    try:
        messy = unicodedata.normalize("NFD", TILLEULS).replace(" Les ", " \u00a0Les  ")
        services.groupements.import_json(example_text("tilleuls-17-parts").replace(TILLEULS, messy))
        assert [g.denomination for g in services.groupements.list()] == [TILLEULS]
    finally:
        services.close()
