"""Marker interfaces of iA.Docs."""

from plone.supermodel import model
from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IMailArea(model.Schema):
    """The mail area (``/courrier``), where incoming and outgoing mails live."""


class IIaDocsLayer(IDefaultBrowserLayer):
    """Browser layer installed by ``ia.docs:default``."""
