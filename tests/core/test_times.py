"""Times in Europe/Brussels everywhere (issue 12: the same mail read 19:58
in the history and 20:58 in a dashboard)."""

from DateTime import DateTime
from datetime import datetime
from datetime import timezone
from ia.core import times
from ia.core.dashboard.rows import as_datetime
from plone import api


WINTER = DateTime("2026/12/01 19:58:00 UTC")  # 20:58 in Brussels (UTC+1)
SUMMER = DateTime("2026/07/01 18:58:00 UTC")  # 20:58 in Brussels (UTC+2)


def test_to_local_follows_daylight_saving(portal):
    assert times.zone_name() in ("Europe/Brussels", "UTC")
    api.portal.set_registry_record("plone.portal_timezone", "Europe/Brussels")
    assert times.to_local(WINTER).strftime("%H:%M") == "20:58"
    assert times.to_local(SUMMER).strftime("%H:%M") == "20:58"
    naive_utc = datetime(2026, 12, 1, 19, 58)
    assert times.to_local(naive_utc).strftime("%H:%M") == "20:58"
    assert times.to_local(None) is None


def test_plone_localized_time_is_brussels(portal):
    api.portal.set_registry_record("plone.portal_timezone", "Europe/Brussels")
    shown = api.portal.get_localized_time(WINTER, long_format=True)
    assert "20:58" in shown or "08:58 PM" in shown, shown
    shown = api.portal.get_localized_time(SUMMER, long_format=True)
    assert "20:58" in shown or "08:58 PM" in shown, shown


def test_dashboard_and_history_agree(portal):
    api.portal.set_registry_record("plone.portal_timezone", "Europe/Brussels")
    cell = as_datetime(WINTER)
    history = api.portal.get_localized_time(WINTER, long_format=True)
    assert cell.strftime("%H:%M") == "20:58"
    assert "20:58" in history or "08:58 PM" in history


def test_the_patch_is_applied_once(portal):
    from plone.base import i18nl10n

    first = i18nl10n.ulocalized_time
    times.patch_localized_time()
    again = i18nl10n.ulocalized_time
    assert getattr(first, times._PATCHED) is getattr(again, times._PATCHED)
    # Another zone, another wall clock.
    api.portal.set_registry_record("plone.portal_timezone", "UTC")
    try:
        assert times.to_local(WINTER).astimezone(timezone.utc).hour == 19
        assert "19:58" in api.portal.get_localized_time(
            WINTER, long_format=True
        ) or "07:58 PM" in api.portal.get_localized_time(WINTER, long_format=True)
    finally:
        api.portal.set_registry_record("plone.portal_timezone", "Europe/Brussels")
