"""Marker interfaces of iA.Example."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IIaExampleLayer(IDefaultBrowserLayer):
    """Browser layer installed by the default profile: every browser:page,
    viewlet and resource of the product names it in ``layer=``."""
