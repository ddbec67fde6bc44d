"""Values computed once per request (``request.other``), nothing without one.

The dashboards ask the same questions of the organisation chart for each
of their lists, and add forms and bulk creations (``createContent`` reads
each given field, so its default, before setting it) compute the same
defaults for every document: both are answered once per request.
"""

from zope.globalrequest import getRequest


_CACHE_KEY = "ia.core.dashboard.cache"


def _request_cache():
    request = getRequest()
    if request is None:
        return {}
    cache = request.other.get(_CACHE_KEY)
    if cache is None:
        cache = request.other[_CACHE_KEY] = {}
    return cache


def cached(key, compute):
    """Return ``compute()``, computed once per request for ``key``."""
    cache = _request_cache()
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def clear_cache():
    """Forget what this request computed (after a change of the org chart)."""
    _request_cache().clear()
