"""Typed reading of decoded JSON that collects French errors naming the field.

Every error of a file is reported at once, so a secretary fixes a file in one go.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from gcsms_desktop.domain.french import parse_decimal

E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class FormatIssue:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path} : {self.message}"


class FormatError(Exception):
    """The file is not a valid groupement file; ``issues`` say where and why, in French."""

    def __init__(self, issues: list[FormatIssue]) -> None:
        self.issues = issues
        super().__init__("\n".join(str(i) for i in issues))


class Reader:
    """Reads fields of JSON objects; records an issue and returns a default on bad input."""

    def __init__(self) -> None:
        self.issues: list[FormatIssue] = []

    def fail(self, path: str, message: str) -> None:
        self.issues.append(FormatIssue(path, message))

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, "un objet JSON { … } est attendu.")
            return {}
        return value

    def items(self, data: dict[str, Any], key: str, path: str) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            self.fail(f"{path}.{key}", "une liste [ … ] est attendue.")
            return []
        return value

    def text(self, data: dict[str, Any], key: str, path: str, required: bool = False) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.fail(f"{path}.{key}", "champ obligatoire manquant.")
            return ""
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", "un texte entre guillemets est attendu.")
            return ""
        return value

    def integer(self, data: dict[str, Any], key: str, path: str, default: int | None = None) -> int | None:
        value = data.get(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{path}.{key}", f"un nombre entier est attendu, pas {value!r}.")
            return default
        return value

    def boolean(self, data: dict[str, Any], key: str, path: str, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"{path}.{key}", "true ou false est attendu.")
            return default
        return value

    def day(self, data: dict[str, Any], key: str, path: str) -> date | None:
        value = data.get(key)
        if value is None:
            return None
        try:
            return date.fromisoformat(value) if isinstance(value, str) else _raise()
        except ValueError:
            self.fail(f"{path}.{key}", f"une date AAAA-MM-JJ est attendue, pas {value!r}.")
            return None

    def decimal(self, data: dict[str, Any], key: str, path: str) -> Decimal | None:
        value = data.get(key)
        if value is None:
            return None
        number = None if isinstance(value, bool) or not isinstance(value, (str, int)) else parse_decimal(str(value))
        if number is None:
            self.fail(f"{path}.{key}", f"un nombre décimal entre guillemets est attendu (ex. \"33.5\"), pas {value!r}.")
        return number

    def choice(self, data: dict[str, Any], key: str, path: str, enum: type[E], default: E | None) -> E | None:
        value = data.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(f"« {e.value} »" for e in enum)
            self.fail(f"{path}.{key}", f"valeur « {value} » inconnue ; valeurs possibles : {allowed}.")
            return default


def _raise() -> date:
    raise ValueError
