"""Wizard recording one membership change: details, deliberation and avenant, review."""
