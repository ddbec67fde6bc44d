"""Marker interfaces of iA.Docs."""

from plone.supermodel import model


class IMailArea(model.Schema):
    """The mail area (``/courrier``), where incoming and outgoing mails live."""
