"""The outcome of an assembly as JSON (``gcsms-desktop assembly result --json``).

Droits are exact fractions written as text (« 17/2 »), so a script can recompute every
threshold; each outcome carries the rule applied and its French explanation.
"""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from gcsms_desktop.domain.assembly_record import AssemblyRecord


def _f(value: Fraction) -> str:
    return str(value)


def result_to_dict(record: AssemblyRecord) -> dict[str, Any]:
    a, result = record.assembly, record.result
    q = result.quorum
    return {
        "assembly": a.id, "meeting_date": a.meeting_date.isoformat(), "state": a.state.value,
        "second_convocation": a.second_convocation,
        "quorum": {"present": _f(q.present), "represented": _f(q.represented), "attending": _f(q.attending),
                   "total": _f(q.rights.total), "minimum": _f(q.minimum), "reached": q.reached,
                   "may_deliberate": q.may_deliberate, "explanation": q.explanation},
        "resolutions": [{
            "number": number, "deliberation_number": item.deliberation_number, "title": item.title,
            "matter": item.matter.value, "rule": outcome.rule.value, "rule_text": outcome.rule.label,
            "for": _f(outcome.tally.votes_for), "against": _f(outcome.tally.against),
            "abstention": _f(outcome.tally.abstention), "basis": _f(outcome.basis),
            "complete": outcome.complete, "adopted": outcome.adopted, "explanation": outcome.explanation,
        } for number, item, outcome in result.outcomes],
    }


def dumps(record: AssemblyRecord) -> str:
    return json.dumps(result_to_dict(record), ensure_ascii=False, indent=2) + "\n"
