"""Interfaces of the shared-workflow helpers."""

from zope.interface import Interface


class IValidationLevels(Interface):
    """How many validation levels a document passes, when a product decides.

    Adapt a product's type to it (e.g. Delib items: their body's setting);
    ``levels()`` returns 1 to 3, or None to fall back on the core's order
    (first responsible service, registry default, 1).
    """

    def levels():
        """The number of levels, or None."""
