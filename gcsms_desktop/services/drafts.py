"""Drafts of the creation wizard: saved half-filled, resumed later, deleted once created."""

from __future__ import annotations

import json
from typing import Any, cast

from gcsms_desktop.persistence.repositories import DraftSummary
from gcsms_desktop.services.base import UseCases
from gcsms_desktop.services.errors import NotFound


class DraftService(UseCases):
    def save(self, draft_id: int | None, data: dict[str, Any]) -> int:
        """``data`` is the JSON format's ``groupement`` object, possibly incomplete."""
        title = str(data.get("denomination") or "").strip() or "Groupement sans nom"
        with self.writing() as uow:
            saved = uow.drafts.save(draft_id, title, json.dumps(data, ensure_ascii=False))
            uow.commit()
        return saved

    def list(self) -> list[DraftSummary]:
        with self.reading() as uow:
            return uow.drafts.summaries()

    def load(self, draft_id: int) -> dict[str, Any]:
        with self.reading() as uow:
            payload = uow.drafts.payload(draft_id)
        if payload is None:
            raise NotFound("Ce brouillon n'existe plus.")
        return cast(dict[str, Any], json.loads(payload))

    def delete(self, draft_id: int) -> None:
        with self.writing() as uow:
            uow.drafts.delete(draft_id)
            uow.commit()
