"""Interfaces of hand-overs and of the event fired after one."""

from zope.interface import Attribute
from zope.interface import Interface
from zope.interface.interfaces import IObjectEvent


class IHandover(Interface):
    """A way to make a document of a product from another document."""

    id = Attribute(
        "The hand-over's id (its utility name), e.g. 'ia.delib.item_from_document'."
    )
    title = Attribute("i18n action label, e.g. 'Préparer un point de délibération'.")
    description = Attribute("i18n description.")
    profile = Attribute("The profile that must be installed, e.g. 'ia.delib:default'.")
    link_kind = Attribute("The kind of the link made, e.g. 'ia.gave_rise_to'.")
    link_from_target = Attribute(
        "True: link target -> source; False: source -> target."
    )
    once = Attribute("True: refused when the source already has a target from it.")
    option_titles = Attribute("{option: i18n label} for the choices' form fields.")

    def applies_to(source):
        """Cheap type or behaviour checks; no permission checks."""

    def check(source, **options):
        """Raise an IaError subclass saying why the hand-over is refused."""

    def choices(source):
        """{option: [(value, title), ...]}; {} when there is nothing to pick."""

    def perform(source, **options):
        """Create and fill the target (without linking it); return it."""


class IHandedOverEvent(IObjectEvent):
    """A document (``object``) was made from ``source`` by ``handover``."""

    source = Attribute("The document handed over.")
    handover = Attribute("The IHandover used (its id: handover.id).")
