"""One validation path for files: ``check FILE`` and ``import FILE`` judge a book by the very rules the
services apply step by step (R. 312-194-10, R. 312-194-20 to -22, art. 8 and 13 of the convention), list
every problem with its place in the file, and agree; a refused import writes nothing.

Each unlawful file is a real export (tests/fixtures/exports) or a shipped example, changed in one place.
"""

from __future__ import annotations

import copy
import json
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gcsms_desktop.cli import main
from gcsms_desktop.domain.problems import InvalidGroupement
from gcsms_desktop.interchange.reader import FormatError
from gcsms_desktop.services.errors import ServiceError
from tests.conftest import EXAMPLES, ROOT

EXPORTS = ROOT / "tests" / "fixtures" / "exports"
KEYS_OF_SIX = ["GLY", "TYC", "SBS", "KAV", "ADC", "HC35"]
Document = dict[str, Any]


def tilleuls() -> Document:
    """17 members, proxies allowed: [0] signed on 16 December 2026, [1] held on 30 December 2026."""
    return json.loads((EXPORTS / "0004-tilleuls-sealed-1.export.json").read_text(encoding="utf-8"))


def vitre() -> Document:
    """A, B, C; D admitted (avenant published 1 February 2027), C withdrawing (notice 1 September 2027,
    gone after 31 December 2028); [0] held on 15 December 2026."""
    return json.loads((EXPORTS / "0003-vitre-changes-1.export.json").read_text(encoding="utf-8"))


def two_members_parting() -> Document:
    """Two members; ADMR withdraws on 1 March 2027, which dissolves the groupement of right (avenant 2,
    written by an earlier release; the dissolution is now derived from the withdrawal, art. 8-2)."""
    return json.loads((EXPORTS / "0004-tilleuls-sealed-2.export.json").read_text(encoding="utf-8"))


def fougeres() -> Document:
    """Two members, no capital, no proxies."""
    return json.loads((EXAMPLES / "fougeres-sans-capital.json").read_text(encoding="utf-8"))


def line(document: Document, assembly: int, key: str) -> dict[str, Any]:
    return next(x for x in document["assemblies"][assembly]["attendance"] if x["member"] == key)


def convened_copy(held: dict[str, Any], meeting: str, sent: str) -> dict[str, Any]:
    """A held assembly as a new one, convened for ``meeting`` and not yet held."""
    a = copy.deepcopy(held)
    a.update(meeting_date=meeting, convocation_date=sent, state="convened", droits=None, signed_on=None,
             register=None, errata=[])
    for item in a["agenda"]:
        item["deliberation_number"] = None
    return a


def without_quorum(document: Document, index: int) -> None:
    """Assembly ``index`` closed with 5 members of 17 present: no quorum, nothing deliberated."""
    a = document["assemblies"][index]
    present = {x["member"] for x in a["attendance"][:5]}
    for x in a["attendance"]:
        if x["member"] not in present:
            x.update(presence="absent", representative="", proxy_holder=None)
    for item in a["agenda"]:
        item.update(votes={}, deliberation_number=None)


def second_of_1(document: Document, meeting: str, sent: str) -> None:
    second = convened_copy(document["assemblies"][1], meeting, sent)
    second.update(second_of=1, first_meeting_date=document["assemblies"][1]["meeting_date"])
    for item in second["agenda"]:
        item["votes"] = {}
    for x in second["attendance"]:
        x.update(presence="absent", representative="", proxy_holder=None)
    document["assemblies"].append(second)


# --- each unlawful situation: (name, base, change, expected field, expected words) -------------------

def late_convocation(d: Document) -> None:
    d["assemblies"][1]["convocation_date"] = "2026-12-19"  # 11 days before 30 December, not urgent


def two_proxies(d: Document) -> None:
    for key in ("AGO", "FAM"):
        line(d, 1, key).update(presence="represented", proxy_holder="GLY")


def proxy_with_two_members(d: Document) -> None:
    d["assemblies"] = [{
        "meeting_date": "2026-12-15", "place": "Mairie de Fougères", "convocation_date": "2026-11-20",
        "state": "convened", "agenda": [{"matter": "2", "title": "Comptes 2025", "resolution": "Approuvés."}],
        "attendance": [{"member": "CCAS", "presence": "present", "representative": "M. Roux"},
                       {"member": "ADMR", "presence": "represented", "proxy_holder": "CCAS"}]}]


def second_outside_window(d: Document) -> None:
    without_quorum(d, 1)
    second_of_1(d, "2027-01-20", "2027-01-05")  # 21 days after 30 December (R. 312-194-22: 15)


def second_after_quorum(d: Document) -> None:
    second_of_1(d, "2027-01-10", "2027-01-02")  # the first reached its quorum


def member_not_yet_admitted(d: Document) -> None:
    d["assemblies"][0]["attendance"].append(
        {"member": "D", "presence": "present", "representative": "Directeur D", "proxy_holder": None})


def member_already_gone(d: Document) -> None:
    later = convened_copy(d["assemblies"][0], "2029-03-15", "2029-02-20")  # C left on 31 December 2028
    for item in later["agenda"]:
        item["votes"] = {}
    later["attendance"].append({"member": "D", "presence": "present", "representative": "Directeur D"})
    d["assemblies"].append(later)


def vote_by_absent(d: Document) -> None:
    d["assemblies"][1]["agenda"][0]["votes"]["AGO"] = "for"


def vote_by_excluded(d: Document) -> None:
    item = d["assemblies"][1]["agenda"][2]
    item.update(matter="7", title="Exclusion de l'association ENV", resolution="L'assemblée exclut ENV.",
                concerned_member="ENV", deliberation_number="2026-5",
                votes={x["member"]: "for" for x in d["assemblies"][1]["attendance"] if x["presence"] == "present"})


def signed_before_meeting(d: Document) -> None:
    d["assemblies"][0]["signed_on"] = "2026-12-14"


def draft_with_votes(d: Document) -> None:
    a = d["assemblies"][1]
    a.update(state="draft", droits=None, attendance=[])
    for item in a["agenda"]:
        item["deliberation_number"] = None


def change_refused(d: Document) -> None:
    d["changes"][1]["deliberation"]["unanimous"] = False  # a transfer (a change to the convention): unanimity


def deliberation_cited_otherwise(d: Document) -> None:
    d["changes"][0]["deliberation"]["date"] = "2026-12-10"  # « 2026-2 » was decided on 15 December


def dissolution_without_cause(d: Document) -> None:
    del d["changes"][0]  # the withdrawal that dissolved the groupement of right (art. 8-2) is gone


def request_by_too_few(d: Document) -> None:
    d["assemblies"][1].update(requested_by=["GLY", "TYC"], requested_on="2026-12-01")  # 2 of 17


CASES: list[tuple[str, Callable[[], Document], Callable[[Document], None], str, str]] = [
    ("convocation 11 jours avant", tilleuls, late_convocation, "assemblies[1].convocation_date",
     "15 jours au moins à l'avance (art. R. 312-194-20)"),
    ("deux procurations", tilleuls, two_proxies, "assemblies[1].attendance[0]",
     "détient 2 procurations : aucun membre ne peut détenir plus d'un mandat (art. R. 312-194-20)"),
    ("procuration à deux membres", fougeres, proxy_with_two_members, "assemblies[0].attendance[1]",
     "plus de deux membres (art. R. 312-194-20)"),
    ("seconde hors délai", tilleuls, second_outside_window, "assemblies[2].meeting_date",
     "dans un délai de 15 jours après celle du 30 décembre 2026 (art. R. 312-194-22)"),
    ("seconde après quorum", tilleuls, second_after_quorum, "assemblies[2].second_of",
     "suit une assemblée close faute de quorum"),
    ("membre pas encore admis", vitre, member_not_yet_admitted, "assemblies[0].attendance[3]",
     "n'est pas membre du groupement à la date de l'assemblée"),
    ("membre déjà parti", vitre, member_already_gone, "assemblies[1].attendance[2]",
     "n'est pas membre du groupement à la date de l'assemblée"),
    ("vote d'un absent", tilleuls, vote_by_absent, "assemblies[1].agenda[0].votes.AGO",
     "n'est ni présent ni représenté : seuls votent les membres présents ou représentés"),
    ("vote du membre à exclure", tilleuls, vote_by_excluded, "assemblies[1].agenda[2].votes.ENV",
     "dont l'exclusion est demandée : il ne prend pas part au vote (art. R. 312-194-22)"),
    ("signé avant la réunion", tilleuls, signed_before_meeting, "assemblies[0].signed_on",
     "ne peut pas être signé avant la réunion du 15 décembre 2026"),
    ("brouillon avec votes", tilleuls, draft_with_votes, "assemblies[1].state",
     "une assemblée en préparation n'a ni feuille de présence ni votes"),
    ("changement refusé", vitre, change_refused, "changes[1].deliberation",
     "requiert l'unanimité des membres présents ou représentés (art. R. 312-194-22)"),
    ("dissolution de plein droit sans cause", two_members_parting, dissolution_without_cause, "changes[0].of_right",
     "aucune cause de dissolution de plein droit n'est enregistrée (terme de la durée"),
    ("demande d'un tiers non atteinte", tilleuls, request_by_too_few, "assemblies[1].requested_by",
     "qu'à la demande d'au moins un tiers des membres (art. R. 312-194-20)"),
    ("délibération citée autrement", vitre, deliberation_cited_otherwise, "changes[0].deliberation",
     "est, au procès-verbal de l'assemblée du 15 décembre 2026, adoptée à l'unanimité : le changement doit la "
     "citer telle que le registre l'enregistre"),
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(path: Path) -> tuple[dict[str, int], bytes]:
    with sqlite3.connect(path) as connection:
        tables = [t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {t: connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    connection.close()
    return counts, path.read_bytes()


def problem_lines(text: str) -> set[str]:
    """« field : message » of every error line printed by check (stdout) or import (stderr)."""
    found = set()
    for raw in text.splitlines():
        raw = raw.strip()
        if raw.startswith("erreur — "):
            found.add(raw.removeprefix("erreur — "))
        elif " : " in raw and not raw.startswith(("avertissement", "Groupement refusé", "Fichier refusé")):
            found.add(raw)
    return found


@pytest.mark.parametrize("name, base, damage, field, words", CASES, ids=[c[0] for c in CASES])
def test_each_unlawful_book_is_refused_by_check_and_by_import_alike(tmp_path, capsys, name, base, damage,
                                                                     field, words):
    """R. 312-194-10, R. 312-194-20 to -22, art. 8 and 13-2: a file recording a step the app would have
    refused is refused by « check » (exit 2) and by « import » (nothing written), with the same lines,
    naming the field in the file and the article."""
    document = base()
    damage(document)
    path = tmp_path / "livre.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "base.sqlite"
    assert run(capsys, "--db", str(db), "import", str(EXAMPLES / "tilleuls-17-parts.json"))[0] == 0
    before = snapshot(db)

    code, out, err = run(capsys, "--db", str(db), "check", str(path))
    assert code == 2 and "Traceback" not in out + err
    checked = problem_lines(out + err)
    assert any(line.startswith(f"{field} : ") and words in line for line in checked), out + err

    code, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 2 and "Traceback" not in err
    assert err.startswith(("Groupement refusé, rien n'a été enregistré :", "Fichier refusé, rien n'a été enregistré :"))
    assert problem_lines(err) == checked
    assert snapshot(db) == before


def test_the_lawful_versions_of_those_books_are_accepted(tmp_path, capsys):
    """Control: the same files without the damage, and a second assembly within the 15 days after a first
    closed without quorum (R. 312-194-22), pass check and import."""
    lawful = tilleuls()
    without_quorum(lawful, 1)
    second_of_1(lawful, "2027-01-12", "2027-01-05")
    later = vitre()
    member_already_gone(later)
    later["assemblies"][1]["attendance"] = [x for x in later["assemblies"][1]["attendance"] if x["member"] != "C"]
    requested = tilleuls()
    requested["assemblies"][1].update(requested_by=KEYS_OF_SIX, requested_on="2026-12-01")  # 6 of 17: a third
    for number, document in enumerate((tilleuls(), vitre(), fougeres(), lawful, later, requested)):
        path = tmp_path / f"livre-{number}.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        code, out, err = run(capsys, "check", str(path))
        assert (code, err) == (0, "") and "Aucune erreur." in out, out
        code, out, err = run(capsys, "--db", str(tmp_path / f"base-{number}.sqlite"), "import", str(path))
        assert (code, err) == (0, ""), err


def test_every_problem_is_listed_not_only_the_first(tmp_path, capsys):
    """A file with two refused changes and two unlawful assemblies: check lists all four (the import
    stopped at the first change)."""
    document = vitre()
    change_refused(document)
    deliberation_cited_otherwise(document)
    member_not_yet_admitted(document)
    member_already_gone(document)
    path = tmp_path / "livre.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path))
    fields = {line.split(" : ")[0] for line in problem_lines(out)}
    assert code == 2
    assert {"changes[0].deliberation", "changes[1].deliberation", "assemblies[0].attendance[3]",
            "assemblies[1].attendance[2]"} <= fields


def test_the_shipped_examples_and_exports_pass_check_and_import(tmp_path, capsys):
    files = sorted(EXAMPLES.glob("*.json")) + sorted(EXPORTS.glob("*.json"))
    assert len(files) >= 8
    for number, path in enumerate(files):
        code, out, _ = run(capsys, "check", str(path))
        assert code == 0 and "Aucune erreur." in out, (path.name, out)
        assert run(capsys, "--db", str(tmp_path / f"{number}.sqlite"), "import", str(path))[0] == 0, path.name


# --- check and import agree on many files ---------------------------------------------------------------

DATES = ["2026-11-20", "2026-12-01", "2026-12-14", "2026-12-15", "2026-12-19", "2026-12-29", "2026-12-30",
         "2027-01-05", "2027-01-20", "2028-03-15"]


def _assembly_damage(document: Document, chance: random.Random) -> None:
    assemblies = document["assemblies"]
    a = chance.choice(assemblies)
    what = chance.randrange(8)
    if what == 0:
        a[chance.choice(["meeting_date", "convocation_date", "signed_on"])] = chance.choice(DATES)
    elif what == 1:
        x = chance.choice(a["attendance"])
        holder = chance.choice(a["attendance"])["member"]
        x.update(presence=chance.choice(["present", "represented", "absent"]), proxy_holder=holder)
    elif what == 2:
        a["state"] = chance.choice(["draft", "convened", "held", "signed"])
    elif what == 3:
        item = chance.choice(a["agenda"])
        item["votes"][chance.choice(a["attendance"])["member"]] = chance.choice(["for", "against", "abstention"])
    elif what == 4:
        a["urgent"] = not a["urgent"]
    elif what == 5:
        item = chance.choice(a["agenda"])
        item["deliberation_number"] = chance.choice([None, "2026-1", "2026-9", "2027-1", "x"])
    elif what == 6 and len(assemblies) > 1:
        index = assemblies.index(a)
        if index:
            a.update(second_of=chance.randrange(index), first_meeting_date=chance.choice(DATES))
    else:
        a["attendance"].append({"member": chance.choice(a["attendance"])["member"], "presence": "present",
                                "representative": "Quelqu'un"})


def _change_damage(document: Document, chance: random.Random) -> None:
    change = chance.choice(document["changes"])
    what = chance.randrange(3)
    if what == 0:
        change["act_date"] = chance.choice(DATES)
    elif what == 1:
        change["deliberation"]["adopted"] = not change["deliberation"]["adopted"]
    else:
        change["deliberation"]["date"] = chance.choice(DATES)


def test_check_and_import_agree_on_many_damaged_books(tmp_path, capsys):
    """150 books damaged at random in their assemblies and changes: the import succeeds exactly when check
    finds no error, and refuses with exactly check's lines, writing nothing."""
    bases = [tilleuls(), vitre()]
    chance = random.Random(20261125)
    db = tmp_path / "base.sqlite"
    assert run(capsys, "--db", str(db), "import", str(EXAMPLES / "tilleuls-17-parts.json"))[0] == 0
    outcomes = {"imported": 0, "refused": 0}
    for number in range(150):
        document = copy.deepcopy(chance.choice(bases))
        document["groupement"]["denomination"] += f" {number}"
        for _ in range(chance.randint(1, 3)):
            if document["changes"] and chance.random() < 0.3:
                _change_damage(document, chance)
            else:
                _assembly_damage(document, chance)
        path = tmp_path / "livre.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        check_code, out, check_err = run(capsys, "check", str(path))
        before = snapshot(db)
        code, _, err = run(capsys, "--db", str(db), "import", str(path))
        assert "Traceback" not in out + err + check_err
        if check_code == 0:
            assert (code, err) == (0, ""), (number, err)
            outcomes["imported"] += 1
        else:
            assert code == 2 and problem_lines(err) == problem_lines(out + check_err), number
            assert snapshot(db) == before
            outcomes["refused"] += 1
    assert outcomes["refused"] > 50 and outcomes["imported"] > 5, outcomes


def test_the_import_service_raises_what_check_file_lists(services):
    """The same list in the service: InvalidGroupement carries exactly check_file's errors."""
    document = tilleuls()
    two_proxies(document)
    vote_by_absent(document)
    text = json.dumps(document, ensure_ascii=False)
    listed = [p for p in services.groupements.check_file(text, services.clock.today()) if p.is_error]
    with pytest.raises(InvalidGroupement) as refused:
        services.groupements.import_json(text)
    assert refused.value.problems == listed and len(listed) >= 2
    assert services.groupements.list() == []


def test_a_second_assembly_named_twice_or_a_number_given_twice_is_listed(services):
    """R. 312-194-22 (one second convocation per first) and art. 13-2 (registre coté: a number once)."""
    document = tilleuls()
    without_quorum(document, 1)
    second_of_1(document, "2027-01-10", "2027-01-05")
    second_of_1(document, "2027-01-12", "2027-01-05")
    document["assemblies"][0]["agenda"][1]["deliberation_number"] = "2026-1"
    with pytest.raises((InvalidGroupement, FormatError, ServiceError)) as refused:
        services.groupements.import_json(json.dumps(document, ensure_ascii=False))
    text = str(refused.value)
    assert "a déjà été convoquée à nouveau (assemblée n° 3 du fichier)" in text
    assert "le numéro de délibération 2026-1 est déjà donné" in text


def test_a_book_of_1000_members_and_100_assemblies_checks_in_a_few_seconds(tmp_path):
    """One timeline for the whole book: linear, not a replay per assembly."""
    from gcsms_desktop.domain.book_checks import check_book
    from gcsms_desktop.interchange.groupement_json import load_document
    from tests.factories import one_part_each_groupement

    loaded = load_document(_large_book(one_part_each_groupement(1000)))
    started = time.perf_counter()
    problems = check_book(loaded.groupement, loaded.changes, loaded.assemblies)
    elapsed = time.perf_counter() - started
    assert [p for p in problems if p.is_error] == []
    assert elapsed < 5, f"{elapsed:.2f} s"
    print(f"check_book, 1 000 membres et 100 assemblées : {elapsed:.2f} s")


def _large_book(groupement: Any) -> str:
    from gcsms_desktop.interchange.groupement_json import document_to_dict

    data = document_to_dict(groupement)
    keys = [m.key for m in groupement.members]
    assemblies = []
    for n in range(100):
        year, month, day = 2027 + n // 12, n % 12 + 1, 20
        meeting = f"{year}-{month:02d}-{day:02d}"
        assemblies.append({
            "meeting_date": meeting, "place": "Siège", "convocation_date": f"{year}-{month:02d}-01",
            "state": "held", "president": "Mme Martin", "secretary": "M. Durand", "scrutineer": "Mme Petit",
            "agenda": [{"matter": "2", "title": "Comptes", "resolution": "Approuvés.",
                        "deliberation_number": f"{year}-{month}",
                        "votes": {k: "for" for k in keys[:600]}}],
            "attendance": [{"member": k, "presence": "present" if i < 600 else "absent",
                            "representative": f"Représentant {k}" if i < 600 else ""}
                           for i, k in enumerate(keys)]})
    data["assemblies"] = assemblies
    return json.dumps(data)
