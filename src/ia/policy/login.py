"""After logging in without a destination, users land on their dashboard."""

from plone.base.interfaces import IRedirectAfterLogin
from zope.interface import implementer


DASHBOARD_VIEW = "@@ia-dashboard"


@implementer(IRedirectAfterLogin)
class RedirectToDashboard:
    def __init__(self, context, request):
        self.context = context
        self.request = request

    def __call__(self, came_from=None, is_initial_login=False):
        portal_url = self.context.portal_url()
        if came_from and came_from.rstrip("/") not in (
            portal_url,
            f"{portal_url}/login",
        ):
            return came_from
        if self.context.restrictedTraverse(DASHBOARD_VIEW, None) is None:
            return came_from
        return f"{portal_url}/{DASHBOARD_VIEW}"
