"""Adding and removing links by hand (the Liens block and ``@ia-links``).

Only *manual* kinds; "Modify portal content" on the document whose page
(or URL) is used, View on the other one. The other document is given as a
UID, a URL (or path) of the site, or a reference number (``ia_reference``).
A document the user may not View is "not found": its existence is not
disclosed.
"""

from ia.core import _
from ia.core.links import api as links
from ia.core.links.errors import LinkError
from ia.core.links.errors import LinkForbidden
from ia.core.links.errors import LinkTargetNotFound
from ia.core.links.kinds import get_kind
from plone import api
from plone.app.uuid.utils import uuidToObject
from plone.uuid.interfaces import IUUID
from urllib.parse import urlparse
import re


MODIFY = "Modify portal content"
#: a document's address may end with one of its views
VIEW_SUFFIXES = ("view", "edit", "ia-view")
UID_PATTERN = re.compile(r"^[0-9a-f]{32}$")


def _not_found(value):
    return LinkTargetNotFound(
        _(
            "msg_link_target_not_found",
            default="No document found for '${target}' (reference, UID or URL).",
            mapping={"target": str(value)[:200]},
        )
    )


def _by_path(value):
    portal = api.portal.get()
    path = urlparse(value).path if "://" in value else value
    portal_path = urlparse(portal.absolute_url()).path.rstrip("/")
    if portal_path and path.startswith(portal_path + "/"):
        path = path[len(portal_path) :]
    segments = path.strip("/").split("/@@")[0].split("/")
    while segments and segments[-1] in VIEW_SUFFIXES:
        segments.pop()
    if not any(segments):
        return None
    return portal.unrestrictedTraverse("/".join(segments), None)


def resolve(value):
    """The document ``value`` names (UID, URL or path, reference) that the
    current user may View; ``LinkTargetNotFound`` otherwise."""
    value = value.strip() if isinstance(value, str) else ""
    if not value:
        raise _not_found(value)
    if UID_PATTERN.match(value):
        found = uuidToObject(value, unrestricted=True)
    elif "/" in value:
        found = _by_path(value)
    else:
        brains = api.content.find(ia_reference=value)
        found = brains[0].getObject() if len(brains) == 1 else None
    if found is None or not IUUID(found, None):
        raise _not_found(value)
    if not api.user.has_permission("View", obj=found):
        raise _not_found(value)
    return found


def manual_kind(kind_id):
    kind = get_kind(kind_id)
    if kind is None:
        raise LinkError(
            _(
                "msg_link_unknown_kind",
                default="Unknown link kind: ${kind}.",
                mapping={"kind": str(kind_id)},
            )
        )
    if not kind.manual:
        raise LinkError(
            _(
                "msg_link_not_manual",
                default="Links of this kind cannot be added or removed by hand.",
            )
        )
    return kind


def _check_modify(context):
    if not api.user.has_permission(MODIFY, obj=context):
        raise LinkForbidden(
            _(
                "msg_link_forbidden",
                default="You may not change the links of this document.",
            )
        )


def add(*, context, kind, target):
    """Link ``context`` to the document ``target`` names; that document."""
    kind = manual_kind(kind)
    _check_modify(context)
    other = resolve(target)
    links.link(source=context, target=other, kind=kind.id)
    return other


def remove(*, context, kind, target):
    """Remove the link of ``kind`` between ``context`` and ``target``, either way."""
    kind = manual_kind(kind)
    _check_modify(context)
    other = resolve(target)
    removed = links.unlink(source=context, target=other, kind=kind.id)
    removed = links.unlink(source=other, target=context, kind=kind.id) or removed
    if not removed:
        raise LinkError(
            _("msg_link_not_found", default="There is no such link on this document.")
        )
    return other
