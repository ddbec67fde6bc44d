"""Times as the municipality reads them: in its time zone (Europe/Brussels).

Zope stores ``DateTime`` values in the zone of the process that made them
(UTC on a server) and ``DateTime.strftime`` formats them in the zone of the
process, so Plone's history, toolbar and folder listings showed UTC while
the dashboards showed Brussels time: the same mail read 19:58 and 20:58.

- :func:`to_local` turns a DateTime / datetime into an aware ``datetime``
  in the site's zone (registry ``plone.portal_timezone``, default
  Europe/Brussels; a naive value is taken as UTC);
- :func:`patch_localized_time` makes Plone's ``ulocalized_time`` (behind
  ``toLocalizedTime``, ``api.portal.get_localized_time``, the byline, the
  folder listings, the history) format the wall-clock time of that zone.
  It is applied once when ``ia.core`` is configured (``configure.zcml``).
"""

from DateTime import DateTime
from datetime import datetime
from datetime import timezone
from DateTime.interfaces import IDateTime
import zoneinfo


DEFAULT_ZONE = "Europe/Brussels"
_PATCHED = "_ia_local_zone"


def zone_name():
    try:
        from plone import api

        name = api.portal.get_registry_record("plone.portal_timezone", default=None)
    except Exception:  # noqa: BLE001 - no site (scripts, early start-up)
        name = None
    return name or DEFAULT_ZONE


def zone():
    try:
        return zoneinfo.ZoneInfo(zone_name())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_ZONE)


def to_local(value):
    """An aware ``datetime`` in the site's zone, or None."""
    if value is None:
        return None
    if IDateTime.providedBy(value):
        value = datetime.fromtimestamp(value.timeTime(), tz=timezone.utc)
    elif not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(zone())


def shifted_for_strftime(value):
    """A DateTime whose ``strftime`` (process zone) prints the wall-clock
    time of the site's zone: the instant moved by the difference of the
    two zones' offsets at that instant."""
    local = to_local(value)
    if local is None:
        return value
    process_offset = datetime.fromtimestamp(value.timeTime()).astimezone().utcoffset()
    delta = local.utcoffset() - process_offset
    return value + delta.total_seconds() / 86400.0


def _localized(original):
    def ulocalized_time(time, *args, **kwargs):
        if not IDateTime.providedBy(time):
            try:
                time = DateTime(time)
            except Exception:  # noqa: BLE001 - as the original: let it decide
                return original(time, *args, **kwargs)
        return original(shifted_for_strftime(time), *args, **kwargs)

    setattr(ulocalized_time, _PATCHED, original)
    return ulocalized_time


def patch_localized_time():
    """Wrap ``ulocalized_time`` where Plone looks it up (idempotent)."""
    from plone.base import i18nl10n
    from Products.CMFPlone import TranslationServiceTool
    from Products.CMFPlone import utils

    original = getattr(i18nl10n.ulocalized_time, _PATCHED, i18nl10n.ulocalized_time)
    patched = _localized(original)
    for module in (i18nl10n, TranslationServiceTool, utils):
        if getattr(module, "ulocalized_time", None) is not None:
            module.ulocalized_time = patched
    return patched
