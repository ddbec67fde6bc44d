"""Catalog side of attachments: indexers and the listing of a document.

Indexes and metadata columns ``ia_attachment_category`` (FieldIndex) and
``ia_attachment_flags`` (KeywordIndex: ``confidential``, ``to_print``,
``to_sign``) let a listing be built from brains, without waking objects up;
size and type come from the standard ``getObjSize`` and ``mime_type``
columns.
"""

from ia.core.behaviors.attachments import IIaAttachment
from ia.core.behaviors.attachments_vocabulary import category_titles
from plone import api
from plone.indexer import indexer


ATTACHMENT_TYPE = "IaAttachment"


@indexer(IIaAttachment)
def attachment_category(obj):
    return getattr(obj, "category", None)


@indexer(IIaAttachment)
def attachment_flags(obj):
    return obj.flags()


def find_attachments(container, category=None, flag=None):
    """Brains of the attachments of ``container`` the user may view, in
    folder order."""
    query = {
        "portal_type": ATTACHMENT_TYPE,
        "path": {"query": "/".join(container.getPhysicalPath()), "depth": 1},
        "sort_on": "getObjPositionInParent",
    }
    if category:
        query["ia_attachment_category"] = category
    if flag:
        query["ia_attachment_flags"] = flag
    return api.portal.get_tool("portal_catalog")(**query)


def brain_info(brain, titles=None):
    """A plain dict describing one attachment brain."""
    titles = category_titles() if titles is None else titles
    url = brain.getURL()
    category = brain.ia_attachment_category
    flags = tuple(brain.ia_attachment_flags or ())
    return {
        "@id": url,
        "UID": brain.UID,
        "title": brain.Title,
        "description": brain.Description,
        "category": category,
        "category_title": titles.get(category, category),
        "content_type": brain.mime_type,
        "size": brain.getObjSize,
        "download": f"{url}/@@download/file",
        "confidential": "confidential" in flags,
        "to_print": "to_print" in flags,
        "to_sign": "to_sign" in flags,
    }


def count_by_category(brains, titles=None):
    """``[{"id", "title", "count"}]`` in the order of the configured
    categories; categories without attachments are left out, unknown ones
    come last."""
    titles = category_titles() if titles is None else titles
    counts = {}
    for brain in brains:
        key = brain.ia_attachment_category
        counts[key] = counts.get(key, 0) + 1
    order = list(titles) + sorted(k for k in counts if k not in titles and k)
    if None in counts:
        order.append(None)
    return [
        {"id": key, "title": titles.get(key, key), "count": counts[key]}
        for key in order
        if key in counts
    ]


def attachments_summary(container, category=None):
    """What the viewlet and ``@ia-attachments`` show: the counts by category
    of every visible attachment and the (optionally filtered) items."""
    titles = category_titles()
    brains = find_attachments(container)
    items = [
        brain_info(brain, titles)
        for brain in brains
        if not category or brain.ia_attachment_category == category
    ]
    return {
        "items_total": len(items),
        "categories": count_by_category(brains, titles),
        "items": items,
    }


def group_by_category(items):
    """Group ``brain_info`` dicts: ``[{"id", "title", "items"}]``, keeping
    the order in which the categories first appear in ``items`` sorted by
    the configured order."""
    titles = category_titles()
    rank = {key: index for index, key in enumerate(titles)}
    groups = {}
    for item in items:
        key = item["category"]
        groups.setdefault(
            key, {"id": key, "title": item["category_title"], "attachments": []}
        )["attachments"].append(item)
    return sorted(
        groups.values(), key=lambda g: (rank.get(g["id"], len(rank)), g["id"] or "")
    )
