"""Errors a use case reports to the user, in French."""

from __future__ import annotations


class ServiceError(Exception):
    """Something the user asked cannot be done; ``str(error)`` is the French explanation."""


class NotFound(ServiceError):
    pass


class AlreadyExists(ServiceError):
    pass
