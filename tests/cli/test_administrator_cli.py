"""« administrator elect » and « administrator list » through main(), on a real base (art. 14,
R. 312-194-21 3°, R. 312-194-23)."""

from __future__ import annotations

import pytest

from gcsms_desktop.services.context import open_services
from tests.cli.test_cli import row_counts, run
from tests.integration.test_administrators import election_assembly
from tests.membership_factories import VITRE


def plain(text: str) -> str:
    """The printed text with its no-break spaces (French typography) as plain ones."""
    return text.replace("\xa0", " ").replace("\u202f", " ").replace("\u2019", "'")


@pytest.fixture
def database(db_path, example_text):
    services = open_services(db_path)
    try:
        services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
        election_assembly(services)  # deliberation 2029-1 (matter 3°) of 10 December 2029
    finally:
        services.close()
    return str(db_path)


def test_elect_then_list_the_history_and_who_is_in_office(database, capsys):
    code, out, err = run(capsys, "--db", database, "administrator", "elect", VITRE, "--member", "C",
                         "--person", "Paul Texier", "--on", "2030-01-15", "--deliberation", "2029-1")
    out = plain(out)
    assert (code, err) == (0, "")
    assert "Mandat n° 1 enregistré (élection) : Paul Texier, du 15 janvier 2030 au 14 janvier 2033." in out
    code, out, _ = run(capsys, "--db", database, "administrator", "list", VITRE)
    assert code == 0
    lines = plain(out).splitlines()
    assert lines[1] == ("  premier administrateur — Didier Lemoine (Centre hospitalier de Vitré) : du 15 janvier 2027 "
                        "au 14 janvier 2030 ; fin au terme du mandat ; convention constitutive")
    assert lines[2].startswith("  n° 1, élection — Paul Texier (EHPAD public de La Guerche) : du 15 janvier 2030 au "
                               "14 janvier 2033 ; fin au terme du mandat ; délibération n° 2029-1 du 10 décembre 2029")
    assert lines[3] == ("En fonctions au 30 juin 2030 : Paul Texier (EHPAD public de La Guerche), jusqu'au "
                        "14 janvier 2033 ; élire ou réélire l'administrateur avant le 15 janvier 2033.")
    _, out, _ = run(capsys, "--db", database, "administrator", "list", VITRE, "--at", "2030-01-14")
    assert "En fonctions au 14 janvier 2030 : Didier Lemoine" in plain(out)


def test_a_refused_election_says_why_and_writes_nothing(database, capsys, db_path):
    before = row_counts(db_path)
    code, _, err = run(capsys, "--db", database, "administrator", "elect", VITRE, "--member", "C",
                       "--person", "Jean Inconnu", "--deliberation", "2029-1")
    assert code != 0
    err = plain(err)
    assert "Élection refusée, rien n'a été enregistré" in err and "art. R. 312-194-23" in err
    code, _, err = run(capsys, "--db", database, "administrator", "elect", VITRE, "--member", "C",
                       "--person", "Paul Texier", "--deliberation", "2029-2")
    assert code != 0 and "relève du 3° nomination ou révocation de l'administrateur" in err
    code, _, err = run(capsys, "--db", database, "administrator", "elect", VITRE, "--member", "C",
                       "--person", "Paul Texier", "--deliberation-date", "2030-07-01", "--adopted")
    assert code != 0 and "1er juillet 2030 : cette date n'est pas encore arrivée" in err
    assert row_counts(db_path) == before


def test_declared_replacement_with_its_reason(database, capsys):
    code, out, err = run(capsys, "--db", database, "administrator", "elect", VITRE, "--member", "B",
                         "--person", "Odile Martin", "--deliberation-date", "2028-06-03", "--adopted",
                         "--ends-previous", "resignation")
    assert (code, err) == (0, "") and "(remplacement) : Odile Martin, du 3 juin 2028 au 2 juin 2031" in plain(out)
    _, out, _ = run(capsys, "--db", database, "administrator", "list", VITRE)
    assert "au 2 juin 2028 ; fin avant le terme : démission ; convention constitutive" in plain(out)
