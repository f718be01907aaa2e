"""Bad input at the boundary: every refusal is French, without traceback, and writes nothing.

Each case runs the real command line (``gcsms_desktop.cli.main``) on a base that already holds a
groupement; the base file must be byte-for-byte the same afterwards. JSON files go through both
``import`` and ``check``; argument errors go through argparse's French catalogue. A few cases run
in a real subprocess, to prove that nothing reaches stderr as a traceback.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gcsms_desktop import cli
from gcsms_desktop.cli import main
from tests.conftest import EXAMPLES, ROOT

GOOD = json.loads((EXAMPLES / "pays-de-vitre-100-parts.json").read_text(encoding="utf-8"))
VALID_HEAD = '{"format": "gcsms-desktop/groupement", "version": 3, '

# English that must never reach a French user (words, with their boundaries: « invalide » is French).
ENGLISH = re.compile(r"Traceback|\b(error|Error|invalid|expected|Expecting|usage|required|unrecognized|choose|"
                     r"argument must|not a|Exception|sqlite3|SQL|sqlalchemy|Permission denied|No such)\b")
FRENCH = re.compile(r"[éèêàùçÉ«»]|erreur|Erreur")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as stop:  # argparse's usage errors, printed in French before exiting
        code = stop.code if isinstance(stop.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused_in_french(code: int, err: str) -> None:
    assert code != 0, err
    assert err.strip(), "no message at all"
    assert not ENGLISH.search(err), err
    assert FRENCH.search(err), err
    assert len(err) < 20_000, "the refused input is echoed back whole"


@pytest.fixture
def base(tilleuls_base: Path) -> Path:
    """A base holding one groupement (Les Tilleuls), created with a good « import » of the example file —
    once for the module (tests.prepared): every test here leaves it byte for byte unchanged, and says so."""
    return tilleuls_base


# --- JSON files -------------------------------------------------------------------------------

def mutated(change: Callable[[dict[str, Any]], object]) -> str:
    data = copy.deepcopy(GOOD)
    change(data)
    return json.dumps(data, ensure_ascii=False)


def g(**fields: Any) -> str:
    return mutated(lambda d: d["groupement"].update(fields))


def member(index: int = 0, **fields: Any) -> str:
    return mutated(lambda d: d["groupement"]["members"][index].update(fields))


def governance(**fields: Any) -> str:
    return mutated(lambda d: d["groupement"]["governance"].update(fields))


def dates(**fields: Any) -> str:
    return mutated(lambda d: d["groupement"]["dates"].update(fields))


def capital(change: Callable[[dict[str, Any]], object]) -> str:
    return mutated(lambda d: change(d["groupement"]["capital"]))


def assembly(**fields: Any) -> str:
    item = {"meeting_date": "2027-03-01", "place": "Salle du conseil", "agenda": []}
    item.update(fields)
    return mutated(lambda d: d.update(assemblies=[item]))


def change(**fields: Any) -> str:
    item = {"number": 1, "kind": "withdrawal", "act_date": "2027-01-10", "member": "C"}
    item.update(fields)
    return mutated(lambda d: d.update(changes=[item]))


def raw_member_name(escaped: str) -> str:
    """The file as text with a JSON escape written by hand in the first member's name."""
    text = json.dumps(GOOD, ensure_ascii=False)
    return text.replace('"Centre hospitalier de Vitré"', f'"Centre hospitalier{escaped} de Vitré"', 1)


BAD_FILES: dict[str, tuple[str, str]] = {  # case: (content, a fragment the message must hold)
    # not JSON at all, or not the format
    "empty-file": ("", "vide"),
    "blank-file": ("   \n\n", "vide"),
    "not-json": ("{ pas du json", "ligne 1, colonne 3"),
    "cut-off-copy": ('{"format": "gcsms-desktop", "groupement": {"denomination": "x",', "sans doute été tronqué"),
    "trailing-comma": (VALID_HEAD[:-2] + ",}", "ligne 1"),
    "single-quotes": ("{'format': 'x'}", "guillemets droits"),
    "unterminated-string": ('{"format": "gcsms', "non terminé"),
    "unclosed-list": ("[1, 2", "ligne 1"),
    "second-line-error": ('{\n  "format": "gcsms-desktop/groupement",\n  "version" 3\n}', "ligne 3, colonne 13"),
    "extra-data": ("{} {}", "en trop"),
    "bad-escape": ('{"format": "a\\x"}', "échappement"),
    "bad-unicode-escape": ('{"format": "\\u12"}', "ligne 1"),
    "raw-tab-in-string": ('{"format": "a\tb"}', "caractère de contrôle"),
    "top-level-null": ("null", "objet JSON"),
    "top-level-list": ("[]", "objet JSON"),
    "top-level-text": ('"groupement"', "objet JSON"),
    "top-level-number": ("42", "objet JSON"),
    "nan": (VALID_HEAD + '"groupement": {"duration_years": NaN}}', "NaN"),
    "infinity": (VALID_HEAD + '"groupement": {"duration_years": -Infinity}}', "Infinity"),
    "float-overflow": (VALID_HEAD + '"groupement": {"duration_years": 1e999}}', "trop grand"),
    "five-thousand-digits": (VALID_HEAD + '"groupement": {"duration_years": ' + "9" * 5000 + "}}", "chiffres"),
    "deep-nesting": ("[" * 100_000 + "]" * 100_000, "imbriqués"),
    "duplicate-key": ('{"format": "gcsms-desktop/groupement", "format": "autre"}', "deux fois"),
    "format-missing": ('{"version": 3, "groupement": {}}', "format"),
    "version-as-text": ('{"format": "gcsms-desktop/groupement", "version": "3", "groupement": {}}', "version"),
    "version-huge": ('{"format": "gcsms-desktop/groupement", "version": ' + "1" * 40 + ', "groupement": {}}',
                     "version"),
    # types
    "groupement-is-a-list": (mutated(lambda d: d.update(groupement=[1])), "groupement"),
    "members-is-text": (g(members="A, B et C"), "groupement.members"),
    "member-is-text": (mutated(lambda d: d["groupement"]["members"].__setitem__(0, "Centre")), "members[0]"),
    "duration-as-words": (g(duration_years="dix"), "duration_years"),
    "profit-making-oui": (member(profit_making="oui"), "profit_making"),
    "sector-as-list": (member(sector=["public"]), "sector"),
    "missions-nested": (g(missions=[["x"]]), "missions[0]"),
    "date-as-number": (dates(signature=20260901), "dates.signature"),
    # bounds: lengths
    "denomination-a-million-characters": (
        g(denomination="Groupement de coopération sociale " + "x" * 1_000_000), "texte trop long"),
    "member-name-201-characters": (member(name="N" * 201), "members[0].name"),
    "object-text-30000-characters": (g(object_text="objet " * 5000), "object_text"),
    "place-of-assembly-1000-characters": (assembly(place="P" * 1000), "assemblies[0].place"),
    "erratum-30000-characters": (
        assembly(errata=[{"recorded_on": "2027-03-02", "text": "e" * 30_001}]), "errata[0].text"),
    # bounds: characters
    "denomination-right-to-left-override": (
        g(denomination="Groupement de coopération sociale \u202eETPODA"), "U+202E"),
    "member-name-right-to-left-mark": (member(name="Centre\u200f hospitalier"), "U+200F"),
    "member-name-bell": (raw_member_name("\\u0007"), "U+0007"),
    "member-name-lone-surrogate": (raw_member_name("\\ud800"), "U+D800"),
    "denomination-new-line": (g(denomination="Groupement de coopération sociale\ndu Pays"), "une ligne"),
    "seat-address-nul": (g(seat_address="30 route\u0000 de Rennes"), "U+0000"),
    "representative-first-strong-isolate": (
        mutated(lambda d: d["groupement"]["members"][0]["representatives"][0].update(name="Didier\u2068 Lemoine")),
        "representatives[0].name"),
    "administrator-arabic-letter-mark": (
        mutated(lambda d: d["groupement"]["administrator"].update(person_name="Didier\u061c Lemoine")), "U+061C"),
    "recital-left-to-right-embedding": (g(recitals=["Vu \u202a la délibération"]), "recitals[0]"),
    "president-other-override": (governance(president_other="M.\u202d X"), "president_other"),
    "change-reason-escape": (change(kind="exclusion", reason="motif \u001b[31m"), "changes[0].reason"),
    # bounds: numbers and dates
    "administrator-term-a-million-years": (governance(administrator_term_years=1_000_000), "administrator_term_years"),
    "administrator-term-100-years": (governance(administrator_term_years=100), "administrator_term_years"),
    "duration-100-years": (g(duration_years=100), "duration_years"),
    "convocation-days-a-million": (governance(convocation_days=1_000_000), "convocation_days"),
    "unit-value-10-to-the-15": (capital(lambda c: c.update(unit_value_cents=10**15)), "unit_value_cents"),
    "last-part-a-billion": (capital(lambda c: c["parts"][2].update(last=10**9)), "parts[2].last"),
    "contribution-minus-10-to-the-14": (
        capital(lambda c: c["contributions"][0].update(value_cents=-10**14)), "value_cents"),
    "contribution-share-1e999999999": (member(contribution_share="1e999999999"), "contribution_share"),
    "contribution-share-nan": (member(contribution_share="NaN"), "contribution_share"),
    "signature-year-9999": (dates(signature="9999-12-31"), "dates.signature"),
    "signature-year-1066": (dates(signature="1066-10-14"), "dates.signature"),
    "signature-30-february": (dates(signature="2026-02-30"), "dates.signature"),
    "change-parts-a-trillion": (change(kind="admission", parts=10**12), "changes[0].parts"),
    "change-liquidator-number": (change(kind="dissolution", liquidators=[123]), "liquidators[0]"),
    "change-member-as-list": (change(member=["A"]), "changes[0].member"),
    "assembly-register-as-text": (assembly(register="page 3"), "register"),
    "assembly-attendance-member-as-list": (assembly(attendance=[{"member": ["A"], "presence": "present"}]),
                                           "attendance[0].member"),
    "assembly-droits-1e999999999": (assembly(droits={"total": "1e999999999", "votes": {"A": "1"}}), "droits"),
    "assembly-date-year-20260": (assembly(meeting_date="20260-03-01"), "meeting_date"),
}


@pytest.mark.parametrize("command", ["import", "check"])
@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_is_refused_in_french_and_the_base_is_unchanged(base, tmp_path, capsys, case, command):
    content, fragment = BAD_FILES[case]
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8", errors="surrogatepass")
    before = digest(base)
    code, out, err = run(capsys, "--db", str(base), command, str(bad))
    assert_refused_in_french(code, err + out)
    assert fragment in err + out, err + out
    assert digest(base) == before


# --- command-line arguments -------------------------------------------------------------------

BAD_ARGUMENTS: dict[str, tuple[list[str], str]] = {  # case: (arguments after --db, fragment)
    "assembly-abc": (["print", "minutes", "1", "--assembly", "abc", "-o", "{out}"], "n'est pas un numéro"),
    "assembly-twenty-digits": (["print", "minutes", "1", "--assembly", "9" * 20, "-o", "{out}"], "hors limites"),
    "assembly-negative": (["print", "minutes", "1", "--assembly", "-3", "-o", "{out}"], "--assembly"),
    "change-decimal": (["print", "avenant", "1", "--change", "1.5", "-o", "{out}"], "n'est pas un numéro"),
    "result-assembly-abc": (["assembly", "result", "1", "--assembly", "abc"], "n'est pas un numéro"),
    "result-assembly-missing-value": (["assembly", "result", "1", "--assembly"], "une valeur est attendue"),
    "result-assembly-missing": (["assembly", "result", "1"], "arguments obligatoires manquants"),
    "assembly-no-action": (["assembly"], "arguments obligatoires manquants"),
    "assembly-unknown-action": (["assembly", "bidule"], "inconnu"),
    "unknown-document": (["print", "bidule", "1", "-o", "{out}"], "inconnu"),
    "unknown-command": (["bidule"], "inconnu"),
    "print-without-anything": (["print"], "arguments obligatoires manquants"),
    "print-without-output": (["print", "convention", "1"], "-o/--output"),
    "import-without-file": (["import"], "arguments obligatoires manquants"),
    "unknown-option": (["list", "--bavard"], "arguments non reconnus"),
    "extra-argument": (["list", "encore"], "arguments non reconnus"),
    "date-13th-month": (["print", "rights", "1", "--at", "2026-13-01", "-o", "{out}"], "AAAA-MM-JJ"),
    "date-in-words": (["print", "rights", "1", "--at", "demain", "-o", "{out}"], "AAAA-MM-JJ"),
    "date-year-9999": (["print", "rights", "1", "--at", "9999-01-01", "-o", "{out}"], "invraisemblable"),
    "members-date-year-1800": (["members", "1", "--at", "1800-01-01"], "invraisemblable"),
    "from-date-slashes": (["print", "changes", "1", "--from", "01/01/2026", "-o", "{out}"], "AAAA-MM-JJ"),
    "missing-file": (["import", "{tmp}/absent.json"], "introuvable"),
    "directory-as-file": (["check", "{tmp}"], "dossier"),
    "not-utf8": (["import", "{latin1}"], "UTF-8"),
    "unknown-groupement": (["print", "convention", "Inconnu", "-o", "{out}"], "Inconnu"),
    "minutes-without-assembly": (["print", "minutes", "1", "-o", "{out}"], "--assembly"),
    "extract-without-deliberation": (["print", "extract", "1", "-o", "{out}"], "--deliberation"),
    "changes-without-period": (["print", "changes", "1", "-o", "{out}"], "--from"),
    "no-such-assembly": (["assembly", "result", "1", "--assembly", "7"], "7"),
    "pdf-in-missing-folder": (["print", "convention", "1", "-o", "{tmp}/absent/x.pdf"], "introuvable"),
    "export-in-missing-folder": (["export", "1", "-o", "{tmp}/absent/x.json"], "introuvable"),
    "members-of-unknown": (["members", "Inconnu"], "Inconnu"),
    "verify-without-name": (["verify"], "arguments obligatoires manquants"),
    "verify-unknown": (["verify", "Inconnu"], "Inconnu"),
    "date-30-february": (["members", "1", "--at", "2027-02-30"], "« 2027-02-30 » n'existe pas dans le calendrier"),
    "restore-missing-backup": (["restore", "{tmp}/absente.sqlite"], "absente.sqlite » n'existe pas : rien n'a été"),
}


@pytest.mark.parametrize("case", list(BAD_ARGUMENTS))
def test_a_bad_argument_is_refused_in_french_and_the_base_is_unchanged(base, tmp_path, capsys, case):
    arguments, fragment = BAD_ARGUMENTS[case]
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"format": "Fougères"}'.encode("latin-1"))
    values = {"out": str(tmp_path / "out.pdf"), "tmp": str(tmp_path), "latin1": str(latin1)}
    before = digest(base)
    code, _, err = run(capsys, "--db", str(base), *(a.format(**values) for a in arguments))
    assert_refused_in_french(code, err)
    assert fragment in err, err
    assert digest(base) == before
    assert not (tmp_path / "out.pdf").exists()


def test_a_mistyped_base_is_refused_in_french(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "absente.sqlite"), "list")
    assert_refused_in_french(code, err)
    assert not (tmp_path / "absente.sqlite").exists()


def test_at_least_sixty_bad_inputs_are_listed():
    assert len(BAD_FILES) * 2 + len(BAD_ARGUMENTS) >= 60


# --- the whole program, in a subprocess -------------------------------------------------------

def subprocess_run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GCSMS_DESKTOP_DATA_DIR": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "gcsms_desktop", *args], capture_output=True, text=True,
                          timeout=120, env=env, cwd=tmp_path)


@pytest.mark.parametrize("case", ["not-json", "deep-nesting", "member-name-bell", "administrator-term-a-million-years"])
def test_a_bad_file_in_a_real_process_leaves_no_traceback(base, tmp_path, case):
    bad = tmp_path / "bad.json"
    bad.write_text(BAD_FILES[case][0], encoding="utf-8")
    before = digest(base)
    result = subprocess_run(tmp_path, "--db", str(base), "import", str(bad))
    assert_refused_in_french(result.returncode, result.stderr)
    assert digest(base) == before


@pytest.mark.parametrize("arguments", [
    ["print", "minutes", "1", "--assembly", "abc", "-o", "x.pdf"],
    ["print", "bidule", "1", "-o", "x.pdf"],
    ["members", "1", "--at", "2026-02-30"],
    ["--inconnue"],
])
def test_a_bad_argument_in_a_real_process_leaves_no_traceback(base, tmp_path, arguments):
    before = digest(base)
    result = subprocess_run(tmp_path, "--db", str(base), *arguments)
    assert_refused_in_french(result.returncode, result.stderr)
    assert "utilisation : gcsms-desktop" in result.stderr or "Erreur" in result.stderr
    assert digest(base) == before


# --- a base that cannot be written ------------------------------------------------------------

def test_a_locked_base_is_explained_in_french(base, tmp_path, capsys, monkeypatch):
    other = tmp_path / "other.json"
    other.write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    locked, release = threading.Event(), threading.Event()

    def hold_the_lock() -> None:  # another program writing: readers may read, writers wait
        connection = sqlite3.connect(base, timeout=0)
        connection.execute("BEGIN IMMEDIATE")
        locked.set()
        release.wait(30)
        connection.rollback()
        connection.close()

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    try:
        locked.wait(10)
        monkeypatch.setattr(sqlite3.dbapi2, "connect", _with_short_timeout(sqlite3.dbapi2.connect))
        try:  # the application's own wait for the other writer (PRAGMA busy_timeout), if it sets one
            from gcsms_desktop.persistence import sqlite_connection
            monkeypatch.setattr(sqlite_connection, "BUSY_TIMEOUT_MS", 200)
        except ImportError:
            pass
        before = digest(base)
        code, _, err = run(capsys, "--db", str(base), "import", str(other))
    finally:
        release.set()
        holder.join()
    assert_refused_in_french(code, err)
    assert "autre programme" in err and "Rien n'a été enregistré" in err
    assert digest(base) == before


def _with_short_timeout(connect: Callable[..., sqlite3.Connection]) -> Callable[..., sqlite3.Connection]:
    def connect_quickly(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs["timeout"] = 0.2  # SQLite's wait for a lock: a test need not wait five seconds
        return connect(*args, **kwargs)
    return connect_quickly


def test_a_read_only_base_is_explained_in_french(base, tmp_path, capsys, monkeypatch):
    """SQLite opened read-only (as for a file on a locked share; root ignores file permissions)."""
    from gcsms_desktop.persistence import database

    from sqlalchemy import create_engine  # the function database.py calls, patched below

    def read_only(url: str, *args: Any, **kwargs: Any):  # noqa: ANN202 - SQLAlchemy's Engine
        path = url.removeprefix("sqlite:///")
        return create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", *args, **kwargs)

    monkeypatch.setattr(database, "create_engine", read_only)
    other = tmp_path / "other.json"
    other.write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    before = digest(base)
    code, _, err = run(capsys, "--db", str(base), "import", str(other))
    assert_refused_in_french(code, err)
    assert "est en lecture seule" in err and "Rien n'a été enregistré" in err
    assert digest(base) == before


# --- an error nobody expected -----------------------------------------------------------------

def test_an_unexpected_error_is_logged_with_its_traceback_and_named_in_french(base, tmp_path, capsys, monkeypatch):
    log_dir = tmp_path / "donnees"
    monkeypatch.setenv("GCSMS_DESKTOP_DATA_DIR", str(log_dir))

    secret = "Marie Le Goff, 3 rue de Brest"  # personal data in the message, which must stay out of the log

    def broken(_services: object, _args: object) -> int:
        raise RuntimeError(secret)

    monkeypatch.setitem(cli.COMMANDS, "list", broken)
    code, _, err = run(capsys, "--db", str(base), "list")
    log = log_dir / "gcsms-desktop.log"
    assert code == cli.EXIT_UNEXPECTED
    assert "Erreur inattendue" in err and str(log) in err and "Traceback" not in err
    written = log.read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in written and "in broken" in written and "commande list" in written
    assert "Marie" not in written and "Brest" not in written
