"""GCSMS Desktop: legal housekeeping of a groupement de coopération sociale ou médico-sociale."""

__version__ = "0.1.0"
