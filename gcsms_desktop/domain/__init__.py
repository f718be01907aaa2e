"""Pure Python rules of a GCSMS (CASF L312-7, R312-194-1 and following).

No Qt, no SQLAlchemy, no ReportLab here: every rule can be tested without a display or a
database. Glossary (French → code): see ``docs/glossaire.md``.
"""
