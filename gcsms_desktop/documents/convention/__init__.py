"""The convention constitutive, following the plan of the model convention (annexe VI)."""

from gcsms_desktop.documents.convention.document import ConventionDocument

__all__ = ["ConventionDocument"]
