"""French messages for argparse, which otherwise speaks English to a French secretary.

argparse looks its messages up through ``gettext``; the catalogue below covers what a user of
this command line can meet.
"""

from __future__ import annotations

import argparse

MESSAGES = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "expected one argument": "une valeur est attendue",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s (%(matches)s)",
}


def french(message: str) -> str:
    return MESSAGES.get(message, message)


def install() -> None:
    argparse._ = french  # type: ignore[attr-defined]  # argparse's own gettext hook
