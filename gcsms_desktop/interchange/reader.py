"""Typed reading of decoded JSON that collects French errors naming the field.

Every error of a file is reported at once, so a secretary fixes a file in one go.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar, overload

from gcsms_desktop.domain.french import parse_decimal
from gcsms_desktop.domain.input_bounds import MAX_DECIMAL_DIGITS, date_problem, integer_problem, text_problem

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


MAX_DOCUMENT_CHARACTERS = 50_000_000  # a groupement with decades of history is a few megabytes
JSON_MESSAGES = (  # the json module's English reasons, in the order they are tried
    ("Expecting value", "une valeur est attendue (texte, nombre, objet, liste, true, false ou null)"),
    ("Expecting ',' delimiter", "une virgule est attendue entre deux éléments"),
    ("Expecting ':' delimiter", "deux-points « : » attendus après le nom du champ"),
    ("Expecting property name enclosed in double quotes", "un nom de champ entre guillemets droits est attendu"),
    ("Unterminated string", "texte entre guillemets non terminé"),
    ("Invalid control character", "caractère de contrôle dans un texte entre guillemets"),
    ("Invalid \\uXXXX escape", "séquence « \\u » invalide"),
    ("Invalid \\escape", "séquence d'échappement « \\ » invalide"),
    ("Extra data", "contenu en trop après la fin du document"),
    ("Illegal trailing comma", "virgule en trop avant la fin de l'objet ou de la liste"),
)


class _Refused(ValueError):
    """A JSON construct the format does not allow (NaN, a repeated key…); the text is French."""


def _constant(name: str) -> float:
    raise _Refused(f"la valeur {name} n'est pas un nombre admis")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _Refused(f"le nombre {text[:20]} est trop grand")
    return number


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _Refused(f"le champ « {key[:40]} » apparaît deux fois dans le même objet")
        found[key] = value
    return found


def decode_json(text: str) -> Any:
    """``json.loads`` that fails only with a FormatError in French, giving line and column.

    Refuses what Python's json accepts but the format does not: NaN and Infinity, numbers too
    large for a float or with more than 4 300 digits, repeated keys, nesting deep enough to
    exhaust the stack, files of more than 50 million characters.
    """
    if len(text) > MAX_DOCUMENT_CHARACTERS:
        raise FormatError([FormatIssue("document", f"fichier trop volumineux ({len(text):,} caractères) : ce n'est "
                                                   "pas un groupement GCSMS Desktop.".replace(",", "\u202f"))])
    text = text.removeprefix("\ufeff")  # a byte order mark left by some Windows editors
    if not text.strip():
        raise FormatError([FormatIssue("document",
                                       "le fichier est vide : ce n'est pas un JSON valide (JSON illisible).")])
    try:
        return json.loads(text, parse_constant=_constant, parse_float=_finite, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        reason = next((french for english, french in JSON_MESSAGES if error.msg.startswith(english)),
                      "syntaxe incorrecte")
        if error.pos >= len(text.rstrip()):  # the text stops where more was expected: a cut-off copy
            reason = "le fichier s'arrête avant la fin, il a sans doute été tronqué"
        where = f"ligne {error.lineno}, colonne {error.colno}"
        raise FormatError([FormatIssue(where, f"JSON illisible ({reason}).")]) from None
    except _Refused as error:
        raise FormatError([FormatIssue("document", f"JSON refusé : {error}.")]) from None
    except RecursionError:
        raise FormatError([FormatIssue("document",
                                       "JSON refusé : objets ou listes imbriqués trop profondément.")]) from None
    except ValueError:  # int() of more than 4 300 digits (sys.set_int_max_str_digits)
        raise FormatError([FormatIssue("document", "JSON refusé : un nombre compte trop de chiffres.")]) from None


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
        self.bounded_text(value, f"{path}.{key}")
        return value

    def bounded_text(self, value: str, path: str) -> bool:
        """Record an issue for a text too long or holding refused characters (domain bounds)."""
        problem = text_problem(value, path)
        if problem is not None:
            self.fail(path, problem)
        return problem is None

    def integer(self, data: dict[str, Any], key: str, path: str, default: int | None = None) -> int | None:
        value = data.get(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{path}.{key}", f"un nombre entier est attendu, pas {shown(value)}.")
            return default
        problem = integer_problem(value, f"{path}.{key}")
        if problem is not None:
            self.fail(f"{path}.{key}", problem)
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
            day = date.fromisoformat(value) if isinstance(value, str) and len(value) <= 10 else _raise()
        except ValueError:
            self.fail(f"{path}.{key}", f"une date AAAA-MM-JJ est attendue, pas {shown(value)}.")
            return None
        problem = date_problem(day)
        if problem is not None:
            self.fail(f"{path}.{key}", problem)
            return None
        return day

    def decimal(self, data: dict[str, Any], key: str, path: str) -> Decimal | None:
        value = data.get(key)
        if value is None:
            return None
        number = None if isinstance(value, bool) or not isinstance(value, (str, int)) else _decimal(value)
        if number is None:
            self.fail(f"{path}.{key}",
                      f"un nombre décimal entre guillemets est attendu (ex. \"33.5\"), pas {shown(value)}.")
        return number

    @overload
    def choice(self, data: dict[str, Any], key: str, path: str, enum: type[E], default: E) -> E: ...
    @overload
    def choice(self, data: dict[str, Any], key: str, path: str, enum: type[E], default: None) -> E | None: ...

    def choice(self, data: dict[str, Any], key: str, path: str, enum: type[E], default: E | None) -> E | None:
        value = data.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(f"« {e.value} »" for e in enum)
            self.fail(f"{path}.{key}",
                      f"valeur « {shown(value, quoted=False)} » inconnue ; valeurs possibles : {allowed}.")
            return default
        except TypeError:  # a list or an object is not hashable, so not a value of the enum
            self.fail(f"{path}.{key}", f"un texte parmi les valeurs possibles est attendu, pas {shown(value)}.")
            return default


def _raise() -> date:
    raise ValueError


def _decimal(value: str | int) -> Decimal | None:
    """A plausible decimal number: a key of contribution is a few digits, not a 4 000-digit string."""
    text = str(value) if isinstance(value, str) or abs(value) < 10 ** MAX_DECIMAL_DIGITS else ""
    if not text or len(text) > MAX_DECIMAL_DIGITS + 5:
        return None
    number = parse_decimal(text)
    if number is None or (number != 0 and number.adjusted() >= 9):
        return None
    return number


def shown(value: Any, quoted: bool = True) -> str:
    """A wrong value as the message quotes it: short, and with invisible characters spelled out."""
    if isinstance(value, (list, dict)):
        return "une liste" if isinstance(value, list) else "un objet"
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    if isinstance(value, int) and len(str(value)) > 30:
        return f"un nombre de {len(str(value))} chiffres"
    text = repr(value) if quoted else str(value)
    if len(text) > 60:
        text = text[:57] + "…"
    return text.encode("ascii", "backslashreplace").decode("ascii") if not text.isprintable() else text
