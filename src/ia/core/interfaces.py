"""Marker interfaces of the content core."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IIaCoreLayer(IDefaultBrowserLayer):
    """Browser layer registered when ia.core is installed."""
