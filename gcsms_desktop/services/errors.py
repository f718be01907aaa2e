"""Errors a use case reports to the user, in French."""

from __future__ import annotations

from gcsms_desktop.domain.problems import Problem


class ServiceError(Exception):
    """Something the user asked cannot be done; ``str(error)`` is the French explanation."""


class NotFound(ServiceError):
    pass


class AlreadyExists(ServiceError):
    pass


class InvalidAssembly(ServiceError):
    """An assembly step refused by the rules; ``problems`` lists every reason."""

    def __init__(self, headline: str, problems: list[Problem]) -> None:
        self.headline = headline
        self.problems = problems
        super().__init__(headline + "\n" + "\n".join(f"• {p.message}" for p in problems))


class InvalidChange(InvalidAssembly):
    """A membership change refused by the rules; ``problems`` lists every reason."""


class Conflict(ServiceError):
    """Another window or program wrote first; nothing was saved and the user should reload or retry."""
