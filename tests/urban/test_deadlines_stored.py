"""Deadlines kept as data: each kind of change updates the stored ones, and
what the catalog says (lists, calendar) is what the rules compute.

The demo-like world (``ia.urban.demo``, every type in many states, some
late) is built once for the module; the single-file tests use ``licence``.
"""

from datetime import date
from datetime import timedelta
from ia.core.dashboard.interfaces import IDashboardList
from ia.urban.deadlines import engine
from ia.urban.deadlines import recompute
from ia.urban.deadlines.agenda import month_rows
from ia.urban.deadlines.api import for_brains
from ia.urban.deadlines.bulk import every_open
from ia.urban.deadlines.recompute import PENDING
from ia.urban.deadlines.recompute import job
from ia.urban.deadlines.recompute import pending
from ia.urban.deadlines.stored import open_deadlines
from ia.urban.demo import populate
from ia.urban.events.api import add_event
from ia.urban.events.api import remove_event
from ia.urban.kinds import LICENCE_TYPES
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import login
from plone.app.testing import setRoles
from tests.module_worlds import module_world
from tests.urban.conftest import INTEGRATION_TESTING
from tests.urban.conftest import build as build_services
from tests.urban.conftest import deposit
from zope.annotation.interfaces import IAnnotations
from zope.component import getUtility
import pytest


def build_demo(portal):
    data = build_services(portal)
    populate(portal, None, files=len(LICENCE_TYPES) * 3)
    # one file surely due within 7 days: 20 days to acknowledge, 15 gone
    deposit(portal, data, deposit_date=date.today() - timedelta(days=15))
    return data


_world_demo, demo = module_world(
    build_demo, layer=INTEGRATION_TESTING, prefix="integration", name="demo"
)


def catalog():
    return api.portal.get_tool("portal_catalog")


def brain_of(obj):
    return catalog().unrestrictedSearchResults(UID=obj.UID())[0]


def stored_rules(obj):
    return [
        (entry["rule"], entry["date"], entry["open"]) for entry in obj.urban_deadlines
    ]


def test_added_file_stores_its_deadlines(licence):
    permit = licence()
    rules = stored_rules(permit)
    assert [rule for rule, _day, _open in rules] == [
        "completeness",
        "decision",
        "fd_referral",  # stored, shown once the decision delay is over
    ]
    assert rules[0][1] == permit.due_date.isoformat()
    assert all(is_open for _rule, _day, is_open in rules)
    brain = brain_of(permit)
    assert brain.ia_urban_deadlines == permit.urban_deadlines
    assert catalog()(ia_urban_deadline_dates=permit.due_date.isoformat())


def test_event_added_and_removed(licence):
    permit = licence()
    api.content.transition(obj=permit, transition="acknowledge")
    before = permit.urban_deadlines
    request = add_event(permit, "opinion_request", body="SRI")
    opinion = [e for e in permit.urban_deadlines if e["rule"] == "opinion"]
    assert opinion and opinion[0]["open"] and opinion[0]["event"] == request["id"]
    assert permit.urban_next_deadline == "opinion"
    assert brain_of(permit).ia_urban_next_deadline == "opinion"
    assert catalog()(ia_urban_deadline_dates=opinion[0]["date"], UID=permit.UID())
    answer = add_event(permit, "opinion_answer", request=request["id"])
    assert not [e for e in permit.urban_deadlines if e["rule"] == "opinion"][0]["open"]
    remove_event(permit, answer["id"])
    remove_event(permit, request["id"])
    assert permit.urban_deadlines == before
    assert brain_of(permit).ia_urban_deadlines == before


def test_procedure_changes_the_decision_delay(licence):
    permit = licence()
    api.content.transition(obj=permit, transition="acknowledge")
    decision = {e["rule"]: e for e in permit.urban_deadlines}["decision"]
    assert decision["days"] == 30
    add_event(permit, "procedure", publicity="inquiry")
    decision = {e["rule"]: e for e in permit.urban_deadlines}["decision"]
    assert decision["days"] == 75
    assert brain_of(permit).ia_due_date == date.fromisoformat(decision["date"])


def test_transitions_store_the_decision(licence):
    permit = licence()
    for transition in ("acknowledge", "instruct", "grant"):
        api.content.transition(obj=permit, transition=transition)
    by_rule = {e["rule"]: e for e in permit.urban_deadlines}
    assert not by_rule["decision"]["open"]
    assert by_rule["notification"]["open"]
    assert permit.urban_next_deadline == "notification"
    api.content.transition(obj=permit, transition="notify")
    assert not [e for e in permit.urban_deadlines if e["open"]]
    assert permit.due_date is None
    assert not catalog()(ia_urban_deadline_dates=by_rule["notification"]["date"])


def test_saved_delays_mark_the_site_and_the_job_recomputes(
    portal, licence, monkeypatch
):
    permit = licence()
    api.content.transition(obj=permit, transition="acknowledge")
    old = {e["rule"]: e for e in permit.urban_deadlines}["decision"]
    assert not pending(portal)
    api.portal.set_registry_record("ia.urban.delays", ["decision_simple|45"])
    assert pending(portal)
    # the saving request touched no file
    assert {e["rule"]: e for e in permit.urban_deadlines}["decision"] == old
    # the job commits as it goes: not in an integration test
    monkeypatch.setattr(recompute.transaction, "commit", lambda: None)
    assert job(portal).startswith("échéances recalculées pour 1 ")
    new = {e["rule"]: e for e in permit.urban_deadlines}["decision"]
    assert new["days"] == 45
    stored = {e["rule"]: e for e in brain_of(permit).ia_urban_deadlines}
    assert stored["decision"]["days"] == 45
    assert not pending(portal)
    assert job(portal) == "rien à recalculer"


def test_other_records_do_not_mark_the_site(portal):
    api.portal.set_registry_record("ia.urban.due_soon_days", 10)
    assert PENDING not in IAnnotations(portal)


def test_fd_referral_stored_but_shown_once_the_college_is_late(licence):
    permit = licence()
    api.content.transition(obj=permit, transition="acknowledge")
    by_rule = {e["rule"]: e for e in permit.urban_deadlines}
    referral = by_rule["fd_referral"]
    assert referral["after"] == by_rule["decision"]["date"]
    (brain,) = catalog()(UID=permit.UID())
    rules = [e["rule"] for e in open_deadlines([brain])[permit.UID()]]
    assert "fd_referral" not in rules
    late_day = date.fromisoformat(referral["after"]) + timedelta(days=1)
    rules = [e["rule"] for e in open_deadlines([brain], late_day)[permit.UID()]]
    assert "fd_referral" in rules


# --- the catalog against the rules, over the demo-like world ----------------


def _rules_today(brains, today):
    """{UID: [(rule, date)]} of the open deadlines the rules give today."""
    computed = for_brains(brains, today=today)
    return {
        uid: sorted((d.rule, d.date.isoformat()) for d in found if d.open)
        for uid, found in computed.items()
    }


def test_stored_equals_the_rules_over_the_demo(portal, demo):
    today = date.today()
    brains = catalog().unrestrictedSearchResults(portal_type=list(LICENCE_TYPES))
    assert len(brains) == len(LICENCE_TYPES) * 3 + 1
    stored = {
        uid: sorted((e["rule"], e["date"]) for e in entries)
        for uid, entries in open_deadlines(brains, today).items()
    }
    assert stored == _rules_today(brains, today)
    assert any(stored.values())


def _list_uids(list_id, userid):
    query = getUtility(IDashboardList, name=list_id).query(userid)
    return {b.UID for b in catalog().unrestrictedSearchResults(**query)}


@pytest.mark.parametrize("list_id", ["urban_late", "urban_due_soon"])
def test_lists_equal_the_rules_over_the_demo(portal, demo, list_id):
    today = date.today()
    brains = catalog().unrestrictedSearchResults(
        portal_type=list(LICENCE_TYPES), ia_final=False
    )
    expected = set()
    for uid, found in for_brains(brains, today=today).items():
        nearest = engine.next_open(found)
        if nearest is None:
            continue
        if list_id == "urban_late" and nearest.date < today:
            expected.add(uid)
        if list_id == "urban_due_soon" and 0 <= (nearest.date - today).days <= 7:
            expected.add(uid)
    assert expected, "the demo has files of this list"
    assert _list_uids(list_id, "urbagent") == expected


def test_calendar_equals_the_rules_over_the_demo(portal, demo):
    today = date.today()
    first = today.replace(day=1)
    rows = month_rows(first, portal.REQUEST, "service", today)
    got = sorted(
        (row["url"].rsplit("/", 1)[-1], row["rule"], row["date"]) for row in rows
    )
    brains = catalog().unrestrictedSearchResults(
        portal_type=list(LICENCE_TYPES), ia_final=False
    )
    ids = {brain.UID: brain.getId for brain in brains}
    expected = sorted(
        (ids[uid], rule, day)
        for uid, pairs in _rules_today(brains, today).items()
        for rule, day in pairs
        if day[:7] == first.isoformat()[:7]
    )
    assert got == expected
    assert any(row["late"] for row in rows) or all(
        r["date"] >= str(today) for r in rows
    )


# --- every open file's deadlines from the index (deadlines.bulk) ----------

OPEN = {"portal_type": list(LICENCE_TYPES), "ia_final": False}


def _from_metadata(brains, today):
    """The slow path: the brains' ``ia_urban_deadlines`` metadata."""
    return {
        uid: sorted((e["rule"], e["date"]) for e in entries)
        for uid, entries in open_deadlines(brains, today).items()
    }


def _from_index(found):
    return {
        uid: sorted((e["rule"], e["date"]) for e in rows) for uid, rows in found.items()
    }


@pytest.mark.parametrize("days", [0, 400])
def test_index_read_equals_the_metadata_read(portal, demo, days):
    """Same files, same deadlines; in 400 days the FD's referrals show."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    today = date.today() + timedelta(days=days)
    brains = catalog().searchResults(**OPEN)
    expected = _from_metadata(brains, today)
    assert sum(map(len, expected.values())) > len(expected) / 2
    assert _from_index(every_open(today=today)) == expected
    if days:
        rules = {rule for pairs in expected.values() for rule, _day in pairs}
        assert "fd_referral" in rules


def test_index_read_hides_the_files_the_user_cannot_see(portal, demo):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    every = every_open(unrestricted=True)
    assert every == every_open()  # the Manager sees them all
    login(portal, "autre")  # Culture: no licence file of its own
    mine = every_open()
    assert set(mine) == {b.UID for b in catalog().searchResults(**OPEN)}
    assert len(mine) < len(every)
    assert every_open(unrestricted=True) == every
    login(portal, "urbagent")
    assert set(every_open()) == {b.UID for b in catalog().searchResults(**OPEN)}


def test_index_read_of_a_query_and_of_nothing(portal, demo):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    assert every_open({"portal_type": "IaUrbBuildLicence", "Title": "nowhere"}) == {}
    (brain,) = catalog().searchResults(portal_type="IaUrbBuildLicence", sort_limit=1)[
        :1
    ]
    found = every_open({"UID": brain.UID})
    assert list(found) == [brain.UID]
    assert _from_index(found) == _from_metadata([brain], date.today())
