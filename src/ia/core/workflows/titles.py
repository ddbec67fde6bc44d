"""The title of a document's state, as the user reads it (translated)."""

from plone import api
from zope.globalrequest import getRequest
from zope.i18n import translate


def state_title(obj, request=None) -> str:
    """The translated title of ``obj``'s workflow state; ``""`` without one.

    State titles are translated in the ``plone`` domain, as Plone's own
    state menu does (the suite's workflow titles are in its catalogs)."""
    state = api.content.get_state(obj=obj, default=None)
    if not state:
        return ""
    wtool = api.portal.get_tool("portal_workflow")
    title = wtool.getTitleForStateOnType(state, obj.portal_type) or state
    return translate(title, domain="plone", context=request or getRequest())
