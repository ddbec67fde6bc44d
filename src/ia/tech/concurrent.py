"""Adding a document that many clients may file at the same moment.

Open311 is open to every citizen app: 20 reports may arrive at once, each
in its own transaction on one of the instance's threads. Three writes of
Plone's usual creation (``api.content.create``) are the same for every
report and so conflict between any two of them (ZODB ``ConflictError``,
retried three times by the publisher, then HTTP 500: 4 to 22 of 60
reports failed under 20 clients, and a plain Plone folder does the same):

1. the id: Plone's ``-1``, ``-2``… is chosen from the transaction's
   snapshot, so concurrent reports of one title chose the same id
   (``folders.new_id(…, concurrent=True)`` adds a random suffix);
2. the order of an ordered folder, one persistent list of every id
   (``/travaux`` is unordered: ``ia.core.unordered``);
3. the folder itself: ``notifyContainerModified`` after each add makes
   plone.dexterity reindex the folder, which sets its modification date,
   a write to the folder object on every report.

:func:`add` creates like ``invokeFactory`` does (the type's factory, the
add permission, ``ObjectCreatedEvent``, ``ObjectWillBeAddedEvent``,
``ObjectAddedEvent``: workflow, indexing, numbering, ownership), without
that last event: the folder's modification date alone is not updated.
"""

from AccessControl import Unauthorized
from OFS.event import ObjectWillBeAddedEvent
from plone import api
from zope.component import getUtility
from zope.component.interfaces import IFactory
from zope.event import notify
from zope.lifecycleevent import ObjectAddedEvent
from zope.lifecycleevent import ObjectCreatedEvent


def add(container, portal_type: str, id: str, **fields):
    """A new ``portal_type`` ``id`` in ``container`` with ``fields``."""
    fti = api.portal.get_tool("portal_types").getTypeInfo(portal_type)
    if fti is None or not fti.isConstructionAllowed(container):
        raise Unauthorized(f"Cannot create {portal_type}")
    obj = getUtility(IFactory, fti.factory)(id, **fields)
    obj._setPortalTypeName(fti.getId())
    notify(ObjectCreatedEvent(obj))
    notify(ObjectWillBeAddedEvent(obj, container, id))
    container._setObject(id, obj, suppress_events=True)
    obj = container._getOb(id)
    notify(ObjectAddedEvent(obj, container, id))
    return obj
