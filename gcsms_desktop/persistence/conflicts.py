"""What a unit of work reports when another writer got there first; messages are for the user."""

from __future__ import annotations


class WriteConflict(Exception):
    """The write was not applied because of another window or program; ``str()`` says what to do."""


class StaleVersion(WriteConflict):
    """The record changed since the user read it: applying the write would undo the other's work."""

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} a été modifié(e) dans une autre fenêtre ou par un autre programme depuis que "
                         "vous l'avez ouvert(e). Rien n'a été enregistré : rechargez-le (fermez puis rouvrez "
                         "l'écran) et recommencez votre saisie.")


class DatabaseBusy(WriteConflict):
    def __init__(self) -> None:
        super().__init__("La base est occupée par une autre fenêtre ou un autre programme qui enregistre en ce "
                         "moment. Rien n'a été enregistré : réessayez dans quelques instants.")


class NumberTaken(WriteConflict):
    def __init__(self, what: str) -> None:
        super().__init__(f"{what} vient d'être attribué par une autre fenêtre. Rien n'a été enregistré : "
                         "réessayez.")
