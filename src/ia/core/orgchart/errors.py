"""Errors of the organisation chart, with translatable (French) messages."""

from ia.core import _
from zope.globalrequest import getRequest
from zope.i18n import translate


class OrgChartError(ValueError):
    """Bad input for the organisation chart.

    ``message`` is the i18n message (English msgid); ``str(error)`` is its
    translation in the language of the current request (French on a French
    site, French when there is no request).
    """

    def __init__(self, msgid, **mapping):
        self.message = _(msgid, mapping=mapping)
        super().__init__(self.translated())

    def translated(self):
        request = getRequest()
        if request is None:
            return translate(self.message, target_language="fr")
        return translate(self.message, context=request)


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
