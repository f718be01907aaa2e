"""Options of « gcsms-desktop assembly »: urgency (48 hours, R. 312-194-20), an assembly requested by
members (R. 312-194-20), the member whose exclusion is asked (7°, R. 312-194-22), the person who sits
for a member on the attendance sheet, read back from the printed documents."""

from __future__ import annotations

from tests.cli.test_whole_year_cli import ok, pdf_text
from tests.cli.year_of_life import PLACE, build_year
from tests.prepared import copy_of, shared_base

year_base = shared_base("year_base", build_year, "annee.sqlite")


def test_urgent_assembly_convened_48_hours_ahead_with_its_exclusion_item(year_base, tmp_path, capsys):
    db = copy_of(year_base, tmp_path)
    out = ok(capsys, db, "assembly", "create", "1", "--date", "2026-02-12", "--time", "9:00", "--place", PLACE,
             "--urgent", "--item", "7:Exclusion de l'association Ty Coz:L'assemblée générale exclut Ty Coz.",
             "--exclude", "TYC", "--requested-by", "GLY,KAV,ADC,HC35,SSIAD,ESJ", "--requested-on", "2026-02-01",
             "--document", "Mise en demeure du 5 janvier 2026")
    assert "point 1 — Exclusion de l'association Ty Coz [7°]" in out
    assert "convoquée" in ok(capsys, db, "assembly", "convene", "1", "--assembly", "2", "--on", "2026-02-10")
    convocations = tmp_path / "convocations.pdf"
    ok(capsys, db, "print", "convocations", "1", "--assembly", "2", "-o", str(convocations))
    text = pdf_text(convocations)
    assert "Exclusion de l'association Ty Coz" in text and "9 h" in text and "Mise en demeure" in text
    assert "convoquée à la demande de" in " ".join(text.split())  # R. 312-194-20, the members who asked
    ok(capsys, db, "assembly", "attendance", "1", "--assembly", "2", "--all-present",
       "--present", "GLY=Jeanne Le Goff, directrice adjointe", "--represented", "ADMR=KAV")
    out = ok(capsys, db, "assembly", "vote", "1", "--assembly", "2", "--item", "1", "--unanimous-for")
    assert "le membre concerné ne prend pas part au vote" in out and "pour 17/18" in out
    sheet = tmp_path / "presence.pdf"
    ok(capsys, db, "print", "attendance", "1", "--assembly", "2", "-o", str(sheet))
    assert "Jeanne Le Goff, directrice adjointe" in " ".join(pdf_text(sheet).split())
    listing = ok(capsys, db, "assembly", "list", "1")
    assert "12 février 2026  convoquée" in listing
