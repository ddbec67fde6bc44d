"""Where links live: ``LinkValue`` relations in the zc.relation catalog.

A link is a :class:`LinkValue` (a z3c.relationfield ``RelationValue``)
indexed in Plone's relation catalog with ``from_attribute`` = the kind id,
the same place as ``plone.api.relation`` (which reads them:
``api.relation.get(source=..., relationship="ia.reply_to")``). It is written
here rather than with ``api.relation.create`` because that function looks
for a schema field named after the *last dotted part* of the relationship
(``ia.reply_to`` → ``reply_to``) and, when a type has one, stores the link
in that field instead.

Why a link survives what happens to its documents:

- an edit: z3c.relationfield's ``updateRelations`` drops only the relations
  whose ``from_attribute`` is an attribute of the object (a schema field);
  a kind id (``ia.reply_to``) never is;
- a move or rename: the intids (and so the relation catalog's tokens) of
  both ends stay the same;
- a copy: the relation is held by the catalog, not by the object, so the
  copy (a new intid) has none;
- a deletion: :func:`forget` (a subscriber) removes the links of the
  document deleted, and reads skip any relation whose end is gone;
- an uninstalled product: links are ``LinkValue`` of the core whatever the
  kind, found with or without the kind's utility.
"""

from z3c.relationfield import RelationValue
from zc.relation.interfaces import ICatalog
from zope.component import getUtility
from zope.component import queryUtility
from zope.intid.interfaces import IIntIds


class LinkValue(RelationValue):
    """A link of the suite (tells links from field relations and linkintegrity)."""


def _intid(obj, register=False):
    intids = getUtility(IIntIds)
    intid = intids.queryId(obj)
    if intid is None and register:
        intid = intids.register(obj)
    return intid


def find(source=None, target=None, kind=None) -> list:
    """The live ``LinkValue`` relations from ``source`` / to ``target`` of ``kind``."""
    catalog = queryUtility(ICatalog)
    if catalog is None:
        return []
    query = {}
    for key, obj in (("from_id", source), ("to_id", target)):
        if obj is not None:
            intid = _intid(obj)
            if intid is None:
                return []
            query[key] = intid
    if kind is not None:
        query["from_attribute"] = kind
    return [rel for rel in catalog.findRelations(query) if _live(rel)]


def _live(relation) -> bool:
    if not isinstance(relation, LinkValue) or relation.isBroken():
        return False
    source, target = ends(relation)
    return source is not None and target is not None


def ends(relation) -> tuple:
    """``(source, target)`` of a relation, in their acquisition context
    (``from_object`` is stored without it); None for an end that is gone."""
    intids = getUtility(IIntIds)
    from_id = intids.queryId(relation.from_object)
    source = intids.queryObject(from_id) if from_id is not None else None
    target = intids.queryObject(relation.to_id) if relation.to_id else None
    return source, target


def add(source, target, kind) -> None:
    """Store the link ``source`` → ``target`` of ``kind`` (no check, no reindex)."""
    to_id = _intid(target, register=True)
    _intid(source, register=True)
    relation = LinkValue(to_id)
    relation.__parent__ = source
    relation.from_object = source
    relation.from_attribute = kind
    intids = getUtility(IIntIds)
    getUtility(ICatalog).index_doc(intids.register(relation), relation)


def remove(relation) -> None:
    getUtility(ICatalog).unindex(relation)
    intids = getUtility(IIntIds)
    intid = intids.queryId(relation)
    if intid is not None:
        intids.unregister(relation)


def all_of(obj) -> list:
    """Every live link of ``obj``, both directions."""
    return find(source=obj) + find(target=obj)


def forget(obj) -> list:
    """Remove every link of ``obj`` (being deleted); the other ends, returned."""
    catalog = queryUtility(ICatalog)
    intid = _intid(obj)
    if catalog is None or intid is None:
        return []
    others = []
    for key in ("from_id", "to_id"):
        for relation in list(catalog.findRelations({key: intid})):
            if not isinstance(relation, LinkValue):
                continue
            source, target = ends(relation)
            other = target if key == "from_id" else source
            if other is not None:
                others.append(other)
            remove(relation)
    return others
