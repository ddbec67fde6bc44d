"""Refusals of the eComptes export and import."""

from ia.core.errors import IaError


class EcomptesError(IaError):
    """The file cannot be written or read (a translated reason)."""
