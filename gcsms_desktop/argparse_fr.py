"""French messages for argparse, which otherwise speaks English to a French secretary — the one
place argparse is patched.

argparse looks its messages up through the ``_`` and ``ngettext`` it imports from ``gettext``; the
catalogue below covers every message argparse 3.11 to 3.13 can show a user of this command line
(the messages about a badly built parser are for developers and stay as they are).
tests/cli/test_bad_inputs.py checks them.

Why a patch: the public route, a compiled ``gettext`` catalogue for the ``messages`` domain,
is chosen by the user's locale variables (LANGUAGE, LC_ALL, LANG), which are often unset or
English on the machines this runs on, and would translate every other ``gettext`` user of the
process as well. So ``install()`` replaces argparse's two module-level lookups instead.
tests/cli/test_argparse_hook.py fails if argparse stops looking its messages up that way, or
shows a user a message this catalogue does not translate.
"""

from __future__ import annotations

import argparse

MESSAGES = {
    "usage: ": "utilisation : ",
    # argparse adds the colon of a heading itself: the no-break space makes it « options : »
    "positional arguments": "arguments\u00a0",
    "options": "options\u00a0",
    "show this help message and exit": "afficher cette aide et quitter",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix %(value)r inconnu (possibles : %(choices)s)",
    "invalid choice: %(value)r (choose from %(choices)s)\n": "choix %(value)r inconnu (possibles : %(choices)s)\n",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "une valeur au moins est attendue",
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
    "invalid %(type)s value: %(value)r": "valeur %(value)r incorrecte",  # %(type)s is Python's name
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "commande %(parser_name)r inconnue (possibles : %(choices)s)",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "valeur %r inattendue pour cette option",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "unexpected option string: %s": "option inattendue : %s",
    "option '%(option)s' is deprecated": "l'option « %(option)s » est dépréciée",
    "show program's version number and exit": "afficher la version et quitter",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s (%(matches)s)",
}


def french(message: str) -> str:
    return MESSAGES.get(message, message)


def french_plural(singular: str, plural: str, count: int) -> str:
    return french(singular if count == 1 else plural)


def install() -> None:
    argparse._ = french  # type: ignore[attr-defined]  # argparse's own gettext lookups
    argparse.ngettext = french_plural  # type: ignore[attr-defined]
