"""The repository's alembic.ini, as docs/migrations.md tells a developer to use it: it finds the
package's migrations, upgrades a development base named with ``-x db=``, and generates the next
revision (an empty one while the models and the migrations agree)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from gcsms_desktop.persistence.database import MIGRATIONS, SCHEMA_HEAD
from tests.conftest import ROOT

INI = ROOT / "alembic.ini"


def developer_config(*x: str, migrations: Path | None = None) -> Config:
    config = Config(str(INI), cmd_opts=argparse.Namespace(x=list(x)))
    if migrations is not None:  # a copy, so that generating a revision leaves the repository alone
        config.set_main_option("script_location", str(migrations))
    return config


def test_alembic_ini_points_at_the_package_migrations():
    script = ScriptDirectory.from_config(developer_config())
    assert Path(script.dir).resolve() == MIGRATIONS.resolve()
    assert script.get_current_head() == SCHEMA_HEAD


def test_alembic_command_line_upgrades_a_development_base(tmp_path):
    base = tmp_path / "dev.sqlite"
    done = subprocess.run([sys.executable, "-m", "alembic", "-c", str(INI), "-x", f"db={base}", "upgrade", "head"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    current = subprocess.run([sys.executable, "-m", "alembic", "-c", str(INI), "-x", f"db={base}", "current"],
                             cwd=tmp_path, capture_output=True, text=True)
    assert f"{SCHEMA_HEAD} (head)" in current.stdout


def test_alembic_without_a_base_names_the_migrate_command(tmp_path):
    done = subprocess.run([sys.executable, "-m", "alembic", "-c", str(INI), "upgrade", "head"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode != 0
    assert "gcsms-desktop --db FICHIER migrate" in done.stderr + done.stdout


def test_the_next_revision_is_generated_as_docs_migrations_md_says(tmp_path):
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    config = developer_config(f"db={tmp_path / 'dev.sqlite'}", migrations=migrations)
    command.upgrade(config, "head")
    number = f"{int(SCHEMA_HEAD) + 1:04d}"
    command.revision(config, message="add a column", autogenerate=True, rev_id=number)

    written = migrations / "versions" / f"{number}_add_a_column.py"
    text = written.read_text(encoding="utf-8")
    assert f"revision = '{number}'" in text and f"down_revision = '{SCHEMA_HEAD}'" in text
    upgrade = text.split("def upgrade() -> None:")[1].split("def downgrade() -> None:")[0]
    statements = [line.strip() for line in upgrade.splitlines() if line.strip() and not line.strip().startswith("#")]
    assert statements == ["pass"], "the models and the migrations agree: nothing to generate"
