"""Content classes of the directory; the titles of persons and positions are computed."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from datetime import date
from ia.core.directory.api import contact_label
from ia.core.directory.interfaces import IDirectory
from ia.core.directory.interfaces import IHeldPosition
from ia.core.directory.interfaces import IOrganisation
from ia.core.directory.interfaces import IPerson
from ia.core.directory.vocabularies import position_type_title
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from zope.interface import implementer


@implementer(IDirectory)
class Directory(Container):
    """The directory of contacts."""


@implementer(IOrganisation)
class Organisation(Container):
    """An organisation; may contain sub-organisations (departments)."""


def _computed_title(getter):
    """A ``title`` computed from other fields; assignments are ignored."""
    return property(getter, lambda self, value: None)


@implementer(IPerson)
class Person(Container):
    """A person; contains the positions he or she holds."""

    def _title(self):
        return " ".join(part for part in (self.lastname, self.firstname) if part)

    title = _computed_title(_title)

    @property
    def fullname(self) -> str:
        """``Jean Dupont``: first name first, as in a letter."""
        return " ".join(part for part in (self.firstname, self.lastname) if part)


@implementer(IHeldPosition)
class HeldPosition(Item):
    """A position held by the containing person.

    Its title ("Jean Dupont, Bourgmestre (Commune de Démo)") needs the
    parent person, known only through acquisition: it is computed when
    the position, its person or its organisation changes
    (``refresh_title``, called by the subscribers) and kept.
    """

    _stored_title = ""

    def get_person(self):
        """The containing person (needs an acquisition-wrapped position)."""
        parent = aq_parent(aq_inner(self))
        return parent if IPerson.providedBy(parent) else None

    def position_title(self) -> str:
        """The label, or the title of the position type."""
        return self.label or position_type_title(self.position_type)

    def organisation_title(self) -> str:
        return contact_label(self.organisation) if self.organisation else ""

    def compute_title(self) -> str:
        person = self.get_person()
        text = person.fullname if person is not None else ""
        position = self.position_title()
        if position:
            text = f"{text}, {position}" if text else position
        organisation = self.organisation_title()
        if organisation:
            text = f"{text} ({organisation})"
        return text

    def refresh_title(self) -> str:
        title = self.compute_title()
        if title != self._stored_title:
            self._stored_title = title
        return title

    title = _computed_title(lambda self: self._stored_title or self.compute_title())

    def is_current(self, today: date | None = None) -> bool:
        """True when ``start <= today <= end`` (missing dates are open)."""
        today = today or date.today()
        if self.start_date and self.start_date > today:
            return False
        return not (self.end_date and self.end_date < today)
