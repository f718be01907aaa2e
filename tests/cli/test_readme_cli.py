"""The README's worked example (« Exemple complet : une année des Tilleuls ») runs as written: every
command of its block, from the shipped example to the annual assembly of 2026 (R. 312-194-20 to -22),
a withdrawal (art. 8-2) and its avenant's dates (art. 21), each exits with 0 and says nothing on stderr."""

from __future__ import annotations

import shlex

from pypdf import PdfReader

from gcsms_desktop.cli import main
from tests.cli.test_whole_year_cli import plain
from tests.cli.year_of_life import EXAMPLES, ROOT

HEADING = "### Exemple complet : une année des Tilleuls"
FUNCTION = 'g() { .venv/bin/gcsms-desktop --db annee.sqlite "$@"; }'


def readme_commands() -> list[list[str]]:
    """The block's commands, continuation lines joined, each as the arguments after ``g``."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split(HEADING, 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    lines = block.replace("\\\n", " ").splitlines()
    assert lines[0] == FUNCTION, "the block starts by defining g on its own base"
    commands = []
    for line in lines[1:]:
        words = shlex.split(line, comments=True)
        if words:
            assert words[0] == "g", line
            commands.append(words[1:])
    return commands


def test_the_readme_worked_example_runs_as_written(tmp_path, monkeypatch, capsys):
    (tmp_path / "gcsms_desktop" / "resources").mkdir(parents=True)
    (tmp_path / "gcsms_desktop" / "resources" / "examples").symlink_to(EXAMPLES)
    monkeypatch.chdir(tmp_path)
    commands = readme_commands()
    kinds = {tuple(c[:2]) for c in commands}
    assert {("assembly", "create"), ("assembly", "convene"), ("assembly", "attendance"), ("assembly", "vote"),
            ("assembly", "close"), ("assembly", "sign"), ("change", "withdrawal"), ("change", "dates")} <= kinds
    outputs = {}
    for command in commands:
        code = main(["--db", "annee.sqlite", *command])
        out, err = capsys.readouterr()
        assert (code, err) == (0, ""), (command, err)
        outputs[" ".join(command[:2])] = plain(out)
    assert "Assemblée créée sous le numéro 2" in outputs["assembly create"]
    assert "pages 3 à" in outputs["assembly sign"]
    assert "effet le 31 décembre 2026" in outputs["change withdrawal"]
    minutes = plain(" ".join(p.extract_text() for p in PdfReader(tmp_path / "pv-2026.pdf").pages))
    assert "Approbation des comptes 2025" in minutes and "2026-1" in minutes and "2026-2" in minutes
    assert "budget primitif de l'exercice 2026" in minutes  # the erratum, printed with the PV
    register = plain(" ".join(p.extract_text() for p in PdfReader(tmp_path / "registre-2026.pdf").pages))
    assert all(number in register for number in ("2025-1", "2025-2", "2026-1", "2026-2"))
