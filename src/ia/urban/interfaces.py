"""Marker interfaces of iA.Urban."""

from plone.supermodel import model
from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IUrbanArea(model.Schema):
    """The urbanism area (``/urbanisme``), where every licence file lives."""


class IIaUrbanLayer(IDefaultBrowserLayer):
    """Browser layer installed by ``ia.urban:default``."""
