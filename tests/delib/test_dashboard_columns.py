"""iA.Delib's dashboard columns: Instance (body) and Séance souhaitée
(preferred meeting), read from brains, looked up once per page."""

from datetime import datetime
from ia.core.dashboard import principal
from ia.core.dashboard import query as dq
from ia.core.dashboard.columns import columns_of
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.rows import RowBuilder
from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.core.testing import record_calls
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
from plone.batching import Batch
from Products.CMFPlone.CatalogTool import CatalogTool
from Products.ZCatalog.CatalogBrains import AbstractCatalogBrain
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
import pytest


ITEM_LISTS = (
    "delib_items_to_validate",
    "delib_items_of_my_services",
    "delib_items_to_present",
)


def make_world(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    # A municipality's site shows Brussels time (the test site's is UTC).
    api.portal.set_registry_record("plone.portal_timezone", "Europe/Brussels")
    for userid in ("encodeur", "secretaire"):
        create_user(userid)
    finances = create_service(
        portal["organisation"], "Finances", [("encoder", "encodeur")], id="finances"
    )
    council = create_body(portal, "Conseil", id="conseil")
    college = create_body(portal, "Collège", id="college", body_kind="college")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    december = create_meeting(council, "Séance de décembre", id="dec")
    january = create_meeting(
        council, "Séance de janvier", id="jan", start=datetime(2027, 1, 18, 19, 30)
    )
    weekly = create_meeting(college, "Collège hebdomadaire", id="week")
    fin = [finances.UID()]
    items = {
        "dec": create_item(
            council, "Pour décembre", "validated", fin, preferred_meeting=december.UID()
        ),
        "jan": create_item(
            council, "Pour janvier", "validated", fin, preferred_meeting=january.UID()
        ),
        "none": create_item(council, "Sans séance", "created", fin),
        "college": create_item(
            college, "Au collège", "created", fin, preferred_meeting=weekly.UID()
        ),
    }
    return {
        "items": items,
        "council": council,
        "december": december,
        "january": january,
    }


@pytest.fixture
def world(portal):
    return make_world(portal)


def page(portal, list_id, userid, **form):
    principal.clear_cache()
    login(portal, userid)
    dlist = get_list(list_id)
    params = dq.ListParams.from_form(form, dlist)
    results = dq.search(dlist, userid, params)
    rows = RowBuilder(portal.REQUEST).rows(
        Batch(results, params.b_size, params.b_start), columns_of(dlist)
    )
    return {row["title"]: row["cells"] for row in rows}


def test_item_lists_declare_the_columns(portal):
    for list_id in ITEM_LISTS:
        columns = get_list(list_id).columns
        assert "body" in columns and "preferred_meeting" in columns


@pytest.mark.parametrize("list_id", ["to_treat", "my_services", "recent"])
def test_other_lists_do_not_show_them(portal, list_id):
    ids = [column.id for column in columns_of(get_list(list_id))]
    assert "body" not in ids and "preferred_meeting" not in ids


def test_cells(portal, world):
    cells = page(portal, "delib_items_of_my_services", "encodeur")
    assert cells["Pour décembre"]["body"] == "Conseil"
    assert cells["Au collège"]["body"] == "Collège"
    assert (
        cells["Pour décembre"]["preferred_meeting"]
        == "14/12/2026 20:00 – Séance de décembre"
    )
    assert (
        cells["Pour janvier"]["preferred_meeting"]
        == "18/01/2027 19:30 – Séance de janvier"
    )
    assert cells["Sans séance"]["preferred_meeting"] == ""


def test_items_to_present_show_their_meeting(portal, world):
    cells = page(portal, "delib_items_to_present", "secretaire")
    assert set(cells) == {"Pour décembre", "Pour janvier"}
    assert cells["Pour janvier"]["preferred_meeting"].endswith("Séance de janvier")


def test_renamed_meeting_and_changed_preference(portal, world):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    world["december"].title = "Séance de Noël"
    world["december"].reindexObject()
    item = world["items"]["none"]
    item.preferred_meeting = world["december"].UID()
    notify(ObjectModifiedEvent(item))
    cells = page(portal, "delib_items_of_my_services", "encodeur")
    assert cells["Pour décembre"]["preferred_meeting"].endswith("Séance de Noël")
    assert cells["Sans séance"]["preferred_meeting"].endswith("Séance de Noël")


def test_one_query_per_page_for_the_lookups(portal, world, monkeypatch):
    principal.clear_cache()
    login(portal, "encodeur")
    dlist = get_list("delib_items_of_my_services")
    params = dq.ListParams.from_form({}, dlist)
    brains = list(dq.search(dlist, "encodeur", params))
    assert len(brains) == 4
    calls = record_calls(monkeypatch, CatalogTool, "unrestrictedSearchResults")
    RowBuilder(portal.REQUEST).rows(brains, columns_of(dlist))
    # services, bodies, meetings: one query each for the whole page
    assert len(calls) == 3


def test_body_not_sortable(portal):
    with pytest.raises(dq.InvalidParameter):
        dq.ListParams.from_form(
            {"sort_on": "body"}, get_list("delib_items_of_my_services")
        )


def _titles(portal, userid, list_id, **form):
    principal.clear_cache()
    login(portal, userid)
    dlist = get_list(list_id)
    params = dq.ListParams.from_form(form, dlist)
    return [brain.Title for brain in dq.search(dlist, userid, params)]


def test_sort_on_preferred_meeting_date(portal, world):
    # weekly college and December: 14/12/2026 20:00; January: 18/01/2027.
    ascending = _titles(
        portal, "encodeur", "delib_items_of_my_services", sort_on="preferred_meeting"
    )
    assert ascending[2:] == ["Pour janvier", "Sans séance"]
    assert set(ascending[:2]) == {"Pour décembre", "Au collège"}
    descending = _titles(
        portal,
        "encodeur",
        "delib_items_of_my_services",
        sort_on="preferred_meeting",
        sort_order="descending",
    )
    assert descending[0] == "Pour janvier" and descending[-1] == "Sans séance"


def test_meeting_edit_without_new_date_reindexes_no_item(portal, world, monkeypatch):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    world["january"].title = "Séance de janvier (salle B)"
    woken = record_calls(monkeypatch, AbstractCatalogBrain, "_unrestrictedGetObject")
    notify(ObjectModifiedEvent(world["january"]))
    assert [brain.getPath() for brain, _args, _kw in woken] == []


def test_moved_meeting_resorts_its_items(portal, world):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    world["january"].start = datetime(2026, 11, 30, 19, 0)
    notify(ObjectModifiedEvent(world["january"]))
    titles = _titles(
        portal, "secretaire", "delib_items_to_present", sort_on="preferred_meeting"
    )
    assert titles == ["Pour janvier", "Pour décembre"]


def test_rows_never_wake_objects(portal, world, monkeypatch):
    def forbidden(self, *args, **kwargs):
        raise AssertionError("getObject called while building dashboard rows")

    monkeypatch.setattr(AbstractCatalogBrain, "getObject", forbidden)
    monkeypatch.setattr(AbstractCatalogBrain, "_unrestrictedGetObject", forbidden)
    assert len(page(portal, "delib_items_of_my_services", "encodeur")) == 4
    assert len(page(portal, "delib_items_to_present", "secretaire")) == 2


def test_rest_gives_columns_and_cells(functional_portal):
    from ia.core.testing import PASSWORD
    import requests
    import transaction

    make_world(functional_portal)
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    transaction.commit()
    response = requests.get(
        f"{functional_portal.absolute_url()}/@ia-dashboard/delib_items_to_present",
        headers={"Accept": "application/json", "Accept-Language": "fr"},
        auth=("secretaire", PASSWORD),
        timeout=30,
    )
    assert response.status_code == 200, response.text
    data = response.json()
    titles = {column["id"]: column["title"] for column in data["columns"]}
    assert titles["body"] == "Instance"
    assert titles["preferred_meeting"] == "Séance souhaitée"
    cells = {item["title"]: item["cells"] for item in data["items"]}
    assert cells["Pour décembre"]["body"] == "Conseil"
    assert cells["Pour décembre"]["preferred_meeting"].endswith("Séance de décembre")
