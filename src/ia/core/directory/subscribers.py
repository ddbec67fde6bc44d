"""Keep computed titles and full text current when a contact changes.

A position's title shows its person and organisation; a person's full
text shows his or her positions.
"""

from ia.core.directory.interfaces import IHeldPosition
from ia.core.directory.interfaces import IPerson
from ia.core.indexing import referrers
from zope.lifecycleevent.interfaces import IObjectRemovedEvent


def _refresh(position):
    position.refresh_title()
    position.reindexObject()


def position_changed(position, event):
    """Added, modified or removed position: its title and its person's full text change."""
    if getattr(event, "object", position) is not position:
        return  # the person itself is being copied, moved or removed
    if IObjectRemovedEvent.providedBy(event):
        person = event.oldParent
    else:
        _refresh(position)
        person = position.get_person()
    if IPerson.providedBy(person):
        person.reindexObject(idxs=["SearchableText"])


def person_modified(person, event):
    for obj in person.objectValues():
        if IHeldPosition.providedBy(obj):
            _refresh(obj)


def organisation_modified(organisation, event):
    for position in referrers("ia_contact_organisation", organisation.UID()):
        _refresh(position)
