"""A global request for code run outside a browser traversal.

Scripts (``ia-site``, ``ia-ingest``), test layers and the demo hooks create
content, render documents and check local roles without a publisher
request. Several parts of Plone then need one: the document generation's
helper views are registered for the add-ons' browser layers, and role and
user look-ups cache on the request. :func:`site_request` provides one for
the block and removes it at the end when it set it, so that its caches
never leak into whatever runs next.
"""

from contextlib import contextmanager
from plone.browserlayer.utils import registered_layers
from zope.globalrequest import getRequest
from zope.globalrequest import setRequest
from zope.interface import alsoProvides


@contextmanager
def site_request(portal):
    """Run the block with a global request carrying the site's browser layers
    (the current one when there is one, else ``portal.REQUEST``; none when
    there is neither)."""
    previous = getRequest()
    request = previous if previous is not None else getattr(portal, "REQUEST", None)
    if request is None:  # no site to take one from: nothing to provide
        yield None
        return
    if previous is None:
        setRequest(request)
    try:
        alsoProvides(request, *registered_layers())
        yield request
    finally:
        if previous is None:
            setRequest(None)
