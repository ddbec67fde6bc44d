"""A unique-id generator that writes nothing (no shared counter).

``Products.CMFUid``'s ``portal_uidgenerator`` increments one persistent
integer per call, and CMFEditions calls it for every new versioned document
(its history id): two concurrent creations always conflicted on that tool.
This generator draws a random 62-bit integer instead. History ids are only
ever compared for equality (keys of the histories storage); with 2**62
values, a collision among a million documents has a probability of about
1e-7, and it is checked against the histories storage anyway.
"""

from Products.CMFUid.interfaces import IUniqueIdGenerator
from zope.component.hooks import getSite
from zope.interface import implementer
import secrets


BITS = 62


def _taken(uid) -> bool:
    site = getSite()
    storage = getattr(site, "portal_historiesstorage", None) if site else None
    if storage is None:
        return False
    try:
        return bool(storage.isRegistered(uid))
    except Exception:  # noqa: BLE001 - an unreadable storage cannot tell
        return False


@implementer(IUniqueIdGenerator)
class UniqueIdGenerator:
    """Random positive ids; stateless, so stored in the site's registry as is."""

    def __call__(self):
        while True:
            uid = secrets.randbits(BITS) or 1
            if not _taken(uid):
                return uid

    def convert(self, uid):
        return int(uid)
