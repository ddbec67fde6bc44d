"""Marker interfaces of the site policy."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IIaPolicyLayer(IDefaultBrowserLayer):
    """Browser layer registered when ia.policy is installed."""
