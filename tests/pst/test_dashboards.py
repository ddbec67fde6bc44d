"""The PST lists on the core dashboard, their columns and the batch change
of health (page and REST)."""

from datetime import date
from datetime import timedelta
from ia.core.dashboard import query as dq
from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.registry import available_lists
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.testing import as_user
from ia.pst import _
from ia.pst.dashboards.columns import BudgetColumn
from ia.pst.dashboards.columns import ProgressColumn
from ia.pst.dashboards.health import set_health
from plone import api
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from zope.i18n import translate
import pytest


def found(portal, list_id, userid, **form):
    as_user(portal, userid)
    try:
        dlist = get_list(list_id)
        params = dq.ListParams.from_form(form, dlist)
        return [brain.getObject() for brain in dq.search(dlist, userid, params)]
    finally:
        login(portal, TEST_USER_NAME)


def test_lists_available(portal):
    ids = {dlist.id for dlist in available_lists()}
    assert {
        "pst_my_actions",
        "pst_late_actions",
        "pst_at_risk",
        "pst_all_actions",
    } <= ids


def test_my_services_actions_by_reference(portal, programme):
    p = programme
    assert found(portal, "pst_my_actions", "agent1") == [p["a1"], p["a2"], p["a3"]]
    assert (
        found(portal, "pst_my_actions", "chef", sort_order="descending")[0] == p["a3"]
    )
    as_user(portal, "autre")
    assert get_list("pst_my_actions").query("nobody") is None
    login(portal, TEST_USER_NAME)


def test_late_actions(portal, programme):
    p = programme
    p["a3"].planned_end = date.today() - timedelta(days=3)
    p["a3"].reindexObject()
    p["a1"].planned_end = date.today() + timedelta(days=3)
    p["a1"].reindexObject()
    assert found(portal, "pst_late_actions", "chef") == [p["a3"]]
    api.content.transition(obj=p["a3"], transition="stop")
    assert found(portal, "pst_late_actions", "chef") == []


def test_at_risk_and_batch_health(portal, programme):
    p = programme
    assert found(portal, "pst_at_risk", "chef") == [p["a2"]]
    as_user(portal, "chef")
    p["a1"].manage_setLocalRoles("chef", ["IaServiceManager"])
    results = set_health([p["a1"].UID()], "red", "Fournisseur en faillite")
    login(portal, TEST_USER_NAME)
    assert [r.success for r in results] == [True]
    assert p["a1"].health == "red"
    assert p["a1"].health_details == "Fournisseur en faillite"
    assert found(portal, "pst_at_risk", "chef") == [p["a1"], p["a2"]]
    assert api.content.find(UID=p["oo11"].UID())[0].ia_pst_health == "red"


def test_lists_sit_under_their_core_tab(portal):
    from ia.core.dashboard.registry import group_of

    groups = {
        list_id: group_of(get_list(list_id))
        for list_id in (
            "pst_my_actions",
            "pst_my_responsibility",
            "pst_late_actions",
            "pst_at_risk",
            "pst_all_actions",
        )
    }
    assert groups == {
        "pst_my_actions": "my_services",
        "pst_my_responsibility": "to_treat",
        "pst_late_actions": "overdue",
        "pst_at_risk": "my_services",
        "pst_all_actions": "my_services",
    }


def test_programme_editors_see_every_service(portal, programme):
    """Who may edit a programme (its service) sees the actions of every
    service in the late / at-risk lists; the others, their services'."""
    p = programme
    culture = api.content.create(
        container=p["oo21"],
        type="IaPstAction",
        title="Festival de quartier",
        responsible_services=[p["services"]["culture"]],
        health="red",
    )
    assert found(portal, "pst_at_risk", "autre") == [culture]
    assert set(found(portal, "pst_at_risk", "agent1")) == {p["a2"], culture}


def test_all_actions_filter_offers_every_service(portal, programme, http_request):
    from plone.app.testing import logout

    as_user(portal, "autre")  # of Culture only
    try:
        http_request.form["list"] = "pst_all_actions"
        html = api.content.get_view("ia-dashboard", portal, http_request)()
    finally:
        logout()
        login(portal, TEST_USER_NAME)
    select = html[html.index('name="service"') :]
    select = select[: select.index("</select>")]
    assert "Travaux" in select and "Culture" in select


def test_batch_health_refusals(portal, programme):
    p = programme
    as_user(portal, "autre")
    results = set_health([p["a1"].UID(), p["oo11"].UID()], "red")
    login(portal, TEST_USER_NAME)
    assert [r.success for r in results] == [False, False]
    assert results[0].message
    message = _("You may not change this action.")
    assert translate(message, target_language="fr") == (
        "Vous ne pouvez pas modifier cette action."
    )
    assert p["a1"].health == "green"
    with pytest.raises(InvalidParameter):
        set_health([p["a1"].UID()], "purple")
    assert p["a1"].health == "green"


def test_columns_format(portal, programme):
    brains = api.content.find(portal_type="IaPstAction", sort_on="ia_pst_sortable")
    assert ProgressColumn().cells(brains, None) == [
        "40\u202f%",
        "80\u202f%",
        "10\u202f%",
    ]
    assert BudgetColumn().cells(brains, None)[0] == "1\u202f000,00\u202f€"


def test_batch_health_rest(functional_portal):
    from ia.core.testing import PASSWORD
    from ia.core.testing import create_user
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles
    import requests
    import transaction

    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    create_user("directrice", roles=["Site Administrator"])
    pst = api.content.create(container=portal, type="IaPstProgramme", title="PST")
    os_ = api.content.create(container=pst, type="IaPstStrategicObjective", title="OS")
    oo = api.content.create(container=os_, type="IaPstOperationalObjective", title="OO")
    action = api.content.create(container=oo, type="IaPstAction", title="Action")
    transaction.commit()
    url = f"{portal.absolute_url()}/@ia-pst-health"
    headers = {"Accept": "application/json", "Accept-Language": "fr"}
    bad = requests.post(
        url,
        json={"items": [action.UID()], "health": "bleu"},
        auth=("directrice", PASSWORD),
        headers=headers,
    )
    assert bad.status_code == 400
    assert bad.json()["error"]["message"]
    good = requests.post(
        url,
        json={"items": [action.UID()], "health": "orange"},
        auth=("directrice", PASSWORD),
        headers=headers,
    )
    assert good.status_code == 200, good.text
    assert good.json()["succeeded"] == 1
    anonymous = requests.post(
        url, json={"items": [action.UID()], "health": "red"}, headers=headers
    )
    assert anonymous.status_code == 401
