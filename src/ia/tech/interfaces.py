"""Marker interfaces of iA.Tech."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IIaTechLayer(IDefaultBrowserLayer):
    """Browser layer installed by the default profile."""
