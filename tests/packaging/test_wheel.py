"""A wheel built from the repository works on its own: installed in a fresh virtual environment and
run from a folder that is not the repository, it imports a shipped example and prints a convention.

Offline: the wheel is built with the setuptools and wheel of the running environment
(``--no-build-isolation --no-index``), and the fresh environment borrows the dependencies of the
running one through a ``.pth`` line (its ``.pth`` files are not run, so an editable install of the
project there cannot leak in). Only ``pyproject.toml``, ``README.md`` and ``gcsms_desktop/`` are
copied to the build folder, as a source distribution would.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.packaging

EXAMPLE = "tilleuls-17-parts.json"
BIN = "Scripts" if os.name == "nt" else "bin"
OFFLINE = ("--no-deps", "--no-index", "--no-cache-dir", "--quiet")  # nothing fetched, nothing left in pip's cache


def build_wheel(tmp_path: Path) -> Path:
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "gcsms_desktop", source / "gcsms_desktop",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", *OFFLINE, "--no-build-isolation",
                    "--wheel-dir", str(dist), str(source)], check=True, capture_output=True)
    (wheel,) = dist.glob("gcsms_desktop-*.whl")
    return wheel


def fresh_environment(tmp_path: Path, wheel: Path) -> Path:
    """A new venv holding the wheel, with this environment's dependencies on its path."""
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=False)
    python = environment / BIN / ("python.exe" if os.name == "nt" else "python")
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    dependencies = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "dependencies-of-the-test-environment.pth").write_text("\n".join(sorted(dependencies)) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", *OFFLINE, str(wheel)],
                   check=True, capture_output=True)
    return environment


def isolated(tmp_path: Path) -> dict[str, str]:
    """The environment of a user's shell: no PYTHONPATH to the repository, data in a throwaway folder."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["GCSMS_DESKTOP_DATA_DIR"] = str(tmp_path / "donnees")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp_path = tmp_path_factory.mktemp("wheel")
    return fresh_environment(tmp_path, build_wheel(tmp_path))


def run(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(installed / BIN / "gcsms-desktop"), *args], cwd=cwd, env=isolated(cwd),
                          capture_output=True, text=True, timeout=120)


def test_the_installed_wheel_imports_its_own_example_and_prints_a_convention(installed, tmp_path):
    python = installed / BIN / ("python.exe" if os.name == "nt" else "python")
    probe = subprocess.run([python, "-c", "import gcsms_desktop, importlib.resources as r; "
                            "print(gcsms_desktop.__file__); "
                            f"print(r.files('gcsms_desktop') / 'resources' / 'examples' / '{EXAMPLE}')"],
                           cwd=tmp_path, env=isolated(tmp_path), capture_output=True, text=True, check=True)
    package, example = map(Path, probe.stdout.splitlines())
    assert package.is_relative_to(installed) and not package.is_relative_to(ROOT), "the wheel's copy is used"
    assert example.is_file(), "the examples are package data"

    base, pdf = tmp_path / "base.sqlite", tmp_path / "convention.pdf"
    imported = run(installed, tmp_path, "--db", str(base), "import", str(example))
    assert imported.returncode == 0, imported.stderr
    printed = run(installed, tmp_path, "--db", str(base), "print", "convention", "1", "-o", str(pdf))
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.strip() == f"Convention constitutive enregistrée dans {pdf}."

    pages = PdfReader(io.BytesIO(pdf.read_bytes())).pages
    text = re.sub(r"[\s\u00a0\u202f]+", " ", " ".join(page.extract_text() for page in pages))
    denomination = json.loads((EXAMPLES / EXAMPLE).read_text(encoding="utf-8"))["groupement"]["denomination"]
    assert denomination in text
    assert "TITRE I" in text and "Article 1er" in text
