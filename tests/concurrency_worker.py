"""A second (third…) process writing the same database file, for the concurrency tests.

    python -m tests.concurrency_worker DATABASE GO_FILE ACTION ARG…

Waits until GO_FILE exists (so that every worker starts at the same moment), runs one use case
through the real services and prints one JSON line: {"ok": result} or {"error": French message}.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.services.context import open_services
from gcsms_desktop.services.errors import ServiceError


def run(services, action: str, args: list[str]) -> object:  # noqa: ANN001 - Services
    if action == "sign":
        return services.assemblies.sign(int(args[0]), date.fromisoformat(args[1]))
    if action == "close":
        services.assemblies.close(int(args[0]))
        return None
    if action == "votes":
        assembly_id, number = int(args[0]), int(args[1])
        record = services.assemblies.record(assembly_id)
        voters = [line.member_key for line in record.assembly.attendance if line.presence.value != "absent"]
        services.assemblies.record_votes(assembly_id, number, {key: Choice.FOR for key in voters})
        return None
    if action == "import":
        return services.groupements.import_json(Path(args[0]).read_text(encoding="utf-8"))
    raise SystemExit(f"unknown action {action}")


def main() -> None:
    database, go, action, *args = sys.argv[1:]
    services = open_services(Path(database))
    deadline = time.monotonic() + 60
    while not Path(go).exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    try:
        print(json.dumps({"ok": run(services, action, args)}))
    except ServiceError as error:
        print(json.dumps({"error": str(error)}, ensure_ascii=False))
    finally:
        services.close()


if __name__ == "__main__":
    main()
