"""Errors of the organisation chart, with translatable (French) messages."""

from ia.core.errors import IaError


class OrgChartError(IaError):
    """Bad input for the organisation chart: ``OrgChartError(msgid, **mapping)``."""


class InvalidFunctions(OrgChartError):
    """The functions record holds a malformed line."""


class UnknownService(OrgChartError):
    """No service has this UID."""


class UnknownFunction(OrgChartError):
    """No configured function has this id."""


class UnknownUser(OrgChartError):
    """No user has this id."""


class ServiceInUse(OrgChartError):
    """A service still named on documents cannot be removed (deactivate it)."""
