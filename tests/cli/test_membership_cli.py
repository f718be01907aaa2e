"""« members », « changes » and the membership documents from the command line."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import run
from tests.documents.test_convention_pdf import flat
from tests.membership_factories import VITRE


@pytest.fixture
def database(vitre_history_base):
    """Vitré after an admission, a transfer and a withdrawal, built once for the module (tests.prepared):
    these tests only read it."""
    return str(vitre_history_base)


def pdf_text(path) -> str:
    return flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages))


def test_members_at_a_date_in_text_and_json(database, capsys):
    code, out, _ = run(capsys, "--db", database, "members", VITRE, "--at", "2028-01-01")
    assert code == 0 and "Au 1er janvier 2028" in out
    assert "Association Les Genêts  nos 50 à 54, nos 101 à 120  droits 25/120" in out
    code, out, _ = run(capsys, "--db", database, "members", "1", "--at", "2029-01-01", "--json")
    document = json.loads(out)
    assert [m["key"] for m in document["members"]] == ["A", "B", "D"]
    assert document["members"][2]["droits"] == "25/74" and document["total_parts"] == 74


def test_members_split_a_debt_by_the_droits_to_the_cent(database, capsys):
    """Art. 9-2 of the convention (R. 312-194-12): on 1 January 2029, A 26/74, B 23/74, D 25/74 of 1 000 €."""
    code, out, _ = run(capsys, "--db", database, "members", VITRE, "--at", "2029-01-01", "--debt", "1 000")
    assert code == 0
    lines = [line for line in out.splitlines() if "dettes" in line]
    shares = [line.rsplit("dettes ", 1)[1] for line in lines if line.startswith("  ")]
    assert shares == ["351,35\u00a0€", "310,81\u00a0€", "337,84\u00a0€"]  # 351,351… 310,810… 337,837…
    assert "réparties selon les droits sociaux (art.\u00a09-2 de la convention)" in out
    with pytest.raises(SystemExit) as refused:  # argparse's usage error, printed in French
        run(capsys, "--db", database, "members", VITRE, "--debt", "mille euros")
    assert refused.value.code == 2 and "montant « mille euros » invalide" in capsys.readouterr().err
    code, _out, err = run(capsys, "--db", database, "members", VITRE, "--debt", "10", "--json")
    assert code == 2 and "retirez --json" in err


def test_print_rights_with_a_debt_split_to_the_cent(database, capsys, tmp_path):
    """Art. 9-2: the rights table shows each member's share of the debts, and the exact total."""
    output = tmp_path / "droits.pdf"
    code, _out, err = run(capsys, "--db", database, "print", "rights", VITRE, "--at", "2029-01-01", "--debt", "1000",
                          "-o", str(output))
    assert (code, err) == (0, "")
    text = pdf_text(output)
    assert "Répartition de 1 000 € de dettes" in text
    assert "351,35 €" in text and "310,81 €" in text and "337,84 €" in text
    code, _out, err = run(capsys, "--db", database, "print", "shares-register", VITRE, "--debt", "10", "-o",
                          str(tmp_path / "r.pdf"))
    assert code == 2 and "--debt ne sert qu'au tableau des droits" in err


def test_changes_lists_avenants_and_deadlines(database, capsys):
    code, out, _ = run(capsys, "--db", database, "changes", VITRE)
    assert code == 0
    assert "3  1er septembre 2027  retrait de « EHPAD public de La Guerche » — effet le 31 décembre 2028" in out
    assert "Avenant n° 2" in out and "à envoyer au préfet" in out


def test_print_avenant_shares_register_rights_changes_and_consolidated(database, capsys, tmp_path):
    outputs = {
        "avenant": (["--change", "1"], "Avenant n° 1"),
        "shares-register": (["--at", "2029-01-01"], "nos 55 à 100 EHPAD public de La Guerche"),
        "rights": (["--at", "2028-01-01"], "25/120"),
        "changes": (["--from", "2027-01-01", "--at", "2027-12-31"], "1er juin 2027 : cession des parts"),
        "convention": (["--at", "2027-03-01"], "consolidée au 1er mars 2027"),
    }
    # R. 312-194-18: the consolidated convention says since when the groupement is a legal person
    outputs["consolidated"] = (["--at", "2027-03-01"], "Personne morale depuis le 30 octobre 2026")
    for document, (options, expected) in outputs.items():
        target = tmp_path / f"{document}.pdf"
        printed = "convention" if document == "consolidated" else document
        code, _, err = run(capsys, "--db", database, "print", printed, VITRE, *options, "-o", str(target))
        assert code == 0, err
        assert expected in pdf_text(target)


def test_missing_or_bad_options_are_explained(database, capsys, tmp_path):
    code, _, err = run(capsys, "--db", database, "print", "avenant", VITRE, "-o", str(tmp_path / "a.pdf"))
    assert code == 2 and "--change" in err
    code, _, err = run(capsys, "--db", database, "print", "avenant", VITRE, "--change", "7", "-o",
                       str(tmp_path / "a.pdf"))
    assert code == 2 and "Aucun avenant numéro 7" in err
    assert not (tmp_path / "a.pdf").exists()
