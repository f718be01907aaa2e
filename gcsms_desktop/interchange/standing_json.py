"""Members, parts and droits on a date as JSON, for ``gcsms-desktop members NAME --at DATE --json``.

Droits are exact fractions as strings (« 25/120 »), percentages rounded for display only.
"""

from __future__ import annotations

import json
from typing import Any

from gcsms_desktop.domain.french import format_decimal
from gcsms_desktop.domain.standing import Standing


def standing_to_dict(denomination: str, s: Standing) -> dict[str, Any]:
    capital = s.capital
    members = []
    for m in s.members:
        rights = s.rights_of(m.key)
        members.append({
            "key": m.key, "name": m.name,
            "parts": [{"first": b.first, "last": b.last} for b in s.blocks if b.member_key == m.key],
            "part_count": capital.parts_of(m.key) if capital else None,
            "droits": f"{rights.votes}/{rights.total}" if rights and rights.total else "0",
            "droits_percent": format_decimal(rights.share * 100).replace(",", ".") if rights else "0",
        })
    return {"groupement": denomination, "date": s.on.isoformat(),
            "droits_regularised_on": s.regularised_on.isoformat() if s.regularised_on else None,
            "dissolved_on": s.dissolved_on.isoformat() if s.dissolved_on else None,
            "total_parts": capital.total_parts if capital else None, "members": members}


def dumps(denomination: str, s: Standing) -> str:
    return json.dumps(standing_to_dict(denomination, s), ensure_ascii=False, indent=2) + "\n"
