"""Marker interfaces of iA.Delib."""

from zope.interface import Interface


class IIaDelibLayer(Interface):
    """Browser layer installed by ``ia.delib:default``."""
