"""What every use case shares: one unit of work, reading or writing, and French conflicts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from gcsms_desktop.persistence.conflicts import WriteConflict
from gcsms_desktop.persistence.database import ReadOnlyDatabase
from gcsms_desktop.persistence.unit_of_work import UnitOfWork
from gcsms_desktop.services.clock import Clock
from gcsms_desktop.services.errors import Conflict, ServiceError

UnitOfWorkFactory = Callable[..., UnitOfWork]  # (write: bool = False) -> UnitOfWork


class UseCases:
    """A public method opens exactly one of ``reading()`` or ``writing()``; helpers receive its ``uow``.
    ``clock`` says what today is (services.clock): no act is recorded as done after it."""

    def __init__(self, unit_of_work: UnitOfWorkFactory, clock: Clock | None = None) -> None:
        self.unit_of_work = unit_of_work
        self.clock = clock or Clock()

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """A read waits for a writer's commit too (busy timeout); past it, the same French message."""
        try:
            with self.unit_of_work() as uow:
                yield uow
        except WriteConflict as error:
            raise Conflict(str(error)) from error

    @contextmanager
    def writing(self) -> Iterator[UnitOfWork]:
        """The write lock is taken at the start: what the use case reads stays true until it commits."""
        try:
            with self.unit_of_work(write=True) as uow:
                yield uow
        except WriteConflict as error:
            raise Conflict(str(error)) from error
        except ReadOnlyDatabase as error:  # the GUI greys writing actions out; this is the last guard
            raise ServiceError(str(error)) from None
