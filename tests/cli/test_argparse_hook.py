"""argparse is made French through its module-level ``_`` and ``ngettext`` (gcsms_desktop/argparse_fr.py
says why): these tests fail if a new Python changes what that patch relies on."""

from __future__ import annotations

import argparse
import ast
import inspect

import pytest

from gcsms_desktop.argparse_fr import MESSAGES, french, french_plural
from gcsms_desktop.cli import build_parser

# About a badly built parser: a developer's mistake, never shown to a user of this command line.
DEVELOPER_MESSAGES = {
    ".__call__() not defined", "conflicting subparser: %s", "conflicting subparser alias: %s",
    'argument "-" with mode %r', "cannot merge actions - two groups are named %r",
    "'required' is an invalid argument for positionals",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r", "invalid conflict_resolution value: %r",
    "mutually exclusive arguments must be optional", "cannot have multiple subparser arguments",
    "%r is not callable", "conflicting option string: %s", "conflicting option strings: %s",
}


def looked_up_messages() -> set[str]:
    """Every literal argparse passes to its ``_`` or ``ngettext``, read from its source."""
    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            arguments = node.args[:1] if node.func.id == "_" else node.args[:2]
            found |= {a.value for a in arguments if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_argparse_still_looks_its_messages_up_through_module_level_gettext_names():
    build_parser()  # installs the French lookups
    assert vars(argparse)["_"] is french and vars(argparse)["ngettext"] is french_plural
    messages = looked_up_messages()
    assert {"usage: ", "options", "unrecognized arguments: %s", "expected %s argument"} <= messages


def test_every_message_argparse_can_show_a_user_is_in_french():
    untranslated = looked_up_messages() - set(MESSAGES) - DEVELOPER_MESSAGES
    assert untranslated == set(), "add them to argparse_fr.MESSAGES (or DEVELOPER_MESSAGES if a user never sees them)"


def test_a_usage_error_from_the_real_parser_is_french(capsys):
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["list", "--inconnu"])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert err.startswith("utilisation : gcsms-desktop")
    assert "gcsms-desktop : erreur : arguments non reconnus : --inconnu" in err
