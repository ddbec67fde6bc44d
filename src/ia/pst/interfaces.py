"""Marker interfaces of iA.PST."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IIaPstLayer(IDefaultBrowserLayer):
    """Browser layer installed by ``ia.pst:default``."""
