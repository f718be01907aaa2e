"""The session's hours and each point's debates in the JSON file (schema 0010): exported, imported
back unchanged, and judged by « check » and « import » as the services judge them (art. 13-2)."""

from __future__ import annotations

import json

from tests.integration.test_book_checks import Document, problem_lines, run, tilleuls


def with_session_texts(d: Document) -> None:
    """Assembly [1] (held on 30 December 2026): its hours, debates on its first and last points."""
    a = d["assemblies"][1]
    a.update(opened_at="14:05", closed_at="16:40")
    a["agenda"][0]["debates"] = "Le trésorier présente les comptes."
    a["agenda"][-1]["debates"] = "Aucune question."


def write(tmp_path, name: str, document: Document):
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_hours_and_debates_go_through_import_and_export(tmp_path, capsys):
    document = tilleuls()
    with_session_texts(document)
    path = write(tmp_path, "livre.json", document)
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0 and "Aucune erreur." in out, out
    db = tmp_path / "base.sqlite"
    assert run(capsys, "--db", str(db), "import", str(path))[0] == 0
    exported = tmp_path / "export.json"
    denomination = document["groupement"]["denomination"]
    assert run(capsys, "--db", str(db), "export", denomination, "-o", str(exported))[0] == 0
    again = json.loads(exported.read_text(encoding="utf-8"))["assemblies"]
    assert (again[1]["opened_at"], again[1]["closed_at"]) == ("14:05", "16:40")
    assert [item.get("debates") for item in again[1]["agenda"]] == [
        item.get("debates") for item in document["assemblies"][1]["agenda"]]
    assert "opened_at" not in again[0] and all("debates" not in item for item in again[0]["agenda"])


def test_a_closing_before_the_opening_and_debates_on_a_draft_are_refused_alike(tmp_path, capsys):
    document = tilleuls()
    with_session_texts(document)
    document["assemblies"][1].update(opened_at="16:40", closed_at="14:05")
    draft = document["assemblies"][1] | {"state": "draft", "droits": None, "attendance": [], "meeting_date":
                                         "2027-03-15", "convocation_date": None, "opened_at": "", "closed_at": ""}
    draft["agenda"] = [item | {"deliberation_number": None, "votes": {}} for item in draft["agenda"]]
    document["assemblies"].append(draft)
    path = write(tmp_path, "livre.json", document)
    code, out, err = run(capsys, "check", str(path))
    checked = problem_lines(out + err)
    assert code == 2
    assert any(line.startswith("assemblies[1].closed_at : ") and "l'heure de clôture suit l'heure d'ouverture"
               in line.replace("\u2019", "'") for line in checked), out
    assert any(line.startswith("assemblies[2].agenda : ") and "n'a ni heures de séance ni débats" in
               line.replace("\u2019", "'") for line in checked), out
    code, _out, err = run(capsys, "--db", str(tmp_path / "base.sqlite"), "import", str(path))
    assert code == 2 and problem_lines(err) == checked
