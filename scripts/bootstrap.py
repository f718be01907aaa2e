"""Prepare ``.venv`` with GCSMS Desktop installed, using only Python 3's standard library.

    python3 scripts/bootstrap.py          # the application
    python3 scripts/bootstrap.py --test   # the application and its test tools

Works on a fresh Debian where ``python3 -m venv`` has no pip (package python3-venv missing):
pip is then fetched from PyPI. Qt needs a few system libraries that PySide6 does not ship; the
script lists the missing ones and, when run as root with apt-get, installs them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")

# Shared libraries PySide6 loads from the system, and the Debian package of each.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0", "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libSM.so.6": "libsm6", "libICE.so.6": "libice6",
}


def say(message: str) -> None:
    print(f"[bootstrap] {message}", flush=True)


def create_venv() -> None:
    if PYTHON.exists() and subprocess.run([str(PYTHON), "-m", "pip", "--version"],
                                          capture_output=True).returncode == 0:
        return
    say(f"création de l'environnement {VENV}")
    try:
        venv.create(VENV, with_pip=True, clear=True)
    except (subprocess.CalledProcessError, OSError):
        say("pip indisponible pour venv (paquet Debian python3-venv absent) : téléchargement depuis PyPI")
        venv.create(VENV, with_pip=False, clear=True)
        install_pip_from_pypi()


def install_pip_from_pypi() -> None:
    index = "https://pypi.org/pypi/pip/json"
    with urllib.request.urlopen(index, timeout=60) as answer:
        release = json.load(answer)
    wheel = next(f for f in release["urls"] if f["filename"].endswith(".whl"))
    folder = Path(tempfile.mkdtemp())
    target = folder / wheel["filename"]
    with urllib.request.urlopen(urllib.parse.urljoin(index, wheel["url"]), timeout=120) as answer, \
            open(target, "wb") as out:
        shutil.copyfileobj(answer, out)
    subprocess.run([str(PYTHON), f"{target}/pip", "install", "--quiet", str(target)], check=True)


def install_project(with_tests: bool) -> None:
    spec = ".[test]" if with_tests else "."
    say(f"installation de {spec} (quelques minutes la première fois)")
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "-e", spec], cwd=ROOT, check=True)


def missing_libraries(with_display: bool) -> list[str]:
    """Libraries the Qt plugins need and the system lacks (ldd), Linux only."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return []
    probe = ("import PySide6, pathlib; q = pathlib.Path(PySide6.__file__).parent / 'Qt'; "
             "print(q / 'lib' / 'libQt6Widgets.so.6'); print(q / 'plugins' / 'platforms' / 'libqoffscreen.so');"
             "print(q / 'plugins' / 'platforms' / 'libqxcb.so')")
    paths = subprocess.run([str(PYTHON), "-c", probe], capture_output=True, text=True).stdout.split()
    if not with_display:
        paths = paths[:2]
    missing: set[str] = set()
    for path in paths:
        output = subprocess.run(["ldd", path], capture_output=True, text=True).stdout
        missing.update(line.split()[0] for line in output.splitlines() if "not found" in line)
    return sorted(missing)


def ensure_system_libraries(with_display: bool) -> None:
    missing = missing_libraries(with_display)
    if not missing:
        return
    packages = sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in missing})
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        say("bibliothèques système de Qt manquantes : " + ", ".join(packages))
        subprocess.run(["apt-get", "update", "-qq"], check=False)
        subprocess.run(command, check=True)
    else:
        say("Qt a besoin de bibliothèques système absentes ; installez-les puis relancez :")
        say("  sudo " + " ".join(command))
        sys.exit(1)


def check_qt_binding() -> None:
    """Never leave a PySide6 that aborts the app (6.12 on Python 3.11): pyproject bounds it, this proves it."""
    probe = ("from gcsms_desktop.gui.qt_support import unsupported_binding_message as m; "
             "import PySide6; print(PySide6.__version__); print(m() or '')")
    answer = subprocess.run([str(PYTHON), "-c", probe], capture_output=True, text=True, cwd=ROOT)
    version, _, refused = answer.stdout.partition("\n")
    if answer.returncode != 0 or refused.strip():
        say(refused.strip() or f"PySide6 ne se charge pas : {answer.stderr.strip()}")
        sys.exit(1)
    say(f"PySide6 {version.strip()} vérifié")


def main() -> None:
    parser = argparse.ArgumentParser(description="Prépare .venv pour GCSMS Desktop.")
    parser.add_argument("--test", action="store_true", help="installer aussi les outils de test")
    args = parser.parse_args()
    create_venv()
    install_project(args.test)
    ensure_system_libraries(with_display=not args.test)
    check_qt_binding()
    say("prêt.")


if __name__ == "__main__":
    main()
