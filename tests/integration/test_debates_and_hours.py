"""The debates and the session's hours through the services, on a real file: recorded during the
session only, the hours judged before anything is written (art. 13-2)."""

from __future__ import annotations

import pytest

from gcsms_desktop.services.errors import InvalidAssembly, ServiceError
from tests.assembly_factories import attend, convened, held, vote_all
from tests.integration.test_assemblies import TILLEULS, TILLEULS_KEYS


def test_hours_refused_when_the_closing_precedes_the_opening_and_nothing_is_written(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS)
    with pytest.raises(InvalidAssembly) as refused:
        tilleuls.assemblies.set_officers(assembly_id, "Mme Jeanne Martin", "M. Paul Durand", "Mme Anne Petit",
                                         None, "16:40", "14:05")
    assert "l'heure de clôture suit l'heure d'ouverture" in str(refused.value.problems[0].message)
    a = tilleuls.assemblies.record(assembly_id).assembly
    assert (a.secretary, a.opened_at, a.closed_at) == ("", "", "")
    tilleuls.assemblies.set_officers(assembly_id, "Mme Jeanne Martin", "M. Paul Durand", "Mme Anne Petit",
                                     None, "14:05", None)  # None: the closing hour is left as it was
    assert tilleuls.assemblies.record(assembly_id).assembly.opened_at == "14:05"


def test_debates_written_during_the_session_only(tilleuls):
    assembly_id = convened(tilleuls, TILLEULS)
    attend(tilleuls, assembly_id, TILLEULS_KEYS)
    tilleuls.assemblies.record_debates(assembly_id, 2, "  Discussion sur l'admission.  ")
    tilleuls.assemblies.record_debates(assembly_id, 3, "Aucune question.")
    tilleuls.assemblies.record_debates(assembly_id, 3, "")  # cleared
    agenda = tilleuls.assemblies.record(assembly_id).assembly.agenda
    assert [i.debates for i in agenda] == ["", "Discussion sur l'admission.", ""]
    vote_all(tilleuls, assembly_id)
    held(tilleuls, assembly_id)
    with pytest.raises(ServiceError, match="erratum"):
        tilleuls.assemblies.record_debates(assembly_id, 1, "Trop tard.")
    assert tilleuls.assemblies.record(assembly_id).assembly.agenda[0].debates == ""
