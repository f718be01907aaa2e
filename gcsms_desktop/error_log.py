"""A rotating log of unexpected errors in the data folder, for whoever helps the user afterwards.

Why: an error no use case expected is told to the user in one French sentence; the technical
detail (exception type, traceback) goes to ``gcsms-desktop.log`` so that it can be sent to
support. The log holds no personal data: the exception's message is left out, because it may
quote a name, an address or a resolution; frames (file, line, function) and ids are kept.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from gcsms_desktop.paths import log_path

LOGGER_NAME = "gcsms_desktop.unexpected"
MAX_BYTES = 1_000_000  # 1 Mo per file
BACKUP_COUNT = 5  # gcsms-desktop.log.1 … .5: a few years of rare errors, a few megabytes at most
FORMAT = "%(asctime)s %(levelname)s %(message)s"


class _QuietRotatingHandler(logging.handlers.RotatingFileHandler):
    """Remembers a failed write instead of printing logging's own traceback on stderr."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        self.failed = True


def install(path: Path | None = None) -> Path | None:
    """Attach the rotating file to the logger (once per path); None if the folder cannot be written."""
    target = path or log_path()
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    for handler in list(logger.handlers):
        if Path(getattr(handler, "baseFilename", "")) == target.resolve():
            return target
        logger.removeHandler(handler)
        handler.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = _QuietRotatingHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                       encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    return target


def describe_without_data(error: BaseException) -> str:
    """Exception types and frames of the whole chain, without messages (they may hold names)."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("provoquée par :")
    return "\n".join(lines)


def log_unexpected(error: BaseException, context: str = "") -> Path | None:
    """Record ``error`` with its traceback; ``context`` names the action by ids only.

    Returns the log's path, or None when it could not be written (the user is then not sent
    looking for a file that does not exist).
    """
    target = install()
    if target is None:
        return None
    logger = logging.getLogger(LOGGER_NAME)
    for handler in logger.handlers:
        handler.failed = False  # type: ignore[attr-defined]
    try:
        logger.error("Erreur inattendue%s\n%s", f" ({context})" if context else "", describe_without_data(error))
    except Exception:  # noqa: BLE001 - a log that cannot be written must not hide the user's message
        return None
    if any(getattr(handler, "failed", False) for handler in logger.handlers):
        return None
    return target if target.exists() else None
