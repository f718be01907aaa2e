"""Every window fits a 1280×720 screen (issue 14: the creation wizard's Suivant/Annuler were cut in half,
the main window's status bar was off screen): a child process on an offscreen screen of that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_window_and_wizard_page_fits_a_1280x720_screen(tmp_path):
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    environ = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "tests.gui.screen_probe", str(tmp_path)], cwd=ROOT, env=environ,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screen"] == [1280, 720]
    assert report["failures"] == []
    width, height = report["main"]
    assert width <= 1280 and height <= 720 - 40  # room for the title bar
