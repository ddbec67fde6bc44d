"""Links between documents: ``link``, ``unlink``, ``targets``, ``sources``, ``links``.

    from ia.core.links import api as links

    links.link(source=reply, target=mail, kind="ia.reply_to")
    links.targets(source=reply, kind="ia.reply_to")  # [mail]
    links.links(obj=mail)  # [Link(kind="ia.reply_to", direction="in", ...)]

Reads are filtered to the documents the current user may View unless
``unrestricted=True``. A symmetric kind (``ia.related``) reads the same from
both ends: ``targets`` and ``sources`` give the other end whichever way the
link was stored. Writes check no permission (the UI and REST do); they
reindex ``ia_linked_uids`` on both ends.
"""

from AccessControl.SecurityManagement import getSecurityManager
from Acquisition import aq_base
from dataclasses import dataclass
from ia.core import _
from ia.core.links import storage
from ia.core.links.errors import LinkError
from ia.core.links.kinds import get_kind
from plone import api
from plone.uuid.interfaces import IUUID


INDEX = "ia_linked_uids"
OUT = "out"
IN = "in"


@dataclass(frozen=True)
class Link:
    """One link seen from a document: ``other`` is the far end."""

    kind: str
    direction: str
    label: object
    other: object
    source: object
    target: object


def _checked_kind(kind):
    found = get_kind(kind)
    if found is None:
        raise LinkError(
            _(
                "msg_link_unknown_kind",
                default="Unknown link kind: ${kind}.",
                mapping={"kind": str(kind)},
            )
        )
    return found


def _check_ends(source, target):
    for obj in (source, target):
        if obj is None or not IUUID(obj, None):
            raise LinkError(
                _(
                    "msg_link_end_without_uid",
                    default="Only documents with an identifier (UID) can be linked.",
                )
            )
    if aq_base(source) is aq_base(target):
        raise LinkError(
            _("msg_link_to_itself", default="A document cannot be linked to itself.")
        )


def _relations(source, target, kind) -> list:
    """The stored relations linking ``source`` and ``target`` by ``kind``
    (either way for a symmetric kind)."""
    found = storage.find(source=source, target=target, kind=kind.id)
    if kind.symmetric:
        found += storage.find(source=target, target=source, kind=kind.id)
    return found


def _reindex(*objs):
    for obj in objs:
        obj.reindexObject(idxs=[INDEX])


def link(*, source, target, kind) -> bool:
    """Link ``source`` to ``target`` by ``kind``; True when created, False
    when the link existed already (idempotent)."""
    kind = _checked_kind(kind)
    _check_ends(source, target)
    if _relations(source, target, kind):
        return False
    storage.add(source, target, kind.id)
    _reindex(source, target)
    return True


def unlink(*, source, target, kind) -> bool:
    """Remove the link; True when there was one."""
    kind = _checked_kind(kind)
    relations = _relations(source, target, kind)
    for relation in relations:
        storage.remove(relation)
    if relations:
        _reindex(source, target)
    return bool(relations)


def _may_view(obj) -> bool:
    return bool(getSecurityManager().checkPermission("View", obj))


def _unique(objs, unrestricted) -> list:
    seen, result = set(), []
    for obj in objs:
        uid = api.content.get_uuid(obj)
        if uid in seen or not (unrestricted or _may_view(obj)):
            continue
        seen.add(uid)
        result.append(obj)
    return result


def _symmetric(kind_id) -> bool:
    found = get_kind(kind_id)
    return bool(found is not None and found.symmetric)


def targets(*, source, kind=None, unrestricted=False) -> list:
    """The documents ``source`` links to (by ``kind``, or any)."""
    objs = [storage.ends(rel)[1] for rel in storage.find(source=source, kind=kind)]
    objs += [
        storage.ends(rel)[0]
        for rel in storage.find(target=source, kind=kind)
        if _symmetric(rel.from_attribute)
    ]
    return _unique(objs, unrestricted)


def sources(*, target, kind=None, unrestricted=False) -> list:
    """The documents that link to ``target`` (by ``kind``, or any)."""
    objs = [storage.ends(rel)[0] for rel in storage.find(target=target, kind=kind)]
    objs += [
        storage.ends(rel)[1]
        for rel in storage.find(source=target, kind=kind)
        if _symmetric(rel.from_attribute)
    ]
    return _unique(objs, unrestricted)


def _label(kind_id, direction):
    found = get_kind(kind_id)
    if found is None:  # a kind whose product is gone: its id
        return kind_id
    if direction == OUT or found.symmetric:
        return found.title
    return found.reverse_title


def links(*, obj, unrestricted=False) -> list:
    """Every link of ``obj``, both directions, as :class:`Link`."""
    result = []
    for direction, relations in (
        (OUT, storage.find(source=obj)),
        (IN, storage.find(target=obj)),
    ):
        for relation in relations:
            source, target = storage.ends(relation)
            other = target if direction == OUT else source
            if not (unrestricted or _may_view(other)):
                continue
            kind = relation.from_attribute
            label = _label(kind, direction)
            result.append(Link(kind, direction, label, other, source, target))
    return result


def linked_uids(obj) -> list:
    """The UIDs of the documents linked to ``obj``, both directions, sorted
    (unrestricted: the catalog index ``ia_linked_uids``)."""
    uids = {
        api.content.get_uuid(link.other) for link in links(obj=obj, unrestricted=True)
    }
    uids.discard(None)
    return sorted(uids)
