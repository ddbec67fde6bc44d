"""A deleted document takes its links with it; the other ends are reindexed."""

from ia.core.links import storage
from ia.core.links.api import INDEX


def on_will_be_removed(obj, event):
    for other in storage.forget(obj):
        other.reindexObject(idxs=[INDEX])
