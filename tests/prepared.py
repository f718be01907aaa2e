"""Prepared bases built once per test module: tests that only read share the file, tests that write
get a copy of their own.

Building a base through the services (import, convene, attend, vote, close, sign) costs far more than
copying the finished file, and many tests only print or read from it. ``shared_base(build)`` makes a
module-scoped fixture that builds the base once, in its own temporary folder, with its own user data
folder (as ``conftest.data_folder`` gives each test); at the end of the module it checks that the file
is byte for byte as built, so a test that writes to a shared base fails instead of silently changing
what the next tests read. ``copy_of`` gives a writing test a fresh copy (the base is closed, with no
journal left beside it, so copying the file copies the whole base).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.services.context import open_services
from tests.assembly_factories import MEETING, attend, convened, held, vote_all


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def own_data_folder(folder: Path) -> Iterator[None]:
    """While a base is built outside a test, its user data folder (backups, log) is ``folder/donnees``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(folder / "donnees"))
        patch.setenv("GCSMS_DESKTOP_DATA_DIR", str(folder / "donnees" / "gcsms-desktop"))
        yield


def shared_base(fixture_name: str, build: Callable[[Path], None], name: str = "gcsms.sqlite"
                ) -> Callable[..., Iterator[Path]]:
    """A module-scoped fixture ``fixture_name``: the base ``build(path)`` makes, built once per module and
    never written by the tests that share it."""

    @pytest.fixture(scope="module", name=fixture_name)
    def fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
        folder = tmp_path_factory.mktemp(Path(name).stem)
        path = folder / name
        with own_data_folder(folder):
            build(path)
        assert sorted(p.name for p in folder.iterdir() if p.name != "donnees") == [name], "a closed base, alone"
        built = digest(path)
        yield path
        assert digest(path) == built, f"a test wrote to the shared base {path}: give it a copy (copy_of)"

    return fixture


def copy_of(shared: Path, folder: Path) -> Path:
    """A fresh copy of a shared base in ``folder``, for a test that writes to it."""
    copy = folder / shared.name
    shutil.copy(shared, copy)
    return copy


# --- the bases themselves ---------------------------------------------------------------------


def build_empty(path: Path) -> None:
    """A new base, created and migrated as the application creates one."""
    open_services(path).close()


def build_signed_tilleuls(path: Path) -> None:
    """The Tilleuls, one signed assembly (id 1: accounts adopted, admission rejected by one abstention,
    deliberations 2026-1 and 2026-2) and one convened (id 2, 30 December 2026)."""
    from tests.conftest import EXAMPLES
    from tests.integration.test_assemblies import TILLEULS, TILLEULS_KEYS

    services = open_services(path)
    try:
        services.groupements.import_json((EXAMPLES / "tilleuls-17-parts.json").read_text())
        signed = convened(services, TILLEULS)
        attend(services, signed, TILLEULS_KEYS[:9])
        vote_all(services, signed, Choice.FOR, GLY=Choice.ABSTENTION)
        held(services, signed)
        services.assemblies.sign(signed, MEETING)
        convened(services, TILLEULS, MEETING.replace(day=30), MEETING)
    finally:
        services.close()


def build_vitre_with_history(path: Path) -> None:
    """The Pays de Vitré through an admission, a transfer and a withdrawal (tests.membership_factories)."""
    from tests.conftest import EXAMPLES
    from tests.membership_factories import vitre_with_history

    services = open_services(path)
    try:
        vitre_with_history(services, (EXAMPLES / "pays-de-vitre-100-parts.json").read_text())
    finally:
        services.close()


def build_tilleuls_by_the_command_line(path: Path) -> None:
    """The Tilleuls alone, imported with « gcsms-desktop import »."""
    from gcsms_desktop.cli import main
    from tests.conftest import EXAMPLES

    assert main(["--db", str(path), "import", str(EXAMPLES / "tilleuls-17-parts.json")]) == 0
